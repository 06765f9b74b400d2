// Writes the seed corpora of the fuzz targets (docs/fuzzing.md): real files of each kind, made by
// the program's own classes (two throw-away stores that exchange a quarterly package; the demo
// lists), plus a few edge cases by hand. Usage: fuzz_make_corpus OUTDIR; writes OUTDIR/<target>/.
// Synthetic data only (the demo lists' fictitious children, BSNs in the 9999xxxxx range).

#include "core/demo/DemoLists.h"
#include "core/domain/Agreement.h"
#include "core/exchange/AgeEncryption.h"
#include "core/exchange/AgeKeys.h"
#include "core/exchange/Identity.h"
#include "core/exchange/Minisign.h"
#include "core/exchange/PackageSeal.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/exchange/ZipBytes.h"
#include "core/importing/CsvReader.h"
#include "core/importing/Importer.h"
#include "core/setup/StoreSetup.h"
#include "core/sharing/Checklist.h"
#include "core/sharing/DecisionStore.h"
#include "core/storage/Store.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>
#include <sodium.h>

using namespace inbeeld;

namespace {

QString g_out;
const QDateTime Now(QDate(2026, 10, 15), QTime(10, 0), Qt::UTC);
const QString Pass = QStringLiteral("fuzz corpus wachtwoord 8812");
const QString UntrustedComment = QStringLiteral("signature from InBeeld package");

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "fuzz_make_corpus: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T need(Result<T> r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.message());
    return r.takeValue();
}

void need(const Result<void>& r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.message());
}

void seed(const char* target, const QString& name, const QByteArray& data)
{
    const QString dir = g_out + u'/' + QLatin1String(target);
    QDir().mkpath(dir);
    QFile f(dir + u'/' + name);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        die(QStringLiteral("cannot write ") + f.fileName());
}

QByteArray sign(const QByteArray& data, const SecretBytes& secretKey, const QByteArray& keyId, const QString& comment)
{
    QBuffer in;
    in.setData(data);
    in.open(QIODevice::ReadOnly);
    return need(Minisign::sign(in, secretKey, keyId, comment, UntrustedComment), "sign");
}

QByteArray encrypt(const QByteArray& data, const QByteArray& recipient)
{
    QBuffer in;
    in.setData(data);
    in.open(QIODevice::ReadOnly);
    QByteArray encrypted;
    QBuffer out(&encrypted);
    out.open(QIODevice::WriteOnly);
    need(AgeEncryption::encrypt(in, out, {recipient}), "encrypt");
    return encrypted;
}

// ---- tables ---------------------------------------------------------------------------------

