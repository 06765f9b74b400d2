#pragma once

#include "core/matching/Comparison.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace inbeeld {

class ComparisonChart;
class ComparisonSummaryModel;

/// The first screen of a comparison: per category how many children are on both lists, recorded
/// differently, on one list only or to be checked, in a sentence, a table and a chart; why some
/// one-sided children are expected; and the export of these counts (no personal data).
class ComparisonOverview : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonOverview(QWidget* parent = nullptr);

    void setComparison(std::shared_ptr<const Comparison> comparison);
    void clear();
    /// Writes the counts as CSV; true on success (the message goes to notice()).
    bool exportCountsTo(const QString& path);

    ComparisonSummaryModel* summaryModel() const { return m_model; }

signals:
    void notice(const QString& message);
    /// The user clicked a category's bar or row: show that category.
    void categoryRequested(const QString& category);

private:
    void chooseExportFile();
    QString headline() const;
    QString expectedText() const;

    std::shared_ptr<const Comparison> m_comparison;
    QLabel* m_headlineLabel;
    QLabel* m_expectedLabel;
    ComparisonSummaryModel* m_model;
    QTableView* m_table;
    ComparisonChart* m_chart;
    QPushButton* m_exportButton;
};

} // namespace inbeeld
