#include "demo/DemoStore.h"

#include "crypto/SecretBytes.h"
#include "storage/Store.h"

#include <QDir>
#include <QFileInfo>

namespace inbeeld {

namespace {
const QString DemoFileName = QStringLiteral("demo-rbl-midden-gelre.inbeeld");
}

Result<QString> DemoStore::create(const QString& directory)
{
    const QString path = QDir(directory).filePath(DemoFileName);
    OrganisationInfo org;
    org.name = organisationName();
    org.role = Role::Rbl;
    org.agreementId = QStringLiteral("convenant-rbl-midden-gelre");
    auto created = Store::create(path, SecretBytes::fromUtf8(passphrase()), org);
    if (!created)
        return created.error();
    auto logged = created.value()->audit().append(QStringLiteral("demo.created"),
                                                  QStringLiteral("throw-away demo organisation"));
    if (!logged)
        return logged.error();
    return created.value()->path();
}

bool DemoStore::isDemoPath(const QString& path)
{
    return QFileInfo(path).fileName() == DemoFileName;
}

} // namespace inbeeld
