// Exchange package benchmark (issue 7): a quarterly package of N records (default 1,000,000),
// created and opened, next to Debian's `minisign` + `age` on the same payload in the same run.
//
//  - ours, format + crypto: records in memory → package bytes (everything PackageWriter does
//    except reading the store and the ledger: records.json, hashes, manifest, the inner zip, both
//    signatures, age to two recipients, the outer zip, the file written with QSaveFile, read back
//    and opened again as the sender), and package file → records (everything PackageReader does
//    except the ledger and storing: outer zip, outer signature, age, inner signature, hashes,
//    records.json parsed and checked against the agreement).
//  - reference, on the same payload (the inner package.zip our writer made): `minisign -S -H`,
//    `age -r <recipient> -r <sender>`, `minisign -S -H` on the encrypted file; and `minisign -V`,
//    `age -d`, `minisign -V`. Throw-away keys from `minisign -G -W` and `age-keygen`.
//  - the ratio ours / reference for create and open (issue 7 aims at 1.5 or less); for comparison
//    also the tools doing the container work too (zip at our level and sha256sum; unzip and
//    sha256sum), since the reference above never sees the 350 MB of JSON that we write and read.
//  - sizes, and what each zlib level would make of records.json.
//  - the whole thing with the store: PackageWriter::writeQuarterly from a store holding the list
//    and PackageReader::open into a second store, with wall time and peak memory (VmHWM).
// All data is synthetic (fictitious 9999xxxxx BSNs; with more records than the range has numbers,
// they repeat), in a temporary directory that is removed at the end.
//
// Usage: bench_package [records] [--format-only]   (default 1000000; BENCH_REPEAT=n runs, default 3,
// fastest counts; --format-only leaves out the deflate levels and the store legs)
#include "core/crypto/Sha256.h"
#include "core/domain/Agreement.h"
#include "core/exchange/Identity.h"
#include "core/exchange/Minisign.h"
#include "core/exchange/PackageReader.h"
#include "core/exchange/PackageRecords.h"
#include "core/exchange/PackageSeal.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/importing/SnapshotWriter.h"
#include "core/setup/StoreSetup.h"
#include "core/sharing/DecisionStore.h"
#include "core/sharing/ShareGuard.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Store.h"
#include "tests/bench/BenchMemory.h"
#include "tests/core/ImportFixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <random>
#include <zlib.h>

using namespace inbeeld;

using inbeeld::bench::procStatusKiB;
using inbeeld::bench::resetPeakMemory;

namespace {

const QString Agreement_ = QStringLiteral("convenant-rbl-midden-gelre");
const QString Quarter = QStringLiteral("2026Q3");
const QDateTime Now(QDate(2026, 10, 15), QTime(10, 0), Qt::UTC);

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

[[noreturn]] void fail(const QString& what)
{
    QTextStream(stderr) << "bench_package: " << what << "\n";
    std::exit(1);
}

template<typename T>
T need(Result<T> result, const char* what)
{
    if (!result)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.message()));
    return result.takeValue();
}

