#include "ui/exchange/SendPackageDialog.h"

#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/LabelStyle.h"
#include "ui/exchange/FingerprintLabel.h"
#include "ui/exchange/PackageMail.h"
#include "ui/exchange/PackageOpenedDialog.h"
#include "ui/exchange/PackagePreview.h"

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

QLabel* valueLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SendPackageDialog::SendPackageDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
    , m_partnerCombo(new QComboBox(this))
    , m_partnerFingerprint(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_childLabel(new QLabel(tr("C&hild's BSN:"), this))
    , m_childEdit(new QLineEdit(this))
    , m_quarterCombo(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
    , m_resultHeadline(new QLabel(this))
    , m_resultPartner(valueLabel("resultPartnerValue", this))
    , m_resultFingerprint(new FingerprintLabel(this))
    , m_resultSequence(valueLabel("resultSequenceValue", this))
    , m_resultPackageId(valueLabel("resultPackageIdValue", this))
    , m_resultFile(valueLabel("resultFileValue", this))
    , m_resultCounts(valueLabel("resultCountsValue", this))
    , m_mailButton(new QPushButton(tr("Send by &mail…"), this))
    , m_folderButton(new QPushButton(tr("Show in &folder"), this))
    , m_buttons(new QDialogButtonBox(this))
    , m_writeButton(new QPushButton(tr("&Write package…"), this))
    , m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("sendPackageDialog"));
    setWindowTitle(tr("Send package"));
    if (auto agreement = AgreementCatalog::builtIn(store.organisation().agreementId))
        m_agreement = agreement.takeValue();

    m_pages->setObjectName(QStringLiteral("sendPackagePages"));
    m_partnerCombo->setObjectName(QStringLiteral("partnerCombo"));
    m_partnerFingerprint->setObjectName(QStringLiteral("partnerFingerprintHint"));
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_childEdit->setObjectName(QStringLiteral("childBsnEdit"));
    m_quarterCombo->setObjectName(QStringLiteral("quarterCombo"));
    m_errorLabel->setObjectName(QStringLiteral("sendErrorLabel"));
    m_hintLabel->setObjectName(QStringLiteral("sendHintLabel"));
    m_resultHeadline->setObjectName(QStringLiteral("resultHeadline"));
    m_resultFingerprint->setObjectName(QStringLiteral("resultFingerprintValue"));
    m_mailButton->setObjectName(QStringLiteral("sendMailButton"));
    m_folderButton->setObjectName(QStringLiteral("showInFolderButton"));
    m_buttons->setObjectName(QStringLiteral("sendPackageButtons"));
    m_writeButton->setObjectName(QStringLiteral("writePackageButton"));
    LabelStyle::asError(m_errorLabel);
    LabelStyle::asNotice(m_hintLabel);
    LabelStyle::asHint(m_partnerFingerprint);

    m_pages->addWidget(buildChoosePage());
    m_pages->addWidget(buildResultPage());

    m_writeButton->setToolTip(tr("Choose where to save the package, then write and check it."));
    m_buttons->addButton(m_writeButton, QDialogButtonBox::ActionRole);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeSendButton"));
    m_writeButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttons);

    connect(m_partnerCombo, &QComboBox::currentIndexChanged, this, &SendPackageDialog::updatePreview);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &SendPackageDialog::updatePreview);
    connect(m_quarterCombo, &QComboBox::currentIndexChanged, this, &SendPackageDialog::updatePreview);
    connect(m_childEdit, &QLineEdit::textChanged, this, &SendPackageDialog::updatePreview);
    connect(m_writeButton, &QPushButton::clicked, this, &SendPackageDialog::chooseFile);
    connect(m_mailButton, &QPushButton::clicked, this, &SendPackageDialog::sendByMail);
    connect(m_folderButton, &QPushButton::clicked, this, &SendPackageDialog::showInFolder);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(640, 600);
    updatePreview();
    m_partnerCombo->setFocus(Qt::OtherFocusReason);
}

QWidget* SendPackageDialog::buildChoosePage()
{
    auto* choosePage = new QWidget(m_pages);
    m_preview = new PackagePreview(m_store, m_agreement ? &*m_agreement : nullptr, choosePage);
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

    auto* chooseLayout = new QVBoxLayout(choosePage);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(intro);
    chooseLayout->addLayout(form);
    chooseLayout->addWidget(m_preview, 1);
    return choosePage;
}

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
    m_mailButton->setToolTip(tr("Open your mail program with a prepared mail (package id and fingerprint, no "
                                "personal data) and the folder with the file, to attach it."));
    m_folderButton->setToolTip(tr("Open the folder that holds the package file."));
    auto* resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_mailButton);
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

