#pragma once

#include "core/domain/Agreement.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"

#include <QDialog>
#include <QList>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace inbeeld {

class FingerprintLabel;
class KeychainSecretStore;
class SecretStore;
class Store;
class UnassignedChildrenView;

/// "Send package": choose a pinned partner, the kind (the quarterly list, or one child's case by
/// BSN) and the quarter, and see BEFORE anything is written what will go out: the records per
/// category, the fields per category (with the agreement's reason for each) and the decisions that
/// cover them, all from core's plan (PackageWriter::plan). When core refuses (no list of our own,
/// no standing decision, no decision for the child), its message and a hint are shown and
/// nothing can be written. Writing asks for a file, then shows who it is for, the package number
/// and id, with "Send by mail…" (MailSendDialog), "Open mail program…" (PackageMail) and "Show in folder".
class SendPackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendPackageDialog(Store& store, QWidget* parent = nullptr);
    ~SendPackageDialog() override;

    /// Where the SMTP password is kept (the OS keychain unless set).
    void setSecretStore(SecretStore* secrets);
    /// The preview's children that cannot be assigned, with the user's choices.
    UnassignedChildrenView* unassignedView() const { return m_unassigned; }

    /// Chooses the partner by organisation name; false when it is not a pinned partner.
    bool selectPartner(const QString& organisation);
    /// Chooses the quarter ("2026Q3"); false when it is not offered.
    bool selectQuarter(const QString& quarter);
    /// Chooses the kind of package; for a case package, bsn names the child.
    void selectKind(PackageKind kind, const QString& bsn = {});
    /// Prepares the case package of an individual decision: its child, and the pinned partner that
    /// is the decision's recipient. False (with the reason shown) when it cannot be written.
    bool prepareCase(const ShareDecision& decision);
    /// Asks core what would be sent now and shows it, or its refusal. True when it can be written.
    bool updatePreview();
    bool canWrite() const;
    /// Writes the package to path and shows the result, or core's message. True on success.
    bool writeTo(const QString& path);
    /// The package written by this dialog, if any.
    const std::optional<PackageSummary>& written() const { return m_written; }
    /// "2026Q3-SWV-De-Liemers.inbeeld": the quarter and the partner's name (core's suggestion).
    QString suggestedFileName() const;
    /// Opens "Versturen per e-mail" for the written package (modal): sent by InBeeld over TLS.
    bool sendByMail();
    /// Opens the mail program with a prepared mail about the written package, and its folder.
    bool openMailClient();
    /// Opens the folder of the written package in the file manager.
    bool showInFolder();

signals:
    /// A package was written; message is for the status bar.
    void packageWritten(const QString& message);

private:
    QWidget* buildChoosePage();
    QWidget* buildResultPage();
    std::optional<Partner> chosenPartner() const;
    PackageRequest request() const;
    void chooseFile();
    void showPlan(const PackagePlan& plan);
    void showRefusal(const Error& error);
    void showResult(const PackageSummary& summary, const Partner& partner);
    void showFieldReason();
    void showError(const QString& message);

    Store& m_store;
    std::optional<Agreement> m_agreement;
    QList<Partner> m_partners;
    bool m_canWrite = false;
    std::optional<PackagePlan> m_plan;
    std::optional<PackageSummary> m_written;

    QStackedWidget* m_pages;
    QComboBox* m_partnerCombo;
    QLabel* m_partnerFingerprint;
    QComboBox* m_kindCombo;
    QLabel* m_childLabel;
    QLineEdit* m_childEdit;
    QComboBox* m_quarterCombo;
    QGroupBox* m_previewBox;
    QLabel* m_sourceLabel;
    QTreeWidget* m_previewTree;
    QLabel* m_reasonLabel;
    QLabel* m_decisionsLabel;
    QLabel* m_withheldLabel;
    QLabel* m_errorLabel;
    QLabel* m_hintLabel;
    QLabel* m_resultHeadline;
    QLabel* m_resultPartner;
    FingerprintLabel* m_resultFingerprint;
    QLabel* m_resultSequence;
    QLabel* m_resultPackageId;
    QLabel* m_resultFile;
    QLabel* m_resultCounts;
    QPushButton* m_mailButton;
    QPushButton* m_mailClientButton;
    UnassignedChildrenView* m_unassigned;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    SecretStore* m_secrets;
    QPushButton* m_folderButton;
    QDialogButtonBox* m_buttons;
    QPushButton* m_writeButton;
    QPushButton* m_closeButton;
};

} // namespace inbeeld