/// n synthetic records with Dutch field lengths: mostly langdurig, some absoluut, a few
/// vrijstelling 5 onder a (as real lists are).
QList<CaseRecord> makeRecords(int n)
{
    const QStringList firsts {
        QStringLiteral("Anaïs"),        QStringLiteral("Daan"),          QStringLiteral("Zoë"),
        QStringLiteral("Mohammed"),     QStringLiteral("Sanne Johanna"), QStringLiteral("Joël"),
        QStringLiteral("Fatima Zahra"), QStringLiteral("Lucas"),         QStringLiteral("Emma Maria"),
        QStringLiteral("Noah"),         QStringLiteral("Yusuf"),         QStringLiteral("Julia"),
        QStringLiteral("Sem"),          QStringLiteral("Eline Sophie"),  QStringLiteral("Mila"),
        QStringLiteral("Thijs Willem"), QStringLiteral("Aylin"),         QStringLiteral("Ryan"),
        QStringLiteral("Lotte"),        QStringLiteral("Bram Hendrik"),  QStringLiteral("Nour"),
        QStringLiteral("Jesse"),        QStringLiteral("Ilse"),          QStringLiteral("Kevin"),
        QStringLiteral("Sophie Anna"),  QStringLiteral("Mats"),          QStringLiteral("Esra"),
        QStringLiteral("Finn"),         QStringLiteral("Anouk"),         QStringLiteral("Jan-Willem")};
    const QStringList surnames {
        QStringLiteral("Berg"),     QStringLiteral("Özdemir"),   QStringLiteral("Jansen-de Vries"),
        QStringLiteral("Çelik"),    QStringLiteral("Bakker"),    QStringLiteral("Vries"),
        QStringLiteral("Visser"),   QStringLiteral("Smit"),      QStringLiteral("Meijer"),
        QStringLiteral("Mulder"),   QStringLiteral("Bos"),       QStringLiteral("Vos"),
        QStringLiteral("Peters"),   QStringLiteral("Hendriks"),  QStringLiteral("El Amrani"),
        QStringLiteral("Dekker"),   QStringLiteral("Brouwer"),   QStringLiteral("Wijk"),
        QStringLiteral("Kramer"),   QStringLiteral("Yılmaz"),    QStringLiteral("Boer"),
        QStringLiteral("Schouten"), QStringLiteral("Gerritsen"), QStringLiteral("Kaya"),
        QStringLiteral("Hoekstra"), QStringLiteral("Postma"),    QStringLiteral("Nguyen"),
        QStringLiteral("Kuipers"),  QStringLiteral("Verhoeven"), QStringLiteral("Bouzid")};
    const QStringList prefixes {QString(),
                                QString(),
                                QString(),
                                QString(),
                                QStringLiteral("van"),
                                QStringLiteral("de"),
                                QStringLiteral("van der"),
                                QStringLiteral("van den"),
                                QStringLiteral("ter"),
                                QString()};
    const QStringList streets {QStringLiteral("Dorpsstraat"),
                               QStringLiteral("Kerkstraat"),
                               QStringLiteral("Rijnkade"),
                               QStringLiteral("Velperweg"),
                               QStringLiteral("Burgemeester Weertsstraat"),
                               QStringLiteral("Steenstraat"),
                               QStringLiteral("Zutphensestraatweg"),
                               QStringLiteral("Hoofdstraat"),
                               QStringLiteral("Molenweg"),
                               QStringLiteral("Stationsplein"),
                               QStringLiteral("Graaf Ottoplein"),
                               QStringLiteral("Lindelaan")};
    const QStringList places {QStringLiteral("Arnhem"),    QStringLiteral("Doesburg"),    QStringLiteral("Zevenaar"),
                              QStringLiteral("Duiven"),    QStringLiteral("Westervoort"), QStringLiteral("Rheden"),
                              QStringLiteral("Rozendaal"), QStringLiteral("Lingewaard"),  QStringLiteral("Renkum"),
                              QStringLiteral("Overbetuwe")};
    const QStringList schools {QStringLiteral("Rijnpoort College"),
                               QStringLiteral("Lorentz Lyceum, locatie Noord"),
                               QStringLiteral("OBS De Regenboog"),
                               QStringLiteral("Montessori College Arnhem"),
                               QStringLiteral("Praktijkschool De Zonnewijzer"),
                               QStringLiteral("Candea College"),
                               QStringLiteral("Liemers College, locatie Heerenmäten"),
                               QStringLiteral("SBO De Klimboom"),
                               QStringLiteral("Stedelijk Gymnasium"),
                               QString()};
    const QStringList reasons {QStringLiteral("geen passende plek"),
                               QStringLiteral("wacht op zorgaanbod"),
                               QStringLiteral("psychische klachten, behandeling loopt"),
                               QStringLiteral("schoolwisseling zonder inschrijving"),
                               QStringLiteral("conflict met school; bemiddeling gestart"),
                               QStringLiteral("langdurig ziek"),
                               QStringLiteral("onbekend")};
    const QStringList involvement {QStringLiteral("leerplichtambtenaar en jeugdarts"), QStringLiteral("wijkteam"),
                                   QStringLiteral("consulent passend onderwijs, GGD"), QStringLiteral("geen"),
                                   QString()};
    const QStringList durations {QStringLiteral("1 jaar"), QStringLiteral("2027-07-31"),
                                 QStringLiteral("tot einde schooljaar"), QStringLiteral("5 jaar")};
    const QStringList bsns = testing::fictitiousBsns(100000);

    std::mt19937 random(20261015);
    const auto pick = [&](const QStringList& list) { return list.at(int(random() % unsigned(list.size()))); };
    const auto dayIn = [&](int fromYear, int years) {
        return QDate(fromYear, 1, 1).addDays(qint64(random() % unsigned(365 * years)));
    };
    QList<CaseRecord> records;
    records.reserve(n);
    for (int i = 0; i < n; ++i) {
        CaseRecord r;
        const unsigned c = random() % 100;
        r.category = c < 75 ? QStringLiteral("langdurig")
            : c < 95        ? QStringLiteral("absoluut")
                            : QStringLiteral("vrijstelling_5a");
        r.bsn = bsns.at(i % bsns.size());
        r.firstNames = pick(firsts);
        r.prefix = pick(prefixes);
        r.surname = pick(surnames);
        r.street = pick(streets);
        r.houseNumber = QString::number(1 + random() % 240) + (random() % 8 == 0 ? QStringLiteral("a") : QString());
        r.postcode = QStringLiteral("%1 %2%3")
                         .arg(6800 + random() % 200)
                         .arg(QChar(u'A' + char16_t(random() % 26)))
                         .arg(QChar(u'A' + char16_t(random() % 26)));
        r.place = pick(places);
        r.birthDate = dayIn(2008, 12);
        r.lastSchool = pick(schools);
        r.absenceStart = dayIn(2025, 2);
        r.absenceReason = pick(reasons);
        r.involvement = pick(involvement);
        if (r.category == u"vrijstelling_5a") {
            r.exemptionDate = dayIn(2024, 2);
            r.exemptionDuration = pick(durations);
        }
        records.append(std::move(r));
    }
    return records;
}