std::optional<Partner> SendPackageDialog::chosenPartner() const
{
    const QVariant id = m_partnerCombo->currentData();
    for (const Partner& partner : m_partners) {
        if (id.isValid() && partner.id == id.toLongLong())
            return partner;
    }
    return std::nullopt;
}

PackageRequest SendPackageDialog::request() const
{
    PackageRequest request;
    if (const auto partner = chosenPartner())
        request.recipient = *partner;
    request.kind
        = PackageManifest::kindFromCode(m_kindCombo->currentData().toString()).value_or(PackageKind::Quarterly);
    request.quarter = m_quarterCombo->currentData().toString();
    if (request.kind == PackageKind::Case)
        request.child = m_childEdit->text().trimmed();
    return request;
}

bool SendPackageDialog::selectPartner(const QString& organisation)
{
    const int index = m_partnerCombo->findText(organisation);
    if (index < 0)
        return false;
    m_partnerCombo->setCurrentIndex(index);
    return true;
}

bool SendPackageDialog::selectQuarter(const QString& quarter)
{
    const int index = m_quarterCombo->findData(quarter);
    if (index < 0)
        return false;
    m_quarterCombo->setCurrentIndex(index);
    return true;
}

void SendPackageDialog::selectKind(PackageKind kind, const QString& bsn)
{
    m_childEdit->setText(bsn);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(PackageManifest::kindCode(kind)));
    updatePreview();
}

bool SendPackageDialog::prepareCase(const ShareDecision& decision)
{
    if (m_written)
        return false;
    const QString bsnKey = QStringLiteral("bsn:");
    const QString bsn
        = decision.child.childKey.startsWith(bsnKey) ? decision.child.childKey.mid(bsnKey.size()) : QString();
    // The decision names an agreement party; the partner is pinned under its organisation name.
    int partnerIndex = -1;
    for (int i = 0; m_agreement && i < m_partners.size(); ++i) {
        const Partner& p = m_partners.at(i);
        const AgreementParty* party = m_agreement->partyFor(p.organisation, RoleText::code(p.role));
        if (party && party->id == decision.recipient)
            partnerIndex = m_partnerCombo->findData(p.id);
    }
    if (partnerIndex >= 0)
        m_partnerCombo->setCurrentIndex(partnerIndex);
    selectKind(PackageKind::Case, bsn);
    if (partnerIndex < 0) {
        const AgreementParty* party = m_agreement ? m_agreement->party(decision.recipient) : nullptr;
        m_canWrite = false;
        m_writeButton->setEnabled(false);
        m_preview->setEnabled(false);
        m_preview->clear();
        showError(tr("None of your partners is %1, the recipient of decision %2.")
                      .arg(party ? party->name : decision.recipient)
                      .arg(decision.id));
        LabelStyle::setTextOrHide(m_hintLabel,
                                  tr("Add their identity card on the Partners tab (Add partner…), after comparing "
                                     "their fingerprint with your contact; then send the case again."));
    }
    return m_canWrite;
}

bool SendPackageDialog::canWrite() const
{
    return m_canWrite;
}

bool SendPackageDialog::updatePreview()
{
    m_canWrite = false;
    m_plan.reset();
    m_preview->clear();
    showError(QString());
    LabelStyle::setTextOrHide(m_hintLabel, QString());
    const std::optional<Partner> partner = chosenPartner();
    const PackageRequest wanted = request();
    const bool isCase = wanted.kind == PackageKind::Case;
    m_childLabel->setVisible(isCase);
    m_childEdit->setVisible(isCase);
    LabelStyle::setTextOrHide(m_partnerFingerprint,
                              partner ? tr("Fingerprint: %1").arg(partner->fingerprint) : QString());
    if (!partner) {
        showError(tr("There is no partner to send a package to yet."));
        LabelStyle::setTextOrHide(m_hintLabel,
                                  tr("Add the partner on the Partners tab first (Add partner…), after comparing "
                                     "their fingerprint with your contact."));
    } else if (isCase && wanted.child.size() != 9) {
        LabelStyle::setTextOrHide(m_hintLabel,
                                  tr("Type the BSN of the child (9 digits) to see what the case package holds."));
    } else {
        Result<PackagePlan> plan = PackageWriter(m_store).plan(wanted);
        if (plan) {
            m_plan = plan.value();
            m_canWrite = m_preview->show(plan.value());
        } else {
            showRefusal(plan.error());
        }
    }
    m_preview->setEnabled(m_canWrite);
    m_writeButton->setEnabled(m_canWrite);
    return m_canWrite;
}

