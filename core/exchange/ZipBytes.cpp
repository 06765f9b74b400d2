#include "core/exchange/ZipBytes.h"

#include <QBuffer>
#include <QSet>
#include <quazip.h>
#include <quazipfile.h>
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

Result<QList<ZipEntry>> ZipBytes::read(const QByteArray& bytes)
{
    const auto foreign = [] {
        return makeError(Error::Code::UnknownFormat, tr("The package's contents are not in the expected form."));
    };
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return foreign();
    if (zip.getEntriesCount() > MaxEntries)
        return foreign();
    QList<ZipEntry> entries;
    QSet<QString> names;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (name.isEmpty() || name.endsWith(u'/') || names.contains(name))
            return foreign();
        names.insert(name);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return foreign();
        ZipEntry entry {name, file.readAll()};
        file.close();
        if (file.getZipError() != 0) // CRC mismatch or a short entry
            return foreign();
        entries.append(std::move(entry));
    }
    if (zip.getZipError() != 0)
        return foreign();
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
