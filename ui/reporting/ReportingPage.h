#pragma once

#include "core/reporting/InspectieExport.h"
#include "core/reporting/InspectieRegistration.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace inbeeld {

class Store;
class TrendChart;

/// The "Rapportage" tab: registers a quarter for the Inspectie (built from our own lists, cumulative
/// over the school year), shows the counts per category and subgroup per quarter as a chart and a
/// table, exports the quarter as XLSX, CSV, JSON or PDF, prints the summary, and lets the user
/// adapt the column names of the Inspectie's form once, and how many years after the school year
/// the registration is kept.
class ReportingPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportingPage(QWidget* parent = nullptr);

    void setStore(Store* store);
    void refresh();
    /// Registers the chosen quarter on the chosen reference date; false (with a message) on failure.
    bool registerQuarter();
    /// Writes the shown quarter to a file (the export buttons ask for the path first).
    Result<void> exportTo(InspectieExport::Format format, const QString& path);
    std::optional<QuarterRegistration> shownQuarter() const { return m_shown; }
    QTableWidget* trendTable() const { return m_table; }
    TrendChart* trendChart() const { return m_chart; }
    QComboBox* quarterBox() const { return m_quarter; }
    QDateEdit* peildatumEdit() const { return m_peildatum; }
    QSpinBox* retentionBox() const { return m_retention; }
    /// Stores the registration's retention (years after the school year); false with a message.
    bool applyRetention();

signals:
    void notice(const QString& message);

private:
    void quarterChosen();
    void showQuarter(const QuarterRegistration& quarter);
    void exportAsked(InspectieExport::Format format);
    void printAsked();
    void editColumns();
    std::optional<InspectieExport> exporter() const;
    void updateButtons();

    Store* m_store = nullptr;
    std::optional<QuarterRegistration> m_shown;
    QComboBox* m_quarter;
    QDateEdit* m_peildatum;
    QPushButton* m_registerButton;
    QLabel* m_status;
    TrendChart* m_chart;
    QTableWidget* m_table;
    QList<QPushButton*> m_exportButtons;
    QSpinBox* m_retention;
};

} // namespace inbeeld
