#include "core/exchange/PackageRecords.h"

#include "core/domain/PersonName.h"

#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

// records.json is written and read directly, without QJsonDocument: a package of a million
// records is some 350 MB of JSON, and building (or parsing into) a QJsonArray of a million
// objects took most of the time of making and opening such a package. The writer produces the
// same bytes QJsonDocument::toJson(Compact) gave (keys in sorted order, the same escapes); the
// reader is a strict JSON parser (RFC 8259: valid UTF-8, no control characters in strings, nothing
// after the document) for exactly the shape the README describes.

namespace inbeeld {

namespace {

const QString Format = QStringLiteral("inbeeld-package-records");

// The keys of a record: "category" and the field ids of Bijlage 1, in sorted order (as
// QJsonObject kept them, so the output did not change).
enum class Key : quint8 {
    AbsenceReason,
    AbsenceStart,
    BirthDate,
    Bsn,
    Category,
    ExemptionDate,
    ExemptionDuration,
    Involvement,
    LastSchool,
    Naw,
    Count
};
constexpr int KeyCount = int(Key::Count);
constexpr std::array<QLatin1StringView, KeyCount> KeyViews {
    QLatin1StringView("absence_reason"),     QLatin1StringView("absence_start"),
    QLatin1StringView("birth_date"),         QLatin1StringView("bsn"),
    QLatin1StringView("category"),           QLatin1StringView("exemption_date"),
    QLatin1StringView("exemption_duration"), QLatin1StringView("involvement"),
    QLatin1StringView("last_school"),        QLatin1StringView("naw")};

template<typename View>
std::optional<Key> keyOf(View name)
{
    for (int i = 0; i < KeyCount; ++i) {
        if (name.size() == KeyViews[std::size_t(i)].size() && name == KeyViews[std::size_t(i)])
            return Key(i);
    }
    return std::nullopt;
}

// The parts of the "bsn" and "naw" objects, in sorted order.
constexpr std::array<QLatin1StringView, 2> BsnParts {QLatin1StringView("bsn"), QLatin1StringView("onderwijsnummer")};
constexpr std::array<QLatin1StringView, 7> NawParts {
    QLatin1StringView("first_names"), QLatin1StringView("house_number"), QLatin1StringView("place"),
    QLatin1StringView("postcode"),    QLatin1StringView("prefix"),       QLatin1StringView("street"),
    QLatin1StringView("surname")};

QString* nawPart(CaseRecord& r, int index)
{
    switch (index) {
    case 0:
        return &r.firstNames;
    case 1:
        return &r.houseNumber;
    case 2:
        return &r.place;
    case 3:
        return &r.postcode;
    case 4:
        return &r.prefix;
    case 5:
        return &r.street;
    default:
        return &r.surname;
    }
}

const QString& nawPart(const CaseRecord& r, int index)
{
    return *nawPart(const_cast<CaseRecord&>(r), index);
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Appends JSON text to a byte array it grows geometrically; each append reserves its worst case.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype expected)
    {
        m_bytes.resize(std::max<qsizetype>(expected, 256));
        m_data = m_bytes.data();
    }

    void raw(const char* text, qsizetype size)
    {
        reserve(size);
        std::memcpy(m_data + m_size, text, std::size_t(size));
        m_size += size;
    }
    void raw(const char* text) { raw(text, qsizetype(std::strlen(text))); }
    void ch(char c)
    {
        reserve(1);
        m_data[m_size++] = c;
    }
    /// "key": (the key is one of ours: plain ASCII without anything to escape)
    void key(QLatin1StringView name)
    {
        const qsizetype n = name.size();
        reserve(n + 3);
        char* p = m_data + m_size;
        *p++ = '"';
        std::memcpy(p, name.data(), std::size_t(n));
        p += n;
        *p++ = '"';
        *p++ = ':';
        m_size = p - m_data;
    }
    void number(qint64 value) { raw(QByteArray::number(value)); }
    void raw(const QByteArray& bytes) { raw(bytes.constData(), bytes.size()); }

