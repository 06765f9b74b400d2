#pragma once

#include "core/matching/Comparison.h"

#include <QAbstractTableModel>
#include <QHash>
#include <array>
#include <memory>
#include <vector>

namespace inbeeld {

/// The side-by-side table of one category of a comparison: our record's columns on the left, the
/// outcome in the middle, theirs on the right. A thin adapter: it keeps the shared Comparison and
/// the indices of the category's items, and reads every cell from the records on demand, so a
/// hundred thousand rows cost a few hundred kilobytes and no copies of personal data.
/// Cells that differ from the other list get a tint, bold text and a "≠" marker.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OursNameColumn,
        OursBsnColumn,
        OursBirthDateColumn,
        OursCategoryColumn,
        OursSchoolColumn,
        OursStartColumn,
        OutcomeColumn,
        TheirsNameColumn,
        TheirsBsnColumn,
        TheirsBirthDateColumn,
        TheirsCategoryColumn,
        TheirsSchoolColumn,
        TheirsStartColumn,
        ColumnCount
    };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, // int(ComparisonOutcome)
        ItemIndexRole, // index into Comparison::items()
        DiffersRole, // bool: this cell differs from the other list
    };

    explicit ComparisonTableModel(QObject* parent = nullptr);

    /// Shows the items of comparison in category (all items when category is empty).
    void setComparison(std::shared_ptr<const Comparison> comparison, const QString& category);
    void clear();
    const Comparison* comparison() const { return m_comparison.get(); }
    std::shared_ptr<const Comparison> sharedComparison() const { return m_comparison; }
    QString category() const { return m_category; }

    const ComparisonItem* itemAt(int row) const;
    /// The row of the item whose child has this note key (Comparison::noteKey), or -1.
    int rowOfChild(const QString& noteKey) const;
    /// Items per outcome in this category.
    qint64 count(ComparisonOutcome outcome) const { return m_counts[std::size_t(outcome)]; }

    /// Filter support for ComparisonFilterModel: typed, without building QVariants.
    /// outcome < 0: any. search: text already folded with foldForSearch().
    bool matches(int row, int outcome, const QString& search) const;
    /// Lower case without diacritics, for searching "ozdemir" in "Özdemir".
    static QString foldForSearch(const QString& text);

    /// Sorts the rows on one key per row computed once (folded text, day numbers), stable, rows
    /// without a record on that side last; column -1 restores file order. Selections follow.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isOursColumn(int column) { return column < OutcomeColumn; }
    /// Whether a cell of item differs from the same cell on the other side.
    bool cellDiffers(const ComparisonItem& item, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CaseRecord* recordFor(const ComparisonItem& item, int column) const;
    QString cellText(const CaseRecord& record, int column) const;
    QString outcomeText(const ComparisonItem& item) const;
    QString outcomeToolTip(const ComparisonItem& item) const;
    QString categoryName(const QString& code) const { return m_categoryNames.value(code, code); }

    std::shared_ptr<const Comparison> m_comparison;
    QString m_category;
    std::vector<qint32> m_rows; // item index per row
    std::array<qint64, ComparisonOutcomeCount> m_counts {};
    QHash<QString, QString> m_categoryNames;
};

} // namespace inbeeld
