#include "core/exchange/RecordsJsonHandler.h"

#include "core/domain/PersonName.h"
#include "core/exchange/PackageRecords.h"

#include <algorithm>

namespace inbeeld {

namespace {

/// Deeper nesting is refused: nothing in records.json needs more than four levels.
constexpr int MaxDepth = 64;

/// yyyy-MM-dd as QDate::fromString(text, Qt::ISODate) reads it; other forms go to Qt.
QDate dateOf(QStringView s)
{
    if (s.size() == 10 && s[4] == u'-' && s[7] == u'-') {
        bool digits = true;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && s[i] >= u'0' && s[i] <= u'9';
        if (digits) {
            const auto d = [&](int i) { return s[i].unicode() - u'0'; };
            return QDate(d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3), d(5) * 10 + d(6), d(8) * 10 + d(9));
        }
    }
    return QDate::fromString(s.toString(), Qt::ISODate);
}

} // namespace

bool RecordsJsonHandler::countsMatch() const
{
    return m_countsValid && m_counts == PackageRecords::countsPerCategory(m_records);
}

bool RecordsJsonHandler::open(bool isObject)
{
    if (++m_depth > MaxDepth)
        return false;
    switch (m_where) {
    case Where::Skip:
        return true;
    case Where::Start:
        m_where = Where::Document;
        return isObject;
    case Where::Document:
        switch (m_documentMember) {
        case DocumentMember::Counts:
            m_where = Where::Counts;
            return isObject;
        case DocumentMember::Records:
            startRecords();
            return !isObject;
        default:
            skipContainer();
            return true;
        }
    case Where::Counts:
        count(false, 0);
        skipContainer();
        return true;
    case Where::Records:
        ++m_line;
        if (!isObject || problem != Problem::None) {
            if (!isObject)
                notARecord();
            skipContainer(); // after a problem, records are only checked
            return true;
        }
        m_where = Where::Record;
        m_record = CaseRecord();
        m_record.line = m_line;
        m_members.clear();
        m_seenKeys = 0;
        m_duplicate = false;
        m_categoryIsString = false;
        return true;
    case Where::Record:
        if (isObject && (m_member.key == recordsjson::Key::Bsn || m_member.key == recordsjson::Key::Naw)) {
            m_where = Where::Parts;
            m_seenParts = 0;
            return true;
        }
        m_member.typeOk = false;
        skipContainer();
        return true;
    case Where::Parts:
        m_member.typeOk = false;
        skipContainer();
        return true;
    case Where::Done:
        return false;
    }
    return false;
}

bool RecordsJsonHandler::close()
{
    const int depth = m_depth--;
    switch (m_where) {
    case Where::Skip:
        if (depth == m_skipDepth) {
            m_where = m_skipReturn;
            valueDone();
        }
        return true;
    case Where::Document:
        m_where = Where::Done;
        return true;
    case Where::Counts:
    case Where::Records:
        m_where = Where::Document;
        return true;
    case Where::Record:
        finishRecord();
        m_where = Where::Records;
        return true;
    case Where::Parts:
        m_where = Where::Record;
        valueDone();
        return true;
    default:
        return false;
    }
}

bool RecordsJsonHandler::key(QStringView name)
{
    switch (m_where) {
    case Where::Document:
        // format, counts and records each once; other members are ignored.
        if (name == u"format") {
            m_documentMember = DocumentMember::Format;
            return !std::exchange(m_seenFormat, true);
        }
        if (name == u"counts") {
            m_documentMember = DocumentMember::Counts;
            return !std::exchange(m_seenCounts, true);
        }
        if (name == u"records") {
            m_documentMember = DocumentMember::Records;
            return !std::exchange(m_seenRecords, true);
        }
        m_documentMember = DocumentMember::Other;
        return true;
    case Where::Counts:
        m_countKey = name.toString();
        return true;
    case Where::Record:
        m_member = Member();
        m_member.key = recordsjson::keyOf(name);
        if (m_member.key) {
            const quint32 bit = 1u << int(*m_member.key);
            m_duplicate = m_duplicate || (m_seenKeys & bit);
            m_seenKeys |= bit;
        } else {
            m_member.name = name.toString();
            for (const Member& other : std::as_const(m_members)) {
                if (!other.key && other.name == m_member.name)
                    m_duplicate = true;
            }
        }
        return true;
    case Where::Parts: {
        // Only the known parts, each at most once.
        m_part = -1;
        const bool bsn = m_member.key == recordsjson::Key::Bsn;
        const qsizetype count = bsn ? qsizetype(recordsjson::BsnParts.size()) : qsizetype(recordsjson::NawParts.size());
        for (qsizetype i = 0; i < count; ++i) {
            if (name == (bsn ? recordsjson::BsnParts[std::size_t(i)] : recordsjson::NawParts[std::size_t(i)]))
                m_part = int(i);
        }
        if (m_part >= 0 && (m_seenParts & (1u << m_part)))
            m_part = -1;
        if (m_part >= 0)
            m_seenParts |= 1u << m_part;
        return true;
    }
    default:
        return true; // in a skipped value
    }
}

