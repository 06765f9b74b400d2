#pragma once

#include "core/common/Result.h"
#include "core/exchange/PartnerTrust.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class AddPartnerDialog;
class KeychainSecretStore;
class SecretStore;
class FingerprintLabel;
class PartnerListModel;
class Store;

/// The "Partners" tab: our own identity card (organisation, role and the fingerprint in large
/// groups, to export and to read out to partners) and the partners whose keys are pinned, with
/// "Add partner…" to pin a partner's card after comparing its fingerprint out of band.
class PartnersPage : public QWidget
{
    Q_OBJECT

public:
    explicit PartnersPage(QWidget* parent = nullptr);
    ~PartnersPage() override;

    void setStore(Store* store);
    void refresh();

    /// Writes our identity card to path (never replacing a file); audited. Shows and returns the outcome.
    bool exportCard(const QString& path);
    /// Writes a page to print or keep with our organisation and fingerprint (HTML).
    bool saveFingerprintSheet(const QString& path);
    /// Puts our organisation and fingerprint on the clipboard.
    void copyFingerprint();
    /// Opens the "Add partner" dialog (or raises the open one).
    AddPartnerDialog* openAddPartner();
    /// A file name for our card, made from the organisation's name.
    QString suggestedCardFileName() const;

    /// Where the SMTP password is kept (the OS keychain unless a test sets another).
    void setSecretStore(SecretStore* secrets);
    SecretStore& secretStore() const;
    /// The partner of the selected row, if any.
    std::optional<Partner> selectedPartner() const;
    /// Opens the contact dialog for the selected partner (modal); true when it was saved.
    bool editContact();
    /// Asks to confirm, then removes the selected partner (core keeps its history); true when removed.
    bool removeSelected();
    /// Opens the werkgebieden and school list editor (modal).
    void openAreas();
    /// Opens the mail settings (modal).
    void openMailSettings();
    /// Opens the dispatch history (modal).
    void openDispatchHistory();

signals:
    void notice(const QString& message);
    /// "Send package…" was chosen: the window opens the dialog to make a package for a partner.
    void sendPackageRequested();

private:
    void chooseExportFile();
    void chooseSheetFile();
    void showError(const QString& message);
    void updateButtons();

    Store* m_store = nullptr;
    QString m_fingerprint;
    QGroupBox* m_identityBox;
    QLabel* m_organisationValue;
    QLabel* m_roleValue;
    FingerprintLabel* m_fingerprintValue;
    QPushButton* m_exportButton;
    QPushButton* m_copyButton;
    QPushButton* m_sheetButton;
    PartnerListModel* m_model;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QLabel* m_errorLabel;
    QPushButton* m_addButton;
    QPushButton* m_sendButton;
    QPushButton* m_contactButton;
    QPushButton* m_removeButton;
    QPushButton* m_areasButton;
    QPushButton* m_mailSettingsButton;
    QPushButton* m_historyButton;
    QPointer<AddPartnerDialog> m_addDialog;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    SecretStore* m_secrets = nullptr;
};

} // namespace inbeeld
