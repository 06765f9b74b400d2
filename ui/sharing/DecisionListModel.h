#pragma once

#include "core/domain/Agreement.h"
#include "core/sharing/ShareDecision.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace inbeeld {

/// The share decisions of a store, newest first: when, which child (by its key), for which
/// recipient, which fields, until when, and whether it is still in force.
class DecisionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        DecidedColumn,
        ChildColumn,
        RecipientColumn,
        FieldsColumn,
        ExpiresColumn,
        StateColumn,
        ColumnCount
    };

    explicit DecisionListModel(QObject* parent = nullptr);

    /// agreement: for the names of parties and fields.
    void setDecisions(QList<ShareDecision> decisions, const Agreement& agreement, const QDateTime& now);
    void clear();
    const ShareDecision* decisionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ShareDecision> m_decisions;
    Agreement m_agreement;
    QDateTime m_now;
};

} // namespace inbeeld