QByteArray xlsxCell(const QString& ref, const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, escaped).toUtf8();
}

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QList<ZipEntry> workbookParts(const QByteArray& sheetData, const QByteArray& sharedStrings, const QByteArray& styles)
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QList<ZipEntry> parts;
    parts << ZipEntry {QStringLiteral("[Content_Types].xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
                       "Extension=\"xml\" ContentType=\"application/xml\"/></Types>"};
    parts << ZipEntry {QStringLiteral("_rels/.rels"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                       "Id=\"rId1\" Type=\""
                           + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"};
    parts << ZipEntry {QStringLiteral("xl/workbook.xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + ns + " xmlns:r=\"" + rel
                           + "\"><workbookPr/><sheets><sheet name=\"Leerlingen\" sheetId=\"1\" "
                             "r:id=\"rId1\"/></sheets></workbook>"};
    QByteArray rels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          "Type=\""
        + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!styles.isEmpty())
        rels += "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"/xl/styles.xml\"/>";
    parts << ZipEntry {QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>"};
    parts << ZipEntry {QStringLiteral("xl/worksheets/sheet1.xml"),
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + ns + "><sheetData>" + sheetData
                           + "</sheetData></worksheet>"};
    if (!sharedStrings.isEmpty())
        parts << ZipEntry {QStringLiteral("xl/sharedStrings.xml"), "<sst " + ns + ">" + sharedStrings + "</sst>"};
    if (!styles.isEmpty())
        parts << ZipEntry {QStringLiteral("xl/styles.xml"), "<styleSheet " + ns + ">" + styles + "</styleSheet>"};
    return parts;
}

void tableSeeds()
{
    const QDate peildatum(2026, 9, 30);
    const QByteArray ours = DemoLists::ourList(peildatum);
    const QByteArray theirs = DemoLists::theirList(peildatum);
    seed("csv", QStringLiteral("demo-ours.csv"), ours);
    seed("csv", QStringLiteral("demo-theirs.csv"), theirs);
    seed("csv", QStringLiteral("utf8-bom-comma.csv"),
         "\xEF\xBB\xBF"
         "BSN,Voornaam,Achternaam,Geboortedatum\r\n999990019,\"Jan, Willem\",\"de \"\"Boer\"\"\",3-9-2012\r\n");
    seed("csv", QStringLiteral("tab-cr.csv"), "BSN\tVoornaam\tAchternaam\r999990020\tAnaïs\tÖzdemir\r");
    seed("csv", QStringLiteral("quoted-newline.csv"),
         "Peildatum: 30-9-2026\n\nBSN;Naam;Opmerking;School\n999990019;Jan;\"twee\nregels\";X\n;;;\n");
    QByteArray utf16("\xFF\xFE", 2);
    const QString text = QStringLiteral("BSN;Voornaam;Achternaam\r\n999990019;Jan;Jansen\r\n");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    seed("csv", QStringLiteral("utf16le.csv"), utf16);
    seed("csv", QStringLiteral("unclosed-quote.csv"), "BSN;Naam;School\n999990019;\"Jan;X\n");

    // The first rows of the demo list as a workbook with inline strings, deflated and stored.
    QBuffer buffer;
    buffer.setData(ours);
    CsvReader reader(&buffer);
    need(reader.open(), "read demo list");
    QList<TableRow> rows {reader.headerRow()};
    while (rows.size() < 25) {
        auto row = reader.nextRow();
        if (!row)
            break;
        rows << *row;
    }
    QByteArray sheet;
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 3) + "\">";
        for (int c = 0; c < rows[r].cells.size(); ++c)
            sheet += xlsxCell(columnName(c) + QString::number(r + 3), rows[r].cells[c]);
        sheet += "</row>";
    }
    seed("xlsx", QStringLiteral("demo-inline.xlsx"), need(ZipBytes::write(workbookParts(sheet, {}, {}), true), "zip"));
    seed("xlsx", QStringLiteral("demo-inline-stored.xlsx"),
         need(ZipBytes::write(workbookParts(sheet.left(4000), {}, {}), false), "zip"));

    // Shared strings, rich text, numbers with date and time styles, booleans, errors, a gap.
    const QByteArray shared = "<si><t>BSN</t></si><si><t>Voornaam</t></si><si><t>Geboortedatum</t></si>"
                              "<si><r><rPr><b/></rPr><t>Jan</t></r><r><t xml:space=\"preserve\"> Willem</t></r></si>"
                              "<si><t>Tijd</t></si>";
    const QByteArray styles = "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"d-m-yyyy;@\"/>"
                              "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/></numFmts>"
                              "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                              "<xf numFmtId=\"165\"/></cellXfs>";
    const QByteArray typed = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                             "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>4</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\"><v>999990019</v></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
                             "<c r=\"C2\" s=\"1\"><v>41155</v></c><c r=\"D2\" s=\"3\"><v>0.5</v></c></row>"
                             "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>A2</f><v>999990019</v></c><c r=\"B4\" t=\"b\">"
                             "<v>1</v></c><c r=\"C4\" s=\"2\"><v>41155.25</v></c><c r=\"D4\" t=\"e\"><v>#N/A</v></c>"
                             "</row><row><c t=\"inlineStr\"><is><t>zonder ref</t></is></c><c><v>1.5E+3</v></c></row>";
    seed("xlsx", QStringLiteral("typed.xlsx"),
         need(ZipBytes::write(workbookParts(typed, shared, styles), true), "zip"));
    seed("xlsx", QStringLiteral("typed-stored.xlsx"),
         need(ZipBytes::write(workbookParts(typed, shared, styles), false), "zip"));
    QList<ZipEntry> dtd
        = workbookParts("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>", {}, {});
    dtd[4].data.replace("<worksheet", "<!DOCTYPE worksheet [<!ENTITY e \"ee\">]><worksheet");
    seed("xlsx", QStringLiteral("dtd.xlsx"), need(ZipBytes::write(dtd, true), "zip"));
}

// ---- exchange --------------------------------------------------------------------------------

OrganisationInfo organisation(Role role, const QString& name)
{
    OrganisationInfo org;
    org.name = name;
    org.role = role;
    org.agreementId = QStringLiteral("convenant-rbl-midden-gelre");
    return org;
}

Partner pin(Store& at, Store& partner)
{
    const IdentityCard card = need(Identity::load(partner), "identity").card(partner.organisation());
    return need(
        PartnerTrust(at).add(card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone}),
        "pin partner");
}

