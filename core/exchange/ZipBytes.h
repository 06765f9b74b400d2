#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace inbeeld {

/// One named file in an in-memory zip.
struct ZipEntry
{
    QString name;
    QByteArray data;
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
    /// The entry with this name, or null.
    static const ZipEntry* find(const QList<ZipEntry>& entries, const QString& name);
};

} // namespace inbeeld
