#include "core/exchange/ZipBytes.h"

#include <QBuffer>
#include <QSet>
#include <algorithm>
#include <limits>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace inbeeld {

Result<QByteArray> ZipBytes::write(const QList<ZipEntry>& entries, bool compress)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return makeError(Error::Code::Io, tr("The package container could not be made."));
        for (const ZipEntry& entry : entries) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(entry.name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0)); // the same bytes for the same entries
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, compress ? Z_DEFLATED : 0,
                           compress ? CompressionLevel : 0)
                || file.write(entry.data) != entry.data.size()) {
                return makeError(Error::Code::Io, tr("The package container could not be made."));
            }
            file.close();
            if (file.getZipError() != 0)
                return makeError(Error::Code::Io, tr("The package container could not be made."));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return makeError(Error::Code::Io, tr("The package container could not be made."));
    }
    return bytes;
}

namespace {

Error foreignZip()
{
    return makeError(Error::Code::UnknownFormat, ZipBytes::tr("The package's contents are not in the expected form."));
}

/// Truncated: no central directory could be found (not a zip, or a zip cut short).
Error noDirectory()
{
    return makeError(Error::Code::Truncated, ZipBytes::tr("The package's contents are not in the expected form."));
}

/// The central directory against the limits; the sizes of the entries in order.
Result<QList<qint64>> checkDirectory(QuaZip& zip, const ZipLimits& limits)
{
    const int count = zip.getEntriesCount();
    if (count < 0 || count > ZipBytes::MaxEntries
        || (!limits.expectedNames.isEmpty() && count != limits.expectedNames.size()))
        return foreignZip();
    QList<qint64> sizes;
    QSet<QString> names;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return foreignZip();
        const QString& name = info.name;
        if (name.isEmpty() || name.endsWith(u'/') || names.contains(name)
            || (!limits.expectedNames.isEmpty() && !limits.expectedNames.contains(name)))
            return foreignZip();
        names.insert(name);
        const bool stored = info.method == 0;
        if ((limits.storedOnly && !stored) || (!stored && info.method != Z_DEFLATED))
            return foreignZip();
        const qint64 size = qint64(std::min<quint64>(info.uncompressedSize, quint64(limits.maxTotalSize) + 1));
        if (size > limits.maxEntrySize || (stored && info.compressedSize != info.uncompressedSize))
            return foreignZip();
        total += size;
        if (total > limits.maxTotalSize)
            return foreignZip();
        if (limits.maxRatio > 0 && size > 1024 * 1024
            && quint64(size) / std::max<quint64>(info.compressedSize, 1) > quint64(limits.maxRatio))
            return foreignZip();
        sizes.append(size);
    }
    if (zip.getZipError() != 0 || sizes.size() != count)
        return foreignZip();
    return sizes;
}

} // namespace

Result<QList<qint64>> ZipBytes::check(QIODevice* device, const ZipLimits& limits)
{
    QuaZip zip(device);
    zip.setAutoClose(false); // the caller reads the device next
    if (!zip.open(QuaZip::mdUnzip))
        return noDirectory();
    auto sizes = checkDirectory(zip, limits);
    zip.close();
    return sizes;
}

Result<QList<ZipEntry>> ZipBytes::read(const QByteArray& bytes)
{
    ZipLimits limits;
    limits.maxEntrySize = limits.maxTotalSize = std::numeric_limits<qint64>::max() / 2;
    limits.maxRatio = 0;
    return read(bytes, limits);
}

Result<QList<ZipEntry>> ZipBytes::read(const QByteArray& bytes, const ZipLimits& limits)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return noDirectory();
    auto sizes = checkDirectory(zip, limits);
    if (!sizes)
        return sizes.error();
    QList<ZipEntry> entries;
    int index = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++index) {
        if (index >= sizes.value().size())
            return foreignZip();
        const qint64 size = sizes.value().at(index);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return foreignZip();
        // Never more than the directory said: one byte more is read to see that the entry ends there.
        ZipEntry entry {zip.getCurrentFileName(), QByteArray(size, Qt::Uninitialized)};
        qint64 done = 0;
        while (done < size) {
            const qint64 n = file.read(entry.data.data() + done, size - done);
            if (n <= 0)
                return foreignZip();
            done += n;
        }
        char extra = 0;
        if (file.read(&extra, 1) != 0)
            return foreignZip();
        file.close();
        if (file.getZipError() != 0) // CRC mismatch or a short entry
            return foreignZip();
        entries.append(std::move(entry));
    }
    if (zip.getZipError() != 0 || entries.size() != sizes.value().size())
        return foreignZip();
    return entries;
}

const ZipEntry* ZipBytes::find(const QList<ZipEntry>& entries, const QString& name)
{
    for (const ZipEntry& e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace inbeeld