// The inner layers of a real package, sealed again to the fuzz targets' fixed keys so that the
// envelope target gets past both signatures and the decryption on its seeds.
void fixedKeySeeds(const PackageContents& contents)
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    const QByteArray seedBytes = fuzz::fixedSigningSeed();
    crypto_sign_seed_keypair(pk, reinterpret_cast<unsigned char*>(sk.data()),
                             reinterpret_cast<const unsigned char*>(seedBytes.constData()));
    const SecretBytes secret = SecretBytes::fromByteArray(sk);
    const QByteArray keyId = Minisign::keyIdFor(QByteArray(reinterpret_cast<const char*>(pk), sizeof pk));
    QByteArray ageSecret = fuzz::fixedAgeSecretKey();
    const QByteArray agePublic = AgeKeys::publicKeyOf(SecretBytes::fromByteArray(ageSecret));

    QList<ZipEntry> files {{PackageSeal::ManifestName, contents.manifest.toJson()}};
    files += contents.files;
    const QByteArray innerZip = need(ZipBytes::write(files, true), "inner zip");
    const QString comment = contents.manifest.trustedComment();
    const QByteArray sealed
        = need(ZipBytes::write({{QStringLiteral("package.zip"), innerZip},
                                {QStringLiteral("package.zip.minisig"), sign(innerZip, secret, keyId, comment)}},
                               false),
               "sealed zip");
    const QByteArray payload = encrypt(sealed, agePublic);
    const QByteArray signature = sign(payload, secret, keyId, comment);
    const QByteArray package = need(
        ZipBytes::write({{QStringLiteral("payload.age"), payload}, {QStringLiteral("payload.age.minisig"), signature}},
                        false),
        "package zip");
    seed("package_envelope", QStringLiteral("fixed-key.inbeeld"), package);
    seed("age_decrypt", QStringLiteral("fixed-key-payload.age"), payload);
    seed("age_decrypt", QStringLiteral("fixed-key-small.age"), encrypt("hallo", agePublic));
    seed("age_decrypt", QStringLiteral("fixed-key-empty.age"), encrypt({}, agePublic));
    seed("age_decrypt", QStringLiteral("fixed-key-two-chunks.age"),
         encrypt(QByteArray(int(AgeEncryption::ChunkSize) + 100, 'x'), agePublic));
    seed("minisign", QStringLiteral("fixed-key-signature.minisig"),
         sign("InBeeld fuzz: signed data\n", secret, keyId, QStringLiteral("fuzz")));
}