void SendPackageDialog::showRefusal(const Error& error)
{
    showError(error.message);
    QString hint;
    const bool isCase = request().kind == PackageKind::Case;
    if (error.code == Error::Code::SharingNotAllowed && isCase)
        hint = tr("Walk the four-step check for this child and this partner on the Decisions tab (\"New "
                  "decision…\"), then try again.");
    else if (error.code == Error::Code::SharingNotAllowed)
        hint = tr("Record the standing decision for the quarterly exchange on the Decisions tab (\"Record quarterly "
                  "exchange decision\"), then open this dialog again.");
    LabelStyle::setTextOrHide(m_hintLabel, hint);
}

void SendPackageDialog::showError(const QString& message)
{
    LabelStyle::setTextOrHide(m_errorLabel, message);
}

QString SendPackageDialog::suggestedFileName() const
{
    if (m_plan)
        return PackageWriter::suggestedFileName(*m_plan);
    QString name = chosenPartner() ? chosenPartner()->organisation : QString();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    const QString quarter = m_quarterCombo->currentData().toString();
    return (name.isEmpty() ? quarter : quarter + u'-' + name) + QStringLiteral(".inbeeldpakket");
}

void SendPackageDialog::chooseFile()
{
    if (!updatePreview())
        return; // what would be sent changed, or is refused now: the preview says so
    auto* dialog = new QFileDialog(this, tr("Save package"));
    dialog->setObjectName(QStringLiteral("packageFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("InBeeld packages (*.inbeeldpakket)")});
    dialog->setDefaultSuffix(QStringLiteral("inbeeldpakket"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(suggestedFileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { writeTo(path); });
    dialog->open();
}

bool SendPackageDialog::writeTo(const QString& path)
{
    const std::optional<Partner> partner = chosenPartner();
    if (path.isEmpty() || !partner || m_written)
        return false;
    Result<PackageSummary> written = makeError(Error::Code::Generic, QString());
    {
        BusyCursor busy;
        written = PackageWriter(m_store).write(request(), path);
    }
    if (!written) {
        // Core removed anything half-written; the choice stays, to try again.
        showError(written.message());
        LabelStyle::setTextOrHide(m_hintLabel, QString());
        return false;
    }
    m_written = written.value();
    showResult(written.value(), *partner);
    emit packageWritten(tr("Package %1 for %2 written to %3.")
                            .arg(written.value().manifest.sequence)
                            .arg(partner->organisation, QDir::toNativeSeparators(path)));
    return true;
}

void SendPackageDialog::showResult(const PackageSummary& summary, const Partner& partner)
{
    const PackageManifest& m = summary.manifest;
    m_resultHeadline->setText(tr("The package for %1 was written and checked.").arg(partner.organisation));
    m_resultPartner->setText(partner.organisation);
    m_resultFingerprint->setText(partner.fingerprint);
    m_resultSequence->setText(
        tr("%1 (in the series from you to %2)").arg(QString::number(m.sequence), partner.organisation));
    m_resultPackageId->setText(m.packageId);
    QStringList counts;
    qint64 total = 0;
    for (auto it = summary.counts.cbegin(); it != summary.counts.cend(); ++it) {
        const AgreementCategory* category = m_agreement ? m_agreement->category(it.key()) : nullptr;
        counts.append(tr("%1: %2").arg(category ? category->name : it.key(), QLocale().toString(it.value())));
        total += it.value();
    }
    counts.append(tr("Total: %1").arg(QLocale().toString(total)));
    m_resultCounts->setText(counts.join(u'\n'));
    m_resultFile->setText(QDir::toNativeSeparators(summary.path));
    m_pages->setCurrentIndex(1);
    m_writeButton->hide();
    m_closeButton->setDefault(true);
    m_mailButton->setFocus(Qt::OtherFocusReason);
}

bool SendPackageDialog::sendByMail()
{
    if (!m_written)
        return false;
    const QUrl url = PackageMail::url(m_written->manifest, QFileInfo(m_written->path).fileName());
    if (!QDesktopServices::openUrl(url)) {
        showError(tr("No mail program could be opened. Write the mail yourself and attach the file %1.")
                      .arg(QDir::toNativeSeparators(m_written->path)));
        return false;
    }
    // The file still has to be attached by hand: show where it is.
    showInFolder();
    return true;
}

bool SendPackageDialog::showInFolder()
{
    if (!m_written)
        return false;
    const QString folder = QFileInfo(m_written->path).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        showError(tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    return true;
}

} // namespace inbeeld
