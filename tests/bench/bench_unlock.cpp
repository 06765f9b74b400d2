// Unlock cost: Argon2id key derivation and a full Store::open, next to opening the same store
// with the remembered raw key (no derivation) as the reference, all measured in this run.
// Usage: bench_unlock [rounds]
#include "core/crypto/KeyDerivation.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/Store.h"
#include "tests/support/TestStores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sodium.h>

using namespace inbeeld;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = qMax(1, app.arguments().value(1, QStringLiteral("5")).toInt());
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.inbeeld"));
    const QString pass = QStringLiteral("bench passphrase for unlock timing");
    SecretBytes key;
    {
        auto created = StoreSetup::createStore(path, SecretBytes::fromUtf8(pass), testing::testOrganisation());
        if (!created) {
            out << "create failed: " << created.message() << "\n";
            return 1;
        }
        key = created.value()->key();
    }
    const auto params = KeyDerivation::storeParameters();
    QList<double> derive, open, openKey;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto k = KeyDerivation::deriveKey(SecretBytes::fromUtf8(pass), Store::readSalt(path));
        derive << t.nsecsElapsed() / 1e6;
        t.restart();
        {
            auto s = Store::open(path, SecretBytes::fromUtf8(pass));
            if (!s)
                return 1;
        }
        open << t.nsecsElapsed() / 1e6;
        t.restart();
        {
            auto s = Store::openWithKey(path, key);
            if (!s)
                return 1;
        }
        openKey << t.nsecsElapsed() / 1e6;
    }
    out << "Argon2id parameters: opslimit " << params.opsLimit << ", memlimit " << params.memLimitBytes / (1024 * 1024)
        << " MiB, " << rounds << " rounds (median)\n";
    out << "key derivation (Argon2id)       " << median(derive) << " ms\n";
    out << "unlock with passphrase          " << median(open) << " ms\n";
    out << "reference: unlock with raw key  " << median(openKey) << " ms\n";
    out << "derivation share of the unlock  " << (median(open) > 0 ? 100.0 * median(derive) / median(open) : 0)
        << " %\n";
    return 0;
}
