#include "core/importing/RowValidator.h"

#include "core/common/TextShape.h"
#include "core/domain/DutchDate.h"
#include "core/domain/PersonName.h"
#include "core/domain/Postcode.h"
#include "core/domain/PupilIdentifier.h"
#include "core/importing/CategoryRecognizer.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace inbeeld {

namespace {

/// The age in whole years on a date.
int ageOn(const QDate& birth, const QDate& on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

bool isBlank(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

/// "12" + "a" → "12a", "12" + "bis" → "12 bis", "12" + "-2" → "12-2".
QString joinHouseNumber(const QString& number, const QString& addition)
{
    if (addition.isEmpty())
        return number;
    if (number.isEmpty())
        return addition;
    const bool glued
        = (addition.size() == 1 && addition[0].isLetter()) || addition.startsWith(u'-') || addition.startsWith(u'/');
    return glued ? number + addition : number + u' ' + addition;
}

struct AddressParts
{
    QString street;
    QString number;
    QString postcode;
    QString place;
};

/// "Dorpsstraat 12a", "2e Boerhaavestraat 5 hs", "Dorpsstraat 12, 6811 AB Arnhem".
AddressParts splitAddress(const QString& address)
{
    AddressParts parts;
    QString main = address;
    const qsizetype comma = address.indexOf(u',');
    if (comma >= 0) {
        main = address.left(comma).trimmed();
        static const QRegularExpression postcodePlace(QStringLiteral("^(\\d{4}\\s?[A-Za-z]{2})\\b\\s*(.*)$"));
        const QString rest = address.mid(comma + 1).trimmed();
        const auto match = postcodePlace.match(rest);
        if (match.hasMatch()) {
            parts.postcode = match.captured(1);
            parts.place = match.captured(2).trimmed();
        } else {
            parts.place = rest;
        }
    }
    const QStringList words = main.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words[i][0].isDigit()) {
            parts.street = words.mid(0, i).join(u' ');
            parts.number = words.mid(i).join(u' ');
            return parts;
        }
    }
    parts.street = main;
    return parts;
}

} // namespace

QString LeftOutColumn::message() const
{
    return tr("%1 left out for %n rows of category %2: the agreement does not allow it.", nullptr, int(rows))
        .arg(header, lowerFirst(categoryName));
}

static_assert(int(ImportField::Involvement) < 64, "RowValidator keeps the allowed fields as bits of a quint64");

struct RowValidator::Context
{
    RowValidator& v;
    const TableRow& row;
    RowOutcome& out;
    CaseRecord record;
    QString category; // empty when unknown
    std::optional<quint64> allowedFields; // of the category, one bit per ImportField; none when unknown
    int categoryIndex = 0; // among the agreement's categories
    bool hasName = false;
    QList<int> leftOut;

    // Cells with white space around them, trimmed, per ImportField (see cell()).
    mutable std::array<QString, int(ImportField::Involvement) + 1> trimmed;

