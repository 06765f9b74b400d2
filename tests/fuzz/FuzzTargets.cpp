#include "tests/fuzz/FuzzTargets.h"

#include "core/domain/Agreement.h"
#include "core/domain/CaseRecord.h"
#include "core/exchange/AgeEncryption.h"
#include "core/exchange/IdentityCard.h"
#include "core/exchange/Minisign.h"
#include "core/exchange/PackageManifest.h"
#include "core/exchange/PackageRecords.h"
#include "core/exchange/PackageSeal.h"
#include "core/importing/CsvReader.h"
#include "core/importing/XlsxReader.h"
#include "core/sharing/Checklist.h"
#include "core/sharing/ShareAnswers.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace inbeeld::fuzz {

namespace {

QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    // A deep copy: the parsers may keep slices of their input.
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

const Agreement& builtInAgreement()
{
    static const Agreement agreement = AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre")).value();
    return agreement;
}

// Reads every row, as the importer does, and touches each cell so that a bad QString shows.
int readTable(TableReader& reader)
{
    if (!reader.open())
        return 0;
    qsizetype total = reader.headerRow().cells.size();
    for (const TableRow& title : reader.titleRows())
        total += title.cells.size();
    TableRow row;
    while (reader.nextRow(row)) {
        for (const QString& cell : std::as_const(row.cells))
            total += cell.size();
    }
    (void)reader.hasError();
    (void)reader.progressPercent();
    return total >= 0 ? 0 : 1;
}

MinisignPublicKey fixedSenderKey()
{
    static const MinisignPublicKey key = [] {
        if (sodium_init() < 0)
            abort();
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        const QByteArray seed = fixedSigningSeed();
        crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char*>(seed.constData()));
        sodium_memzero(sk, sizeof sk);
        const QByteArray publicKey(reinterpret_cast<const char*>(pk), sizeof pk);
        return MinisignPublicKey {Minisign::keyIdFor(publicKey), publicKey};
    }();
    return key;
}

SecretBytes fixedAgeKey()
{
    QByteArray key = fixedAgeSecretKey();
    return SecretBytes::fromByteArray(key);
}

} // namespace

QByteArray fixedAgeSecretKey()
{
    QByteArray key(32, '\0');
    for (int i = 0; i < key.size(); ++i)
        key[i] = char(0x41 + i);
    return key;
}

QByteArray fixedSigningSeed()
{
    QByteArray seed(32, '\0');
    for (int i = 0; i < seed.size(); ++i)
        seed[i] = char(0x11 * (i % 15 + 1));
    return seed;
}

int csv(const std::uint8_t* data, std::size_t size)
{
    QBuffer buffer;
    buffer.setData(bytesOf(data, size));
    CsvReader reader(&buffer);
    return readTable(reader);
}

int xlsx(const std::uint8_t* data, std::size_t size)
{
    QBuffer buffer;
    buffer.setData(bytesOf(data, size));
    XlsxReader reader(&buffer);
    const int result = readTable(reader);
    (void)reader.sheetNames();
    return result;
}

int packageEnvelope(const std::uint8_t* data, std::size_t size)
{
    auto envelope = PackageSeal::envelope(bytesOf(data, size));
    if (!envelope)
        return 0;
    auto contents = PackageSeal::open(envelope.value(), fixedSenderKey(), fixedAgeKey());
    if (contents) {
        for (const ZipEntry& file : std::as_const(contents.value().files))
            (void)file.data.size();
    }
    return 0;
}

int ageDecrypt(const std::uint8_t* data, std::size_t size)
{
    QBuffer in;
    in.setData(bytesOf(data, size));
    in.open(QIODevice::ReadOnly);
    QByteArray plain;
    QBuffer out(&plain);
    out.open(QIODevice::WriteOnly);
    (void)AgeEncryption::decrypt(in, out, fixedAgeKey());
    return 0;
}