/// A store with the benchmark organisation; the key derivation is not timed.
std::unique_ptr<Store> newStore(const QString& path, Role role, const QString& name)
{
    OrganisationInfo org;
    org.name = name;
    org.role = role;
    org.agreementId = Agreement_;
    return need(StoreSetup::createStore(path, SecretBytes::fromUtf8(QStringLiteral("benchmark passphrase 4471")), org),
                "store");
}

Partner pin(Store& at, Store& partner)
{
    const IdentityCard card = need(Identity::load(partner), "identity").card(partner.organisation());
    return need(
        PartnerTrust(at).add(card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone}),
        "pin partner");
}

bool runTool(const QString& program, const QStringList& arguments, QByteArray* output = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    p.closeWriteChannel();
    const bool ok = p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = p.readAllStandardOutput();
    if (!ok)
        QTextStream(stderr) << program << ": " << p.readAllStandardError() << "\n";
    return ok;
}

struct CreateRun
{
    double total = 0, json = 0, hashes = 0, zip = 0, seal = 0, write = 0, check = 0;
    qint64 recordsJsonSize = 0, innerSize = 0, packageSize = 0, rssBeforeKiB = 0, peakKiB = 0;
    QByteArray inner; // package.zip, for the reference
    QString trustedComment;
};

struct OpenRun
{
    double total = 0, read = 0, unseal = 0, parse = 0;
    qint64 records = 0, rssBeforeKiB = 0, peakKiB = 0;
};

