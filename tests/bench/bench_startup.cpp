// Cold start to the first screen: spawns `inbeeld --store PATH` offscreen until it reports its
// first window (the unlock dialog), next to `inbeeld --version` (process start, libraries, Qt
// start-up, exit) as the reference, measured in the same run.
// Usage: bench_startup PATH_TO_INBEELD [rounds]
#include "core/setup/StoreSetup.h"
#include "core/storage/Store.h"
#include "tests/support/TestStores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace inbeeld;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

// Milliseconds until the process prints "ready" (or exits, for the reference).
double timeRun(const QString& program, const QStringList& args, const QProcessEnvironment& env, bool waitForReady,
               QString* firstWindow)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (waitForReady) {
        while (p.waitForReadyRead(30000)) {
            const QString line = QString::fromUtf8(p.readLine()).trimmed();
            if (line.startsWith(QLatin1String("ready"))) {
                const double ms = t.nsecsElapsed() / 1e6;
                if (firstWindow)
                    *firstWindow = line.mid(6);
                if (!p.waitForFinished(10000))
                    p.kill();
                return ms;
            }
        }
        return -1;
    }
    p.waitForFinished(30000);
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString inbeeld = app.arguments().value(1);
    const int rounds = qMax(1, app.arguments().value(2, QStringLiteral("7")).toInt());
    if (inbeeld.isEmpty()) {
        out << "usage: bench_startup PATH_TO_INBEELD [rounds]\n";
        return 2;
    }
    QTemporaryDir home;
    const QString store = home.filePath(QStringLiteral("bench.inbeeld"));
    if (!StoreSetup::createStore(store, SecretBytes::fromUtf8(QStringLiteral("bench startup passphrase")),
                                 testing::testOrganisation())) {
        out << "store creation failed\n";
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // xcb under xvfb-run works too
    env.insert(QStringLiteral("INBEELD_STARTUP_PROBE"), QStringLiteral("1"));

    QList<double> start, reference;
    QString window;
    for (int i = 0; i < rounds; ++i) {
        start << timeRun(inbeeld, {QStringLiteral("--store"), store}, env, true, &window);
        reference << timeRun(inbeeld, {QStringLiteral("--version")}, env, false, nullptr);
    }
    out << "cold start to first window (" << window << "), median of " << rounds << ": " << median(start) << " ms\n";
    out << "reference: inbeeld --version (process + Qt start-up): " << median(reference) << " ms\n";
    return 0;
}