bool RecordsJsonHandler::string(QStringView text)
{
    switch (m_where) {
    case Where::Document:
        if (m_documentMember == DocumentMember::Format)
            m_formatMatches = text == recordsjson::Format;
        return m_documentMember == DocumentMember::Format || m_documentMember == DocumentMember::Other;
    case Where::Record:
        if (m_member.key && m_member.key != recordsjson::Key::Bsn && m_member.key != recordsjson::Key::Naw)
            setField(*m_member.key, text);
        else
            m_member.typeOk = false;
        valueDone();
        return true;
    case Where::Parts:
        if (m_part < 0)
            m_member.typeOk = false;
        else if (m_member.key == recordsjson::Key::Bsn)
            (m_part == 0 ? m_record.bsn : m_record.onderwijsnummer) = text.toString();
        else
            *recordsjson::nawPart(m_record, m_part) = text.toString();
        return true;
    default:
        return scalar();
    }
}

bool RecordsJsonHandler::number(bool integral, qint64 value)
{
    if (m_where != Where::Counts)
        return scalar();
    count(integral, value);
    return true;
}

bool RecordsJsonHandler::scalar()
{
    switch (m_where) {
    case Where::Start:
    case Where::Done:
        return false;
    case Where::Document:
        return m_documentMember == DocumentMember::Format || m_documentMember == DocumentMember::Other;
    case Where::Counts:
        count(false, 0);
        return true;
    case Where::Records:
        ++m_line;
        notARecord();
        return true;
    case Where::Record:
    case Where::Parts:
        m_member.typeOk = false;
        valueDone();
        return true;
    case Where::Skip:
        return true;
    }
    return true;
}

void RecordsJsonHandler::startRecords()
{
    m_where = Where::Records;
    // The counts come first in what we write: room for the records, within reason.
    qint64 expected = 0;
    for (const qint64 n : std::as_const(m_counts))
        expected += std::max<qint64>(n, 0);
    m_records.reserve(qsizetype(std::min<qint64>(expected, m_jsonSize / 16)));
}

void RecordsJsonHandler::setField(recordsjson::Key key, QStringView text)
{
    switch (key) {
    case recordsjson::Key::Category:
        // The few category codes are shared, not allocated per record.
        m_record.category.clear();
        for (const CategoryRules& known : std::as_const(m_rules)) {
            if (text == known.code)
                m_record.category = known.code;
        }
        if (m_record.category.isNull())
            m_record.category = text.toString();
        m_categoryIsString = true;
        break;
    case recordsjson::Key::BirthDate:
        m_record.birthDate = dateOf(text);
        break;
    case recordsjson::Key::AbsenceStart:
        m_record.absenceStart = dateOf(text);
        break;
    case recordsjson::Key::ExemptionDate:
        m_record.exemptionDate = dateOf(text);
        break;
    case recordsjson::Key::LastSchool:
        m_record.lastSchool = text.toString();
        break;
    case recordsjson::Key::AbsenceReason:
        m_record.absenceReason = text.toString();
        break;
    case recordsjson::Key::ExemptionDuration:
        m_record.exemptionDuration = text.toString();
        break;
    case recordsjson::Key::Involvement:
        m_record.involvement = text.toString();
        break;
    default:
        break;
    }
}

const RecordsJsonHandler::CategoryRules& RecordsJsonHandler::rulesFor(const QString& category)
{
    for (const CategoryRules& r : std::as_const(m_rules)) {
        if (r.code == category)
            return r;
    }
    CategoryRules r;
    r.code = category;
    r.known = m_agreement.category(category) != nullptr;
    const QStringList listed = m_manifestFields.value(category);
    for (int i = 0; i < recordsjson::KeyCount; ++i) {
        const QString id = recordsjson::KeyViews[std::size_t(i)].toString();
        r.allowed[std::size_t(i)] = m_agreement.allows(category, id) && listed.contains(id);
    }
    m_rules.append(r);
    return m_rules.constLast();
}

void RecordsJsonHandler::finishRecord()
{
    CaseRecord& r = m_record;
    // As before: the category first, then each field in key order.
    if (!m_categoryIsString)
        r.category.clear();
    const CategoryRules& rule = rulesFor(r.category);
    if (!rule.known) {
        problem = Problem::UnknownCategory;
        problemLine = m_line;
        problemCategory = r.category;
        return;
    }
    if (m_duplicate) {
        problem = Problem::Unreadable;
        problemLine = m_line;
        return;
    }
    const auto nameOf
        = [](const Member& m) { return m.key ? recordsjson::KeyViews[std::size_t(*m.key)].toString() : m.name; };
    // Key order is name order; only a key records.json does not know needs its name compared.
    const auto before
        = [&](const Member& a, const Member& b) { return a.key && b.key ? *a.key < *b.key : nameOf(a) < nameOf(b); };
    if (!std::is_sorted(m_members.cbegin(), m_members.cend(), before))
        std::stable_sort(m_members.begin(), m_members.end(), before);
    for (const Member& m : std::as_const(m_members)) {
        if (m.key == recordsjson::Key::Category)
            continue;
        const bool allowed = m.key
            ? rule.allowed[std::size_t(*m.key)]
            : m_agreement.allows(r.category, m.name) && m_manifestFields.value(r.category).contains(m.name);
        if (!allowed) {
            problem = Problem::FieldNotAllowed;
            problemLine = m_line;
            problemCategory = r.category;
            problemField = nameOf(m);
            return;
        }
        if (!m.key || !m.typeOk) {
            problem = Problem::Unreadable;
            problemLine = m_line;
            return;
        }
    }
    if ((m_seenKeys & (1u << int(recordsjson::Key::Naw))) && !r.surname.isEmpty()) {
        if (auto name = PersonName::fromColumns(r.firstNames, r.prefix, r.surname))
            r.nameKey = name.value().matchKey();
    }
    m_records.append(std::move(r));
}

} // namespace inbeeld
