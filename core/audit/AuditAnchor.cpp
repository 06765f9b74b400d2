#include "core/audit/AuditAnchor.h"

#include <QStringList>
#include <algorithm>

namespace inbeeld {

namespace {
const QString Prefix = QStringLiteral("inbeeld-audit-anchor");
constexpr int Version = 1;
} // namespace

QString AuditAnchor::toLine() const
{
    return QStringLiteral("%1 %2 %3 %4").arg(Prefix).arg(Version).arg(entries).arg(QString::fromLatin1(head.toHex()));
}

Result<AuditAnchor> AuditAnchor::parse(const QString& line)
{
    const auto invalid = [] {
        return makeError(Error::Code::InvalidInput,
                         tr("This is not an audit anchor. An anchor is one line that starts with "
                            "\"inbeeld-audit-anchor\", as 'audit anchor' prints it."));
    };
    if (line.size() > MaxLineLength)
        return invalid();
    const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 4 || parts.at(0) != Prefix)
        return invalid();
    bool ok = false;
    const int version = parts.at(1).toInt(&ok);
    if (!ok)
        return invalid();
    if (version != Version) {
        return makeError(Error::Code::UnknownFormat,
                         tr("This audit anchor was made by another version of InBeeld (anchor version %1).")
                             .arg(parts.at(1).left(10)));
    }
    AuditAnchor anchor;
    anchor.entries = parts.at(2).toLongLong(&ok);
    if (!ok || anchor.entries < 0)
        return invalid();
    const QString hex = parts.at(3);
    const bool hexOnly = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (hex.size() != 2 * HashSize || !hexOnly)
        return invalid();
    anchor.head = QByteArray::fromHex(hex.toLatin1());
    return anchor;
}

} // namespace inbeeld
