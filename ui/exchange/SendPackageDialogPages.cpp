// The two pages of SendPackageDialog (what to send with its preview; what was written), laid out
// here so that the dialog's own file holds its behaviour.
#include "core/exchange/OwnCardCheck.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/LabelStyle.h"
#include "ui/exchange/FingerprintLabel.h"
#include "ui/exchange/PackageMail.h"
#include "ui/exchange/PackageOpenedDialog.h"
#include "ui/exchange/PlanPreview.h"
#include "ui/exchange/SendPackageDialog.h"
#include "ui/exchange/UnassignedChildrenView.h"
#include "ui/mail/MailSendDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {
constexpr int QuartersBack = 4;
} // namespace

/// The first page: what to send, and a preview of it.
QWidget* SendPackageDialog::buildChoosePage()
{
    auto* choosePage = new QWidget(m_pages);
    choosePage->setObjectName(QStringLiteral("choosePage"));
    auto* intro = new QLabel(tr("A package holds your newest own list, with per category only the fields the "
                                "agreement allows. It is signed by you and encrypted for the partner (and for you), "
                                "so nobody else can read it on the way. Check below what will go out before you "
                                "write it."),
                             choosePage);
    intro->setWordWrap(true);

    if (auto partners = PartnerTrust(m_store).partners())
        m_partners = partners.takeValue();
    for (const Partner& partner : std::as_const(m_partners))
        m_partnerCombo->addItem(partner.organisation, partner.id);
    m_partnerCombo->setAccessibleName(tr("Partner"));

    m_kindCombo->addItem(PackageOpenedDialog::kindText(PackageKind::Quarterly),
                         PackageManifest::kindCode(PackageKind::Quarterly));
    m_kindCombo->addItem(PackageOpenedDialog::kindText(PackageKind::Case),
                         PackageManifest::kindCode(PackageKind::Case));
    m_kindCombo->setToolTip(tr("A quarterly package holds your whole list for the quarterly exchange under the "
                               "agreement. A case package holds one child, with the fields of the decision you "
                               "recorded for that child and this partner."));
    m_childEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,9}")), m_childEdit));
    m_childEdit->setPlaceholderText(tr("9 digits"));
    m_childEdit->setMaxLength(9);
    m_childEdit->setToolTip(tr("The BSN of the child, as on your own list."));
    m_childLabel->setBuddy(m_childEdit);

    // The current quarter first, then the ones before it (a package is often made just after
    // the quarter it is about).
    QDate day = QDate::currentDate();
    for (int i = 0; i <= QuartersBack; ++i) {
        const QString quarter = PackageWriter::quarterOf(day);
        m_quarterCombo->addItem(i == 0 ? tr("%1 (current quarter)").arg(quarter) : quarter, quarter);
        day = QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1).addDays(-1);
    }

    auto* form = new QFormLayout;
    auto* partnerLabel = new QLabel(tr("&To partner:"), choosePage);
    partnerLabel->setBuddy(m_partnerCombo);
    auto* partnerColumn = new QVBoxLayout;
    partnerColumn->setSpacing(2);
    partnerColumn->addWidget(m_partnerCombo);
    partnerColumn->addWidget(m_partnerFingerprint);
    form->addRow(partnerLabel, partnerColumn);
    auto* kindLabel = new QLabel(tr("&Kind:"), choosePage);
    kindLabel->setBuddy(m_kindCombo);
    form->addRow(kindLabel, m_kindCombo);
    form->addRow(m_childLabel, m_childEdit);
    auto* quarterLabel = new QLabel(tr("&Quarter:"), choosePage);
    quarterLabel->setBuddy(m_quarterCombo);
    form->addRow(quarterLabel, m_quarterCombo);

    m_previewTree->setColumnCount(2);
    m_previewTree->setHeaderLabels({tr("Category and fields"), tr("Records")});
    m_previewTree->setRootIsDecorated(true);
    m_previewTree->setUniformRowHeights(true);
    m_previewTree->setAlternatingRowColors(true);
    m_previewTree->header()->setStretchLastSection(false);
    m_previewTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_previewTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_previewTree->setAccessibleName(tr("What will be sent"));
    m_previewTree->setMinimumHeight(90);
    auto* previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->addWidget(m_sourceLabel);
    previewLayout->addWidget(m_previewTree, 1);
    previewLayout->addWidget(m_reasonLabel);
    previewLayout->addWidget(m_decisionsLabel);
    previewLayout->addWidget(m_withheldLabel);

    auto* chooseLayout = new QVBoxLayout(choosePage);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(intro);
    chooseLayout->addLayout(form);
    chooseLayout->addWidget(m_previewBox, 1);
    chooseLayout->addWidget(m_unassigned);
    return choosePage;
}

/// The second page: what was written, and the ways to send it on.
QWidget* SendPackageDialog::buildResultPage()
{
    auto* resultPage = new QWidget(m_pages);
    resultPage->setObjectName(QStringLiteral("resultPage"));
    m_resultHeadline->setWordWrap(true);
    m_resultHeadline->setTextFormat(Qt::PlainText);
    QFont bold = m_resultHeadline->font();
    bold.setBold(true);
    m_resultHeadline->setFont(bold);
    auto* resultNote = new QLabel(tr("Send the file by mail or hand it over on a USB stick. Only the partner (and "
                                     "you) can open it; they open it in InBeeld with File > Open package."),
                                  resultPage);
    resultNote->setWordWrap(true);
    m_resultFingerprint->setAccessibleName(tr("The partner's fingerprint"));
    auto* resultForm = new QFormLayout;
    resultForm->addRow(tr("Sent to:"), m_resultPartner);
    resultForm->addRow(tr("Fingerprint:"), m_resultFingerprint);
    resultForm->addRow(tr("Package number:"), m_resultSequence);
    resultForm->addRow(tr("Package id:"), m_resultPackageId);
    resultForm->addRow(tr("Records:"), m_resultCounts);
    resultForm->addRow(tr("File:"), m_resultFile);
    m_mailButton->setToolTip(tr("Send the package to the partner's mail address from InBeeld, over an encrypted "
                                "connection; the mail itself holds no personal data."));
    m_mailClientButton->setToolTip(tr("Open your mail program with a prepared mail (package id and fingerprint, no "
                                      "personal data) and the folder with the file, to attach it."));
    m_folderButton->setToolTip(tr("Open the folder that holds the package file."));
    auto* resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_mailButton);
    resultButtons->addWidget(m_mailClientButton);
    resultButtons->addWidget(m_folderButton);
    resultButtons->addStretch();
    auto* resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultHeadline);
    resultLayout->addLayout(resultForm);
    resultLayout->addWidget(resultNote);
    resultLayout->addLayout(resultButtons);
    resultLayout->addStretch();
    return resultPage;
}

} // namespace inbeeld
