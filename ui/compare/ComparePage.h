#pragma once

#include "core/common/Result.h"
#include "core/domain/Agreement.h"
#include "core/matching/Comparison.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace inbeeld {

class CategoryComparisonView;
class ComparisonOverview;
class Store;

/// The "Compare" tab: compares our newest list with the partner's newest list (or the lists
/// chosen) in the background, with progress and Cancel, and shows an overview plus one tab per
/// category. It compares again after a new import (listsChanged()) and after a decision on a
/// probable match. Only counts leave this page (Export counts); no list with personal data.
class ComparePage : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePage(QWidget* parent = nullptr);
    ~ComparePage() override;

    /// Shows store (not owned), or nothing. The comparison runs when the page is first shown.
    void setStore(Store* store);
    /// New lists were imported: offer them and compare again (now if visible, else when shown).
    void listsChanged();
    /// Compares our newest list with the partner's list theirsSnapshotId (for example one that
    /// just arrived in a package): chooses both above the page and starts the comparison.
    void compareWith(qint64 theirsSnapshotId);
    /// Starts a comparison of the chosen lists (cancels and restarts one that is running).
    void compare();
    void cancel();
    bool isRunning() const;
    /// Saves changed notes; false when one could not be saved.
    bool saveNotes();

    std::shared_ptr<const Comparison> comparison() const { return m_comparison; }
    ComparisonOverview* overview() const { return m_overview; }
    CategoryComparisonView* categoryView(const QString& category) const { return m_views.value(category); }
    /// Shows a category's tab.
    void showCategory(const QString& category);

signals:
    void notice(const QString& message);
    /// The user wants to share a child's record with the partner (the four-step check starts).
    void shareRequested(const inbeeld::CaseRecord& record, qint64 snapshotId);
    /// A comparison finished and is shown.
    void compared();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillChoosers();
    void finished();
    void apply(std::shared_ptr<const Comparison> comparison);
    void setRunning(bool running);
    void setStatus(const QString& text);
    std::optional<qint64> chosen(QComboBox* combo) const;

    Store* m_store = nullptr;
    std::optional<Agreement> m_agreement;
    std::shared_ptr<const Comparison> m_comparison;
    QFutureWatcher<Result<Comparison>> m_watcher;
    quint64 m_generation = 0; // bumped when the store changes: results of older runs are dropped
    quint64 m_runGeneration = 0;
    bool m_stale = true;
    bool m_rerunPending = false;

    QComboBox* m_oursCombo;
    QComboBox* m_theirsCombo;
    QPushButton* m_compareButton;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    QLabel* m_statusLabel;
    QTabWidget* m_sections;
    ComparisonOverview* m_overview;
    QHash<QString, CategoryComparisonView*> m_views;
};

} // namespace inbeeld
