#include "core/exchange/PackageRecords.h"

#include "core/exchange/RecordsJsonHandler.h"

#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <type_traits>

// RapidJSON checks its own use with assert(); hostile input reaches one of those checks (a lone
// low surrogate escape, which is kept as QJsonDocument kept it), so they must not stop the program.
#define RAPIDJSON_ASSERT(x) static_cast<void>(0)
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/writer.h>

// records.json is written and read with RapidJSON's streaming (SAX) writer and reader, not
// through a document tree: a package of a million records is some 350 MB of JSON, and building
// (or parsing into) a tree of a million objects took most of the time of making and opening such
// a package. The writer produces the bytes QJsonDocument::toJson(Compact) gave (keys in sorted
// order, the same escapes); the reader is strict (RFC 8259: valid UTF-8, no control characters in
// strings, nothing after the document, bounded depth) and checks exactly the shape
// docs/package-format.md describes.

namespace inbeeld {

namespace {

using namespace recordsjson;

// ---------------------------------------------------------------------------------------------
// Writing

/// RapidJSON's output stream: a byte array grown geometrically; the writer reserves each
/// value's worst case first (PutReserve), then puts its bytes without checks (PutUnsafe).
class ByteStream
{
public:
    using Ch = char;

    explicit ByteStream(qsizetype expected)
    {
        m_bytes.resize(std::max<qsizetype>(expected, 256));
        m_data = m_bytes.data();
    }
    void Put(char c)
    {
        reserve(1);
        m_data[m_size++] = c;
    }
    void putUnchecked(char c) { m_data[m_size++] = c; }
    void Flush() { }
    void reserve(qsizetype extra)
    {
        if (m_size + extra <= m_bytes.size())
            return;
        m_bytes.resize(std::max(m_bytes.size() * 2, m_size + extra));
        m_data = m_bytes.data();
    }
    QByteArray take()
    {
        m_bytes.truncate(m_size);
        m_data = nullptr;
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
    char* m_data = nullptr;
    qsizetype m_size = 0;
};

// Found by RapidJSON's writer (argument-dependent lookup) in place of its checking defaults.
inline void PutReserve(ByteStream& stream, size_t count)
{
    stream.reserve(qsizetype(count));
}
inline void PutUnsafe(ByteStream& stream, char c)
{
    stream.putUnchecked(c);
}

/// From QString's UTF-16 to compact UTF-8 JSON.
using JsonOut = rapidjson::Writer<ByteStream, rapidjson::UTF16<char16_t>, rapidjson::UTF8<>>;

/// Whether RapidJSON writes s as QJsonDocument did. It writes a control character as \u00XX
/// with capital hex digits where QJsonDocument wrote small ones, and refuses a lone surrogate
/// (no UTF-8 form), which QJsonDocument wrote as \uXXXX and which we write as U+FFFD.
bool writtenAlike(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u < 0x20) {
            if ((u & 0xf) >= 10 && u != u'\n' && u != u'\f' && u != u'\r')
                return false;
        } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            ++i;
        } else if (QChar::isSurrogate(u)) {
            return false;
        }
    }
    return true;
}