void exchangeSeeds()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    auto rbl = need(StoreSetup::createStore(dir.filePath(QStringLiteral("rbl.inbeeld")), SecretBytes::fromUtf8(Pass),
                                            organisation(Role::Rbl, QStringLiteral("RBL Midden-Gelre"))),
                    "create RBL store");
    auto swv = need(StoreSetup::createStore(dir.filePath(QStringLiteral("swv.inbeeld")), SecretBytes::fromUtf8(Pass),
                                            organisation(Role::Swv, QStringLiteral("Samenwerkingsverband De Liemers"))),
                    "create SWV store");
    const Partner swvAtRbl = pin(*rbl, *swv);
    pin(*swv, *rbl);

    const QString list = dir.filePath(QStringLiteral("lijst.csv"));
    QFile listFile(list);
    if (!listFile.open(QIODevice::WriteOnly) || listFile.write(DemoLists::ourList(QDate(2026, 9, 30))) < 0)
        die(QStringLiteral("cannot write the demo list"));
    listFile.close();
    ImportOptions options;
    options.today = QDate(2026, 10, 15);
    options.peildatum = QDate(2026, 9, 30);
    need(Importer(*rbl).run(list, options), "import");
    const Agreement agreement
        = need(AgreementCatalog::builtIn(QStringLiteral("convenant-rbl-midden-gelre")), "agreement");
    need(DecisionStore(*rbl).recordStanding(agreement, Role::Rbl, Now), "standing decision");
    const QString packagePath = dir.filePath(QStringLiteral("pakket.inbeeld"));
    need(PackageWriter(*rbl).writeQuarterly(swvAtRbl, QStringLiteral("2026Q3"), packagePath, Now), "write package");

    QFile packageFile(packagePath);
    if (!packageFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read the package"));
    const QByteArray package = packageFile.readAll();
    seed("package_envelope", QStringLiteral("quarterly.inbeeld"), package);
    seed("package_envelope", QStringLiteral("truncated.inbeeld"), package.left(package.size() / 2));

    const PackageEnvelope envelope = need(PackageSeal::envelope(package), "envelope");
    seed("age_decrypt", QStringLiteral("quarterly-payload.age"), envelope.payload);
    seed("minisign", QStringLiteral("quarterly-payload.age.minisig"), envelope.signatureFile);

    const Identity rblIdentity = need(Identity::load(*rbl), "RBL identity");
    const Identity swvIdentity = need(Identity::load(*swv), "SWV identity");
    const PackageContents contents
        = need(PackageSeal::open(envelope, rblIdentity.minisignKey(), swvIdentity.encryptionSecretKey()), "open");
    seed("package_manifest", QStringLiteral("quarterly-manifest.json"), contents.manifest.toJson());
    for (const ZipEntry& file : contents.files) {
        if (file.name == QStringLiteral("records.json"))
            seed("package_records", QStringLiteral("quarterly-records.json"), file.data);
        else
            seed("package_manifest", QStringLiteral("quarterly-") + file.name, file.data);
    }
    seed("minisign", QStringLiteral("rbl.pub"), Minisign::publicKeyFile(rblIdentity.minisignKey()));
    seed("identity_card", QStringLiteral("rbl-card.json"), rblIdentity.card(rbl->organisation()).toJson());
    seed("identity_card", QStringLiteral("swv-card.json"), swvIdentity.card(swv->organisation()).toJson());
    const Identity rotated = need(Identity::rotate(*rbl), "rotate");
    seed("identity_card", QStringLiteral("rbl-card-rotated.json"), rotated.card(rbl->organisation()).toJson());
    fixedKeySeeds(contents);

    // The decision answers file of "inbeeld-cli decide", as the checklist proposes it and passed.
    CaseRecord child;
    child.category = QStringLiteral("langdurig");
    child.bsn = QStringLiteral("999990019");
    child.firstNames = QStringLiteral("Anaïs");
    child.surname = QStringLiteral("Özdemir");
    child.birthDate = QDate(2012, 9, 3);
    child.absenceReason = QStringLiteral("geen passende plek");
    const Checklist checklist(agreement, child, 1, QStringLiteral("swv-de-liemers"), Role::Rbl);
    ShareAnswers answers = checklist.proposal();
    answers.informed = true;
    answers.informedWho = QStringLiteral("parents");
    answers.purposeId = QStringLiteral("suitable_place");
    answers.subsidiarityReason = QStringLiteral("Anoniem bespreken is geprobeerd; zonder naam vindt niemand een plek.");
    seed("decision_answers", QStringLiteral("passing.json"), QJsonDocument(answers.toJson()).toJson());
    answers.ground = QStringLiteral("legitimate_interest");
    answers.interestLegitimate = QStringLiteral("a");
    answers.fields << QStringLiteral("naw") << QStringLiteral("last_school");
    answers.justifications.insert(QStringLiteral("naw"), QStringLiteral("om de juiste school te vinden"));
    answers.texts.insert(QStringLiteral("absence_reason"), QStringLiteral("zie gesprek"));
    answers.alternative = QStringLiteral("anonymous");
    seed("decision_answers", QStringLiteral("more.json"), QJsonDocument(answers.toJson()).toJson());
    seed("decision_answers", QStringLiteral("not-informed.json"),
         "{\"informed\": false, \"not_informed_reason\": \"\\u0000\", \"ground\": \"consent\"}");
}

void agreementSeeds()
{
    QFile profile(QStringLiteral(":/agreements/convenant-rbl-midden-gelre.json"));
    if (!profile.open(QIODevice::ReadOnly))
        die(QStringLiteral("the built-in agreement profile is missing"));
    seed("agreement", QStringLiteral("convenant-rbl-midden-gelre.json"), profile.readAll());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_corpus OUTDIR\n");
        return 2;
    }
    if (sodium_init() < 0)
        die(QStringLiteral("libsodium failed to start"));
    g_out = QString::fromLocal8Bit(argv[1]);
    tableSeeds();
    agreementSeeds();
    exchangeSeeds();
    return 0;
}
