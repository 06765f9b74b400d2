#include "core/importing/Importer.h"
#include "core/importing/MappingProfiles.h"
#include "core/storage/Snapshots.h"
#include "tests/core/ImportFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("zeven groene kikkers springen");
const QString Header = QStringLiteral("BSN;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Postcode;Woonplaats;"
                                      "School;Soort verzuim;Reden verzuim;Startdatum verzuim;Opmerking");

/// A langdurig row for the n-th fictitious child.
QString line(const QString& bsn, int n, const QString& category = QStringLiteral("Langdurig relatief verzuim"))
{
    return QStringLiteral("%1;Anaïs;van der;Berg%2;3-9-2012;6811 AB;Arnhem;Rijnpoort College;%3;geen passende plek;"
                          "1-6-2026;vraag ouders")
        .arg(bsn)
        .arg(n)
        .arg(category);
}

QStringList list(int rows)
{
    const QStringList bsns = fictitiousBsns(rows);
    QStringList lines {Header};
    for (int i = 0; i < rows; ++i)
        lines << line(bsns[i], i);
    return lines;
}

/// 27,000 rows: each of the 9,000 fictitious children in the three categories (the test range
/// has no more numbers than that), enough for an import to write pages before its commit.
QStringList everyChildInThreeCategories()
{
    const QStringList bsns = fictitiousBsns(9000);
    QStringList lines {Header};
    for (const QString& category : {QStringLiteral("LRV"), QStringLiteral("AV"), QStringLiteral("5a")}) {
        for (int i = 0; i < bsns.size(); ++i)
            lines << line(bsns[i], i, category);
    }
    return lines;
}

int count(Store& store, const QString& table)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList auditActions(Store& store)
{
    QStringList actions;
    const auto entries = store.audit().entries();
    for (const AuditEntry& e : entries.value())
        actions << e.action;
    return actions;
}

