// Hostile input (issue "bounded memory everywhere"): each file of the issue's table, made here and
// small on disk, read by inbeeld-cli in a child process limited to 6 GB of address space. The
// child must end with a clear refusal (or a normal result), without a signal, within the issue's
// peak memory (ru_maxrss of the child): 450 MB for packages, 800 MB for imports.

#include "core/storage/Snapshots.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Passphrase = QStringLiteral("hostile input passphrase 5527");
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 PackageLimitMiB = 450;
constexpr qint64 ImportLimitMiB = 800;

struct Measured
{
    int exitCode = -1;
    int signal = 0;
    qint64 peakMiB = 0;
    double seconds = 0;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1 signal %2 peak %3 MiB %4 s\n%5\n%6")
            .arg(exitCode)
            .arg(signal)
            .arg(peakMiB)
            .arg(seconds, 0, 'f', 1)
            .arg(out.left(2000), err.left(2000));
    }
};

/// Runs the CLI in a child limited to 6 GB of address space; its peak resident set from wait4().
Measured runMeasured(const QString& cli, const QStringList& arguments, const QString& dir)
{
    const QByteArray outPath = QFile::encodeName(dir + QStringLiteral("/child.out"));
    const QByteArray errPath = QFile::encodeName(dir + QStringLiteral("/child.err"));
    QList<QByteArray> args {QFile::encodeName(cli)};
    for (const QString& a : arguments)
        args << a.toUtf8();
    QList<char*> argv;
    for (QByteArray& a : args)
        argv << a.data();
    argv << nullptr;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!inbeeld::testing::Sanitized) {
            const rlimit limit {6ULL << 30, 6ULL << 30};
            setrlimit(RLIMIT_AS, &limit);
        }
        const int out = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(out, 1);
        dup2(err, 2);
        setenv("INBEELD_LANGUAGE", "en", 1);
        setenv("INBEELD_PASSPHRASE", Passphrase.toUtf8().constData(), 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Measured m;
    int status = 0;
    rusage usage {};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        m.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
        m.peakMiB = usage.ru_maxrss / 1024;
    }
    m.seconds = timer.elapsed() / 1000.0;
    m.out = QString::fromUtf8(readFile(QFile::decodeName(outPath)));
    m.err = QString::fromUtf8(readFile(QFile::decodeName(errPath)));
    return m;
}

/// A zip of the given entries; a generator writes each entry's content in pieces.
struct Entry
{
    QString name;
    std::function<void(QIODevice&)> write;
    int method = Z_DEFLATED;
    int level = 1;
};

bool writeZip(const QString& path, const QList<Entry>& entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Entry& e : entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(e.name);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, e.method, e.level))
            return false;
        e.write(file);
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

std::function<void(QIODevice&)> text(const QByteArray& bytes)
{
    return [bytes](QIODevice& out) { out.write(bytes); };
}

std::function<void(QIODevice&)> repeated(char c, qint64 size)
{
    return [c, size](QIODevice& out) {
        const QByteArray piece(MiB, c);
        for (qint64 done = 0; done < size; done += piece.size())
            out.write(piece);
    };
}

QList<Entry> workbookParts(const std::function<void(QIODevice&)>& sheet, bool sharedStrings)
{
    const QByteArray rels
        = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
    const QByteArray workbook
        = R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    QByteArray workbookRels
        = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)";
    if (sharedStrings)
        workbookRels
            += R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    workbookRels += "</Relationships>";
    return {{QStringLiteral("_rels/.rels"), text(rels)},
            {QStringLiteral("xl/workbook.xml"), text(workbook)},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), text(workbookRels)},
            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
}

const QByteArray SheetStart
    = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
const QByteArray SheetEnd = "</sheetData></worksheet>";
const QByteArray DtdSheetStart = R"(<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY a ")";
const QByteArray DtdSheetRest
    = R"(">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
const QByteArray InlineCellStart = R"(<row r="2"><c r="A2" t="inlineStr"><is><t>)";
const QByteArray SharedStringsStart
    = R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)";
const QByteArray SharedCellRow = R"(<row r="2"><c r="A2" t="s"><v>0</v></c></row>)";

