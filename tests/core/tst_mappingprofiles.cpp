#include "core/importing/MappingProfiles.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// Named column mappings, found again by the set of column names.
class TestMappingProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static ColumnMapping mapping(const QStringList& headers)
    {
        ColumnMapping m(headers);
        m.setField(0, ImportField::Bsn);
        m.setField(1, ImportField::Category);
        return m;
    }

private slots:
    void initTestCase()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("p.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
    }

    void cleanupTestCase() { m_store.reset(); }

    void saveFindLoadRemove()
    {
        MappingProfiles profiles(m_store->database());
        const QStringList headers = {QStringLiteral("Nummer"), QStringLiteral("Type"), QStringLiteral("Opmerking")};
        auto saved = profiles.save(QStringLiteral("  Registratie   SWV "), mapping(headers));
        QVERIFY2(saved, qPrintable(saved.message()));
        QCOMPARE(saved.value().name, QStringLiteral("Registratie SWV"));
        QCOMPARE(saved.value().headers, headers);
        QVERIFY(saved.value().createdAt.isValid());

        // Same columns, other order and spelling: found, and applied by column name.
        const QStringList later = {QStringLiteral("opmerking"), QStringLiteral("TYPE"), QStringLiteral("Nummer ")};
        auto found = profiles.findProfile(later);
        QVERIFY(found);
        QVERIFY(found.value().has_value());
        const ColumnMapping applied = found.value()->applyTo(later);
        QCOMPARE(applied.field(0), ImportField::None);
        QCOMPARE(applied.field(1), ImportField::Category);
        QCOMPARE(applied.field(2), ImportField::Bsn);

        // Other columns: nothing.
        auto other = profiles.findProfile({QStringLiteral("Nummer"), QStringLiteral("Type")});
        QVERIFY(other);
        QVERIFY(!other.value().has_value());

        auto loaded = profiles.load(QStringLiteral("registratie swv"));
        QVERIFY(loaded && loaded.value());
        QCOMPARE(loaded.value()->headerSignature, ColumnMapping::headerSignature(headers));

        // Saving the same columns again replaces the profile (no second row).
        ColumnMapping changed = mapping(headers);
        changed.setField(2, ImportField::AbsenceReason);
        QVERIFY(profiles.save(QStringLiteral("SWV nieuw"), changed));
        const auto all = profiles.list();
        QVERIFY(all);
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().name, QStringLiteral("SWV nieuw"));
        QCOMPARE(all.value().first().applyTo(headers).field(2), ImportField::AbsenceReason);
        QVERIFY(!profiles.load(QStringLiteral("Registratie SWV")).value().has_value());

        auto removed = profiles.remove(QStringLiteral("swv NIEUW"));
        QVERIFY(removed && removed.value());
        QVERIFY(profiles.list().value().isEmpty());
        QVERIFY(!profiles.remove(QStringLiteral("SWV nieuw")).value());
        QVERIFY(!profiles.save(QStringLiteral("   "), changed));
    }
};

INBEELD_TEST_MAIN(TestMappingProfiles)
#include "tst_mappingprofiles.moc"