bool writeXlsx(const QString& path, const QList<QStringList>& rows)
{
    const auto esc
        = [](QString s) { return s.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")); };
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    for (int r = 0; r < rows.size(); ++r) {
        sheet += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (int c = 0; c < rows[r].size(); ++c) {
            const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(r + 1);
            bool number = false;
            rows[r][c].toLongLong(&number);
            if (number && rows[r][c].size() < 9)
                sheet += "<c r=\"" + ref + "\"><v>" + rows[r][c].toUtf8() + "</v></c>";
            else
                sheet += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + esc(rows[r][c]).toUtf8() + "</t></is></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    const QList<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
         "ContentType=\"application/xml\"/></Types>"},
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
         "Target=\"xl/workbook.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
         "name=\"Thuiszitters\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
    };
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

/// Importing a whole list: one transaction, all or nothing, with a report and an audit entry.
class TestImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString path(const QString& name) const { return m_dir->filePath(name); }

    ImportOptions options() const
    {
        ImportOptions o;
        o.today = QDate(2026, 10, 15);
        o.peildatum = QDate(2026, 9, 30);
        return o;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = createTestStore(path(QStringLiteral("org.inbeeld")), Pass);
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void importsAWindows1252ListInOneSnapshot()
    {
        QStringList lines = {QStringLiteral("Overzicht thuiszitters;;;"), QStringLiteral("Peildatum: 30-9-2026;;;"),
                             QStringLiteral(";;;")};
        lines += list(5);
        lines << line(failingBsn(7), 99);
        const QString file = path(QStringLiteral("lijst.csv"));
        QVERIFY(writeList(file, lines));

        Importer importer(*m_store);
        ImportOptions o = options();
        o.peildatum = QDate(); // from the title rows
        const auto report = importer.run(file, o);
        QVERIFY2(report, qPrintable(report.message()));
        const ImportReport& r = report.value();
        QVERIFY(r.stored());
        QCOMPARE(r.peildatum, QDate(2026, 9, 30));
        QCOMPARE(r.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(r.delimiter, QStringLiteral(";"));
        QCOMPARE(r.headerLine, 4);
        QCOMPARE(r.rowsRead, 6);
        QCOMPARE(r.accepted, 5);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.sourceName, testOrganisation().name);
        QCOMPARE(r.notImported.size(), 1);
        QCOMPARE(r.notImported.first().header, QStringLiteral("Opmerking"));

        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QCOMPARE(r.fileHash, QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256));

        const auto snapshot = Snapshots::get(*m_store, r.snapshotId);
        QVERIFY(snapshot);
        QCOMPARE(snapshot.value().fileName, QStringLiteral("lijst.csv"));
        QCOMPARE(snapshot.value().accepted, 5);
        QCOMPARE(snapshot.value().rejected, 1);
        QCOMPARE(snapshot.value().fileHash, r.fileHash);
        QCOMPARE(m_store->counts().snapshots, 1);
        QCOMPARE(m_store->counts().records, 5);
        const auto records = Snapshots::records(*m_store, r.snapshotId);
        QCOMPARE(records.value().first().firstNames, QStringLiteral("Anaïs"));
        QCOMPARE(records.value().first().line, 5);

        // The audit entry has counts and names of file and source, never a BSN or a child's name.
        const AuditEntry last = m_store->audit().entries().value().last();
        QCOMPARE(last.action, QStringLiteral("import.completed"));
        QVERIFY(last.detail.contains(QLatin1String("accepted=5")));
        QVERIFY(last.detail.contains(QLatin1String("rejected=1")));
        QVERIFY(last.detail.contains(QLatin1String("lijst.csv")));
        QVERIFY(!last.detail.contains(fictitiousBsn(0)));
        QVERIFY(!last.detail.contains(QLatin1String("Berg")));
        QVERIFY(m_store->audit().verify());
    }

    /// The file is hashed a piece at a time while the import waits for checked rows: a list of
    /// several pieces gets the SHA-256 of the whole file, in a dry run as in an import, and the
    /// second import of the same file is told so.
    void longFileHashedWhole()
    {
        const QString file = path(QStringLiteral("lang.csv"));
        QStringList lines = list(8000);
        lines[0] += QStringLiteral(";Opmerking");
        for (qsizetype i = 1; i < lines.size(); ++i)
            lines[i] += u';' + QString(100, u'x'); // longer lines: a file of several pieces
        QVERIFY(writeList(file, lines));
        QVERIFY(QFileInfo(file).size() > 4 * 256 * 1024);
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray expected = QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256);
        ImportOptions o = options();
        o.dryRun = true;
        const auto checked = Importer(*m_store).run(file, o);
        QVERIFY2(checked, qPrintable(checked.message()));
        QCOMPARE(checked.value().fileHash, expected);
        o.dryRun = false;
        const auto first = Importer(*m_store).run(file, o);
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first.value().fileHash, expected);
        QCOMPARE(Snapshots::get(*m_store, first.value().snapshotId).value().fileHash, expected);
        const auto second = Importer(*m_store).run(file, o);
        QVERIFY2(second, qPrintable(second.message()));
        QCOMPARE(second.value().sameFileBefore.size(), 1);
        QCOMPARE(second.value().sameFileBefore.first().id, first.value().snapshotId);
    }

    /// The progress display hears when the rows are done and the commit starts: the commit of a
    /// big list takes a moment and must not look like a hang at 100 %.
    void phasesEndWithTheCommit()
    {
        const QString file = path(QStringLiteral("fasen.csv"));
        QVERIFY(writeList(file, list(1200)));
        ImportOptions o = options();
        o.progressInterval = 100;
        QList<ImportPhase> phases;
        qint64 rowsAtCommit = -1, progressCalls = 0, progressAfterCommit = 0;
        const auto progress = [&](qint64, qint64, qint64) {
            ++progressCalls;
            if (phases.contains(ImportPhase::Committing))
                ++progressAfterCommit;
            return true;
        };
        const auto phase = [&](ImportPhase p, qint64 rows) {
            phases << p;
            if (p == ImportPhase::Committing)
                rowsAtCommit = rows;
        };
        const auto report = Importer(*m_store).run(file, o, progress, phase);
        QVERIFY(report);
        QCOMPARE(phases, (QList<ImportPhase> {ImportPhase::Reading, ImportPhase::Committing}));
        QCOMPARE(rowsAtCommit, 1200);
        QVERIFY(progressCalls >= 12);
        QCOMPARE(progressAfterCommit, 0);
        QCOMPARE(m_store->counts().snapshots, 1);

        // A dry run commits nothing, so it has no commit phase.
        phases.clear();
        o.dryRun = true;
        QVERIFY(Importer(*m_store).run(file, o, progress, phase));
        QCOMPARE(phases, QList<ImportPhase> {ImportPhase::Reading});
    }

    void cancelMidwayLeavesTheStoreUnchanged()
    {
        const QString file = path(QStringLiteral("groot.csv"));
        QVERIFY(writeList(file, list(3000)));
        QVERIFY(Importer(*m_store).run(path(QStringLiteral("groot.csv")), options())); // one earlier list
        const StoreCounts before = m_store->counts();
        QCOMPARE(before.records, 3000);
        const int issuesBefore = count(*m_store, QStringLiteral("import_issues"));

        Importer importer(*m_store);
        ImportOptions o = options();
        o.progressInterval = 100;
        qint64 lastRows = 0, lastBytes = 0, total = 0;
        const auto report = importer.run(file, o, [&](qint64 rows, qint64 bytes, qint64 all) {
            lastRows = rows;
            lastBytes = bytes;
            total = all;
            return rows < 1500;
        });
        QVERIFY(!report);
        QCOMPARE(report.code(), Error::Code::Cancelled);
        QCOMPARE(report.message(),
                 QStringLiteral("The import was cancelled. Nothing was stored; the store is as it was."));
        QCOMPARE(lastRows, 1500);
        QVERIFY(lastBytes > 0 && lastBytes < total);
        QCOMPARE(total, QFileInfo(file).size());

        const StoreCounts after = m_store->counts();
        QCOMPARE(after.snapshots, before.snapshots);
        QCOMPARE(after.records, before.records);
        QCOMPARE(count(*m_store, QStringLiteral("import_issues")), issuesBefore);
        QCOMPARE(count(*m_store, QStringLiteral("snapshot_columns")), 12);
        QCOMPARE(auditActions(*m_store).last(), QStringLiteral("import.cancelled"));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        // The file stays a valid store that opens again.
        m_store.reset();
        auto reopened = Store::open(path(QStringLiteral("org.inbeeld")), passphrase(Pass));
        QVERIFY2(reopened, qPrintable(reopened.message()));
        QCOMPARE(reopened.value()->counts().records, before.records);
        QVERIFY(reopened.value()->audit().verify());
    }

    /// A long import writes its pages into the store file before the commit (while it waits for
    /// checked rows); a cancel after that must still leave the store as it was.
    void cancelAfterPagesWereWrittenLeavesTheStoreUnchanged()
    {
        const QString file = path(QStringLiteral("langer.csv"));
        QVERIFY(writeList(file, everyChildInThreeCategories()));
        const QString storeFile = path(QStringLiteral("org.inbeeld"));
        const qint64 sizeBefore = QFileInfo(storeFile).size();
        qint64 sizeAtCancel = 0;
        ImportOptions o = options();
        o.progressInterval = 1000;
        const auto report = Importer(*m_store).run(file, o, [&](qint64 rows, qint64, qint64) {
            if (rows < 25000)
                return true;
            sizeAtCancel = QFileInfo(storeFile).size();
            return false;
        });
        QCOMPARE(report.code(), Error::Code::Cancelled);
        QVERIFY2(sizeAtCancel > sizeBefore, "the import wrote no pages into the store before the cancel");
        QCOMPARE(m_store->counts().snapshots, 0);
        QCOMPARE(m_store->counts().records, 0);
        QCOMPARE(count(*m_store, QStringLiteral("import_issues")), 0);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        m_store.reset();
        auto reopened = Store::open(storeFile, passphrase(Pass));
        QVERIFY2(reopened, qPrintable(reopened.message()));
        QCOMPARE(reopened.value()->counts().records, 0);
        QVERIFY(reopened.value()->audit().verify());
    }