/// Text as a JSON string (or key) exactly as QJsonDocument wrote it, except that a lone surrogate
/// (half of a pair without its other half: no character, and no UTF-8 form) becomes U+FFFD, the
/// replacement character. QJsonDocument wrote it as an escape (\ud800), which our reader refuses
/// (RFC 8259 8.2: its meaning is unpredictable), so a package with one could not be opened.
void writeText(JsonOut& out, QStringView s, bool key = false)
{
    const auto* units = reinterpret_cast<const char16_t*>(s.utf16());
    if (writtenAlike(s)) {
        if (key)
            out.Key(units, rapidjson::SizeType(s.size()));
        else
            out.String(units, rapidjson::SizeType(s.size()));
        return;
    }
    // The rare case: the escapes RapidJSON writes otherwise, by hand (\u00xx), and U+FFFD.
    QString json = QStringLiteral("\"");
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        const bool pair = QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode());
        const int shortEscape = QByteArrayView("\b\f\n\r\t\"\\").indexOf(char(u < 0x80 ? u : 0));
        if (pair) {
            json.append(s.mid(i++, 2));
        } else if (u != 0 && shortEscape >= 0) {
            json.append(u'\\').append(QLatin1Char("bfnrt\"\\"[shortEscape]));
        } else if (QChar::isSurrogate(u)) {
            json.append(QChar::ReplacementCharacter);
        } else if (u < 0x20) {
            json.append(QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')));
        } else {
            json.append(QChar(u));
        }
    }
    json.append(u'"');
    // RapidJSON 1.1's RawValue copies code units as they are (no transcoding): it gets the UTF-8
    // bytes, one per unit.
    const QByteArray utf8 = json.toUtf8();
    QVarLengthArray<char16_t, 256> bytes(utf8.size());
    std::transform(utf8.cbegin(), utf8.cend(), bytes.begin(), [](char c) { return char16_t(uchar(c)); });
    out.RawValue(bytes.constData(), std::size_t(bytes.size()), rapidjson::kStringType);
}

/// A date as yyyy-MM-dd (QDate::toString(Qt::ISODate)), "" for none.
void writeDate(JsonOut& out, const QDate& date)
{
    if (!date.isValid()) {
        out.String(u"", 0);
        return;
    }
    const int year = date.year();
    if (year < 1000 || year > 9999) {
        writeText(out, date.toString(Qt::ISODate));
        return;
    }
    const int month = date.month();
    const int day = date.day();
    const auto digit = [](int value) { return char16_t(u'0' + value); };
    const char16_t text[10] = {digit(year / 1000),
                               digit(year / 100 % 10),
                               digit(year / 10 % 10),
                               digit(year % 10),
                               u'-',
                               digit(month / 10),
                               digit(month % 10),
                               u'-',
                               digit(day / 10),
                               digit(day % 10)};
    out.String(text, 10);
}