    /// A JSON string: UTF-8, with \" \\ \b \f \n \r \t and \u00XX for the other control
    /// characters; a lone surrogate (which has no UTF-8 form) as \uXXXX. Exactly as QJsonDocument.
    void string(QStringView s)
    {
        reserve(2 + 6 * s.size());
        char* p = m_data + m_size;
        *p++ = '"';
        const char16_t* src = s.utf16();
        const char16_t* const end = src + s.size();
        const auto hex = [](unsigned v) { return char(v < 10 ? '0' + v : 'a' + v - 10); };
        const auto escape = [&](char16_t u) {
            *p++ = '\\';
            *p++ = 'u';
            *p++ = hex((u >> 12) & 0xf);
            *p++ = hex((u >> 8) & 0xf);
            *p++ = hex((u >> 4) & 0xf);
            *p++ = hex(u & 0xf);
        };
        while (src != end) {
            const char16_t u = *src++;
            if (u < 0x80) {
                if (u >= 0x20 && u != u'"' && u != u'\\') {
                    *p++ = char(u);
                    continue;
                }
                switch (u) {
                case u'"':
                    *p++ = '\\';
                    *p++ = '"';
                    break;
                case u'\\':
                    *p++ = '\\';
                    *p++ = '\\';
                    break;
                case u'\b':
                    *p++ = '\\';
                    *p++ = 'b';
                    break;
                case u'\f':
                    *p++ = '\\';
                    *p++ = 'f';
                    break;
                case u'\n':
                    *p++ = '\\';
                    *p++ = 'n';
                    break;
                case u'\r':
                    *p++ = '\\';
                    *p++ = 'r';
                    break;
                case u'\t':
                    *p++ = '\\';
                    *p++ = 't';
                    break;
                default:
                    escape(u);
                }
            } else if (u < 0x800) {
                *p++ = char(0xc0 | (u >> 6));
                *p++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                *p++ = char(0xf0 | (c >> 18));
                *p++ = char(0x80 | ((c >> 12) & 0x3f));
                *p++ = char(0x80 | ((c >> 6) & 0x3f));
                *p++ = char(0x80 | (c & 0x3f));
            } else if (QChar::isSurrogate(u)) {
                escape(u);
            } else {
                *p++ = char(0xe0 | (u >> 12));
                *p++ = char(0x80 | ((u >> 6) & 0x3f));
                *p++ = char(0x80 | (u & 0x3f));
            }
        }
        *p++ = '"';
        m_size = p - m_data;
    }

    /// A date as yyyy-MM-dd (QDate::toString(Qt::ISODate)), "" for none.
    void date(const QDate& date)
    {
        if (!date.isValid()) {
            raw("\"\"", 2);
            return;
        }
        const int year = date.year();
        if (year < 1000 || year > 9999) {
            string(date.toString(Qt::ISODate));
            return;
        }
        char text[12];
        const int month = date.month();
        const int day = date.day();
        text[0] = '"';
        text[1] = char('0' + year / 1000);
        text[2] = char('0' + year / 100 % 10);
        text[3] = char('0' + year / 10 % 10);
        text[4] = char('0' + year % 10);
        text[5] = '-';
        text[6] = char('0' + month / 10);
        text[7] = char('0' + month % 10);
        text[8] = '-';
        text[9] = char('0' + day / 10);
        text[10] = char('0' + day % 10);
        text[11] = '"';
        raw(text, 12);
    }

    QByteArray take()
    {
        m_bytes.truncate(m_size);
        m_data = nullptr;
        return std::move(m_bytes);
    }

private:
    void reserve(qsizetype extra)
    {
        if (m_size + extra <= m_bytes.size())
            return;
        m_bytes.resize(std::max(m_bytes.size() * 2, m_size + extra));
        m_data = m_bytes.data();
    }

