#pragma once

// Memory figures for the benchmarks, from /proc (Linux): the resident set and its peak.

#include <QByteArray>
#include <QFile>
#include <QList>

namespace inbeeld::bench {

/// VmHWM (peak resident set) or VmRSS in KiB, from /proc/self/status; 0 where there is none.
inline qint64 procStatusKiB(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// Lets VmHWM measure from now on (Linux 4.0+: writing 5 to clear_refs resets the peak).
inline void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace inbeeld::bench