/// Everything PackageWriter::writeQuarterly does except reading the store and the ledger.
CreateRun createPackage(const QList<CaseRecord>& records, const QMap<QString, QStringList>& fields,
                        const QByteArray& decisionsJson, const Identity& sender, const QString& senderOrganisation,
                        const Partner& recipient, const QString& path)
{
    CreateRun run;
    run.rssBeforeKiB = procStatusKiB("VmRSS");
    resetPeakMemory();
    QElapsedTimer total, t;
    total.start();
    t.start();
    QMap<QString, qint64> counts = PackageRecords::countsPerCategory(records);
    PackageManifest m;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.senderFingerprint = sender.fingerprint();
    m.recipientFingerprint = recipient.fingerprint;
    m.senderOrganisation = senderOrganisation;
    m.recipientOrganisation = recipient.organisation;
    m.agreementId = Agreement_;
    m.kind = PackageKind::Quarterly;
    m.quarter = Quarter;
    m.createdAt = Now;
    m.sequence = 1;
    m.fields = fields;
    const QByteArray recordsJson = PackageRecords::toJson(records, fields);
    run.json = seconds(t);
    t.restart();
    m.files = {PackageFile {QStringLiteral("records.json"), recordsJson.size(), Sha256::hash(recordsJson)},
               PackageFile {QStringLiteral("decisions.json"), decisionsJson.size(), Sha256::hash(decisionsJson)}};
    run.hashes = seconds(t);
    t.restart();
    const QByteArray inner = need(ZipBytes::write({{PackageSeal::ManifestName, m.toJson()},
                                                   {QStringLiteral("records.json"), recordsJson},
                                                   {QStringLiteral("decisions.json"), decisionsJson}},
                                                  true),
                                  "inner zip");
    run.zip = seconds(t);
    t.restart();
    const QByteArray sealed = need(
        PackageSeal::seal(inner, m.trustedComment(), sender, {recipient.encryptionKey, sender.encryptionPublicKey()}),
        "seal");
    const QByteArray packageSha256 = Sha256::hash(sealed);
    run.seal = seconds(t);
    t.restart();
    {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(sealed) != sealed.size() || !out.commit())
            fail(QStringLiteral("writing the package failed"));
    }
    run.write = seconds(t);
    t.restart();
    {
        QFile back(path);
        if (!back.open(QIODevice::ReadOnly))
            fail(QStringLiteral("reading the package back failed"));
        const QByteArray written = back.readAll();
        if (Sha256::hash(written) != packageSha256)
            fail(QStringLiteral("the package read back differs"));
        const PackageEnvelope envelope = need(PackageSeal::envelope(written), "envelope");
        const PackageContents reopened
            = need(PackageSeal::open(envelope, sender.minisignKey(), sender.encryptionSecretKey()), "reopen");
        if (!(reopened.manifest == m))
            fail(QStringLiteral("the manifest read back differs"));
    }
    run.check = seconds(t);
    run.total = seconds(total);
    run.peakKiB = procStatusKiB("VmHWM");
    run.recordsJsonSize = recordsJson.size();
    run.innerSize = inner.size();
    run.packageSize = sealed.size();
    run.inner = inner;
    run.trustedComment = m.trustedComment();
    return run;
}

/// Everything PackageReader::open does except the ledger and storing.
OpenRun openPackage(const QString& path, const Identity& us, const Partner& sender, const Agreement& agreement)
{
    OpenRun run;
    run.rssBeforeKiB = procStatusKiB("VmRSS");
    resetPeakMemory();
    QElapsedTimer total, t;
    total.start();
    t.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read the package"));
    const QByteArray bytes = file.readAll();
    file.close();
    const PackageEnvelope envelope = need(PackageSeal::envelope(bytes), "envelope");
    if (Minisign::keyIdFor(sender.signingKey) != envelope.signature.keyId)
        fail(QStringLiteral("signed by another key"));
    const QByteArray fileHash = Sha256::hash(bytes);
    run.read = seconds(t);
    t.restart();
    const MinisignPublicKey senderKey {Minisign::keyIdFor(sender.signingKey), sender.signingKey};
    const PackageContents contents = need(PackageSeal::open(envelope, senderKey, us.encryptionSecretKey()), "open");
    run.unseal = seconds(t);
    t.restart();
    const ZipEntry* recordsFile = ZipBytes::find(contents.files, QStringLiteral("records.json"));
    if (!recordsFile)
        fail(QStringLiteral("no records.json"));
    const QList<CaseRecord> records
        = need(PackageRecords::fromJson(recordsFile->data, agreement, contents.manifest.fields), "records");
    const QMap<QString, qint64> counts = PackageRecords::countsPerCategory(records);
    run.parse = seconds(t);
    run.total = seconds(total);
    run.peakKiB = procStatusKiB("VmHWM");
    run.records = records.size();
    Q_UNUSED(fileHash);
    Q_UNUSED(counts);
    return run;
}