    QByteArray m_bytes;
    char* m_data = nullptr;
    qsizetype m_size = 0;
};

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

void writeRecord(JsonWriter& out, const CaseRecord& r, const QList<Key>& keys)
{
    out.ch('{');
    bool first = true;
    for (const Key key : keys) {
        if (!first)
            out.ch(',');
        first = false;
        out.key(KeyViews[std::size_t(key)]);
        switch (key) {
        case Key::Category:
            out.string(r.category);
            break;
        case Key::Bsn: {
            // Empty parts are left out.
            out.ch('{');
            bool any = false;
            const std::array<const QString*, 2> parts {&r.bsn, &r.onderwijsnummer};
            for (std::size_t i = 0; i < parts.size(); ++i) {
                if (parts[i]->isEmpty())
                    continue;
                if (any)
                    out.ch(',');
                any = true;
                out.key(BsnParts[i]);
                out.string(*parts[i]);
            }
            out.ch('}');
            break;
        }
        case Key::Naw: {
            out.ch('{');
            bool any = false;
            for (int i = 0; i < int(NawParts.size()); ++i) {
                const QString& part = nawPart(r, i);
                if (part.isEmpty())
                    continue;
                if (any)
                    out.ch(',');
                any = true;
                out.key(NawParts[std::size_t(i)]);
                out.string(part);
            }
            out.ch('}');
            break;
        }
        case Key::BirthDate:
            out.date(r.birthDate);
            break;
        case Key::LastSchool:
            out.string(r.lastSchool);
            break;
        case Key::AbsenceStart:
            out.date(r.absenceStart);
            break;
        case Key::AbsenceReason:
            out.string(r.absenceReason);
            break;
        case Key::ExemptionDate:
            out.date(r.exemptionDate);
            break;
        case Key::ExemptionDuration:
            out.string(r.exemptionDuration);
            break;
        case Key::Involvement:
            out.string(r.involvement);
            break;
        case Key::Count:
            break;
        }
    }
    out.ch('}');
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A JSON string as read: a view of the input when it is plain ASCII without escapes (the usual
/// case), else decoded.
struct JsonString
{
    const char* ascii = nullptr;
    qsizetype size = 0;
    bool isAscii = true;
    QString decoded;

    QString toString() const { return isAscii ? QString::fromLatin1(ascii, size) : decoded; }
    bool operator==(QLatin1StringView text) const
    {
        return isAscii ? QLatin1StringView(ascii, size) == text : QStringView(decoded) == text;
    }
    bool operator==(const QString& text) const
    {
        return isAscii ? QLatin1StringView(ascii, size) == text : decoded == text;
    }
};

/// A strict JSON reader over UTF-8 bytes (RFC 8259). Every method returns false on a syntax
/// error, after which the reader is not used any more.
class JsonReader
{
public:
    JsonReader(const char* begin, const char* end)
        : m_p(begin)
        , m_end(end)
    {
        // A byte order mark before the document is allowed, as QJsonDocument allows it.
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
    }

    void whitespace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    /// The next character after whitespace, without taking it; 0 at the end.
    char peek()
    {
        whitespace();
        return m_p == m_end ? '\0' : *m_p;
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    bool atEnd()
    {
        whitespace();
        return m_p == m_end;
    }

    bool string(JsonString& out)
    {
        if (!take('"'))
            return false;
        const char* const start = m_p;
        // Eight bytes at a time while none is a quote, a backslash, a control character or
        // non-ASCII (a false alarm only hands over to the byte loop below).
        constexpr quint64 Ones = 0x0101010101010101ULL;
        constexpr quint64 Highs = 0x8080808080808080ULL;
        while (m_end - m_p >= 8) {
            quint64 v;
            std::memcpy(&v, m_p, 8);
            const quint64 quote = v ^ (Ones * '"');
            const quint64 backslash = v ^ (Ones * '\\');
            const quint64 special
                = ((quote - Ones) & ~quote) | ((backslash - Ones) & ~backslash) | ((v - Ones * 0x20) & ~v) | v;
            if (special & Highs)
                break;
            m_p += 8;
        }
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out.ascii = start;
                out.size = m_p - start;
                out.isAscii = true;
                ++m_p;
                return true;
            }
            if (c < 0x20 || c >= 0x80 || c == '\\')
                break;
            ++m_p;
        }
        m_p = start;
        out.isAscii = false;
        return decodeString(out.decoded);
    }

    /// Any JSON value, checked and skipped.
    bool skipValue(int depth = 0)
    {
        if (depth > 64)
            return false;
        switch (peek()) {
        case '"': {
            JsonString s;
            return string(s);
        }
        case '{': {
            ++m_p;
            if (take('}'))
                return true;
            do {
                JsonString key;
                if (!string(key) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        }
        case '[': {
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default: {
            bool integral = false;
            qint64 ignored = 0;
            return number(integral, ignored);
        }
        }
    }

    /// A JSON number; integral and value when it is written as an integer that fits in 18 digits.
    bool number(bool& integral, qint64& value)
    {
        whitespace();
        const char* p = m_p;
        const bool negative = p != m_end && *p == '-';
        if (negative)
            ++p;
        const char* const digits = p;
        if (p == m_end || *p < '0' || *p > '9')
            return false;
        if (*p == '0')
            ++p;
        else {
            while (p != m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        const qsizetype digitCount = p - digits;
        integral = true;
        if (p != m_end && *p == '.') {
            integral = false;
            ++p;
            if (p == m_end || *p < '0' || *p > '9')
                return false;
            while (p != m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p != m_end && (*p == 'e' || *p == 'E')) {
            integral = false;
            ++p;
            if (p != m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || *p < '0' || *p > '9')
                return false;
            while (p != m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (integral && digitCount <= 18) {
            value = 0;
            for (const char* d = digits; d != digits + digitCount; ++d)
                value = value * 10 + (*d - '0');
            if (negative)
                value = -value;
        } else {
            integral = false;
        }
        m_p = p;
        return true;
    }

private:
    bool literal(const char* word)
    {
        const qsizetype n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, std::size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char16_t& unit)
    {
        if (m_end - m_p < 4)
            return false;
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = hexValue(m_p[i]);
            if (v < 0)
                return false;
            value = value * 16 + unsigned(v);
        }
        m_p += 4;
        unit = char16_t(value);
        return true;
    }

    /// The string from m_p (just after its opening quote) to its closing quote, with escapes
    /// resolved and UTF-8 checked (no overlong forms, surrogates or values beyond U+10FFFF).
    bool decodeString(QString& out)
    {
        out.clear();
        while (m_p != m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p++);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c < 0x80 && c != '\\') {
                out.append(QChar(char16_t(c)));
                continue;
            }
            if (c == '\\') {
                if (m_p == m_end)
                    return false;
                const char e = *m_p++;
                switch (e) {
                case '"':
                case '\\':
                case '/':
                    out.append(QLatin1Char(e));
                    break;
                case 'b':
                    out.append(QChar(u'\b'));
                    break;
                case 'f':
                    out.append(QChar(u'\f'));
                    break;
                case 'n':
                    out.append(QChar(u'\n'));
                    break;
                case 'r':
                    out.append(QChar(u'\r'));
                    break;
                case 't':
                    out.append(QChar(u'\t'));
                    break;
                case 'u': {
                    // A surrogate pair is two escapes; a lone surrogate is kept as it is, as
                    // QJsonDocument keeps it.
                    char16_t unit = 0;
                    if (!hex4(unit))
                        return false;
                    out.append(QChar(unit));
                    break;
                }
                default:
                    return false;
                }
                continue;
            }
            char32_t code = 0;
            int more = 0;
            unsigned char low = 0x80, high = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                code = c & 0x1f;
                more = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                code = c & 0x0f;
                more = 2;
                if (c == 0xe0)
                    low = 0xa0; // no overlong forms
                else if (c == 0xed)
                    high = 0x9f; // no surrogates
            } else if (c >= 0xf0 && c <= 0xf4) {
                code = c & 0x07;
                more = 3;
                if (c == 0xf0)
                    low = 0x90;
                else if (c == 0xf4)
                    high = 0x8f; // nothing beyond U+10FFFF
            } else {
                return false;
            }
            for (int i = 0; i < more; ++i) {
                if (m_p == m_end)
                    return false;
                const unsigned char next = static_cast<unsigned char>(*m_p++);
                if (next < (i == 0 ? low : 0x80) || next > (i == 0 ? high : 0xbf))
                    return false;
                code = (code << 6) | (next & 0x3f);
            }
            if (QChar::requiresSurrogates(code)) {
                out.append(QChar(QChar::highSurrogate(code)));
                out.append(QChar(QChar::lowSurrogate(code)));
            } else {
                out.append(QChar(char16_t(code)));
            }
        }
        return false;
    }

    const char* m_p;
    const char* m_end;
};

/// yyyy-MM-dd as QDate::fromString(text, Qt::ISODate) reads it; other forms go to Qt.
QDate dateOf(const JsonString& s)
{
    if (s.isAscii && s.size == 10 && s.ascii[4] == '-' && s.ascii[7] == '-') {
        const char* t = s.ascii;
        bool digits = true;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && t[i] >= '0' && t[i] <= '9';
        if (digits) {
            const int year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
            const int month = (t[5] - '0') * 10 + (t[6] - '0');
            const int day = (t[8] - '0') * 10 + (t[9] - '0');
            return QDate(year, month, day);
        }
    }
    return QDate::fromString(s.toString(), Qt::ISODate);
}

/// Per category, what the agreement and the manifest allow (looked up once per category).
struct CategoryRules
{
    QString code;
    bool known = false;
    std::array<bool, KeyCount> allowed {};
};

/// Why a record cannot be accepted, found while the rest of the document is still checked.
enum class Problem { None, Unreadable, UnknownCategory, FieldNotAllowed };

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
    JsonWriter out(records.size() * 512 + 256);
    out.raw("{\"counts\":{");
    const QMap<QString, qint64> perCategory = countsPerCategory(records);
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it) {
        if (it != perCategory.cbegin())
            out.ch(',');
        out.string(it.key());
        out.ch(':');
        out.number(it.value());
    }
    out.raw("},\"format\":");
    out.string(Format);
    out.raw(",\"records\":[");
    QList<std::pair<QString, QList<Key>>> layouts;
    for (auto it = fieldsByCategory.cbegin(); it != fieldsByCategory.cend(); ++it)
        layouts.append({it.key(), layoutFor(it.value())});
    const QList<Key> categoryOnly {Key::Category};
    bool first = true;
    for (const CaseRecord& r : records) {
        const QList<Key>* keys = &categoryOnly;
        for (const auto& layout : std::as_const(layouts)) {
            if (layout.first == r.category) {
                keys = &layout.second;
                break;
            }
        }
        if (!first)
            out.ch(',');
        first = false;
        writeRecord(out, r, *keys);
    }
    out.raw("]}");
    return out.take();
}

Result<QList<CaseRecord>> PackageRecords::fromJson(const QByteArray& json, const Agreement& agreement,
                                                   const QMap<QString, QStringList>& manifestFields)
{
    const auto unreadable = [] {
        return makeError(Error::Code::UnknownFormat,
                         tr("The records in the package cannot be read. Ask the sender to make the package again."));
    };
    JsonReader in(json.constData(), json.constData() + json.size());

    QList<CategoryRules> rules;
    const auto rulesFor = [&](const QString& category) -> const CategoryRules& {
        for (const CategoryRules& r : std::as_const(rules)) {
            if (r.code == category)
                return r;
        }
        CategoryRules r;
        r.code = category;
        r.known = agreement.category(category) != nullptr;
        const QStringList listed = manifestFields.value(category);
        for (int i = 0; i < KeyCount; ++i) {
            const QString id = QString(KeyViews[std::size_t(i)]);
            r.allowed[std::size_t(i)] = agreement.allows(category, id) && listed.contains(id);
        }
        rules.append(r);
        return rules.constLast();
    };

    // The first record that cannot be accepted, in order; reported only when the whole document
    // is well-formed records.json (a damaged document is "cannot be read", whatever it holds).
    Problem problem = Problem::None;
    qint64 problemLine = 0;
    QString problemCategory, problemField;

    QList<CaseRecord> records;
    QMap<QString, qint64> counts;
    bool seenFormat = false, seenCounts = false, seenRecords = false, formatMatches = false, countsValid = true;

    // One member of a record object, checked once the whole object was read (its category may
    // come after its fields).
    struct Member
    {
        std::optional<Key> key;
        QString name; // for a key records.json does not know
        bool typeOk = true;
    };

    const auto readPartsObject = [&](CaseRecord& r, Key key, bool& typeOk) -> bool {
        // {"part": "text", ...} with only the known parts, each at most once.
        typeOk = true;
        if (in.peek() != '{') {
            typeOk = false;
            return in.skipValue();
        }
        in.take('{');
        if (in.take('}'))
            return true;
        quint32 seen = 0;
        do {
            JsonString part;
            if (!in.string(part) || !in.take(':'))
                return false;
            int index = -1;
            if (key == Key::Bsn) {
                for (int i = 0; i < int(BsnParts.size()); ++i) {
                    if (part == BsnParts[std::size_t(i)])
                        index = i;
                }
            } else {
                for (int i = 0; i < int(NawParts.size()); ++i) {
                    if (part == NawParts[std::size_t(i)])
                        index = i;
                }
            }
            if (index < 0 || (seen & (1u << index)) || in.peek() != '"') {
                typeOk = false;
                if (!in.skipValue())
                    return false;
                continue;
            }
            seen |= 1u << index;
            JsonString value;
            if (!in.string(value))
                return false;
            QString* target = key == Key::Bsn ? (index == 0 ? &r.bsn : &r.onderwijsnummer) : nawPart(r, index);
            *target = value.toString();
        } while (in.take(','));
        return in.take('}');
    };

    const auto readRecord = [&](qint64 line) -> bool {
        if (in.peek() != '{') {
            if (problem == Problem::None) {
                problem = Problem::Unreadable;
                problemLine = line;
            }
            return in.skipValue();
        }
        if (problem != Problem::None)
            return in.skipValue(); // only checked from here on
        in.take('{');
        CaseRecord r;
        r.line = line;
        QVarLengthArray<Member, 16> members;
        quint32 seen = 0;
        bool duplicate = false;
        bool categoryIsString = false;
        if (!in.take('}')) {
            do {
                JsonString name;
                if (!in.string(name) || !in.take(':'))
                    return false;
                Member m;
                m.key
                    = name.isAscii ? keyOf(QLatin1StringView(name.ascii, name.size)) : keyOf(QStringView(name.decoded));
                if (m.key) {
                    if (seen & (1u << int(*m.key)))
                        duplicate = true;
                    seen |= 1u << int(*m.key);
                } else {
                    m.name = name.toString();
                    for (const Member& other : std::as_const(members)) {
                        if (!other.key && other.name == m.name)
                            duplicate = true;
                    }
                }
                if (m.key == Key::Bsn || m.key == Key::Naw) {
                    if (!readPartsObject(r, *m.key, m.typeOk))
                        return false;
                } else if (m.key && in.peek() == '"') {
                    JsonString value;
                    if (!in.string(value))
                        return false;
                    switch (*m.key) {
                    case Key::Category:
                        // The few category codes are shared, not allocated per record.
                        r.category.clear();
                        for (const CategoryRules& known : std::as_const(rules)) {
                            if (value == known.code)
                                r.category = known.code;
                        }
                        if (r.category.isNull())
                            r.category = value.toString();
                        categoryIsString = true;
                        break;
                    case Key::BirthDate:
                        r.birthDate = dateOf(value);
                        break;
                    case Key::AbsenceStart:
                        r.absenceStart = dateOf(value);
                        break;
                    case Key::ExemptionDate:
                        r.exemptionDate = dateOf(value);
                        break;
                    case Key::LastSchool:
                        r.lastSchool = value.toString();
                        break;
                    case Key::AbsenceReason:
                        r.absenceReason = value.toString();
                        break;
                    case Key::ExemptionDuration:
                        r.exemptionDuration = value.toString();
                        break;
                    case Key::Involvement:
                        r.involvement = value.toString();
                        break;
                    default:
                        break;
                    }
                } else {
                    m.typeOk = false;
                    if (!in.skipValue())
                        return false;
                }
                members.append(std::move(m));
            } while (in.take(','));
            if (!in.take('}'))
                return false;
        }
        // As before: the category first, then each field in key order.
        if (!categoryIsString)
            r.category.clear();
        const CategoryRules& rule = rulesFor(r.category);
        if (!rule.known) {
            problem = Problem::UnknownCategory;
            problemLine = line;
            problemCategory = r.category;
            return true;
        }
        if (duplicate) {
            problem = Problem::Unreadable;
            problemLine = line;
            return true;
        }
        const auto nameOf = [](const Member& m) { return m.key ? QString(KeyViews[std::size_t(*m.key)]) : m.name; };
        // Key order is name order; only a key records.json does not know needs its name compared.
        const auto before = [&](const Member& a, const Member& b) {
            return a.key && b.key ? *a.key < *b.key : nameOf(a) < nameOf(b);
        };
        if (!std::is_sorted(members.cbegin(), members.cend(), before))
            std::stable_sort(members.begin(), members.end(), before);
        for (const Member& m : std::as_const(members)) {
            if (m.key == Key::Category)
                continue;
            const bool allowed = m.key
                ? rule.allowed[std::size_t(*m.key)]
                : agreement.allows(r.category, m.name) && manifestFields.value(r.category).contains(m.name);
            if (!allowed) {
                problem = Problem::FieldNotAllowed;
                problemLine = line;
                problemCategory = r.category;
                problemField = nameOf(m);
                return true;
            }
            if (!m.key || !m.typeOk) {
                problem = Problem::Unreadable;
                problemLine = line;
                return true;
            }
        }
        if ((seen & (1u << int(Key::Naw))) && !r.surname.isEmpty()) {
            if (auto name = PersonName::fromColumns(r.firstNames, r.prefix, r.surname))
                r.nameKey = name.value().matchKey();
        }
        records.append(std::move(r));
        return true;
    };

    const auto readDocument = [&]() -> bool {
        if (!in.take('{'))
            return false;
        if (in.take('}'))
            return in.atEnd();
        do {
            JsonString name;
            if (!in.string(name) || !in.take(':'))
                return false;
            if (name == QLatin1StringView("format")) {
                if (seenFormat)
                    return false;
                seenFormat = true;
                if (in.peek() == '"') {
                    JsonString value;
                    if (!in.string(value))
                        return false;
                    formatMatches = value.toString() == Format;
                } else if (!in.skipValue()) {
                    return false;
                }
            } else if (name == QLatin1StringView("counts")) {
                if (seenCounts || in.peek() != '{')
                    return false;
                seenCounts = true;
                in.take('{');
                if (in.take('}'))
                    continue;
                do {
                    JsonString category;
                    if (!in.string(category) || !in.take(':'))
                        return false;
                    bool integral = false;
                    qint64 value = -1;
                    if (in.peek() == '-' || (in.peek() >= '0' && in.peek() <= '9')) {
                        if (!in.number(integral, value))
                            return false;
                    } else if (!in.skipValue()) {
                        return false;
                    }
                    const QString key = category.toString();
                    if (!integral || counts.contains(key))
                        countsValid = false;
                    counts.insert(key, integral ? value : -1);
                } while (in.take(','));
                if (!in.take('}'))
                    return false;
            } else if (name == QLatin1StringView("records")) {
                if (seenRecords || in.peek() != '[')
                    return false;
                seenRecords = true;
                in.take('[');
                // The counts come first in what we write: room for the records, within reason.
                qint64 expected = 0;
                for (const qint64 n : std::as_const(counts))
                    expected += std::max<qint64>(n, 0);
                records.reserve(qsizetype(std::min<qint64>(expected, json.size() / 16)));
                if (in.take(']'))
                    continue;
                qint64 line = 0;
                do {
                    if (!readRecord(++line))
                        return false;
                } while (in.take(','));
                if (!in.take(']'))
                    return false;
            } else if (!in.skipValue()) {
                return false;
            }
        } while (in.take(','));
        return in.take('}') && in.atEnd();
    };

    if (!readDocument() || !formatMatches || !seenRecords)
        return unreadable();
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Unreadable:
        return unreadable();
    case Problem::UnknownCategory:
        return makeError(Error::Code::SharingNotAllowed,
                         tr("Record %1 of the package has the category '%2', which agreement %3 does not know. "
                            "Nothing was stored; ask the sender to check the package.")
                             .arg(problemLine)
                             .arg(problemCategory.left(40), agreement.id()));
    case Problem::FieldNotAllowed:
        return makeError(Error::Code::SharingNotAllowed,
                         tr("The package holds the field '%1' for category '%2', which agreement %3 does not "
                            "allow to be exchanged. Nothing was stored; tell the sender.")
                             .arg(problemField.left(40), problemCategory, agreement.id()));
    }
    const QMap<QString, qint64> actual = countsPerCategory(records);
    if (!countsValid || counts != actual)
        return unreadable();
    return records;
}

} // namespace inbeeld