QByteArray headerRow(qint64 row)
{
    QByteArray out = "<row r=\"" + QByteArray::number(row) + "\">";
    const QList<QByteArray> names {"BSN", "Achternaam", "Geboortedatum", "Soort verzuim"};
    for (int i = 0; i < names.size(); ++i) {
        out += "<c r=\"" + QByteArray(1, char('A' + i)) + QByteArray::number(row) + "\" t=\"inlineStr\"><is><t>"
            + names[i] + "</t></is></c>";
    }
    return out + "</row>";
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_dir;
    QString m_store;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Measured importFile(const QString& file, bool dryRun = true)
    {
        QStringList args {QStringLiteral("import"), QStringLiteral("--store"), m_store};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        return runMeasured(m_cli, args << file, m_dir.path());
    }
    Measured openPackage(const QString& file)
    {
        return runMeasured(
            m_cli, {QStringLiteral("package"), QStringLiteral("open"), QStringLiteral("--store"), m_store, file},
            m_dir.path());
    }
    void expectRefusal(const Measured& m, qint64 limitMiB, const QString& message)
    {
        qInfo("%s", qPrintable(QStringLiteral("peak %1 MiB, %2 s").arg(m.peakMiB).arg(m.seconds, 0, 'f', 1)));
        QVERIFY2(m.signal == 0, qPrintable(m.describe()));
        QVERIFY2(m.exitCode != 0, qPrintable(m.describe()));
        QVERIFY2(inbeeld::testing::Sanitized || m.peakMiB <= limitMiB, qPrintable(m.describe()));
        QVERIFY2(m.err.contains(message), qPrintable(m.describe()));
    }
    void expectStoreUntouched()
    {
        auto store = Store::open(m_store, passphrase(Passphrase));
        QVERIFY2(store, qPrintable(store.message()));
        auto lists = Snapshots::list(*store.value());
        QVERIFY(lists);
        QCOMPARE(lists.value().size(), 0);
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("INBEELD_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "INBEELD_CLI must name the inbeeld-cli binary (set by ctest)");
        m_store = path(QStringLiteral("rbl.inbeeld"));
        QVERIFY(createTestStore(m_store, Passphrase));
    }

    // The CLI (like the GUI) runs with core dumps off: while it reads a long list, its limits say so.
    void noCoreDumps()
    {
        const QString list = path(QStringLiteral("long.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BSN;Achternaam;Geboortedatum;Soort verzuim\n");
        f.write(QByteArray("12345;X;1;L\n").repeated(300000));
        f.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INBEELD_PASSPHRASE"), Passphrase);
        process.setProcessEnvironment(env);
        process.start(
            m_cli, {QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--store"), m_store, list});
        QVERIFY(process.waitForStarted());
        QList<QByteArray> core;
        for (int i = 0; i < 400 && core.isEmpty() && process.state() == QProcess::Running; ++i) {
            QTest::qWait(25);
            QFile file(QStringLiteral("/proc/%1/limits").arg(process.processId()));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (line.startsWith("Max core file size"))
                    core = line.simplified().split(' ');
            }
            // Not yet past main()'s first lines (the soft limit may already be 0 where the test
            // runs, so wait for both limits).
            if (core.value(4) != "0" || core.value(5) != "0")
                core.clear();
        }
        process.kill();
        process.waitForFinished();
        QCOMPARE(core.value(4), QByteArray("0"));
        QCOMPARE(core.value(5), QByteArray("0"));
    }

    // What the CLI creates holds keys or personal data: the store and a rejected-rows file are
    // its user's only, whatever the umask it was started with.
    void privateFiles()
    {
        const QString store = path(QStringLiteral("private.inbeeld"));
        const QString list = path(QStringLiteral("private.csv"));
        const QString rejected = path(QStringLiteral("private-rejected.csv"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BSN;Achternaam;Geboortedatum;Soort verzuim\n12345;Berg;3-9-2012;Langdurig relatief verzuim\n");
        f.close();
        const mode_t before = umask(022);
        const Measured init
            = runMeasured(m_cli,
                          {QStringLiteral("init"), QStringLiteral("--store"), store, QStringLiteral("--org-name"),
                           QStringLiteral("RBL Oost"), QStringLiteral("--role"), QStringLiteral("rbl")},
                          m_dir.path());
        const Measured imported
            = runMeasured(m_cli,
                          {QStringLiteral("import"), QStringLiteral("--store"), store, QStringLiteral("--dry-run"),
                           QStringLiteral("--rejected-csv"), rejected, list},
                          m_dir.path());
        umask(before);
        QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
        QVERIFY2(QFileInfo::exists(rejected), qPrintable(imported.describe()));
        for (const QString& file : {store, rejected}) {
            struct stat st
            {
            };
            QCOMPARE(stat(QFile::encodeName(file).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0600));
        }
        QVERIFY(readFile(rejected).contains("12345"));
    }

    // An organisation name with a terminal escape sequence (from an identity card or a file) is
    // shown escaped: the terminal never receives the raw escape character.
    void controlCharactersShownEscaped()
    {
        const QString store = path(QStringLiteral("escape.inbeeld"));
        QVERIFY(createTestStore(store, Passphrase,
                                testOrganisation(Role::Rbl, QStringLiteral("RBL \x1b]0;owned\x07Oost"))));
        const Measured m = runMeasured(m_cli, {QStringLiteral("info"), QStringLiteral("--store"), store}, m_dir.path());
        QVERIFY2(m.exitCode == 0, qPrintable(m.describe()));
        QVERIFY(!m.out.contains(QChar(0x1b)) && !m.err.contains(QChar(0x1b)) && !m.out.contains(QChar(0x07)));
        QVERIFY2(m.out.contains(QStringLiteral("RBL \\x1b]0;owned\\x07Oost")), qPrintable(m.out));
    }

    // A zip named like a package, one deflated entry of zeros that inflates to 1 GiB.
    void packageOfZeros()
    {
        const QString file = path(QStringLiteral("zeros.inbeeld"));
        QVERIFY(writeZip(file, {{QStringLiteral("payload.age"), repeated('\0', 1024 * MiB)}}));
        QVERIFY(QFileInfo(file).size() < 8 * MiB);
        expectRefusal(openPackage(file), PackageLimitMiB, QStringLiteral("holds exactly two parts"));
        expectStoreUntouched();
        QFile::remove(file);
    }

    // The two expected names, but compressed (method 12, bzip2, in the directory): refused
    // from the central directory alone.
    void packageWithCompressedParts()
    {
        const QString file = path(QStringLiteral("bzip2.inbeeld"));
        QVERIFY(writeZip(file,
                         {{QStringLiteral("payload.age"), repeated('\0', 512 * MiB)},
                          {QStringLiteral("payload.age.minisig"), text("untrusted comment: x\n")}}));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // Method field: local headers (offset 8) and central directory entries (offset 10).
        for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0; at = bytes.indexOf("PK\x03\x04", at + 4))
            bytes[at + 8] = 12;
        for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4))
            bytes[at + 10] = 12;
        f.seek(0);
        f.write(bytes);
        f.close();
        expectRefusal(openPackage(file), PackageLimitMiB, QStringLiteral("holds exactly two parts"));
        QFile::remove(file);
    }

    void packageTooLarge()
    {
        const QString file = path(QStringLiteral("large.inbeeld"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(300 * MiB)); // sparse
        f.close();
        expectRefusal(openPackage(file), PackageLimitMiB, QStringLiteral("larger than the 256 MB a package may be"));
        QFile::remove(file);
    }

    // 20,000 rows of one empty cell in column XFD above the header.
    void workbookBlankRowsToXfd()
    {
        const QString file = path(QStringLiteral("blank-xfd.xlsx"));
        QVERIFY(writeZip(file,
                         workbookParts(
                             [](QIODevice& out) {
                                 out.write(SheetStart);
                                 for (int n = 1; n <= 20000; ++n)
                                     out.write("<row r=\"" + QByteArray::number(n) + "\"><c r=\"XFD"
                                               + QByteArray::number(n) + "\"/></row>");
                                 out.write(headerRow(20001) + SheetEnd);
                             },
                             false)));
        expectRefusal(importFile(file), ImportLimitMiB, QStringLiteral("empty rows before its column names"));
    }

    // A header and 20,000 rejected rows, each reaching column XFD with an empty cell: a normal
    // result, every row rejected.
    void workbookRejectedRowsToXfd()
    {
        const QString file = path(QStringLiteral("rejected-xfd.xlsx"));
        QVERIFY(writeZip(file,
                         workbookParts(
                             [](QIODevice& out) {
                                 out.write(SheetStart + headerRow(1));
                                 for (int n = 2; n <= 20001; ++n) {
                                     const QByteArray r = QByteArray::number(n);
                                     out.write("<row r=\"" + r + "\"><c r=\"A" + r
                                               + "\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"XFD" + r
                                               + "\"/></row>");
                                 }
                                 out.write(SheetEnd);
                             },
                             false)));
        const Measured m = importFile(file);
        qInfo("%s", qPrintable(QStringLiteral("peak %1 MiB, %2 s").arg(m.peakMiB).arg(m.seconds, 0, 'f', 1)));
        QVERIFY2(m.signal == 0 && (inbeeld::testing::Sanitized || m.peakMiB <= ImportLimitMiB),
                 qPrintable(m.describe()));
        QVERIFY2(m.err.contains(QStringLiteral("none of the rows could be imported")), qPrintable(m.describe()));
        QVERIFY2(m.out.contains(QStringLiteral("Rejected: 20000 rows")), qPrintable(m.describe()));
    }

    // One shared string of 512 MiB when inflated (2 MB on disk).
    void workbookHugeSharedString()
    {
        const QString file = path(QStringLiteral("shared.xlsx"));
        QList<Entry> parts = workbookParts(text(SheetStart + headerRow(1) + SharedCellRow + SheetEnd), true);
        parts.append({QStringLiteral("xl/sharedStrings.xml"), [](QIODevice& out) {
                          out.write(SharedStringsStart);
                          repeated('A', 512 * MiB)(out);
                          out.write("</t></si></sst>");
                      }});
        QVERIFY(writeZip(file, parts));
        expectRefusal(importFile(file), ImportLimitMiB, QStringLiteral("unpacks to more than 200 times"));
    }

    // An internal DTD entity of 4,000 characters referenced 300,000 times (a few KB; the part
    // stays under 1 MiB, so that the DTD, not the packing ratio, is what is refused).
    void workbookWithDtd()
    {
        const QString file = path(QStringLiteral("dtd.xlsx"));
        const auto sheet = [](QIODevice& out) {
            out.write(DtdSheetStart + QByteArray(4000, 'A') + DtdSheetRest);
            out.write(headerRow(1) + InlineCellStart);
            const QByteArray refs = QByteArray("&a;").repeated(1000);
            for (int i = 0; i < 300; ++i)
                out.write(refs);
            out.write("</t></is></c></row>" + SheetEnd);
        };
        const bool written = writeZip(file, workbookParts(sheet, false));
        QVERIFY(written);
        QVERIFY(QFileInfo(file).size() < 64 * 1024);
        expectRefusal(importFile(file), ImportLimitMiB, QStringLiteral("contains a DTD"));
    }

    // A header and 1,000,000 rows that are all rejected, checked (dry run: reading and checking,
    // where the rejected rows used to pile up) in bounded memory.
    void csvMillionRejectedRows()
    {
        const QString file = path(QStringLiteral("rejected.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BSN;Achternaam;Geboortedatum;Soort verzuim\n");
        const QByteArray rows = QByteArray("12345;X;1;L\n").repeated(10000);
        for (int i = 0; i < 100; ++i)
            f.write(rows);
        f.close();
        const Measured m = importFile(file, false);
        qInfo("%s", qPrintable(QStringLiteral("peak %1 MiB, %2 s").arg(m.peakMiB).arg(m.seconds, 0, 'f', 1)));
        QVERIFY2(m.signal == 0 && (inbeeld::testing::Sanitized || m.peakMiB <= ImportLimitMiB),
                 qPrintable(m.describe()));
        QVERIFY2(m.err.contains(QStringLiteral("none of the 1000000 rows could be imported")),
                 qPrintable(m.describe()));
        expectStoreUntouched();
        QFile::remove(file);
    }

    // 50 million blank lines before the header.
    void csvBlankLinesBeforeHeader()
    {
        const QString file = path(QStringLiteral("blank.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray lines(MiB, '\n');
        for (int i = 0; i < 48; ++i)
            f.write(lines);
        f.write("BSN;Achternaam;Geboortedatum;Soort verzuim\n999990019;Berg;3-9-2012;Langdurig relatief verzuim\n");
        f.close();
        expectRefusal(importFile(file), ImportLimitMiB, QStringLiteral("empty rows before its column names"));
        QFile::remove(file);
    }
};

INBEELD_TEST_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