    /// CaseRecord::identifier() without a copy.
    const QString& identifier() const { return record.bsn.isEmpty() ? record.onderwijsnummer : record.bsn; }
    int columnOf(ImportField f) const { return v.m_columnOf.value(int(f), -1); }
    /// The trimmed text of the field's cell, valid while this row is checked. Most cells have
    /// no white space around them: the row's own text is returned, not even shared (a copy of a
    /// QString costs an atomic count up and down, and a row has some twenty cells to look at).
    const QString& cell(ImportField f) const
    {
        static const QString none;
        const int c = columnOf(f);
        if (c < 0 || c >= row.cells.size())
            return none;
        const QString& text = row.cells.at(c);
        if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
            return text;
        QString& kept = trimmed[size_t(f)];
        kept = text.trimmed();
        return kept;
    }
    QString label(ImportField f) const
    {
        const int c = columnOf(f);
        return c < 0 ? QString() : v.m_mapping.columnLabel(c);
    }
    /// Whether the field is kept for this row's category (unknown category: checked as if kept,
    /// so that the user sees all problems of a rejected row at once).
    bool allowed(ImportField f) const
    {
        if (!allowedFields || f == ImportField::Category)
            return true;
        return (*allowedFields >> int(f)) & 1;
    }
    void add(ImportIssue::Severity severity, ImportField f, const QString& value, const QString& code,
             const QString& message)
    {
        ImportIssue issue;
        issue.line = row.lineNumber;
        issue.column = label(f);
        issue.value = value;
        issue.severity = severity;
        issue.code = code;
        issue.message = message;
        out.issues.append(issue);
        if (severity == ImportIssue::Severity::Error)
            out.rejected = true;
    }
    void error(ImportField f, const QString& value, const QString& code, const QString& message)
    {
        add(ImportIssue::Severity::Error, f, value, code, message);
    }
    void warning(ImportField f, const QString& value, const QString& code, const QString& message)
    {
        add(ImportIssue::Severity::Warning, f, value, code, message);
    }
    /// A date cell: null when empty or invalid (an invalid date is an error).
    QDate date(ImportField f)
    {
        const QString& text = cell(f);
        if (text.isEmpty())
            return {};
        const Result<QDate> parsed = DutchDate::parse(text);
        if (!parsed) {
            error(f, text, QStringLiteral("date_invalid"), parsed.message());
            return {};
        }
        return parsed.value();
    }
};

RowValidator::RowValidator(ColumnMapping mapping, Agreement agreement, Settings settings)
    : m_mapping(std::move(mapping))
    , m_agreement(std::move(agreement))
    , m_settings(std::move(settings))
{
    if (!m_settings.today.isValid())
        m_settings.today = QDate::currentDate();
    if (!m_settings.peildatum.isValid())
        m_settings.peildatum = m_settings.today;
    m_columnOf.fill(-1, int(ImportField::Involvement) + 1);
    for (const ImportField f : ImportFields::all())
        m_columnOf[int(f)] = m_mapping.column(f);
    const QList<AgreementCategory> categories = m_agreement.categories();
    for (int i = 0; i < categories.size(); ++i) {
        m_categoryIndex.insert(categories[i].code, i);
        QSet<ImportField> allowed {ImportField::Category};
        for (const ImportField f : ImportFields::all()) {
            const QString id = ImportFields::agreementFieldId(f);
            if (!id.isEmpty() && m_agreement.allows(categories[i].code, id))
                allowed.insert(f);
        }
        m_allowed.insert(categories[i].code, allowed);
        quint64 mask = 0;
        for (const ImportField f : allowed)
            mask |= quint64(1) << int(f);
        m_allowedMask.insert(categories[i].code, mask);
    }
    if (!m_settings.fixedCategory.isEmpty())
        m_fixedCategory = meaningOfCode(m_settings.fixedCategory, m_settings.fixedCategory);
}

RowValidator::CategoryMeaning RowValidator::meaningOfCode(const QString& text, std::optional<QString> code) const
{
    CategoryMeaning meaning;
    meaning.text = text;
    meaning.code = std::move(code);
    if (meaning.code) {
        meaning.index = m_categoryIndex.value(*meaning.code);
        const auto allowed = m_allowedMask.constFind(*meaning.code);
        if (allowed != m_allowedMask.constEnd())
            meaning.allowedFields = *allowed;
    }
    return meaning;
}

const RowValidator::CategoryMeaning& RowValidator::categoryMeaning(const QString& text)
{
    if (m_lastCategory < m_categoryCache.size() && m_categoryCache.at(m_lastCategory).text == text)
        return m_categoryCache.at(m_lastCategory);
    for (qsizetype i = 0; i < m_categoryCache.size(); ++i) {
        if (m_categoryCache.at(i).text == text) {
            m_lastCategory = i;
            return m_categoryCache.at(i);
        }
    }
    if (m_categoryCache.size() >= 64) // a list with many spellings: start again rather than search long
        m_categoryCache.clear();
    m_categoryCache.append(meaningOfCode(text, CategoryRecognizer::recognise(text, &m_agreement)));
    m_lastCategory = m_categoryCache.size() - 1;
    return m_categoryCache.constLast();
}

