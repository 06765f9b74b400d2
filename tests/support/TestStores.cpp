#include "tests/support/TestStores.h"

#include "core/domain/Agreement.h"
#include "core/setup/StoreSetup.h"

#include <QFile>
#include <QTest>

namespace inbeeld::testing {

OrganisationInfo testOrganisation(Role role, const QString& name)
{
    OrganisationInfo org;
    org.name = name;
    org.role = role;
    org.agreementId = QStringLiteral("convenant-rbl-midden-gelre");
    return org;
}

std::unique_ptr<Store> createTestStore(const QString& path, const QString& passphraseText, const OrganisationInfo& org)
{
    auto result = StoreSetup::createStore(path, passphrase(passphraseText), org);
    if (!result) {
        QTest::qFail(qPrintable(QStringLiteral("creating test store failed: ") + result.message()), __FILE__, __LINE__);
        return nullptr;
    }
    return result.takeValue();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace inbeeld::testing
