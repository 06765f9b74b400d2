#pragma once

#include "core/exchange/PartnerTrust.h"

#include <QAbstractTableModel>
#include <QList>

namespace inbeeld {

/// The pinned partners as a table: organisation, role, fingerprint and how the fingerprint was
/// confirmed (by whom, how, when). Read-only; the rows come from PartnerTrust::partners().
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OrganisationColumn,
        RoleColumn,
        FingerprintColumn,
        ConfirmedByColumn,
        ConfirmedHowColumn,
        PinnedAtColumn,
        ColumnCount
    };

    explicit PartnerListModel(QObject* parent = nullptr);

    void setPartners(const QList<Partner>& partners);
    void clear();
    const Partner* partnerAt(int row) const;
    /// The row of the partner with this id, or -1.
    int rowOf(qint64 partnerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Partner> m_partners;
};

} // namespace inbeeld