#ifdef Q_OS_UNIX
    /// Another process reading the store (the sqlcipher shell, a backup tool) holds SQLite's shared
    /// lock: the import cannot write pages early then, and goes on; it writes them at its commit,
    /// once the reader is gone. The reader here is a child process holding the lock SQLite's own
    /// readers hold (a read lock on the shared byte range of the file).
    void importWhileAnotherProcessReads()
    {
        const QString file = path(QStringLiteral("langer.csv"));
        QVERIFY(writeList(file, everyChildInThreeCategories()));
        const QString storeFile = path(QStringLiteral("org.inbeeld"));
        const int fd = ::open(QFile::encodeName(storeFile).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t reader = ::fork();
        QVERIFY(reader >= 0);
        if (reader == 0) {
            // Never outlives the test, and never holds the test's output open.
            ::alarm(120);
            ::close(STDOUT_FILENO);
            ::close(STDERR_FILENO);
            struct flock lock;
            std::memset(&lock, 0, sizeof lock);
            lock.l_type = F_RDLCK;
            lock.l_whence = SEEK_SET;
            lock.l_start = 0x40000000 + 2; // SQLite's SHARED_FIRST (PENDING_BYTE + 2)
            lock.l_len = 510; // SHARED_SIZE
            const char answer = ::fcntl(fd, F_SETLK, &lock) == 0 ? 'y' : 'n';
            (void)!::write(ready[1], &answer, 1);
            for (;;)
                ::pause();
        }
        struct Reader
        {
            pid_t pid;
            void stop()
            {
                if (pid > 0 && ::kill(pid, SIGKILL) == 0)
                    ::waitpid(pid, nullptr, 0);
                pid = 0;
            }
            ~Reader() { stop(); } // also when a check below fails
        } readerProcess {reader};
        const auto stopReader = [&] { readerProcess.stop(); };
        char answer = 0;
        const ssize_t got = ::read(ready[0], &answer, 1);
        ::close(ready[0]);
        ::close(ready[1]);
        ::close(fd);
        QCOMPARE(got, ssize_t(1));
        QVERIFY2(answer == 'y', "the reading process could not take its lock");

        const qint64 sizeBefore = QFileInfo(storeFile).size();
        qint64 sizeWhileRead = -1;
        ImportOptions o = options();
        o.progressInterval = 1000;
        const auto report = Importer(*m_store).run(file, o, [&](qint64 rows, qint64, qint64) {
            if (rows == 26000) { // the reader leaves before the commit
                sizeWhileRead = QFileInfo(storeFile).size();
                stopReader();
            }
            return true;
        });
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(sizeWhileRead, sizeBefore); // no page was written while the other process read
        QCOMPARE(report.value().accepted, qint64(27000));
        QCOMPARE(m_store->counts().records, 27000);
    }
#endif

    void databaseErrorRollsBack()
    {
        const QString file = path(QStringLiteral("lijst.csv"));
        QVERIFY(writeList(file, list(200)));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER break_import BEFORE INSERT ON records WHEN NEW.line = 120 "
                                      "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        const auto report = Importer(*m_store).run(file, options());
        QVERIFY(!report);
        QCOMPARE(report.code(), Error::Code::Database);
        QVERIFY2(report.message().contains(QLatin1String("Nothing was imported; the store is unchanged.")),
                 qPrintable(report.message()));
        QCOMPARE(m_store->counts().snapshots, 0);
        QCOMPARE(m_store->counts().records, 0);
        QCOMPARE(count(*m_store, QStringLiteral("import_issues")), 0);
        QCOMPARE(count(*m_store, QStringLiteral("snapshot_columns")), 0);
        QCOMPARE(auditActions(*m_store).last(), QStringLiteral("import.failed"));

        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER break_import")));
        const auto retried = Importer(*m_store).run(file, options());
        QVERIFY2(retried, qPrintable(retried.message()));
        QCOMPARE(m_store->counts().records, 200);
    }

    void dryRunStoresNothing()
    {
        const QString file = path(QStringLiteral("lijst.csv"));
        QVERIFY(writeList(file, list(10)));
        const int auditBefore = int(m_store->audit().count());
        ImportOptions o = options();
        o.dryRun = true;
        const auto report = Importer(*m_store).run(file, o);
        QVERIFY(report);
        QVERIFY(report.value().dryRun);
        QVERIFY(!report.value().stored());
        QCOMPARE(report.value().accepted, 10);
        QCOMPARE(m_store->counts().snapshots, 0);
        QCOMPARE(int(m_store->audit().count()), auditBefore);
    }

    void nothingValidStoresNothing()
    {
        const QString file = path(QStringLiteral("fout.csv"));
        QVERIFY(writeList(file, {Header, line(failingBsn(0), 0), line(failingBsn(1), 1)}));
        const auto report = Importer(*m_store).run(file, options());
        QVERIFY(report);
        QVERIFY(!report.value().stored());
        QCOMPARE(report.value().rejected, 2);
        QCOMPARE(report.value().rejectedRows.size(), 2);
        QCOMPARE(m_store->counts().snapshots, 0);
        QVERIFY(report.value().summary().startsWith(QLatin1String("Nothing was imported from fout.csv")));
    }

    void incompleteMappingIsRefused()
    {
        const QString file = path(QStringLiteral("los.csv"));
        QVERIFY(
            writeList(file, {QStringLiteral("Nummer;Type;Opmerking"), fictitiousBsn(0) + QStringLiteral(";LRV;x")}));
        const auto report = Importer(*m_store).run(file, options());
        QVERIFY(!report);
        QCOMPARE(report.code(), Error::Code::InvalidInput);
        QVERIFY(report.message().startsWith(QLatin1String("The columns of this file are not complete")));
        QCOMPARE(m_store->counts().snapshots, 0);
    }

    void mappingProfileIsSavedAndReused()
    {
        // A source with its own column names that the program does not know.
        const QString first = path(QStringLiteral("bron-q3.csv"));
        QVERIFY(writeList(first,
                          {QStringLiteral("Nummer;Type thuiszitter;Leerling;Opmerking"),
                           fictitiousBsn(0) + QStringLiteral(";LRV;Jan Jansen;-")}));
        Importer importer(*m_store);
        auto preview = importer.preview(first, options());
        QVERIFY(preview);
        QCOMPARE(preview.value().mappingOrigin, MappingOrigin::Recognized);
        QVERIFY(!preview.value().missingRequired.isEmpty());

        // The user maps the columns once (the wizard's mapping page) and the mapping is saved.
        ColumnMapping mapping = preview.value().mapping;
        mapping.setField(0, ImportField::Bsn);
        mapping.setField(1, ImportField::Category);
        ImportOptions o = options();
        o.mapping = mapping;
        o.saveProfileAs = QStringLiteral("Registratie SWV");
        const auto imported = importer.run(first, o);
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(imported.value().profileName, QStringLiteral("Registratie SWV"));

        // Next quarter: same columns in another order; the profile applies by itself.
        const QString second = path(QStringLiteral("bron-q4.csv"));
        QVERIFY(writeList(second,
                          {QStringLiteral("Leerling;Opmerking;type thuiszitter;NUMMER"),
                           QStringLiteral("Jan Jansen;-;LRV;") + fictitiousBsn(0)}));
        preview = importer.preview(second, options());
        QVERIFY(preview);
        QCOMPARE(preview.value().mappingOrigin, MappingOrigin::Profile);
        QCOMPARE(preview.value().profileName, QStringLiteral("Registratie SWV"));
        QCOMPARE(preview.value().mapping.field(3), ImportField::Bsn);
        QCOMPARE(preview.value().mapping.field(2), ImportField::Category);
        QVERIFY(preview.value().missingRequired.isEmpty());
        const auto again = importer.run(second, options());
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again.value().accepted, 1);
        QCOMPARE(again.value().profileName, QStringLiteral("Registratie SWV"));

        // By name, and a name that does not exist.
        ImportOptions byName = options();
        byName.profileName = QStringLiteral("registratie swv");
        QVERIFY(importer.preview(second, byName));
        byName.profileName = QStringLiteral("Onbekend");
        const auto missing = importer.preview(second, byName);
        QVERIFY(!missing);
        QVERIFY(missing.message().contains(QLatin1String("no saved column mapping named \"Onbekend\"")));
    }

    void previewShowsTheFile()
    {
        QStringList lines = {QStringLiteral("Peildatum;30-6-2026;;")};
        lines += list(30);
        const QString file = path(QStringLiteral("lijst.csv"));
        QVERIFY(writeList(file, lines, FileEncoding::Utf8Bom));
        ImportOptions o;
        o.previewRows = 5;
        const auto preview = Importer(*m_store).preview(file, o);
        QVERIFY2(preview, qPrintable(preview.message()));
        const ImportPreview& p = preview.value();
        QCOMPARE(p.format, QStringLiteral("CSV"));
        QCOMPARE(p.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(p.headerLine, 2);
        QCOMPARE(p.headers.size(), 12);
        QCOMPARE(p.rows.size(), 5);
        QCOMPARE(p.titleRows.size(), 1);
        QCOMPARE(p.peildatum, QDate(2026, 6, 30));
        QVERIFY(p.peildatumFromFile);
        QCOMPARE(p.mapping.field(8), ImportField::Category);
        QVERIFY(p.missingMessage.isEmpty());
    }

    void importsXlsxWithExcelDates()
    {
        const QString file = path(QStringLiteral("lijst.xlsx"));
        QVERIFY(writeXlsx(
            file,
            {{QStringLiteral("BSN"), QStringLiteral("Naam leerling"), QStringLiteral("Geb. datum"),
              QStringLiteral("Categorie")},
             {fictitiousBsn(0), QStringLiteral("Berg, Jan van der"), QStringLiteral("41155"), QStringLiteral("LRV")},
             {fictitiousBsn(1), QStringLiteral("Çelik, Elif"), QStringLiteral("3-9-2012"), QStringLiteral("5a")}}));
        const auto report = Importer(*m_store).run(file, options());
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report.value().format, QStringLiteral("XLSX"));
        QCOMPARE(report.value().sheetName, QStringLiteral("Thuiszitters"));
        QCOMPARE(report.value().accepted, 2);
        const auto records = Snapshots::records(*m_store, report.value().snapshotId);
        QCOMPARE(records.value().at(0).birthDate, QDate(2012, 9, 3)); // serial 41155
        QCOMPARE(records.value().at(0).prefix, QStringLiteral("van der"));
        QCOMPARE(records.value().at(1).category, QStringLiteral("vrijstelling_5a"));
    }

    void theirListNeedsASource()
    {
        const QString file = path(QStringLiteral("lijst.csv"));
        QVERIFY(writeList(file, list(3)));
        ImportOptions o = options();
        o.side = SnapshotSide::Theirs;
        const auto refused = Importer(*m_store).run(file, o);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), Error::Code::InvalidInput);
        o.sourceName = QStringLiteral("  SWV   De Liemers ");
        const auto imported = Importer(*m_store).run(file, o);
        QVERIFY(imported);
        QCOMPARE(imported.value().sourceName, QStringLiteral("SWV De Liemers"));
        QCOMPARE(Snapshots::get(*m_store, imported.value().snapshotId).value().side, SnapshotSide::Theirs);
    }

    void fixedCategoryAndSameFileNote()
    {
        const QString file = path(QStringLiteral("absoluut.csv"));
        QVERIFY(writeList(file,
                          {QStringLiteral("BSN;Naam;Reden"), fictitiousBsn(0) + QStringLiteral(";Jan Jansen;ziek"),
                           fictitiousBsn(1) + QStringLiteral(";Piet Pietersen;")}));
        ImportOptions o = options();
        o.fixedCategory = QStringLiteral("Absoluut verzuim");
        const auto first = Importer(*m_store).run(file, o);
        QVERIFY2(first, qPrintable(first.message()));
        QCOMPARE(first.value().accepted, 2);
        QCOMPARE(first.value().leftOut.size(), 1);
        // "1 row" once the English plural forms are loaded, "1 rows" from the source text.
        const QString message = first.value().leftOut.first().message();
        QVERIFY2(message.startsWith(QLatin1String("Reden left out for 1 row")), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1String(" of category absoluut verzuim: the agreement does not allow it.")));
        QVERIFY(first.value().sameFileBefore.isEmpty());

        const auto second = Importer(*m_store).run(file, o);
        QVERIFY(second);
        QCOMPARE(second.value().sameFileBefore.size(), 1);
        QCOMPARE(second.value().sameFileBefore.first().id, first.value().snapshotId);
        bool noted = false;
        for (const ImportIssue& i : second.value().fileIssues)
            noted |= i.code == QLatin1String("same_file_imported_before");
        QVERIFY(noted);

        o.fixedCategory = QStringLiteral("relatief");
        const auto refused = Importer(*m_store).run(file, o);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QLatin1String("absoluut, langdurig, vrijstelling_5a")));
    }
};

INBEELD_TEST_MAIN(TestImporter)
#include "tst_importer.moc"
