#include "core/demo/DemoStore.h"

#include "core/crypto/SecretBytes.h"
#include "core/demo/DemoLists.h"
#include "core/importing/Importer.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace inbeeld {

namespace {
const QString DemoFileName = QStringLiteral("demo-rbl-midden-gelre.inbeeld");

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return makeError(Error::Code::Io,
                         DemoStore::tr("The demo list %1 could not be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

/// Imports a demo list with the real importer, as a user would.
Result<void> importList(Store& store, const QString& path, SnapshotSide side, const QString& source,
                        const QString& profile)
{
    ImportOptions options;
    options.side = side;
    options.sourceName = source;
    options.saveProfileAs = profile;
    Importer importer(store);
    auto report = importer.run(path, options);
    if (!report)
        return report.error();
    if (!report.value().stored())
        return makeError(Error::Code::Generic,
                         DemoStore::tr("The demo list %1 could not be imported.").arg(QFileInfo(path).fileName()));
    return {};
}

} // namespace

Result<QString> DemoStore::create(const QString& directory)
{
    const QString path = QDir(directory).filePath(DemoFileName);
    OrganisationInfo org;
    org.name = organisationName();
    org.role = Role::Rbl;
    org.agreementId = QStringLiteral("convenant-rbl-midden-gelre");
    auto created = StoreSetup::createStore(path, SecretBytes::fromUtf8(passphrase()), org);
    if (!created)
        return created.error();
    Store& store = *created.value();
    auto logged = store.audit().append(QStringLiteral("demo.created"), QStringLiteral("throw-away demo organisation"));
    if (!logged)
        return logged.error();

    // Both sides' lists, kept beside the store so the import can be tried with them too.
    const QDate peildatum = DemoLists::defaultPeildatum();
    const QString ours = QDir(directory).filePath(ourListFileName());
    const QString theirs = QDir(directory).filePath(theirListFileName());
    for (const auto& [file, bytes] :
         {std::pair {ours, DemoLists::ourList(peildatum)}, std::pair {theirs, DemoLists::theirList(peildatum)}}) {
        if (auto written = writeFile(file, bytes); !written)
            return written.error();
    }
    if (auto imported
        = importList(store, ours, SnapshotSide::Ours, QString(), QStringLiteral("Leerplichtadministratie"));
        !imported)
        return imported.error();
    if (auto imported
        = importList(store, theirs, SnapshotSide::Theirs, DemoLists::theirSourceName(), DemoLists::theirSourceName());
        !imported)
        return imported.error();
    return store.path();
}

bool DemoStore::isDemoPath(const QString& path)
{
    return QFileInfo(path).fileName() == DemoFileName;
}

} // namespace inbeeld