RowOutcome RowValidator::validate(const TableRow& row)
{
    RowOutcome outcome;
    Context c {*this, row, outcome, {}, {}, std::nullopt, 0, false, {}, {}};
    c.record.line = row.lineNumber;

    // The category first: it decides which fields are kept.
    const CategoryMeaning& meaning
        = m_fixedCategory ? *m_fixedCategory : categoryMeaning(c.cell(ImportField::Category));
    if (meaning.code) {
        c.category = *meaning.code;
        c.categoryIndex = meaning.index;
        c.allowedFields = meaning.allowedFields;
    } else {
        c.error(ImportField::Category, meaning.text,
                meaning.text.isEmpty() ? QStringLiteral("category_missing") : QStringLiteral("category_unknown"),
                CategoryRecognizer::unknownMessage(meaning.text));
    }
    c.record.category = c.category;
    outcome.category = c.category;

    // Data minimisation: values of fields the agreement does not allow are neither checked nor kept.
    for (int col = 0; col < m_mapping.columnCount(); ++col) {
        const ImportField f = m_mapping.field(col);
        if (f != ImportField::None && !c.allowed(f) && col < row.cells.size() && !isBlank(row.cells.at(col)))
            c.leftOut.append(col);
    }

    checkIdentifier(c);
    // The duplicate check at the end looks the number up in a table too large for the processor's
    // caches: ask for its place now, so that it arrives while the other fields are checked.
    if (const QString& number = c.identifier(); !number.isEmpty())
        m_seenNumbers.prefetch(numberKey(c, number));
    checkName(c);
    checkBirthDate(c);
    checkAddress(c);
    checkDates(c);

    // Without a number, the name and date of birth identify the child.
    if (c.identifier().isEmpty()) {
        const bool invalidNumber = std::any_of(outcome.issues.cbegin(), outcome.issues.cend(), [](const auto& i) {
            return i.code == QLatin1String("identifier_invalid");
        });
        if (invalidNumber) {
            // Rejected already, with the reason; "imported without a number" would contradict it.
        } else if (c.hasName && c.record.birthDate.isValid()) {
            c.warning(ImportField::None, QString(), QStringLiteral("identifier_missing"),
                      tr("There is no BSN or onderwijsnummer. The row is imported, and matching will treat it as "
                         "\"probable\" (by name and date of birth). Add the number in the source list if it is "
                         "known."));
        } else {
            c.error(ImportField::None, QString(), QStringLiteral("identity_missing"),
                    tr("There is no BSN or onderwijsnummer, and no name with a date of birth, so the child cannot be "
                       "identified. Fill in the BSN, or the name and date of birth, in the source list."));
        }
    }

    if (outcome.rejected)
        return outcome;
    checkDuplicate(c, outcome);
    if (outcome.duplicate)
        return outcome;
    for (const int col : std::as_const(c.leftOut))
        ++m_leftOut[quint64(col) * 8 + quint64(c.categoryIndex)];
    outcome.record = std::move(c.record);
    return outcome;
}

