#pragma once

#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/exchange/RecordsJsonKeys.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QVarLengthArray>
#include <array>
#include <cstdint>

namespace inbeeld {

/// RapidJSON's reader hands this handler the document as events (keys, values, the start and end
/// of objects and arrays). It follows where it is in records.json, takes the records, and notes
/// the first record that cannot be accepted. A handler method returning false stops the reader:
/// the document is not records.json.
class RecordsJsonHandler
{
public:
    /// Per category, what the agreement and the manifest allow (looked up once per category).
    struct CategoryRules
    {
        QString code;
        bool known = false;
        std::array<bool, recordsjson::KeyCount> allowed {};
    };

    /// Why a record cannot be accepted, found while the rest of the document is still checked.
    enum class Problem { None, Unreadable, UnknownCategory, FieldNotAllowed };

    using Ch = char16_t;
    using SizeType = unsigned; // rapidjson::SizeType

    RecordsJsonHandler(const Agreement& agreement, const QMap<QString, QStringList>& manifestFields, qsizetype jsonSize)
        : m_agreement(agreement)
        , m_manifestFields(manifestFields)
        , m_jsonSize(jsonSize)
    {
    }

    // The reader's events. A count is an integer of at most 18 digits; a fraction, an exponent
    // (a double) or more digits is not a count.
    bool Null() { return scalar(); }
    bool Bool(bool) { return scalar(); }
    bool Int(int value) { return number(true, value); }
    bool Uint(unsigned value) { return number(true, value); }
    bool Int64(int64_t value) { return number(value > -MaxCount && value < MaxCount, value); }
    bool Uint64(uint64_t value) { return number(value < uint64_t(MaxCount), qint64(value % uint64_t(MaxCount))); }
    bool Double(double) { return number(false, 0); }
    bool RawNumber(const Ch*, SizeType, bool) { return scalar(); } // not asked for
    bool String(const Ch* text, SizeType length, bool) { return string(QStringView(text, length)); }
    bool Key(const Ch* text, SizeType length, bool) { return key(QStringView(text, length)); }
    bool StartObject() { return open(true); }
    bool EndObject(SizeType) { return close(); }
    bool StartArray() { return open(false); }
    bool EndArray(SizeType) { return close(); }

    /// After a document the reader accepted: whether it is records.json with its counts right.
    bool complete() const { return m_where == Where::Done && m_formatMatches && m_seenRecords; }
    bool countsMatch() const;

    Problem problem = Problem::None;
    qint64 problemLine = 0;
    QString problemCategory, problemField;

    QList<CaseRecord> takeRecords() { return std::move(m_records); }

private:
    /// Where the next event belongs.
    enum class Where { Start, Document, Counts, Records, Record, Parts, Skip, Done };
    /// The member of the document whose value comes next.
    enum class DocumentMember { Format, Counts, Records, Other };

    /// One member of a record object, checked once the whole object was read (its category may
    /// come after its fields).
    struct Member
    {
        std::optional<recordsjson::Key> key;
        QString name; // for a key records.json does not know
        bool typeOk = true;
    };

    bool open(bool isObject);
    bool close();
    bool key(QStringView name);
    bool string(QStringView text);
    bool number(bool integral, qint64 value);
    static constexpr qint64 MaxCount = 1000000000000000000LL; // 10^18
    bool scalar();

    /// Skips the container just opened (and everything in it), then goes on where it was.
    void skipContainer()
    {
        m_skipReturn = m_where;
        m_skipDepth = m_depth;
        m_where = Where::Skip;
    }
    /// A value in the current place is complete.
    void valueDone()
    {
        if (m_where == Where::Record)
            m_members.append(std::move(m_member));
    }
    void notARecord()
    {
        if (problem == Problem::None) {
            problem = Problem::Unreadable;
            problemLine = m_line;
        }
    }
    void count(bool integral, qint64 value)
    {
        if (!integral || m_counts.contains(m_countKey))
            m_countsValid = false;
        m_counts.insert(m_countKey, integral ? value : -1);
    }
    void startRecords();
    void setField(recordsjson::Key key, QStringView text);
    const CategoryRules& rulesFor(const QString& category);
    void finishRecord();

    const Agreement& m_agreement;
    const QMap<QString, QStringList>& m_manifestFields;
    const qsizetype m_jsonSize;

    Where m_where = Where::Start;
    int m_depth = 0;
    Where m_skipReturn = Where::Start;
    int m_skipDepth = 0;

    DocumentMember m_documentMember = DocumentMember::Other;
    bool m_seenFormat = false, m_seenCounts = false, m_seenRecords = false, m_formatMatches = false;
    QMap<QString, qint64> m_counts;
    QString m_countKey;
    bool m_countsValid = true;

    QList<CategoryRules> m_rules;
    QList<CaseRecord> m_records;
    qint64 m_line = 0;
    CaseRecord m_record;
    QVarLengthArray<Member, 16> m_members;
    Member m_member;
    quint32 m_seenKeys = 0;
    bool m_duplicate = false;
    bool m_categoryIsString = false;
    int m_part = -1; // index of the bsn or naw part whose value comes next; -1: not a part we take
    quint32 m_seenParts = 0;
};

} // namespace inbeeld
