#include "ui/compare/ComparisonTableModel.h"

#include "ui/compare/OutcomeStyle.h"

#include <QFont>
#include <QLocale>
#include <QVarLengthArray>
#include <array>
#include <numeric>

namespace inbeeld {

namespace {

const QString Vrijstelling = QStringLiteral("vrijstelling_5a");
const QString DiffersMarker = QStringLiteral("≠ ");

QDate startDate(const CaseRecord& r)
{
    return r.category == Vrijstelling ? r.exemptionDate : r.absenceStart;
}

/// The compared field shown in a column, if any.
std::optional<ComparedField> comparedField(int column)
{
    switch (column) {
    case ComparisonTableModel::OursCategoryColumn:
    case ComparisonTableModel::TheirsCategoryColumn:
        return ComparedField::Category;
    case ComparisonTableModel::OursSchoolColumn:
    case ComparisonTableModel::TheirsSchoolColumn:
        return ComparedField::School;
    case ComparisonTableModel::OursStartColumn:
    case ComparisonTableModel::TheirsStartColumn:
        return ComparedField::StartDate;
    default:
        return std::nullopt;
    }
}

/// The column of the same field on our side.
int oursColumn(int column)
{
    return column > ComparisonTableModel::OutcomeColumn ? column - ComparisonTableModel::TheirsNameColumn : column;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

int compareText(const QString& a, const QString& b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

/// Lower case without diacritics, one character at a time: a table for Latin-1 and Latin
/// Extended-A/B (the names on Dutch lists), QChar::toLower beyond.
char16_t foldChar(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    static const std::array<char16_t, 0x250> table = [] {
        std::array<char16_t, 0x250> t {};
        for (char16_t u = 0; u < 0x250; ++u) {
            const QString decomposed = QChar(u).decomposition();
            const QChar base = decomposed.isEmpty() ? QChar(u) : decomposed.at(0);
            t[u] = base.toLower().unicode();
        }
        return t;
    }();
    return c < 0x250 ? table[c] : QChar(c).toLower().unicode();
}

using FoldBuffer = QVarLengthArray<char16_t, 96>;

void appendFolded(FoldBuffer& buffer, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!buffer.isEmpty())
        buffer.append(u' ');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x300 && u < 0x370)
            continue; // combining diacritics of decomposed text
        buffer.append(foldChar(u));
    }
}

bool foldedContains(const FoldBuffer& buffer, const QString& needle)
{
    return QStringView(buffer.constData(), buffer.size()).contains(QStringView(needle));
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonTableModel::setComparison(std::shared_ptr<const Comparison> comparison, const QString& category)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_category = category;
    m_rows.clear();
    m_counts = {};
    m_categoryNames.clear();
    if (m_comparison) {
        for (const AgreementCategory& c : m_comparison->categories())
            m_categoryNames.insert(c.code, c.name);
        const QList<ComparisonItem>& items = m_comparison->items();
        m_rows.reserve(std::size_t(items.size()));
        for (qint32 i = 0; i < qint32(items.size()); ++i) {
            const ComparisonItem& item = items[i];
            if (!category.isEmpty() && m_comparison->category(item) != category)
                continue;
            m_rows.push_back(i);
            ++m_counts[std::size_t(item.outcome)];
        }
    }
    endResetModel();
}

void ComparisonTableModel::clear()
{
    setComparison(nullptr, QString());
}

const ComparisonItem* ComparisonTableModel::itemAt(int row) const
{
    if (!m_comparison || row < 0 || std::size_t(row) >= m_rows.size())
        return nullptr;
    return &m_comparison->items()[m_rows[std::size_t(row)]];
}

int ComparisonTableModel::rowOfChild(const QString& noteKey) const
{
    if (!m_comparison || noteKey.isEmpty())
        return -1;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const ComparisonItem& item = m_comparison->items()[m_rows[row]];
        if (m_comparison->oursKey(item) == noteKey || m_comparison->theirsKey(item) == noteKey)
            return int(row);
    }
    return -1;
}

QString ComparisonTableModel::foldForSearch(const QString& text)
{
    FoldBuffer buffer;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
        appendFolded(buffer, word);
    return QStringView(buffer.constData(), buffer.size()).toString();
}