void RowValidator::checkIdentifier(Context& c)
{
    for (const ImportField f : {ImportField::Bsn, ImportField::Onderwijsnummer}) {
        const QString& text = c.cell(f);
        if (text.isEmpty() || !c.allowed(f))
            continue;
        const PupilIdentifier id = PupilIdentifier::classify(text);
        if (!id.isValid()) {
            QString message;
            switch (id.problem()) {
            case PupilIdentifier::Problem::FailsElfproef:
                message = tr("%1 fails the elfproef (the check for typing errors), so it is neither a BSN nor an "
                             "onderwijsnummer. Check the number in the source list.")
                              .arg(id.digits());
                break;
            case PupilIdentifier::Problem::NotDigits:
                message = tr("%1 contains other characters than digits, so it is not a BSN or onderwijsnummer. "
                             "Check the number in the source list.")
                              .arg(text);
                break;
            default:
                message = tr("%1 has %n digits; a BSN or onderwijsnummer has nine (eight when the leading zero was "
                             "dropped). Check the number in the source list.",
                             nullptr, int(id.digits().size()))
                              .arg(text);
                break;
            }
            c.error(f, text, QStringLiteral("identifier_invalid"), message);
            continue;
        }
        QString& target = id.kind() == PupilIdentifier::Kind::Bsn ? c.record.bsn : c.record.onderwijsnummer;
        if (!target.isEmpty() && target != id.digits()) {
            c.error(f, text, QStringLiteral("identifier_conflict"),
                    tr("The row has two different numbers (%1 and %2). Check which one belongs to the child in the "
                       "source list.")
                        .arg(target, id.digits()));
            continue;
        }
        target = id.digits();
    }
}

void RowValidator::checkName(Context& c)
{
    if (!c.allowed(ImportField::Surname))
        return;
    const QString& full = c.cell(ImportField::FullName);
    const QString& first = c.cell(ImportField::FirstNames);
    const QString& prefix = c.cell(ImportField::Prefix);
    const QString& surname = c.cell(ImportField::Surname);
    const bool fromFull = !full.isEmpty() && surname.isEmpty();
    if (!fromFull && first.isEmpty() && prefix.isEmpty() && surname.isEmpty()) {
        if (!c.identifier().isEmpty())
            c.warning(ImportField::None, QString(), QStringLiteral("name_missing"),
                      tr("The name is missing. The row is imported by its number; fill in the name in the source "
                         "list."));
        return;
    }
    const ImportField column = fromFull ? ImportField::FullName : ImportField::Surname;
    // The name as the user wrote it, for messages only (most rows have none).
    const auto shownName = [&] {
        return fromFull ? full : QStringList({first, prefix, surname}).join(u' ').simplified();
    };
    const Result<PersonName> parsed
        = fromFull ? PersonName::parse(full) : PersonName::fromColumns(first, prefix, surname);
    if (!parsed) {
        // With a number the child is still identified: keep the name as written and warn.
        if (c.identifier().isEmpty()) {
            c.error(column, shownName(), QStringLiteral("name_invalid"), parsed.message());
            return;
        }
        c.warning(column, shownName(), QStringLiteral("name_invalid"), parsed.message());
        c.record.firstNames = fromFull ? QString() : first.simplified();
        c.record.surname = fromFull ? full.simplified() : (prefix + u' ' + surname).simplified();
        c.record.nameKey = PersonName::fold(c.record.surname) + u'|' + PersonName::fold(c.record.firstNames).left(1);
        c.hasName = !c.record.surname.isEmpty();
        return;
    }
    const PersonName& name = parsed.value();
    c.record.firstNames = name.firstNames();
    c.record.prefix = name.prefix();
    c.record.surname = name.surname();
    c.record.nameKey = name.matchKey();
    c.hasName = true;
    if (name.hasLostCharacters())
        c.warning(column, shownName(), QStringLiteral("name_lost_characters"),
                  tr("The name \"%1\" contains a question mark or a replacement character where the export lost "
                     "letters it could not write. Check the spelling, and export the list as UTF-8 if you can.")
                      .arg(name.displayName()));
    else if (name.repairedEncoding())
        c.warning(column, shownName(), QStringLiteral("name_repaired"),
                  tr("The name was written with damaged letters (\"%1\") and was repaired to \"%2\". Check the "
                     "spelling.")
                      .arg(shownName(), name.displayName()));
}

