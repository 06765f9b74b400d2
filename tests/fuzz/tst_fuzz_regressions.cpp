// Every input a fuzzer once crashed on (tests/data/fuzz-regressions/<target>/), fed again to the
// same target function in the normal build, so that a fixed crash stays fixed. Under the sanitizer
// build (packaging/quickstart.sh test --sanitize) the same inputs also run with ASan and UBSan.

#include "tests/fuzz/FuzzTargets.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace inbeeld;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyFolderIsATarget()
    {
        const QDir root(QStringLiteral(INBEELD_FUZZ_REGRESSIONS_DIR));
        QVERIFY2(root.exists(), qPrintable(root.path()));
        const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& folder : folders)
            QVERIFY2(fuzz::target(folder), qPrintable(QStringLiteral("no fuzz target is called %1").arg(folder)));
    }

    void savedInputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        const QDir root(QStringLiteral(INBEELD_FUZZ_REGRESSIONS_DIR));
        for (const QString& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir dir(root.filePath(folder));
            for (const QString& file : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(folder + u'/' + file)) << folder << dir.filePath(file);
        }
        // The targets also run on an empty input, so the test has rows before any finding.
        for (const fuzz::Target& t : fuzz::targets())
            QTest::newRow(qPrintable(QLatin1String(t.name) + QStringLiteral("/(empty)")))
                << QString::fromLatin1(t.name) << QString();
    }

    // Passes when the target returns; a crash, sanitizer report or hang fails the test run.
    void savedInputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const fuzz::Target* t = fuzz::target(target);
        QVERIFY(t);
        QByteArray data;
        if (!file.isEmpty()) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            data = f.readAll();
        }
        QCOMPARE(t->run(reinterpret_cast<const std::uint8_t*>(data.constData()), std::size_t(data.size())), 0);
    }
};

INBEELD_TEST_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
