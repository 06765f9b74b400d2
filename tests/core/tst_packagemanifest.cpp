// manifest.json of an exchange package: exact round trip and a refusal for each malformed field.

#include "core/exchange/PackageManifest.h"
#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace inbeeld;

namespace {

PackageManifest sample()
{
    PackageManifest m;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.senderFingerprint = QStringLiteral("K7QX 2MPA ABCD EFGH IJKL MNOP QRST UVWX");
    m.recipientFingerprint = QStringLiteral("YZ23 4567 ABCD EFGH IJKL MNOP QRST UVWX");
    m.senderOrganisation = QStringLiteral("RBL Oost");
    m.recipientOrganisation = QStringLiteral("SWV Zuid");
    m.agreementId = QStringLiteral("convenant-rbl-midden-gelre");
    m.kind = PackageKind::Quarterly;
    m.quarter = QStringLiteral("2026Q3");
    m.createdAt = QDateTime(QDate(2026, 10, 2), QTime(9, 30, 5), Qt::UTC);
    m.sequence = 3;
    m.previousPackageSha256 = QByteArray(32, '\x5a');
    m.fields.insert(QStringLiteral("absoluut"), {QStringLiteral("bsn"), QStringLiteral("birth_date")});
    m.fields.insert(QStringLiteral("langdurig"), {QStringLiteral("bsn")});
    m.files = {PackageFile {QStringLiteral("records.json"), 1234, QByteArray(32, '\x01')},
               PackageFile {QStringLiteral("decisions.json"), 99, QByteArray(32, '\x02')}};
    return m;
}

QByteArray with(const QByteArray& json, const QString& field, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.insert(field, value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestPackageManifest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact()
    {
        const PackageManifest m = sample();
        QVERIFY2(m.validate(), qPrintable(m.validate().message()));
        auto read = PackageManifest::fromJson(m.toJson());
        QVERIFY2(read, qPrintable(read.message()));
        QVERIFY(read.value() == m);
        QCOMPARE(read.value().toJson(), m.toJson());

        PackageManifest first = sample();
        first.kind = PackageKind::Case;
        first.sequence = 1;
        first.previousPackageSha256.clear();
        auto readFirst = PackageManifest::fromJson(first.toJson());
        QVERIFY2(readFirst, qPrintable(readFirst.message()));
        QVERIFY(readFirst.value() == first);
        QVERIFY(
            QJsonDocument::fromJson(first.toJson()).object().value(QStringLiteral("previous_package_sha256")).isNull());
    }

    void auditAnchorIsOptionalAndChecked()
    {
        PackageManifest m = sample();
        m.senderAuditAnchor = QStringLiteral("inbeeld-audit-anchor 1 42 ") + QString(64, QLatin1Char('b'));
        auto read = PackageManifest::fromJson(m.toJson());
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read.value().senderAuditAnchor, m.senderAuditAnchor);
        // Packages of earlier versions have none: still read.
        QVERIFY(sample().toJson().indexOf("audit_anchor") < 0);
        QVERIFY(PackageManifest::fromJson(sample().toJson()));
        // A malformed anchor makes the manifest unusable.
        QJsonObject o = QJsonDocument::fromJson(m.toJson()).object();
        QJsonObject sender = o.value(QStringLiteral("sender")).toObject();
        sender.insert(QStringLiteral("audit_anchor"), QStringLiteral("inbeeld-audit-anchor 1 42 zz"));
        o.insert(QStringLiteral("sender"), sender);
        QVERIFY(!PackageManifest::fromJson(QJsonDocument(o).toJson()));
        sender.insert(QStringLiteral("audit_anchor"), 42);
        o.insert(QStringLiteral("sender"), sender);
        QVERIFY(!PackageManifest::fromJson(QJsonDocument(o).toJson()));
    }

    void trustedCommentBindsIdSequenceAndRecipient()
    {
        const PackageManifest m = sample();
        const QString comment = m.trustedComment();
        QVERIFY(comment.contains(m.packageId));
        QVERIFY(comment.contains(QStringLiteral("sequence=3")));
        QVERIFY(comment.contains(QStringLiteral("to=YZ234567ABCDEFGHIJKLMNOPQRSTUVWX")));
        QVERIFY(!comment.contains(u'\n'));
    }

    void malformedFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("package id") << QStringLiteral("package_id") << QJsonValue(QStringLiteral("abc"))
                                    << QStringLiteral("UUID");
        QTest::newRow("kind") << QStringLiteral("kind") << QJsonValue(QStringLiteral("yearly"))
                              << QStringLiteral("quarterly or case");
        QTest::newRow("quarter") << QStringLiteral("quarter") << QJsonValue(QStringLiteral("2026-Q5"))
                                 << QStringLiteral("2026-Q5");
        QTest::newRow("sequence zero") << QStringLiteral("sequence") << QJsonValue(0) << QStringLiteral("sequence");
        QTest::newRow("sequence fraction")
            << QStringLiteral("sequence") << QJsonValue(2.5) << QStringLiteral("sequence");
        QTest::newRow("sequence text") << QStringLiteral("sequence") << QJsonValue(QStringLiteral("4"))
                                       << QStringLiteral("sequence");
        QTest::newRow("previous hash missing") << QStringLiteral("previous_package_sha256")
                                               << QJsonValue(QJsonValue::Null) << QStringLiteral("previous package");
        QTest::newRow("previous hash malformed") << QStringLiteral("previous_package_sha256")
                                                 << QJsonValue(QStringLiteral("zz")) << QStringLiteral("malformed");
        QTest::newRow("agreement") << QStringLiteral("agreement_id") << QJsonValue(QString())
                                   << QStringLiteral("agreement");
        QTest::newRow("path in file name")
            << QStringLiteral("files")
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("../etc/passwd")},
                                                   {QStringLiteral("size"), 1},
                                                   {QStringLiteral("sha256"), QString(64, u'a')}}})
            << QStringLiteral("not allowed");
        // Found by the package_manifest fuzz target: 5.5e21 does not fit a qint64 (undefined).
        for (const double size : {5.555555555555555e21, -1.0, 1.5}) {
            QTest::addRow("file size %g", size)
                << QStringLiteral("files")
                << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("records.json")},
                                                       {QStringLiteral("size"), size},
                                                       {QStringLiteral("sha256"), QString(64, u'a')}}})
                << QStringLiteral("size of 'records.json' is missing");
        }
        QTest::newRow("no files") << QStringLiteral("files") << QJsonValue(QJsonArray()) << QStringLiteral("no files");
        QTest::newRow("same sender and recipient")
            << QStringLiteral("recipient")
            << QJsonValue(
                   QJsonObject {{QStringLiteral("fingerprint"), QStringLiteral("k7qx2mpaabcdefghijklmnopqrstuvwx")}})
            << QStringLiteral("the same");
    }

    void malformedFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const auto r = PackageManifest::fromJson(with(sample().toJson(), field, value));
        QVERIFY(!r);
        QCOMPARE(r.code(), Error::Code::Damaged);
        QVERIFY2(r.message().contains(reason), qPrintable(r.message()));
    }

    void newerFormatAndForeignJson()
    {
        auto r = PackageManifest::fromJson(with(sample().toJson(), QStringLiteral("version"), 2));
        QCOMPARE(r.code(), Error::Code::UnknownFormat);
        QVERIFY(r.message().contains(QStringLiteral("newer version")));
        QCOMPARE(PackageManifest::fromJson(R"({"format": "inbeeld-identity-card"})").code(), Error::Code::Damaged);
        QCOMPARE(PackageManifest::fromJson("not json").code(), Error::Code::Damaged);
    }
};

INBEELD_TEST_MAIN(TestPackageManifest)
#include "tst_packagemanifest.moc"