void RowValidator::checkBirthDate(Context& c)
{
    if (!c.allowed(ImportField::BirthDate))
        return;
    const QDate birth = c.date(ImportField::BirthDate);
    if (!birth.isValid())
        return;
    const QString& text = c.cell(ImportField::BirthDate);
    if (birth > m_settings.peildatum) {
        c.error(ImportField::BirthDate, text, QStringLiteral("birth_date_after_peildatum"),
                tr("The date of birth %1 lies after the peildatum of the list (%2), which is impossible. Check "
                   "the date in the source list.")
                    .arg(text, m_settings.peildatum.toString(QStringLiteral("d-M-yyyy"))));
        return;
    }
    c.record.birthDate = birth;
    const int age = ageOn(birth, m_settings.peildatum);
    if (age < MinimumAge || age > MaximumAge)
        c.warning(ImportField::BirthDate, text, QStringLiteral("age_out_of_range"),
                  tr("With date of birth %1 the child is %n years old on the peildatum (%2), outside the ages of "
                     "%3 to %4 that the agreement is about. Check the date of birth in the source list.",
                     nullptr, age)
                      .arg(text, m_settings.peildatum.toString(QStringLiteral("d-M-yyyy")))
                      .arg(MinimumAge)
                      .arg(MaximumAge));
}

void RowValidator::checkAddress(Context& c)
{
    if (!c.allowed(ImportField::Street)) // the whole NAW group shares one agreement field
        return;
    QString street = TextShape::simplified(c.cell(ImportField::Street));
    QString number = TextShape::simplified(c.cell(ImportField::HouseNumber));
    QString postcode = c.cell(ImportField::Postcode);
    QString place = TextShape::simplified(c.cell(ImportField::Place));
    ImportField postcodeColumn = ImportField::Postcode;
    const QString address = TextShape::simplified(c.cell(ImportField::Address));
    if (!address.isEmpty()) {
        const AddressParts parts = splitAddress(address);
        if (street.isEmpty())
            street = parts.street;
        if (number.isEmpty())
            number = parts.number;
        if (postcode.isEmpty() && !parts.postcode.isEmpty()) {
            postcode = parts.postcode;
            postcodeColumn = ImportField::Address;
        }
        if (place.isEmpty())
            place = parts.place;
    }
    c.record.street = street;
    c.record.houseNumber = joinHouseNumber(number, TextShape::simplified(c.cell(ImportField::HouseNumberAddition)));
    c.record.place = place;
    if (!postcode.isEmpty()) {
        const Result<Postcode> parsed = Postcode::parse(postcode);
        if (parsed)
            c.record.postcode = parsed.value().toString();
        else
            c.warning(postcodeColumn, postcode, QStringLiteral("postcode_invalid"),
                      parsed.message() + u' ' + tr("The row is imported without the postcode."));
    }
}

void RowValidator::checkDates(Context& c)
{
    if (c.allowed(ImportField::LastSchool))
        c.record.lastSchool = TextShape::simplified(c.cell(ImportField::LastSchool));
    if (c.allowed(ImportField::AbsenceReason))
        c.record.absenceReason = TextShape::simplified(c.cell(ImportField::AbsenceReason));
    if (c.allowed(ImportField::Involvement))
        c.record.involvement = TextShape::simplified(c.cell(ImportField::Involvement));
    if (c.allowed(ImportField::AbsenceStart)) {
        c.record.absenceStart = c.date(ImportField::AbsenceStart);
        if (c.record.absenceStart.isValid() && c.record.absenceStart > m_settings.today) {
            const QString& text = c.cell(ImportField::AbsenceStart);
            c.warning(ImportField::AbsenceStart, text, QStringLiteral("absence_start_future"),
                      tr("The absence starts on %1, which is after today. Check the date in the source list; the "
                         "row is imported as it is.")
                          .arg(text));
        }
    }
    if (c.allowed(ImportField::ExemptionDate))
        c.record.exemptionDate = c.date(ImportField::ExemptionDate);
    if (c.allowed(ImportField::ExemptionDuration)) {
        // An end date ("Vrijstelling tot") is kept as an ISO date, a duration ("1 jaar") as written.
        const QString text = TextShape::simplified(c.cell(ImportField::ExemptionDuration));
        const Result<QDate> asDate = text.isEmpty() ? Result<QDate>(QDate()) : DutchDate::parse(text);
        c.record.exemptionDuration = asDate && asDate.value().isValid() ? asDate.value().toString(Qt::ISODate) : text;
    }
}