int minisign(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    (void)Minisign::parsePublicKey(input);
    auto signature = Minisign::parseSignature(input);
    if (signature) {
        QBuffer signedData;
        signedData.setData(QByteArrayLiteral("InBeeld fuzz: signed data\n"));
        signedData.open(QIODevice::ReadOnly);
        (void)Minisign::verify(signedData, input, fixedSenderKey());
    }
    return 0;
}

int packageManifest(const std::uint8_t* data, std::size_t size)
{
    auto manifest = PackageManifest::fromJson(bytesOf(data, size));
    if (manifest) {
        (void)manifest.value().validate();
        (void)manifest.value().trustedComment();
        (void)manifest.value().toJson();
    }
    return 0;
}

int packageRecords(const std::uint8_t* data, std::size_t size)
{
    static const QMap<QString, QStringList> manifestFields = [] {
        QMap<QString, QStringList> fields;
        for (const AgreementCategory& c : builtInAgreement().categories()) {
            for (const AgreementField& f : builtInAgreement().fieldsFor(c.code))
                fields[c.code] << f.id;
        }
        return fields;
    }();
    auto records = PackageRecords::fromJson(bytesOf(data, size), builtInAgreement(), manifestFields);
    if (records) {
        (void)PackageRecords::countsPerCategory(records.value());
        (void)PackageRecords::toJson(records.value(), manifestFields);
    }
    return 0;
}

int identityCard(const std::uint8_t* data, std::size_t size)
{
    auto card = IdentityCard::fromJson(bytesOf(data, size));
    if (card) {
        (void)card.value().fingerprint();
        (void)card.value().toJson();
    }
    return 0;
}

int agreement(const std::uint8_t* data, std::size_t size)
{
    auto agreement = Agreement::fromJson(bytesOf(data, size));
    if (agreement) {
        for (const AgreementCategory& c : agreement.value().categories()) {
            (void)agreement.value().fieldsFor(c.code);
            (void)agreement.value().minimumFields(c.code);
        }
        for (const AgreementParty& p : agreement.value().parties())
            (void)agreement.value().partyFor(p.name, p.role);
    }
    return 0;
}

// As "inbeeld-cli decide --answers FILE" reads the file, then judged by the checklist for a
// fixed child, as the command does after finding the child in the store.
int decisionAnswers(const std::uint8_t* data, std::size_t size)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytesOf(data, size), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    auto answers = ShareAnswers::fromJson(doc.object());
    if (!answers)
        return 0;
    static const CaseRecord child = [] {
        CaseRecord r;
        r.id = 1;
        r.category = QStringLiteral("langdurig");
        r.bsn = QStringLiteral("999990019");
        r.firstNames = QStringLiteral("Anaïs");
        r.surname = QStringLiteral("Özdemir");
        r.birthDate = QDate(2012, 9, 3);
        r.place = QStringLiteral("Arnhem");
        r.lastSchool = QStringLiteral("Rijnpoort College");
        r.absenceReason = QStringLiteral("geen passende plek");
        return r;
    }();
    const Checklist checklist(builtInAgreement(), child, 1, QStringLiteral("swv-de-liemers"), Role::Rbl);
    const QDateTime now(QDate(2026, 10, 15), QTime(10, 0), Qt::UTC);
    for (const ChecklistStep step : {ChecklistStep::Talk, ChecklistStep::Ground, ChecklistStep::Purpose,
                                     ChecklistStep::Fields, ChecklistStep::Subsidiarity})
        (void)checklist.warnings(step, answers.value(), now);
    (void)checklist.decide(answers.value(), QStringLiteral("fuzz"), now);
    return 0;
}

const QList<Target>& targets()
{
    static const QList<Target> all {
        {"csv", csv},
        {"xlsx", xlsx},
        {"package_envelope", packageEnvelope},
        {"age_decrypt", ageDecrypt},
        {"minisign", minisign},
        {"package_manifest", packageManifest},
        {"package_records", packageRecords},
        {"identity_card", identityCard},
        {"agreement", agreement},
        {"decision_answers", decisionAnswers},
    };
    return all;
}

const Target* target(const QString& name)
{
    for (const Target& t : targets()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

} // namespace inbeeld::fuzz
