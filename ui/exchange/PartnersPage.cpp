#include "ui/exchange/PartnersPage.h"

#include "core/audit/AuditLog.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PartnerTrust.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/exchange/AddPartnerDialog.h"
#include "ui/exchange/AreaEditorDialog.h"
#include "ui/exchange/DispatchHistoryDialog.h"
#include "ui/exchange/FingerprintLabel.h"
#include "ui/exchange/PartnerContactDialog.h"
#include "ui/exchange/PartnerListModel.h"
#include "ui/mail/MailSettingsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

PartnersPage::PartnersPage(QWidget* parent)
    : QWidget(parent)
    , m_identityBox(new QGroupBox(tr("My identity card"), this))
    , m_organisationValue(new QLabel(m_identityBox))
    , m_roleValue(new QLabel(m_identityBox))
    , m_fingerprintValue(new FingerprintLabel(m_identityBox))
    , m_exportButton(new QPushButton(tr("&Export identity card…"), m_identityBox))
    , m_copyButton(new QPushButton(tr("&Copy fingerprint"), m_identityBox))
    , m_sheetButton(new QPushButton(tr("Save fingerprint pa&ge…"), m_identityBox))
    , m_model(new PartnerListModel(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add pa&rtner…"), this))
    , m_sendButton(new QPushButton(tr("Send pac&kage…"), this))
    , m_contactButton(new QPushButton(tr("Edit con&tact…"), this))
    , m_removeButton(new QPushButton(tr("Re&move partner…"), this))
    , m_areasButton(new QPushButton(tr("&Work areas and schools…"), this))
    , m_mailSettingsButton(new QPushButton(tr("Mail setti&ngs…"), this))
    , m_historyButton(new QPushButton(tr("Dispatch &history…"), this))
    , m_keychain(std::make_unique<KeychainSecretStore>())
    , m_secrets(m_keychain.get())
{
    setObjectName(QStringLiteral("partnersPage"));
    m_identityBox->setObjectName(QStringLiteral("identityBox"));
    m_organisationValue->setObjectName(QStringLiteral("ownOrganisationValue"));
    m_roleValue->setObjectName(QStringLiteral("ownRoleValue"));
    m_fingerprintValue->setObjectName(QStringLiteral("ownFingerprintValue"));
    m_exportButton->setObjectName(QStringLiteral("exportCardButton"));
    m_copyButton->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_sheetButton->setObjectName(QStringLiteral("saveFingerprintSheetButton"));
    m_table->setObjectName(QStringLiteral("partnersTable"));
    m_emptyLabel->setObjectName(QStringLiteral("noPartnersLabel"));
    m_errorLabel->setObjectName(QStringLiteral("partnersErrorLabel"));
    m_addButton->setObjectName(QStringLiteral("addPartnerButton"));
    m_sendButton->setObjectName(QStringLiteral("sendPackageButton"));
    m_sendButton->setToolTip(tr("Make the signed, encrypted package with your newest list for a partner."));
    m_contactButton->setObjectName(QStringLiteral("editContactButton"));
    m_contactButton->setToolTip(tr("Change the contact person, mail address and phone number of the selected "
                                   "partner."));
    m_removeButton->setObjectName(QStringLiteral("removePartnerButton"));
    m_removeButton->setToolTip(tr("No more packages to or from the selected partner; what was exchanged is kept."));
    m_areasButton->setObjectName(QStringLiteral("areasButton"));
    m_areasButton->setToolTip(tr("Which municipalities, sector and schools belong to each partner's work area."));
    m_mailSettingsButton->setObjectName(QStringLiteral("mailSettingsButton"));
    m_historyButton->setObjectName(QStringLiteral("dispatchHistoryButton"));
    m_historyButton->setToolTip(tr("How each package left: file, mail, and the result."));
    LabelStyle::asError(m_errorLabel);
    LabelStyle::asHint(m_emptyLabel);

    // Our identity.
    auto* identityIntro = new QLabel(tr("Give this card to your partners when the agreement is signed. They will "
                                        "ask you to read out the fingerprint below, by phone or in person, before "
                                        "they add you."),
                                     m_identityBox);
    identityIntro->setWordWrap(true);
    for (QLabel* value : {m_organisationValue, m_roleValue})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintValue->setAccessibleName(tr("Our fingerprint"));
    m_exportButton->setToolTip(tr("Write the identity card to a file to hand to a partner."));
    m_copyButton->setToolTip(tr("Copy the organisation and fingerprint, for example into a letter."));
    m_sheetButton->setToolTip(tr("Save a page with the fingerprint to print and keep with the agreement."));
    auto* form = new QFormLayout;
    form->addRow(tr("Organisation:"), m_organisationValue);
    form->addRow(tr("Role:"), m_roleValue);
    form->addRow(tr("Fingerprint:"), m_fingerprintValue);
    auto* identityButtons = new QHBoxLayout;
    identityButtons->addWidget(m_exportButton);
    identityButtons->addWidget(m_copyButton);
    identityButtons->addWidget(m_sheetButton);
    identityButtons->addStretch();
    auto* identityLayout = new QVBoxLayout(m_identityBox);
    identityLayout->addWidget(identityIntro);
    identityLayout->addLayout(form);
    identityLayout->addLayout(identityButtons);

    // Our partners.
    auto* partnersTitle = new QLabel(tr("<b>Partners</b>"), this);
    auto* partnersIntro = new QLabel(tr("InBeeld only sends packages to, and only opens packages from, the partners "
                                        "listed here. Each was added after comparing their fingerprint with a "
                                        "contact at the partner."),
                                     this);
    partnersIntro->setWordWrap(true);
    m_emptyLabel->setText(tr("No partners yet. Ask your partner for their identity card and choose \"Add "
                             "partner…\"."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PartnerListModel::OrganisationColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Partners"));

    auto* partnerButtons = new QHBoxLayout;
    partnerButtons->addWidget(m_contactButton);
    partnerButtons->addWidget(m_removeButton);
    partnerButtons->addStretch();
    partnerButtons->addWidget(m_areasButton);
    partnerButtons->addWidget(m_mailSettingsButton);
    partnerButtons->addWidget(m_historyButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_errorLabel, 1);
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_sendButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identityBox);
    layout->addSpacing(8);
    layout->addWidget(partnersTitle);
    layout->addWidget(partnersIntro);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(partnerButtons);
    layout->addLayout(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &PartnersPage::chooseExportFile);
    connect(m_copyButton, &QPushButton::clicked, this, &PartnersPage::copyFingerprint);
    connect(m_sheetButton, &QPushButton::clicked, this, &PartnersPage::chooseSheetFile);
    connect(m_addButton, &QPushButton::clicked, this, &PartnersPage::openAddPartner);
    connect(m_sendButton, &QPushButton::clicked, this, &PartnersPage::sendPackageRequested);
    connect(m_contactButton, &QPushButton::clicked, this, &PartnersPage::editContact);
    connect(m_removeButton, &QPushButton::clicked, this, &PartnersPage::removeSelected);
    connect(m_areasButton, &QPushButton::clicked, this, &PartnersPage::openAreas);
    connect(m_mailSettingsButton, &QPushButton::clicked, this, &PartnersPage::openMailSettings);
    connect(m_historyButton, &QPushButton::clicked, this, &PartnersPage::openDispatchHistory);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &PartnersPage::editContact);
    setStore(nullptr);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PartnersPage::updateButtons);
}

PartnersPage::~PartnersPage() = default;

void PartnersPage::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets ? secrets : m_keychain.get();
}

