#include "ui/sharing/DecisionListModel.h"

namespace inbeeld {

DecisionListModel::DecisionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DecisionListModel::setDecisions(QList<ShareDecision> decisions, const Agreement& agreement, const QDateTime& now)
{
    beginResetModel();
    m_decisions = std::move(decisions);
    m_agreement = agreement;
    m_now = now;
    endResetModel();
}

void DecisionListModel::clear()
{
    beginResetModel();
    m_decisions.clear();
    endResetModel();
}

const ShareDecision* DecisionListModel::decisionAt(int row) const
{
    return row >= 0 && row < m_decisions.size() ? &m_decisions.at(row) : nullptr;
}

int DecisionListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (m_decisions.at(i).id == id)
            return i;
    }
    return -1;
}

int DecisionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int DecisionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionListModel::data(const QModelIndex& index, int role) const
{
    const ShareDecision* d = decisionAt(index.row());
    if (!d || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool standing = d->kind == ShareDecision::Kind::Standing;
    const QString dateTime = QStringLiteral("d-M-yyyy HH:mm");
    switch (index.column()) {
    case IdColumn:
        return d->id;
    case DecidedColumn:
        return d->decidedAt.toLocalTime().toString(dateTime);
    case ChildColumn:
        return standing ? tr("Quarterly exchange (standing decision)") : d->child.childKey;
    case RecipientColumn: {
        if (standing)
            return tr("All parties");
        const AgreementParty* p = m_agreement.party(d->recipient);
        return p ? p->name : d->recipient;
    }
    case FieldsColumn: {
        if (standing)
            return tr("Per category (Bijlage 1)");
        QStringList names;
        for (const QString& id : d->fields()) {
            const AgreementField* f = m_agreement.field(id);
            names << (f ? f->name : id);
        }
        return names.join(QStringLiteral(", "));
    }
    case ExpiresColumn:
        return d->expiresAt.isValid() ? d->expiresAt.toLocalTime().toString(dateTime) : QString();
    case StateColumn:
        return d->stateText(m_now);
    }
    return {};
}

QVariant DecisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case DecidedColumn:
        return tr("Decided");
    case ChildColumn:
        return tr("Child");
    case RecipientColumn:
        return tr("Recipient");
    case FieldsColumn:
        return tr("Fields");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace inbeeld