/// A record's keys for one category: its fields that records.json knows, and "category", sorted.
QList<Key> layoutFor(const QStringList& fields)
{
    QList<Key> keys {Key::Category};
    for (const QString& field : fields) {
        const auto key = keyOf(QStringView(field));
        if (key && *key != Key::Category && !keys.contains(*key))
            keys.append(*key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

void writeKey(JsonOut& out, QStringView name)
{
    out.Key(reinterpret_cast<const char16_t*>(name.utf16()), rapidjson::SizeType(name.size()));
}

/// {"part": "text", ...} without the empty parts.
template<std::size_t N>
void writeParts(JsonOut& out, const std::array<QStringView, N>& names, const std::array<const QString*, N>& parts)
{
    out.StartObject();
    for (std::size_t i = 0; i < N; ++i) {
        if (parts[i]->isEmpty())
            continue;
        writeKey(out, names[i]);
        writeText(out, *parts[i]);
    }
    out.EndObject();
}

void writeRecord(JsonOut& out, const CaseRecord& r, const QList<Key>& keys)
{
    out.StartObject();
    for (const Key key : keys) {
        writeKey(out, KeyViews[std::size_t(key)]);
        switch (key) {
        case Key::Category:
            writeText(out, r.category);
            break;
        case Key::Bsn:
            writeParts<2>(out, BsnParts, {&r.bsn, &r.onderwijsnummer});
            break;
        case Key::Naw: {
            std::array<const QString*, 7> parts;
            for (int i = 0; i < int(parts.size()); ++i)
                parts[std::size_t(i)] = &nawPart(r, i);
            writeParts(out, NawParts, parts);
            break;
        }
        case Key::BirthDate:
            writeDate(out, r.birthDate);
            break;
        case Key::LastSchool:
            writeText(out, r.lastSchool);
            break;
        case Key::AbsenceStart:
            writeDate(out, r.absenceStart);
            break;
        case Key::AbsenceReason:
            writeText(out, r.absenceReason);
            break;
        case Key::ExemptionDate:
            writeDate(out, r.exemptionDate);
            break;
        case Key::ExemptionDuration:
            writeText(out, r.exemptionDuration);
            break;
        case Key::Involvement:
            writeText(out, r.involvement);
            break;
        case Key::Count:
            break;
        }
    }
    out.EndObject();
}

static_assert(std::is_same_v<rapidjson::SizeType, RecordsJsonHandler::SizeType>);

} // namespace

QMap<QString, qint64> PackageRecords::countsPerCategory(const QList<CaseRecord>& records)
{
    QMap<QString, qint64> counts;
    for (const CaseRecord& r : records)
        ++counts[r.category];
    return counts;
}

QByteArray PackageRecords::toJson(const QList<CaseRecord>& records, const QMap<QString, QStringList>& fieldsByCategory)
{
    // Room for a typical record; pages not written are never touched, so a generous guess is free.
    ByteStream stream(records.size() * 512 + 256);
    JsonOut out(stream);
    out.StartObject();
    writeKey(out, u"counts");
    out.StartObject();
    const QMap<QString, qint64> perCategory = countsPerCategory(records);
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
        writeText(out, it.key(), true);
        out.Int64(it.value());
    }
    out.EndObject();
    writeKey(out, u"format");
    writeText(out, Format);
    writeKey(out, u"records");
    out.StartArray();
    QList<std::pair<QString, QList<Key>>> layouts;
    for (auto it = fieldsByCategory.cbegin(); it != fieldsByCategory.cend(); ++it)
        layouts.append({it.key(), layoutFor(it.value())});
    const QList<Key> categoryOnly {Key::Category};
    for (const CaseRecord& r : records) {
        const QList<Key>* keys = &categoryOnly;
        for (const auto& layout : std::as_const(layouts)) {
            if (layout.first == r.category) {
                keys = &layout.second;
                break;
            }
        }
        writeRecord(out, r, *keys);
    }
    out.EndArray();
    out.EndObject();
    return stream.take();
}

Result<QList<CaseRecord>> PackageRecords::fromJson(const QByteArray& json, const Agreement& agreement,
                                                   const QMap<QString, QStringList>& manifestFields)
{
    const auto unreadable = [] {
        return makeError(Error::Code::UnknownFormat,
                         tr("The records in the package cannot be read. Ask the sender to make the package again."));
    };
    // A byte order mark before the document is allowed, as QJsonDocument allows it.
    const qsizetype bom = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    rapidjson::MemoryStream in(json.constData() + bom, std::size_t(json.size() - bom));
    RecordsJsonHandler handler(agreement, manifestFields, json.size());
    rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF16<char16_t>> reader;
    // Iterative: deep nesting cannot exhaust the stack. Stop at the end of the document, so that
    // the check below also sees a NUL byte after it (RapidJSON takes NUL for the end of input).
    constexpr unsigned Flags
        = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag;
    if (reader.Parse<Flags>(in, handler).IsError() || !handler.complete())
        return unreadable();
    // Nothing but whitespace after the document.
    for (qsizetype i = bom + qsizetype(in.Tell()); i < json.size(); ++i) {
        const char c = json.at(i);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return unreadable();
    }
    switch (handler.problem) {
    case RecordsJsonHandler::Problem::None:
        break;
    case RecordsJsonHandler::Problem::Unreadable:
        return unreadable();
    case RecordsJsonHandler::Problem::UnknownCategory:
        return makeError(Error::Code::SharingNotAllowed,
                         tr("Record %1 of the package has the category '%2', which agreement %3 does not know. "
                            "Nothing was stored; ask the sender to check the package.")
                             .arg(handler.problemLine)
                             .arg(handler.problemCategory.left(40), agreement.id()));
    case RecordsJsonHandler::Problem::FieldNotAllowed:
        return makeError(Error::Code::SharingNotAllowed,
                         tr("The package holds the field '%1' for category '%2', which agreement %3 does not "
                            "allow to be exchanged. Nothing was stored; tell the sender.")
                             .arg(handler.problemField.left(40), handler.problemCategory, agreement.id()));
    }
    if (!handler.countsMatch())
        return unreadable();
    return handler.takeRecords();
}

} // namespace inbeeld
