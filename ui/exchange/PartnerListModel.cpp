#include "ui/exchange/PartnerListModel.h"

#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace inbeeld {

PartnerListModel::PartnerListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PartnerListModel::setPartners(const QList<Partner>& partners)
{
    beginResetModel();
    m_partners = partners;
    endResetModel();
}

void PartnerListModel::clear()
{
    setPartners({});
}

const Partner* PartnerListModel::partnerAt(int row) const
{
    return row >= 0 && row < m_partners.size() ? &m_partners.at(row) : nullptr;
}

int PartnerListModel::rowOf(qint64 partnerId) const
{
    for (int row = 0; row < m_partners.size(); ++row) {
        if (m_partners.at(row).id == partnerId)
            return row;
    }
    return -1;
}

int PartnerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerListModel::data(const QModelIndex& index, int role) const
{
    const Partner* p = partnerAt(index.row());
    if (!p)
        return {};
    if (role == Qt::FontRole && index.column() == FingerprintColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ToolTipRole && index.column() == FingerprintColumn && p->viaRotation) {
        return tr("These keys replaced earlier ones of %1; the new keys were signed with the key pinned before.")
            .arg(p->organisation);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case OrganisationColumn:
        return p->organisation;
    case RoleColumn:
        return RoleText::displayName(p->role);
    case FingerprintColumn:
        return p->fingerprint;
    case ConfirmedByColumn:
        return p->confirmedBy;
    case ConfirmedHowColumn:
        return p->viaRotation
            ? tr("%1 (new keys signed with the pinned key)").arg(ConfirmationMethods::displayName(p->confirmedHow))
            : ConfirmationMethods::displayName(p->confirmedHow);
    case PinnedAtColumn:
        return QLocale().toString(p->pinnedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganisationColumn:
        return tr("Organisation");
    case RoleColumn:
        return tr("Role");
    case FingerprintColumn:
        return tr("Fingerprint");
    case ConfirmedByColumn:
        return tr("Confirmed by");
    case ConfirmedHowColumn:
        return tr("How");
    case PinnedAtColumn:
        return tr("Added on");
    default:
        return {};
    }
}

} // namespace inbeeld