SecretStore& PartnersPage::secretStore() const
{
    return *m_secrets;
}

std::optional<Partner> PartnersPage::selectedPartner() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    const Partner* partner = current.isValid() ? m_model->partnerAt(current.row()) : nullptr;
    return partner ? std::optional<Partner>(*partner) : std::nullopt;
}

bool PartnersPage::editContact()
{
    const auto partner = selectedPartner();
    if (!m_store || !partner)
        return false;
    PartnerContactDialog dialog(*m_store, *partner, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit notice(tr("The contact of %1 is saved.").arg(partner->organisation));
    refresh();
    return true;
}

bool PartnersPage::removeSelected()
{
    const auto partner = selectedPartner();
    if (!m_store || !partner)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Remove partner"),
                    tr("Remove %1 as a partner?").arg(partner->organisation), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removePartnerBox"));
    box.setInformativeText(
        tr("After this, InBeeld makes no more packages for %1 and refuses packages from them as from an unknown "
           "sender. What was exchanged stays: their lists, the package history and the audit log. To exchange "
           "again, add them anew with their identity card and the fingerprint check.")
            .arg(partner->organisation));
    QPushButton* remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return false;
    if (auto removed = PartnerTrust(*m_store).remove(*partner); !removed) {
        showError(removed.message());
        return false;
    }
    emit notice(tr("%1 was removed as a partner; its history is kept.").arg(partner->organisation));
    refresh();
    return true;
}

void PartnersPage::openAreas()
{
    if (!m_store)
        return;
    AreaEditorDialog dialog(*m_store, this);
    dialog.exec();
}

void PartnersPage::openMailSettings()
{
    if (!m_store)
        return;
    MailSettingsDialog dialog(*m_store, *m_secrets, this);
    dialog.exec();
}

void PartnersPage::openDispatchHistory()
{
    if (!m_store)
        return;
    DispatchHistoryDialog dialog(*m_store, *m_secrets, this);
    dialog.exec();
}

void PartnersPage::setStore(Store* store)
{
    m_store = store;
    if (!store && m_addDialog)
        m_addDialog->reject();
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    refresh();
}

void PartnersPage::refresh()
{
    m_fingerprint.clear();
    m_organisationValue->clear();
    m_roleValue->clear();
    m_fingerprintValue->clear();
    m_model->clear();
    if (m_store) {
        const OrganisationInfo org = m_store->organisation();
        m_organisationValue->setText(org.name);
        m_roleValue->setText(RoleText::displayName(org.role));
        // The identity holds secret keys in guarded memory; keep only the fingerprint.
        if (auto identity = Identity::load(*m_store))
            m_fingerprint = identity.value().fingerprint();
        else
            showError(identity.message());
        m_fingerprintValue->setText(m_fingerprint);
        auto partners = PartnerTrust(*m_store).partners();
        if (partners)
            m_model->setPartners(partners.value());
        else
            showError(partners.message());
    }
    m_emptyLabel->setVisible(m_store && m_model->rowCount() == 0);
    updateButtons();
}

void PartnersPage::updateButtons()
{
    const bool haveIdentity = m_store && !m_fingerprint.isEmpty();
    m_exportButton->setEnabled(haveIdentity);
    m_copyButton->setEnabled(haveIdentity);
    m_sheetButton->setEnabled(haveIdentity);
    m_addButton->setEnabled(haveIdentity);
    m_sendButton->setEnabled(haveIdentity && m_model->rowCount() > 0);
    const bool selected = m_store && selectedPartner();
    m_contactButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_areasButton->setEnabled(m_store);
    m_mailSettingsButton->setEnabled(m_store);
    m_historyButton->setEnabled(m_store);
}

void PartnersPage::showError(const QString& message)
{
    LabelStyle::setTextOrHide(m_errorLabel, message);
}

QString PartnersPage::suggestedCardFileName() const
{
    QString name = m_store ? m_store->organisation().name : QString();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    name = name.trimmed();
    if (name.isEmpty())
        name = tr("organisation");
    //: File name of the identity card; %1 is the organisation's name with dashes for spaces.
    return tr("%1-identity-card").arg(name) + QStringLiteral(".json");
}

void PartnersPage::chooseExportFile()
{
    if (!m_store)
        return;
    auto* dialog = new QFileDialog(this, tr("Export identity card"));
    dialog->setObjectName(QStringLiteral("exportCardFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Identity cards (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(suggestedCardFileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportCard(path); });
    dialog->open();
}

bool PartnersPage::exportCard(const QString& path)
{
    // The session may have locked while the file dialog was open.
    if (!m_store || path.isEmpty())
        return false;
    auto identity = Identity::load(*m_store);
    if (!identity) {
        showError(identity.message());
        return false;
    }
    const IdentityCard card = identity.value().card(m_store->organisation());
    if (auto written = card.writeFile(path); !written) {
        showError(written.message());
        return false;
    }
    (void)m_store->audit().append(
        QStringLiteral("identity.card_exported"),
        QStringLiteral("fingerprint %1 to %2").arg(card.fingerprint(), QFileInfo(path).fileName()));
    showError(QString());
    emit notice(tr("Identity card written to %1. Give it to your partner and read the fingerprint to them by phone "
                   "or in person.")
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

void PartnersPage::copyFingerprint()
{
    if (!m_store || m_fingerprint.isEmpty())
        return;
    const OrganisationInfo org = m_store->organisation();
    QApplication::clipboard()->setText(
        tr("%1 (%2), InBeeld fingerprint: %3").arg(org.name, RoleText::displayName(org.role), m_fingerprint));
    emit notice(tr("The fingerprint is on the clipboard."));
}

void PartnersPage::chooseSheetFile()
{
    if (!m_store)
        return;
    auto* dialog = new QFileDialog(this, tr("Save fingerprint page"));
    dialog->setObjectName(QStringLiteral("fingerprintSheetFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Web pages (*.html)")});
    dialog->setDefaultSuffix(QStringLiteral("html"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QFileInfo(suggestedCardFileName()).completeBaseName() + QStringLiteral(".html"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { saveFingerprintSheet(path); });
    dialog->open();
}

bool PartnersPage::saveFingerprintSheet(const QString& path)
{
    if (!m_store || m_fingerprint.isEmpty() || path.isEmpty())
        return false;
    const OrganisationInfo org = m_store->organisation();
    const QString title = tr("InBeeld identity of %1").arg(org.name);
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                        "<body style=\"font-family: sans-serif\">\n<h1>%1</h1>\n"
                                        "<p>%2: %3<br>%4: %5<br>%6: %7<br>%8: %9</p>\n")
                             .arg(title.toHtmlEscaped(), tr("Organisation").toHtmlEscaped(), org.name.toHtmlEscaped(),
                                  tr("Role").toHtmlEscaped(), RoleText::displayName(org.role).toHtmlEscaped(),
                                  tr("Agreement").toHtmlEscaped(), org.agreementId.toHtmlEscaped(),
                                  tr("Printed on").toHtmlEscaped(), QLocale().toString(QDate::currentDate()))
        + QStringLiteral("<p style=\"font-family: monospace; font-size: 200%; font-weight: bold; letter-spacing: "
                         "0.1em\">%1</p>\n<p>%2</p>\n</body></html>\n")
              .arg(m_fingerprint.toHtmlEscaped(),
                   tr("Your partner compares this fingerprint with the one on the identity card you gave them, by "
                      "phone or in person, before they add you. If any group differs, the card is not yours.")
                       .toHtmlEscaped());
    QSaveFile out(path);
    const QByteArray bytes = html.toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        showError(tr("The fingerprint page could not be written to %1: %2. Choose another place.")
                      .arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    showError(QString());
    emit notice(
        tr("Fingerprint page saved to %1; open it in a browser to print it.").arg(QDir::toNativeSeparators(path)));
    return true;
}

AddPartnerDialog* PartnersPage::openAddPartner()
{
    if (!m_store)
        return nullptr;
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return m_addDialog;
    }
    auto* dialog = new AddPartnerDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddPartnerDialog::partnerAdded, this, [this](const Partner& partner) {
        refresh();
        const int row = m_model->rowOf(partner.id);
        if (row >= 0)
            m_table->selectRow(row);
        emit notice(tr("%1 has been added as a partner.").arg(partner.organisation));
    });
    m_addDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace inbeeld
