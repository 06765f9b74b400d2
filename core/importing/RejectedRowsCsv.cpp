#include "core/importing/RejectedRowsCsv.h"

#include "core/importing/ImportReport.h"

#include <QDir>
#include <QFile>

namespace inbeeld {

namespace {

QByteArray csvLine(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out.append(RejectedRowsCsv::cell(c));
    return out.join(u';').toUtf8() + "\r\n";
}

bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // full-width = + - @
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
    case 0xFE62: // small + - =
    case 0xFE63:
    case 0xFE66:
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

} // namespace

QString RejectedRowsCsv::cell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && startsFormula(v[0]))
        v.prepend(u'\'');
    const bool quote = v.contains(u';') || v.contains(u',') || v.contains(u'\t') || v.contains(u'"')
        || v.contains(u'\n') || v.contains(u'\r') || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

RejectedRowsCsv::RejectedRowsCsv(const QString& path)
    : m_path(path)
{
}

RejectedRowsCsv::~RejectedRowsCsv()
{
    if (m_file)
        m_file->cancelWriting();
}

Error RejectedRowsCsv::failed() const
{
    return makeError(Error::Code::Io,
                     tr("The rejected rows could not be written to %1: %2. Choose another folder.")
                         .arg(QDir::toNativeSeparators(m_path), m_file ? m_file->errorString() : QString()));
}

Result<void> RejectedRowsCsv::begin(const QStringList& headers)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return failed();
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_width = headers.size();
    QStringList header = headers;
    header << tr("Line in source file") << tr("Problem");
    m_file->write("\xEF\xBB\xBF");
    m_file->write(csvLine(header));
    return {};
}

void RejectedRowsCsv::write(const RejectedRow& row)
{
    QStringList cells = row.cells.mid(0, m_width);
    while (cells.size() < m_width)
        cells.append(QString());
    cells << QString::number(row.line) << row.messages.join(u'\n');
    if (row.cells.size() > m_width)
        cells << row.cells.mid(m_width);
    m_file->write(csvLine(cells));
    ++m_rows;
}

Result<void> RejectedRowsCsv::commit()
{
    if (!m_file || !m_file->commit())
        return failed();
    m_file.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // also over an older file
    return {};
}

} // namespace inbeeld
