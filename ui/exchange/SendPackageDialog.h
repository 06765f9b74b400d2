#pragma once

#include "core/domain/Agreement.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"

#include <QDialog>
#include <QList>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace inbeeld {

class FingerprintLabel;
class PackagePreview;
class Store;

/// "Send package": choose a pinned partner, the kind (the quarterly list, or one child's case by
/// BSN) and the quarter, and see BEFORE anything is written what will go out: the records per
/// category, the fields per category (with the agreement's reason for each) and the decisions that
/// cover them, all from core's plan (PackageWriter::plan). When core refuses (no list of our own,
/// no standing decision, no decision for the child), its message and a hint are shown and
/// nothing can be written. Writing asks for a file, then shows who it is for, the package number
/// and id, with "Send by mail…" (a prepared mail, PackageMail) and "Show in folder".
class SendPackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendPackageDialog(Store& store, QWidget* parent = nullptr);

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
    /// Opens the mail program with a prepared mail about the written package, and its folder.
    bool sendByMail();
    /// Opens the folder of the written package in the file manager.
    bool showInFolder();

signals:
    /// A package was written; message is for the status bar.
    void packageWritten(const QString& message);

private:
    std::optional<Partner> chosenPartner() const;
    PackageRequest request() const;
    void chooseFile();
    /// The first page: partner, kind, child and quarter, and the preview.
    QWidget* buildChoosePage();
    /// The second page: what was written, with "Send by mail…" and "Show in folder".
    QWidget* buildResultPage();
    void showRefusal(const Error& error);
    void showResult(const PackageSummary& summary, const Partner& partner);
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
    PackagePreview* m_preview = nullptr;
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
    QPushButton* m_folderButton;
    QDialogButtonBox* m_buttons;
    QPushButton* m_writeButton;
    QPushButton* m_closeButton;
};

} // namespace inbeeld