struct ToolKeys
{
    QString minisignPublic, minisignSecret, recipientIdentity, recipient, sender;
};

ToolKeys toolKeys(const QTemporaryDir& dir, const QString& minisign, const QString& ageKeygen)
{
    ToolKeys k;
    k.minisignPublic = dir.filePath(QStringLiteral("tools-minisign.pub"));
    k.minisignSecret = dir.filePath(QStringLiteral("tools-minisign.key"));
    if (!runTool(minisign,
                 {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), k.minisignPublic,
                  QStringLiteral("-s"), k.minisignSecret}))
        fail(QStringLiteral("minisign -G failed"));
    const auto ageKey = [&](const QString& name) {
        const QString file = dir.filePath(name);
        if (!runTool(ageKeygen, {QStringLiteral("-o"), file}))
            fail(QStringLiteral("age-keygen failed"));
        QByteArray publicKey;
        if (!runTool(ageKeygen, {QStringLiteral("-y"), file}, &publicKey))
            fail(QStringLiteral("age-keygen -y failed"));
        return QString::fromLatin1(publicKey.trimmed());
    };
    k.recipientIdentity = dir.filePath(QStringLiteral("tools-recipient.txt"));
    k.recipient = ageKey(QStringLiteral("tools-recipient.txt"));
    k.sender = ageKey(QStringLiteral("tools-sender.txt"));
    return k;
}

using Step = std::pair<QString, QStringList>;

/// Runs the steps one after the other; returns seconds.
double timeSteps(const QList<Step>& steps, const char* what)
{
    QElapsedTimer t;
    t.start();
    for (const Step& step : steps) {
        if (!runTool(step.first, step.second))
            fail(QStringLiteral("the reference tools failed to %1").arg(QLatin1String(what)));
    }
    return seconds(t);
}

/// minisign -S, age to two recipients, minisign -S on the result: the reference for creating.
QList<Step> signEncryptSign(const QString& minisign, const QString& age, const ToolKeys& k, const QString& inner,
                            const QString& payload, const QString& comment)
{
    const QStringList sign {QStringLiteral("-S"), QStringLiteral("-H"), QStringLiteral("-s"),
                            k.minisignSecret,     QStringLiteral("-t"), comment,
                            QStringLiteral("-m")};
    return {{minisign, sign + QStringList {inner}},
            {age,
             {QStringLiteral("-r"), k.recipient, QStringLiteral("-r"), k.sender, QStringLiteral("-o"), payload, inner}},
            {minisign, sign + QStringList {payload}}};
}

/// minisign -V, age -d, minisign -V on the result: the reference for opening.
QList<Step> verifyDecryptVerify(const QString& minisign, const QString& age, const ToolKeys& k, const QString& payload,
                                const QString& opened, const QString& innerSignature)
{
    QFile::remove(opened);
    const QStringList verify {QStringLiteral("-V"), QStringLiteral("-H"), QStringLiteral("-q"),
                              QStringLiteral("-p"), k.minisignPublic,     QStringLiteral("-m")};
    return {
        {minisign, verify + QStringList {payload}},
        {age, {QStringLiteral("-d"), QStringLiteral("-i"), k.recipientIdentity, QStringLiteral("-o"), opened, payload}},
        {minisign, verify + QStringList {opened, QStringLiteral("-x"), innerSignature}}};
}

