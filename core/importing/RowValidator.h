#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/importing/ColumnMapping.h"
#include "core/importing/FirstLineIndex.h"
#include "core/importing/ImportIssue.h"
#include "core/importing/TableReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace inbeeld {

/// What RowValidator made of one row.
struct RowOutcome
{
    /// The record to store: set when the row is accepted and not a duplicate.
    std::optional<CaseRecord> record;
    /// Errors (the row is rejected) and warnings (the row is kept), in column order.
    QList<ImportIssue> issues;
    bool rejected = false;
    /// The row repeats an earlier row (same child, same category): reported, not stored again.
    bool duplicate = false;
    /// The category code, when it was recognised (also for a rejected row).
    QString category;
};

/// A column whose values were not stored for the rows of one category, because the agreement
/// does not allow that field for that category (data minimisation).
struct LeftOutColumn
{
    Q_DECLARE_TR_FUNCTIONS(LeftOutColumn)

public:
    int column = -1;
    QString header;
    ImportField field = ImportField::None;
    QString category; // code
    QString categoryName; // the agreement's name
    qint64 rows = 0;

    /// "Reden verzuim left out for 12 rows of category absoluut verzuim: the agreement does not
    /// allow it."
    QString message() const;
};

/// Checks one row of a mapped list at a time and turns it into a CaseRecord, or rejects it with
/// messages that name the line, the column, the value and what to do. The rules:
///  - the category comes from its column (CategoryRecognizer; unknown = error) or is fixed for the
///    whole file;
///  - a BSN must pass the elfproef (eight digits get their leading zero); an onderwijsnummer is
///    recognised in either number column; an invalid number rejects the row;
///  - without a number the row is kept with a warning when it has a name and a date of birth
///    (matching then treats it as "probable"), and rejected otherwise;
///  - dates as DutchDate reads them; an impossible date rejects the row; a date of birth after the
///    peildatum too; an age outside 4–23 on the peildatum and an absence that starts after today
///    are warned;
///  - postcodes are normalised to "1234 AB"; an invalid one is warned and not stored;
///  - names are split into first names, prefix and surname by PersonName;
///  - a field the agreement does not allow for the row's category is not stored (and not checked);
///    leftOutColumns() sums this up per column and category;
///  - a row with the same child (number, else name and date of birth) and category as an earlier
///    row is reported once as a duplicate and not stored again.
class RowValidator
{
    Q_DECLARE_TR_FUNCTIONS(RowValidator)

public:
    static constexpr int MinimumAge = 4;
    static constexpr int MaximumAge = 23;

    struct Settings
    {
        QDate peildatum; // the list's reference date, for ages
        QDate today; // for "starts in the future"
        QString fixedCategory; // when set, the category of every row (and the category column is ignored)
    };

    RowValidator(ColumnMapping mapping, Agreement agreement, Settings settings);

    RowOutcome validate(const TableRow& row);

    /// Per column and category, how many accepted rows had a value that was left out.
    QList<LeftOutColumn> leftOutColumns() const;
    /// The cells of a rejected row that may be kept in the store for the report: those of columns
    /// mapped to a field the agreement allows for the row's category (every mapped column when
    /// the category is unknown). Unmapped columns and fields not allowed are emptied: a rejected
    /// row keeps no more than an accepted one would. Reads only what the constructor set, so it
    /// may be called while validate() runs on another thread.
    QStringList storableCells(const TableRow& row, const RowOutcome& outcome) const;

    const ColumnMapping& mapping() const { return m_mapping; }

private:
    struct Context;
    void checkIdentifier(Context& c);
    void checkName(Context& c);
    void checkBirthDate(Context& c);
    void checkAddress(Context& c);
    void checkDates(Context& c);
    void checkDuplicate(Context& c, RowOutcome& outcome);
    static quint64 numberKey(const Context& c, const QString& number);

    /// What a category cell means: the recognised code, its index among the agreement's
    /// categories, and the fields the agreement allows for it.
    struct CategoryMeaning
    {
        QString text; // the cell as written (trimmed)
        std::optional<QString> code;
        int index = 0;
        std::optional<quint64> allowedFields;
    };
    const CategoryMeaning& categoryMeaning(const QString& text);
    CategoryMeaning meaningOfCode(const QString& text, std::optional<QString> code) const;

    ColumnMapping m_mapping;
    Agreement m_agreement;
    Settings m_settings;
    QList<int> m_columnOf; // per ImportField value: its column, or -1
    QHash<QString, QSet<ImportField>> m_allowed; // per category code
    QHash<QString, quint64> m_allowedMask; // the same, one bit per ImportField, for validate()
    // Cell texts seen in the category column, with their meaning: a list repeats a few, so a short
    // list compared one by one (the last hit first) beats hashing the text of every row.
    QList<CategoryMeaning> m_categoryCache;
    qsizetype m_lastCategory = 0;
    std::optional<CategoryMeaning> m_fixedCategory; // of Settings::fixedCategory
    QHash<QString, int> m_categoryIndex;
    FirstLineIndex m_seenNumbers; // (number * 2 + onderwijsnummer) * 8 + category index -> first line
    QHash<QString, qint64> m_seenNames; // name key|birth date|category -> first line
    QHash<quint64, qint64> m_leftOut; // column * 8 + category index -> rows
};

} // namespace inbeeld
