#pragma once

#include "core/domain/Agreement.h"
#include "core/matching/Comparison.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace inbeeld {

class ChildCaseActions;
class Store;

/// The details of one child in the comparison: both records field by field with the agreement's
/// reason why each field may be shared, the differing fields marked, the probable score; buttons
/// to confirm or reject a probable match (or withdraw the decision); and the notes about the
/// child. Showing a child is audited once (ComparisonService::recordViewed); a changed note is
/// saved with Save, when the editor loses focus, and before another child is shown.
class ComparisonDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonDetailPane(QWidget* parent = nullptr);

    /// The store to audit and save in (not owned) and the agreement whose field reasons to show.
    void setContext(Store* store, std::optional<Agreement> agreement);
    /// Shows item of comparison, or nothing for null. Saves a changed note first; returns false
    /// (and keeps showing the current child) when that fails.
    bool showItem(std::shared_ptr<const Comparison> comparison, const ComparisonItem* item);
    /// Forgets the shown child without saving (the comparison was replaced or the store closed).
    void clear();
    /// Saves the note when it was changed; true when there was nothing to save or it was saved.
    bool saveNoteIfChanged();
    bool noteChanged() const;
    /// The note key of the child shown, or empty.
    QString shownChild() const;
    /// Adds the child shown, when only the partner lists it, to the Inspectie registration of the
    /// school year of the partner list's reference date, with the user's note; false (with a
    /// message in the pane) otherwise.
    bool addToRegistration(const QString& note);

signals:
    /// A decision on a probable match was stored: the comparison must run again.
    void decisionChanged(const QString& childKey);
    void notice(const QString& message);
    /// Escape pressed in the pane: back to the table.
    void backToTableRequested();
    /// "Share with the partner…": the four-step check should start for our record of the child.
    void shareRequested(const inbeeld::CaseRecord& record, qint64 snapshotId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fillFields();
    void updateButtons();
    void decide(bool confirmed);
    void withdraw();
    void closeCase();
    void reopenCase();
    /// The closure of the child shown ("closed: back in school"), or empty.
    QString closureMark() const;
    void loadNote();
    void showStatus(const QString& text, bool error);

    Store* m_store = nullptr;
    QPushButton* m_closeCaseButton = nullptr;
    QPushButton* m_reopenCaseButton = nullptr;
    QToolButton* m_moreButton = nullptr; // the child's other lifecycle actions (restrict, hold, correct, ...)
    ChildCaseActions* m_childActions = nullptr;
    std::optional<Agreement> m_agreement;
    std::shared_ptr<const Comparison> m_comparison;
    std::optional<ComparisonItem> m_item;
    QString m_noteKey;
    QString m_savedNote;
    QString m_lastViewed; // audit reference of the child last audited as viewed

    QLabel* m_titleLabel;
    QLabel* m_outcomeLabel;
    QLabel* m_explanationLabel;
    QTextBrowser* m_fields;
    QPushButton* m_confirmButton;
    QPushButton* m_rejectButton;
    QPushButton* m_withdrawButton;
    QPushButton* m_shareButton;
    QPushButton* m_registerButton;
    QPlainTextEdit* m_noteEdit;
    QPushButton* m_saveNoteButton;
    QLabel* m_statusLabel;
};

} // namespace inbeeld
