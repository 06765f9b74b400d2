#pragma once

#include "core/importing/ImportReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace inbeeld {

/// The problems of an import report as a table: row errors first, then row warnings (each by
/// line), then the notes about the file as a whole (columns left out or not imported). A filter
/// narrows the table to one kind.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ColumnColumn, ValueColumn, SeverityColumn, MessageColumn, ColumnCount };
    enum class Filter { All, Errors, Warnings, Columns };

    explicit ImportIssueModel(QObject* parent = nullptr);

    void setReport(const ImportReport& report);
    void clear();
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// How many issues the filter would show.
    int count(Filter filter) const;
    const ImportIssue* issueAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool isColumnNote(const ImportIssue& issue);
    static bool matches(const ImportIssue& issue, Filter filter);
    void rebuild();

    QList<ImportIssue> m_all; // errors, warnings, file notes
    QList<const ImportIssue*> m_shown; // into m_all
    Filter m_filter = Filter::All;
};

} // namespace inbeeld