bool ComparisonTableModel::matches(int row, int outcome, const QString& search) const
{
    const ComparisonItem* item = itemAt(row);
    if (!item)
        return false;
    if (outcome >= 0 && int(item->outcome) != outcome)
        return false;
    if (search.isEmpty())
        return true;
    for (const CaseRecord* r : {m_comparison->ours(*item), m_comparison->theirs(*item)}) {
        if (!r)
            continue;
        if (r->bsn.contains(search) || r->onderwijsnummer.contains(search))
            return true;
        FoldBuffer name;
        appendFolded(name, r->firstNames);
        appendFolded(name, r->prefix);
        appendFolded(name, r->surname);
        if (foldedContains(name, search))
            return true;
        FoldBuffer school;
        appendFolded(school, r->lastSchool);
        if (foldedContains(school, search))
            return true;
    }
    return false;
}

void ComparisonTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_comparison)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::size_t n = m_rows.size();
    std::vector<int> sorted(n);
    std::iota(sorted.begin(), sorted.end(), 0);
    const bool descending = order == Qt::DescendingOrder;
    if (column < 0 || column >= ColumnCount) {
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) { return m_rows[a] < m_rows[b]; });
    } else {
        // One key per row, computed once: text folded like the search, dates as day numbers.
        std::vector<QString> text;
        std::vector<qint64> number;
        std::vector<bool> missing(n, false);
        const bool numeric = column == OutcomeColumn || oursColumn(column) == OursBirthDateColumn
            || oursColumn(column) == OursStartColumn;
        if (numeric)
            number.resize(n);
        else
            text.resize(n);
        for (std::size_t row = 0; row < n; ++row) {
            const ComparisonItem& item = m_comparison->items()[m_rows[row]];
            if (column == OutcomeColumn) {
                number[row] = qint64(item.outcome) * 10000 - qRound(item.score * 1000);
                continue;
            }
            const CaseRecord* r = recordFor(item, column);
            if (!r) {
                missing[row] = true;
                continue;
            }
            FoldBuffer key;
            switch (oursColumn(column)) {
            case OursNameColumn:
                appendFolded(key, r->surname);
                appendFolded(key, r->firstNames);
                appendFolded(key, r->prefix);
                break;
            case OursBsnColumn:
                text[row] = r->identifier();
                continue;
            case OursBirthDateColumn:
                number[row] = r->birthDate.isValid() ? r->birthDate.toJulianDay() : 0;
                continue;
            case OursCategoryColumn:
                appendFolded(key, categoryName(r->category));
                break;
            case OursSchoolColumn:
                appendFolded(key, r->lastSchool);
                break;
            case OursStartColumn: {
                const QDate date = startDate(*r);
                number[row] = date.isValid() ? date.toJulianDay() : 0;
                continue;
            }
            default:
                break;
            }
            text[row] = QStringView(key.constData(), key.size()).toString();
        }
        // Rows without this side's record stay last in both directions; ties keep file order.
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
            if (missing[a] != missing[b])
                return !missing[a];
            if (numeric)
                return descending ? number[b] < number[a] : number[a] < number[b];
            return descending ? text[b] < text[a] : text[a] < text[b];
        });
    }
    std::vector<qint32> rows(n);
    std::vector<int> newRowOf(n);
    for (std::size_t i = 0; i < n; ++i) {
        rows[i] = m_rows[std::size_t(sorted[i])];
        newRowOf[std::size_t(sorted[i])] = int(i);
    }
    m_rows = std::move(rows);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before)
        after.append(index.isValid() ? this->index(newRowOf[std::size_t(index.row())], index.column()) : index);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const CaseRecord* ComparisonTableModel::recordFor(const ComparisonItem& item, int column) const
{
    if (column == OutcomeColumn)
        return nullptr;
    return isOursColumn(column) ? m_comparison->ours(item) : m_comparison->theirs(item);
}

bool ComparisonTableModel::cellDiffers(const ComparisonItem& item, int column) const
{
    if (column == OutcomeColumn || item.ours < 0 || item.theirs < 0)
        return false;
    if (const auto field = comparedField(column))
        return item.differsIn(*field);
    // Records paired on name and birth date: show where the names are spelt differently.
    if (oursColumn(column) == OursNameColumn && (item.basis == MatchBasis::Name || item.basis == MatchBasis::Confirmed))
        return compareText(m_comparison->ours(item)->displayName(), m_comparison->theirs(item)->displayName()) != 0;
    return false;
}

QString ComparisonTableModel::cellText(const CaseRecord& record, int column) const
{
    switch (oursColumn(column)) {
    case OursNameColumn:
        return record.displayName();
    case OursBsnColumn:
        return record.bsn.isEmpty() && !record.onderwijsnummer.isEmpty()
            ? tr("%1 (onderwijsnummer)").arg(record.onderwijsnummer)
            : record.bsn;
    case OursBirthDateColumn:
        return dateText(record.birthDate);
    case OursCategoryColumn:
        return categoryName(record.category);
    case OursSchoolColumn:
        return record.lastSchool;
    case OursStartColumn:
        return dateText(startDate(record));
    default:
        return {};
    }
}

