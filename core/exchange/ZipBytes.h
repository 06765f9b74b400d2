#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace inbeeld {

/// One named file in an in-memory zip.
struct ZipEntry
{
    QString name;
    QByteArray data;
};

/// What a reader accepts of a zip before it inflates a byte of it: checked against the central
/// directory first, then again while each entry is read (a lying directory is caught too).
struct ZipLimits
{
    /// Exactly these entries, in any order; empty: any names (at most ZipBytes::MaxEntries).
    QStringList expectedNames;
    /// Only stored (not compressed) entries: the outer layers of a package are never compressed.
    bool storedOnly = false;
    /// The largest size of one entry once inflated, and of all entries together.
    qint64 maxEntrySize = 64 * 1024 * 1024;
    qint64 maxTotalSize = 256 * 1024 * 1024;
    /// The largest inflated / compressed ratio of an entry larger than 1 MiB; 0: not checked.
    int maxRatio = 200;
};

/// Zip containers held in memory (QuaZip over a QBuffer), for the layers of an exchange package:
/// personal data never passes through a temporary file.
class ZipBytes
{
    Q_DECLARE_TR_FUNCTIONS(ZipBytes)

public:
    static constexpr int MaxEntries = 16;
    /// zlib's level for compressed entries. Level 3, the strongest of zlib's fast levels, makes the
    /// records of a million-record package 23 % larger than the default level 6 (43 instead of
    /// 35 MB) in less than half the time; tests/bench/bench_package prints every level.
    static constexpr int CompressionLevel = 3;

    /// A zip with the entries in order; deflated (CompressionLevel) when compress, else stored.
    /// The same entries always give the same bytes (fixed times), so a reader can check a
    /// container is canonical.
    static Result<QByteArray> write(const QList<ZipEntry>& entries, bool compress);
    /// Every entry, in the container's order. UnknownFormat when it is not a zip, holds
    /// directories, more than MaxEntries files or a name twice.
    static Result<QList<ZipEntry>> read(const QByteArray& zip);
    /// The same within limits: the central directory is checked before any entry is inflated.
    /// Truncated when there is no central directory, UnknownFormat when it breaks the limits.
    static Result<QList<ZipEntry>> read(const QByteArray& zip, const ZipLimits& limits);
    /// Only the central directory of a zip on a device (nothing is inflated): UnknownFormat when it
    /// breaks the limits, with sizes (inflated) of the entries in order otherwise.
    static Result<QList<qint64>> check(QIODevice* device, const ZipLimits& limits);
    /// The entry with this name, or null.
    static const ZipEntry* find(const QList<ZipEntry>& entries, const QString& name);
};

} // namespace inbeeld