/// Raw deflate of data at a level (as in a zip entry): compressed size, seconds.
std::pair<qint64, double> deflateAt(const QByteArray& data, int level)
{
    QElapsedTimer t;
    t.start();
    z_stream z {};
    deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    const qint64 size = qint64(z.total_out);
    deflateEnd(&z);
    return {size, seconds(t)};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    SqlCipherDriver::registerDriver();
    QTextStream out(stdout);
    const int n = app.arguments().value(1, QStringLiteral("1000000")).toInt();
    const int repeat
        = qMax(1, qEnvironmentVariableIntValue("BENCH_REPEAT") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEAT") : 3);
    const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
    const QString ageKeygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
    const QString zip = QStandardPaths::findExecutable(QStringLiteral("zip"));
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (n < 1 || minisign.isEmpty() || age.isEmpty() || ageKeygen.isEmpty() || zip.isEmpty() || unzip.isEmpty()
        || sha256sum.isEmpty()) {
        out << "usage: bench_package [records] [--format-only]; needs minisign, age, age-keygen, zip, unzip and "
               "sha256sum on PATH\n";
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("no temporary directory"));

    // Two stores that pinned each other, a standing decision at the sender, the list (not timed).
    QElapsedTimer setup;
    setup.start();
    auto rbl = newStore(dir.filePath(QStringLiteral("rbl.inbeeld")), Role::Rbl, QStringLiteral("RBL Oost"));
    auto swv = newStore(dir.filePath(QStringLiteral("swv.inbeeld")), Role::Swv, QStringLiteral("SWV Zuid"));
    const Partner swvAtRbl = pin(*rbl, *swv);
    const Partner rblAtSwv = pin(*swv, *rbl);
    const Agreement agreement = need(AgreementCatalog::builtIn(Agreement_), "agreement");
    need(DecisionStore(*rbl).recordStanding(agreement, Role::Rbl, Now), "standing decision");
    const Identity rblIdentity = need(Identity::load(*rbl), "identity");
    const Identity swvIdentity = need(Identity::load(*swv), "identity");

    const QList<CaseRecord> records = makeRecords(n);
    const QMap<QString, qint64> counts = PackageRecords::countsPerCategory(records);
    QMap<QString, QStringList> fields;
    QJsonArray decisions;
    QList<qint64> decisionIds;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QStringList ids;
        for (const AgreementField& f : agreement.fieldsFor(it.key()))
            ids.append(f.id);
        fields.insert(it.key(), ids);
        const ShareDecision decision = need(ShareGuard::requireQuarterly(*rbl, Agreement_, it.key(), ids), "decision");
        if (!decisionIds.contains(decision.id)) {
            decisionIds.append(decision.id);
            QJsonObject d = decision.bodyJson();
            d.insert(QStringLiteral("id"), decision.id);
            d.insert(QStringLiteral("kind"), ShareDecision::kindCode(decision.kind));
            decisions.append(d);
        }
    }
    const QByteArray decisionsJson = QJsonDocument(decisions).toJson(QJsonDocument::Compact);
    out << "bench_package: " << n << " records (";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << it.key() << ' ' << it.value() << (std::next(it) == counts.cend() ? "" : ", ");
    out << "), set up in " << fixed(seconds(setup), 1) << " s; fastest of " << repeat << " runs\n";
    out.flush();

    // Ours and the reference, alternating, fastest run of each.
    const ToolKeys keys = toolKeys(dir, minisign, ageKeygen);
    const QString packagePath = dir.filePath(QStringLiteral("ours.inbeeld"));
    std::optional<CreateRun> create;
    std::optional<OpenRun> open;
    double refCreate = 1e300, refOpen = 1e300, refCreateZip = 1e300, refOpenZip = 1e300;
    for (int round = 0; round < repeat; ++round) {
        CreateRun c = createPackage(records, fields, decisionsJson, rblIdentity, rbl->organisation().name, swvAtRbl,
                                    packagePath);
        if (round == 0) {
            // The same payload for the tools, and its files for the comparison with zip.
            QFile f(dir.filePath(QStringLiteral("package.zip")));
            if (!f.open(QIODevice::WriteOnly) || f.write(c.inner) != c.inner.size())
                fail(QStringLiteral("cannot write package.zip"));
            QDir(dir.path()).mkdir(QStringLiteral("files"));
            for (const ZipEntry& e : need(ZipBytes::read(c.inner), "package.zip")) {
                QFile entry(dir.filePath(QStringLiteral("files/") + e.name));
                if (!entry.open(QIODevice::WriteOnly) || entry.write(e.data) != e.data.size())
                    fail(QStringLiteral("cannot write %1").arg(e.name));
            }
        }
        const OpenRun o = openPackage(packagePath, swvIdentity, rblAtSwv, agreement);
        if (o.records != n)
            fail(QStringLiteral("the package opened with %1 records").arg(o.records));
        if (!create || c.total < create->total)
            create = c;
        if (!open || o.total < open->total)
            open = o;
        const QString inner = dir.filePath(QStringLiteral("package.zip"));
        refCreate
            = std::min(refCreate,
                       timeSteps(signEncryptSign(minisign, age, keys, inner,
                                                 dir.filePath(QStringLiteral("payload.age")), create->trustedComment),
                                 "create"));
        refOpen
            = std::min(refOpen,
                       timeSteps(verifyDecryptVerify(minisign, age, keys, dir.filePath(QStringLiteral("payload.age")),
                                                     dir.filePath(QStringLiteral("opened.zip")),
                                                     inner + QStringLiteral(".minisig")),
                                 "open"));
        // For comparison only: the tools doing the container work too (zip at our level and
        // sha256sum of the listed files; unzip and sha256sum when opening). No tool does the JSON.
        const QString files = dir.filePath(QStringLiteral("files"));
        const QString zipped = dir.filePath(QStringLiteral("tools.zip"));
        const QString unzipped = dir.filePath(QStringLiteral("unzipped"));
        QFile::remove(zipped);
        QList<Step> create2 {
            {sha256sum, {files + QStringLiteral("/records.json"), files + QStringLiteral("/decisions.json")}},
            {zip,
             {QStringLiteral("-q"), QStringLiteral("-X"), QStringLiteral("-D"), QStringLiteral("-j"),
              QStringLiteral("-%1").arg(ZipBytes::CompressionLevel), zipped, files + QStringLiteral("/manifest.json"),
              files + QStringLiteral("/records.json"), files + QStringLiteral("/decisions.json")}}};
        create2 += signEncryptSign(minisign, age, keys, zipped, dir.filePath(QStringLiteral("tools.age")),
                                   create->trustedComment);
        refCreateZip = std::min(refCreateZip, timeSteps(create2, "create with zip"));
        QList<Step> open2 = verifyDecryptVerify(minisign, age, keys, dir.filePath(QStringLiteral("tools.age")),
                                                dir.filePath(QStringLiteral("tools-opened.zip")),
                                                zipped + QStringLiteral(".minisig"));
        open2 += {
            {unzip,
             {QStringLiteral("-q"), QStringLiteral("-o"), QStringLiteral("-d"), unzipped,
              dir.filePath(QStringLiteral("tools-opened.zip"))}},
            {sha256sum, {unzipped + QStringLiteral("/records.json"), unzipped + QStringLiteral("/decisions.json")}}};
        refOpenZip = std::min(refOpenZip, timeSteps(open2, "open with unzip"));
    }

    const CreateRun& c = *create;
    const OpenRun& o = *open;
    out << "\nsizes: records.json " << megabytes(c.recordsJsonSize) << ", package.zip (deflated) "
        << megabytes(c.innerSize) << ", package file " << megabytes(c.packageSize) << "\n";
    out << "\n                          ours      minisign+age   ratio   target\n";
    out << QStringLiteral("create (format+crypto)  %1 s   %2 s        %3    1.5\n")
               .arg(fixed(c.total), 6)
               .arg(fixed(refCreate), 6)
               .arg(fixed(c.total / refCreate), 5);
    out << QStringLiteral("open   (format+crypto)  %1 s   %2 s        %3    1.5\n")
               .arg(fixed(o.total), 6)
               .arg(fixed(refOpen), 6)
               .arg(fixed(o.total / refOpen), 5);
    out << QStringLiteral("for comparison, the tools doing the container work too (zip -%1 + sha256sum; unzip + "
                          "sha256sum; no JSON):\n")
               .arg(ZipBytes::CompressionLevel);
    out << QStringLiteral("create                  %1 s   %2 s        %3\n")
               .arg(fixed(c.total), 6)
               .arg(fixed(refCreateZip), 6)
               .arg(fixed(c.total / refCreateZip), 5);
    out << QStringLiteral("open                    %1 s   %2 s        %3\n")
               .arg(fixed(o.total), 6)
               .arg(fixed(refOpenZip), 6)
               .arg(fixed(o.total / refOpenZip), 5);
    out << "\nours, create: records.json " << fixed(c.json) << " s, SHA-256 " << fixed(c.hashes) << " s, inner zip "
        << fixed(c.zip) << " s, sign+age+sign+zip " << fixed(c.seal) << " s, write " << fixed(c.write)
        << " s, read back + reopen " << fixed(c.check) << " s; peak memory " << c.peakKiB / 1024 << " MiB (RSS before "
        << c.rssBeforeKiB / 1024 << " MiB)\n";
    out << "ours, open:   read + envelope " << fixed(o.read) << " s, verify+decrypt+verify+unzip+hashes "
        << fixed(o.unseal) << " s, records.json parsed " << fixed(o.parse) << " s; peak memory " << o.peakKiB / 1024
        << " MiB (RSS before " << o.rssBeforeKiB / 1024 << " MiB)\n";
    out.flush();

    if (app.arguments().contains(QStringLiteral("--format-only")))
        return 0;

    // What other compression levels would give for records.json (raw deflate, as in the zip).
    {
        const QByteArray recordsJson = PackageRecords::toJson(records, fields);
        out << "\nrecords.json deflated:";
        for (const int level : {1, 2, 3, 4, 5, 6, 9}) {
            const auto [size, time] = deflateAt(recordsJson, level);
            out << "  level " << level << ": " << megabytes(size) << " in " << fixed(time) << " s;";
        }
        out << "\n";
        out.flush();
    }

    // The whole thing with the stores: our list as a snapshot (not timed), then the writer and the
    // reader as the application runs them.
    {
        QSqlDatabase db = rbl->database();
        db.transaction();
        SnapshotInfo snapshot;
        snapshot.side = SnapshotSide::Ours;
        snapshot.origin = QStringLiteral("import");
        snapshot.sourceName = QStringLiteral("RBL Oost");
        snapshot.peildatum = QDate(2026, 9, 30);
        snapshot.fileName = QStringLiteral("lijst.csv");
        snapshot.fileHash = QByteArray(32, '\0');
        snapshot.importedAt = Now;
        snapshot.importedBy = QStringLiteral("bench");
        snapshot.rowsRead = snapshot.accepted = n;
        SnapshotWriter writer(db);
        snapshot.id = need(writer.begin(snapshot, ColumnMapping()), "snapshot");
        qint64 line = 0;
        for (CaseRecord r : records) {
            r.line = ++line;
            if (auto added = writer.addRecord(std::move(r)); !added)
                fail(added.message());
        }
        if (auto finished = writer.finish(snapshot); !finished)
            fail(finished.message());
        if (!db.commit())
            fail(QStringLiteral("commit failed"));
    }
    const QString storePackage = dir.filePath(QStringLiteral("store.inbeeld"));
    const qint64 rssBefore = procStatusKiB("VmRSS");
    resetPeakMemory();
    QElapsedTimer t;
    t.start();
    const PackageSummary written = need(PackageWriter(*rbl).writeQuarterly(swvAtRbl, Quarter, storePackage, Now),
                                        "PackageWriter::writeQuarterly");
    const double writeTime = seconds(t);
    const qint64 writePeak = procStatusKiB("VmHWM");
    resetPeakMemory();
    t.restart();
    const OpenedPackage opened = need(PackageReader(*swv).open(storePackage, Now), "PackageReader::open");
    const double openTime = seconds(t);
    const qint64 openPeak = procStatusKiB("VmHWM");
    if (opened.records != n)
        fail(QStringLiteral("the store package opened with %1 records").arg(opened.records));
    out << "\nwith the stores (one run each; RSS before " << rssBefore / 1024
        << " MiB, the records in memory included):\n";
    out << QStringLiteral("PackageWriter::writeQuarterly  %1 s  (store leg beyond the format: %2 s)  peak %3 MiB\n")
               .arg(fixed(writeTime), 6)
               .arg(fixed(writeTime - c.total), 6)
               .arg(writePeak / 1024);
    out << QStringLiteral("PackageReader::open            %1 s  (store leg beyond the format: %2 s)  peak %3 MiB\n")
               .arg(fixed(openTime), 6)
               .arg(fixed(openTime - o.total), 6)
               .arg(openPeak / 1024);
    Q_UNUSED(written);
    return 0;
}
