#pragma once

#include "core/domain/CaseRecord.h"

#include <QByteArray>
#include <vector>

namespace inbeeld {

/// Records as SnapshotWriter binds them to SQLCipher: every text field and date as UTF-8 in one
/// buffer, with its place in it. An import makes them on the thread that validates the rows, so
/// that the thread that stores them only binds and steps, and the records' strings are released
/// on the thread that made them.
class EncodedRecords
{
public:
    /// The text fields and dates of a record, in the order of the records table (after
    /// snapshot_id and line).
    static constexpr int FieldCount = 18;

    /// Empty text and null dates become NULL, as "not in the list" or "not kept".
    void append(const CaseRecord& record);
    void clear();
    /// Room for records records of bytes bytes in all, so that filling a batch does not copy it.
    void reserve(qsizetype records, qsizetype bytes);
    qsizetype size() const { return qsizetype(m_lines.size()); }
    bool isEmpty() const { return m_lines.empty(); }

    qint64 line(qsizetype record) const { return m_lines[size_t(record)]; }
    /// The UTF-8 of one field of one record; data() is null for NULL.
    QByteArrayView field(qsizetype record, int field) const
    {
        const Field& f = m_fields[size_t(record) * FieldCount + size_t(field)];
        return f.length < 0 ? QByteArrayView() : QByteArrayView(m_bytes.constData() + f.offset, f.length);
    }

private:
    struct Field
    {
        qsizetype offset;
        qsizetype length; // -1: NULL
    };
    void appendText(const QString& text);
    void appendDate(const QDate& date);

    QByteArray m_bytes;
    std::vector<qint64> m_lines;
    std::vector<Field> m_fields;
};

} // namespace inbeeld