QString ComparisonTableModel::outcomeText(const ComparisonItem& item) const
{
    const QString name = OutcomeStyle::shortName(item.outcome);
    if (item.outcome == ComparisonOutcome::Probable)
        return tr("%1 (%2%)").arg(name).arg(qRound(item.score * 100));
    if (item.basis == MatchBasis::Confirmed)
        return tr("%1 (confirmed)").arg(name);
    if (item.expected)
        return tr("%1 (expected)").arg(name);
    if (item.rejected())
        return tr("%1 (match rejected)").arg(name);
    return name;
}

QString ComparisonTableModel::outcomeToolTip(const ComparisonItem& item) const
{
    QStringList lines {Comparison::outcomeName(item.outcome)};
    for (const FieldDifference& d : m_comparison->differences(item))
        lines << tr("%1: ours \"%2\", theirs \"%3\"").arg(Comparison::fieldName(d.field), d.ours, d.theirs);
    if (item.outcome == ComparisonOutcome::Probable)
        lines << tr("No BSN on one of the lists; the name and date of birth match for %1%. Open the details to "
                    "confirm or reject.")
                     .arg(qRound(item.score * 100));
    if (item.basis == MatchBasis::Confirmed)
        lines << tr("You confirmed that these records are the same child.");
    if (item.rejected())
        lines << tr("You rejected a probable match with a record on the other list.");
    const QString explanation = m_comparison->explanation(item);
    if (!explanation.isEmpty())
        lines << explanation;
    return lines.join(u'\n');
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    const ComparisonItem* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const int column = index.column();
    if (column == OutcomeColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return outcomeText(*item);
        case Qt::ToolTipRole:
            return outcomeToolTip(*item);
        case Qt::BackgroundRole:
            return OutcomeStyle::tint(item->outcome);
        case Qt::ForegroundRole:
            return QColor(Qt::black);
        case OutcomeRole:
            return int(item->outcome);
        case ItemIndexRole:
            return m_rows[std::size_t(index.row())];
        default:
            return {};
        }
    }
    const CaseRecord* record = recordFor(*item, column);
    switch (role) {
    case Qt::DisplayRole: {
        if (!record)
            return {};
        const QString text = cellText(*record, column);
        return cellDiffers(*item, column) ? DiffersMarker + text : text;
    }
    case Qt::ToolTipRole: {
        if (!record)
            return isOursColumn(column) ? tr("Not on our list") : tr("Not on their list");
        const QString text = cellText(*record, column);
        if (!cellDiffers(*item, column))
            return text;
        const CaseRecord* ours = m_comparison->ours(*item);
        const CaseRecord* theirs = m_comparison->theirs(*item);
        const int oursCol = oursColumn(column);
        return tr("Recorded differently. Our list: \"%1\"; their list: \"%2\".")
            .arg(cellText(*ours, oursCol), cellText(*theirs, oursCol + TheirsNameColumn));
    }
    case Qt::AccessibleDescriptionRole:
        return record && cellDiffers(*item, column) ? tr("differs from the other list") : QVariant();
    case Qt::BackgroundRole:
        return record && cellDiffers(*item, column) ? QVariant(OutcomeStyle::differingCell()) : QVariant();
    case Qt::ForegroundRole:
        return record && cellDiffers(*item, column) ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (record && cellDiffers(*item, column)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OutcomeRole:
        return int(item->outcome);
    case ItemIndexRole:
        return m_rows[std::size_t(index.row())];
    case DiffersRole:
        return record && cellDiffers(*item, column);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        // Two header lines: the list above its first column, then the field.
        switch (section) {
        case OutcomeColumn:
            return tr("\nOutcome");
        case OursNameColumn:
            return tr("Our list\nName");
        case TheirsNameColumn:
            return tr("Their list\nName");
        default:
            break;
        }
        switch (oursColumn(section)) {
        case OursBsnColumn:
            return tr("\nBSN");
        case OursBirthDateColumn:
            return tr("\nBirth date");
        case OursCategoryColumn:
            return tr("\nCategory");
        case OursSchoolColumn:
            return tr("\nLast known school");
        case OursStartColumn:
            return tr("\nStart date");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == OutcomeColumn)
            return tr("How the child compares between the two lists");
        return isOursColumn(section) ? tr("As recorded on our list") : tr("As recorded on their list");
    }
    return {};
}

} // namespace inbeeld