quint64 RowValidator::numberKey(const Context& c, const QString& number)
{
    // Nine digits and an onderwijsnummer flag: exact, and cheap for a million rows.
    // The number has nine digits (PupilIdentifier checked them): read them without QString's
    // general conversion.
    quint64 value = 0;
    for (const QChar digit : number)
        value = value * 10 + quint64(digit.unicode() - u'0');
    return (value * 2 + (c.record.bsn.isEmpty() ? 1 : 0)) * 8 + quint64(c.categoryIndex);
}

void RowValidator::checkDuplicate(Context& c, RowOutcome& outcome)
{
    qint64 firstLine = 0;
    QString what;
    const QString& number = c.identifier();
    if (!number.isEmpty()) {
        const std::optional<qint64> seen = m_seenNumbers.firstLine(numberKey(c, number), c.record.line);
        if (!seen)
            return;
        firstLine = *seen;
        what = c.record.bsn.isEmpty() ? tr("onderwijsnummer %1").arg(number) : tr("BSN %1").arg(number);
    } else {
        const QString key = c.record.nameBirthKey() + u'|' + c.category;
        const auto it = m_seenNames.constFind(key);
        if (it == m_seenNames.constEnd()) {
            m_seenNames.insert(key, c.record.line);
            return;
        }
        firstLine = *it;
        what = tr("name %1 and date of birth %2")
                   .arg(c.record.displayName(), c.record.birthDate.toString(QStringLiteral("d-M-yyyy")));
    }
    outcome.duplicate = true;
    c.warning(ImportField::None, QString(), QStringLiteral("duplicate"),
              tr("This row repeats line %1 (same %2, same category), so it was not stored a second time. Remove "
                 "the double row from the source list.")
                  .arg(firstLine)
                  .arg(what));
}

QStringList RowValidator::storableCells(const TableRow& row, const RowOutcome& outcome) const
{
    const auto allowed = m_allowed.constFind(outcome.category);
    QStringList cells = row.cells;
    for (int col = 0; col < cells.size(); ++col) {
        const ImportField f = m_mapping.field(col);
        const bool keep = f != ImportField::None
            && (f == ImportField::Category || allowed == m_allowed.constEnd() || allowed->contains(f));
        if (!keep)
            cells[col].clear();
    }
    return cells;
}

QList<LeftOutColumn> RowValidator::leftOutColumns() const
{
    QList<LeftOutColumn> list;
    const QList<AgreementCategory> categories = m_agreement.categories();
    for (auto it = m_leftOut.cbegin(); it != m_leftOut.cend(); ++it) {
        LeftOutColumn l;
        l.column = int(it.key() / 8);
        const int categoryIndex = int(it.key() % 8);
        l.header = m_mapping.columnLabel(l.column);
        l.field = m_mapping.field(l.column);
        l.category = categories.value(categoryIndex).code;
        l.categoryName = categories.value(categoryIndex).name;
        l.rows = it.value();
        list.append(l);
    }
    std::sort(list.begin(), list.end(), [](const LeftOutColumn& a, const LeftOutColumn& b) {
        return a.column != b.column ? a.column < b.column : a.category < b.category;
    });
    return list;
}

} // namespace inbeeld
