#include "core/importing/ColumnMapping.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

/// A mapping holds each field once, and survives saving by header name.
class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void aFieldHasOneColumn()
    {
        ColumnMapping m({QStringLiteral("A"), QStringLiteral("B"), QString()});
        m.setField(0, ImportField::Bsn);
        m.setField(1, ImportField::Bsn);
        QCOMPARE(m.field(0), ImportField::None);
        QCOMPARE(m.column(ImportField::Bsn), 1);
        QCOMPARE(m.unmappedColumns(), QList<int> {0}); // the unnamed column is not listed
        QCOMPARE(m.columnLabel(2), QStringLiteral("column 3"));
        m.setField(7, ImportField::Category); // out of range: ignored
        QVERIFY(!m.has(ImportField::Category));
    }

    void signatureIgnoresOrderCaseAndPunctuation()
    {
        const QString a = ColumnMapping::headerSignature(
            {QStringLiteral("BSN"), QStringLiteral("Geb. datum"), QStringLiteral("Soort verzuim")});
        const QString b = ColumnMapping::headerSignature(
            {QStringLiteral("soort verzuim"), QStringLiteral(" bsn"), QStringLiteral("Geb.datum"), QString()});
        const QString c = ColumnMapping::headerSignature({QStringLiteral("BSN"), QStringLiteral("Geboortedatum")});
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QCOMPARE(a.size(), 64);
    }

    void jsonAppliesByHeaderName()
    {
        ColumnMapping m({QStringLiteral("Nummer"), QStringLiteral("Type"), QStringLiteral("Opmerking")});
        m.setField(0, ImportField::Bsn);
        m.setField(1, ImportField::Category);
        const ColumnMapping reordered = ColumnMapping::fromJson(
            m.toJson(), {QStringLiteral("type"), QStringLiteral("Extra"), QStringLiteral("NUMMER")});
        QCOMPARE(reordered.field(0), ImportField::Category);
        QCOMPARE(reordered.field(1), ImportField::None);
        QCOMPARE(reordered.field(2), ImportField::Bsn);
    }

    void requiredFields()
    {
        ColumnMapping m({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QCOMPARE(m.missingRequired(false), (QList<ImportField> {ImportField::Category, ImportField::Bsn}));
        m.setField(0, ImportField::FullName);
        m.setField(1, ImportField::BirthDate);
        QCOMPARE(m.missingRequired(true), QList<ImportField>());
        QCOMPARE(m.missingRequired(false), QList<ImportField> {ImportField::Category});
        m.setField(2, ImportField::Category);
        QVERIFY(m.missingRequiredMessage(false).isEmpty());
    }
};

INBEELD_TEST_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
