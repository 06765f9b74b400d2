#include "core/importing/EncodedRecords.h"

namespace inbeeld {

namespace {

/// Year, month and day of a Julian day number in the proleptic Gregorian calendar, as QDate
/// has them, without QDate::getDate()'s way through the calendar system (H. Hinnant's
/// civil_from_days, for days since 1970-01-01).
void civilFromJulianDay(qint64 julianDay, int* year, int* month, int* day)
{
    const qint64 z = julianDay - 2440588 + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
    *day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    *month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

} // namespace

void EncodedRecords::clear()
{
    m_bytes.clear();
    m_lines.clear();
    m_fields.clear();
}

void EncodedRecords::reserve(qsizetype records, qsizetype bytes)
{
    m_bytes.reserve(bytes);
    m_lines.reserve(size_t(records));
    m_fields.reserve(size_t(records) * FieldCount);
}

void EncodedRecords::appendText(const QString& text)
{
    if (text.isEmpty()) {
        m_fields.push_back({0, -1});
        return;
    }
    // The same bytes as QString::toUtf8(), written straight into the shared buffer. Text with
    // surrogates (outside the BMP, or broken) goes the general way.
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + text.size() * 3);
    char* p = m_bytes.data() + start;
    qsizetype k = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            p[k++] = char(u);
        } else if (u < 0x800) {
            p[k++] = char(0xC0 | (u >> 6));
            p[k++] = char(0x80 | (u & 0x3F));
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            m_bytes.resize(start);
            const QByteArray utf8 = text.toUtf8();
            m_bytes.append(utf8);
            m_fields.push_back({start, utf8.size()});
            return;
        } else {
            p[k++] = char(0xE0 | (u >> 12));
            p[k++] = char(0x80 | ((u >> 6) & 0x3F));
            p[k++] = char(0x80 | (u & 0x3F));
        }
    }
    m_bytes.resize(start + k);
    m_fields.push_back({start, k});
}

void EncodedRecords::appendDate(const QDate& date)
{
    int y = 0, m = 0, d = 0;
    if (date.isValid())
        civilFromJulianDay(date.toJulianDay(), &y, &m, &d);
    if (!date.isValid() || y < 1 || y > 9999) {
        m_fields.push_back({0, -1});
        return;
    }
    // "yyyy-MM-dd" by hand: QDate::toString goes through the calendar and a format string.
    const char text[10] = {char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10)};
    m_fields.push_back({m_bytes.size(), 10});
    m_bytes.append(text, 10);
}

void EncodedRecords::append(const CaseRecord& r)
{
    m_lines.push_back(r.line);
    appendText(r.category);
    appendText(r.bsn);
    appendText(r.onderwijsnummer);
    appendText(r.firstNames);
    appendText(r.prefix);
    appendText(r.surname);
    appendText(r.nameKey);
    appendDate(r.birthDate);
    appendText(r.street);
    appendText(r.houseNumber);
    appendText(r.postcode);
    appendText(r.place);
    appendText(r.lastSchool);
    appendDate(r.absenceStart);
    appendText(r.absenceReason);
    appendDate(r.exemptionDate);
    appendText(r.exemptionDuration);
    appendText(r.involvement);
}

} // namespace inbeeld
