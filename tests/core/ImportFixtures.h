#pragma once

// Fixture builders for import tests: fictitious BSNs in the 9999xxxxx test range that pass or
// fail the elfproef on purpose, onderwijsnummers, and list files in the encodings sources use.

#include "core/common/Windows1252.h"
#include "core/domain/Bsn.h"
#include "core/domain/Onderwijsnummer.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace inbeeld::testing {

/// The n-th number (from 0) in 999900000… that passes the elfproef.
inline QString fictitiousBsn(int n)
{
    int found = -1;
    for (qint64 candidate = 999900000;; ++candidate) {
        const QString digits = QString::number(candidate);
        if (Bsn::passesElfproef(digits) && ++found == n)
            return digits;
    }
}

/// The first count numbers of fictitiousBsn(), in one pass (for long lists).
inline QStringList fictitiousBsns(int count)
{
    QStringList list;
    for (qint64 candidate = 999900000; list.size() < count && candidate <= 999999999; ++candidate) {
        const QString digits = QString::number(candidate);
        if (Bsn::passesElfproef(digits))
            list.append(digits);
    }
    return list;
}

/// fictitiousBsn(n) with its last digit changed: nine digits in the test range that fail the elfproef.
inline QString failingBsn(int n)
{
    QString digits = fictitiousBsn(n);
    digits[8] = QChar(u'0' + (digits[8].unicode() - u'0' + 1) % 10);
    return digits;
}

/// A valid onderwijsnummer (starts with 10, weighted sum 5 modulo 11), the n-th from 100000000.
inline QString fictitiousOnderwijsnummer(int n)
{
    int found = -1;
    for (qint64 candidate = 100000000;; ++candidate) {
        const QString digits = QString::number(candidate);
        if (Onderwijsnummer::isValid(digits) && ++found == n)
            return digits;
    }
}

enum class FileEncoding { Windows1252, Utf8, Utf8Bom };

inline QByteArray encodeText(const QString& text, FileEncoding encoding)
{
    switch (encoding) {
    case FileEncoding::Windows1252:
        return Windows1252::encode(text).value_or(QByteArray());
    case FileEncoding::Utf8:
        return text.toUtf8();
    case FileEncoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    }
    return {};
}

/// Writes lines joined by CRLF (and a final CRLF), as Excel does.
inline bool writeList(const QString& path, const QStringList& lines, FileEncoding encoding = FileEncoding::Windows1252)
{
    const QByteArray bytes = encodeText(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"), encoding);
    QFile file(path);
    return !bytes.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace inbeeld::testing
