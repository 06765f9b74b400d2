// Sending a package by mail against a real local SMTP server (Debian's python3-aiosmtpd, run by
// tests/support/smtp_server.py) with STARTTLS and AUTH: the package arrives byte for byte, the
// mail says nothing personal, and every failure is refused cleanly with nothing sent.

#include "core/exchange/Identity.h"
#include "core/exchange/PackageDispatch.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/importing/Importer.h"
#include "core/mail/CurlMemory.h"
#include "core/mail/SmtpSender.h"
#include "core/sharing/DecisionStore.h"
#include "tests/core/SharingFixtures.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("post verstuur wachtwoord 8812");
const QString User = QStringLiteral("rbl-verzender");
const QString Password = QStringLiteral("smtp-geheim-4411");
const QDateTime Now(QDate(2026, 10, 15), QTime(10, 0), Qt::UTC);
const QString Python = QStringLiteral("/usr/bin/python3");

} // namespace

class TestSmtpSender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_rbl;
    std::unique_ptr<Store> m_swv;
    Partner m_partner;
    QString m_package;
    QString m_cert, m_key, m_otherCert;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    QString m_outdir;

    bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        return true;
    }

    bool makeCertificate(const QString& name)
    {
        return run(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    m_dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
                    m_dir.filePath(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1")});
    }

    // Starts the server (STARTTLS with tls, AUTH always); false when it did not come up.
    bool startServer(bool tls, const QStringList& extra = {})
    {
        stopServer();
        m_outdir = m_dir.filePath(QStringLiteral("mail%1").arg(QRandomGenerator::global()->bounded(1000000)));
        QDir().mkpath(m_outdir);
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = 20000 + int(QRandomGenerator::global()->bounded(30000));
            QStringList args {QStringLiteral(INBEELD_SOURCE_DIR "/tests/support/smtp_server.py"),
                              QString::number(m_port),
                              m_outdir,
                              QStringLiteral("--user"),
                              User,
                              QStringLiteral("--password"),
                              Password};
            if (tls)
                args << QStringLiteral("--cert") << m_cert << QStringLiteral("--key") << m_key;
            args << extra;
            m_server = std::make_unique<QProcess>();
            m_server->start(Python, args);
            if (m_server->waitForReadyRead(20000) && m_server->readLine().startsWith("ready"))
                return true;
            m_server->kill();
            m_server->waitForFinished();
        }
        return false;
    }

    void stopServer()
    {
        if (!m_server)
            return;
        m_server->closeWriteChannel();
        if (!m_server->waitForFinished(10000)) {
            m_server->kill();
            m_server->waitForFinished();
        }
        m_server.reset();
    }

    MailSettings settings(bool withCa = true, MailSecurity security = MailSecurity::StartTls) const
    {
        MailSettings s;
        s.server = QStringLiteral("127.0.0.1");
        s.port = m_port;
        s.security = security;
        s.username = User;
        s.sender = QStringLiteral("leerplicht@rbl.test");
        s.caFile = withCa ? m_cert : QString();
        return s;
    }

    QStringList received() const { return QDir(m_outdir).entryList({QStringLiteral("*.eml")}, QDir::Files); }

    Result<MailReceipt> send(SmtpSender& sender, const Partner& partner)
    {
        return PackageDispatch(*m_rbl).mail(m_package, partner, sender);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess probe;
        probe.start(Python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (!probe.waitForFinished(20000) || probe.exitCode() != 0)
            QSKIP("python3-aiosmtpd is not installed (packaging/debian/install-deps.sh installs it)");
        QVERIFY(makeCertificate(QStringLiteral("server")));
        QVERIFY(makeCertificate(QStringLiteral("other")));
        m_cert = m_dir.filePath(QStringLiteral("server.pem"));
        m_key = m_dir.filePath(QStringLiteral("server.key"));
        m_otherCert = m_dir.filePath(QStringLiteral("other.pem"));

        m_rbl = createTestStore(m_dir.filePath(QStringLiteral("rbl.inbeeld")), Pass,
                                testOrganisation(Role::Rbl, QStringLiteral("RBL Midden-Gelre")));
        m_swv = createTestStore(m_dir.filePath(QStringLiteral("swv.inbeeld")), Pass,
                                testOrganisation(Role::Swv, QStringLiteral("SWV De Liemers")));
        QVERIFY(m_rbl && m_swv);
        const IdentityCard card = Identity::load(*m_swv).value().card(m_swv->organisation());
        auto pinned = PartnerTrust(*m_rbl).add(
            card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
        QVERIFY(pinned);
        auto withMail = PartnerTrust(*m_rbl).setContact(
            pinned.value(), {QStringLiteral("J. de Vries"), QStringLiteral("leerplicht@liemers.test"), {}});
        QVERIFY2(withMail, qPrintable(withMail.message()));
        m_partner = withMail.value();

        const QString list = m_dir.filePath(QStringLiteral("lijst.csv"));
        QStringList lines {QStringLiteral("BSN;Voornaam;Achternaam;Geboortedatum;Woonplaats;School;Soort verzuim")};
        for (int n = 1; n <= 3; ++n)
            lines << QStringLiteral(
                         "%1;Anaïs;Özdemir%2;3-9-2012;Zevenaar;Liemers Vakcollege;Langdurig relatief verzuim")
                         .arg(fictitiousBsn(n))
                         .arg(n);
        QVERIFY(writeList(list, lines));
        ImportOptions o;
        o.peildatum = QDate(2026, 9, 30);
        QVERIFY(Importer(*m_rbl).run(list, o));
        QVERIFY(DecisionStore(*m_rbl).recordStanding(builtInAgreement(), Role::Rbl, Now));
        m_package = m_dir.filePath(QStringLiteral("2026Q3-SWV-De-Liemers.inbeeldpakket"));
        auto written = PackageWriter(*m_rbl).writeQuarterly(m_partner, QStringLiteral("2026Q3"), m_package, Now);
        QVERIFY2(written, qPrintable(written.message()));
    }

    void cleanup() { stopServer(); }

    // libcurl strdup's CURLOPT_PASSWORD and builds the AUTH line in its own buffers; the wiping
    // allocator zeroes them when curl frees them. The observer sees each block just before the wipe:
    // the password must pass through it (else curl's copy was freed elsewhere, uncleared).
    void curlsCopiesOfThePasswordAreWiped()
    {
        QVERIFY(startServer(true));
        const QByteArray secret = Password.toUtf8();
        int seen = 0;
        CurlMemory::setFreeObserver([&](const unsigned char* data, std::size_t size) {
            const char* begin = reinterpret_cast<const char*>(data);
            if (std::search(begin, begin + size, secret.cbegin(), secret.cend()) != begin + size)
                ++seen;
        });
        SmtpSender sender(settings(), SecretBytes::fromUtf8(Password));
        auto tested = sender.test();
        CurlMemory::setFreeObserver({});
        QVERIFY2(tested, qPrintable(tested.message()));
        QVERIFY(seen >= 1);
        QVERIFY(CurlMemory::isWiping());
    }

    void failedMailIsInTheDispatchHistory()
    {
        QVERIFY(startServer(true));
        SmtpSender sender(settings(), SecretBytes::fromUtf8(QStringLiteral("fout")));
        auto receipt = send(sender, m_partner);
        QVERIFY(!receipt);
        auto all = PackageDispatch(*m_rbl).all();
        QVERIFY2(all, qPrintable(all.message()));
        QVERIFY(!all.value().isEmpty());
        const DispatchRecord& last = all.value().first();
        QVERIFY(!last.succeeded);
        QCOMPARE(last.how, QStringLiteral("mail"));
        QCOMPARE(last.address, QStringLiteral("leerplicht@liemers.test"));
        QCOMPARE(last.result, receipt.message());
        QCOMPARE(last.partner, QStringLiteral("SWV De Liemers"));
    }

    void sentPackageArrivesByteIdenticalWithNothingPersonal()
    {
        QVERIFY(startServer(true));
        SmtpSender sender(settings(), SecretBytes::fromUtf8(Password));
        qint64 lastDone = 0;
        sender.setProgress([&lastDone](qint64 done, qint64) { lastDone = done; });
        auto receipt = send(sender, m_partner);
        QVERIFY2(receipt, qPrintable(receipt.message()));
        QVERIFY(receipt.value().serverReply.contains(QStringLiteral("queued as TEST001")));
        QVERIFY(lastDone > 0);
        QCOMPARE(received().size(), 1);

        const QString eml = QDir(m_outdir).filePath(received().first());
        QByteArray attachment;
        QVERIFY(run(Python,
                    {QStringLiteral("-c"),
                     QStringLiteral("import email,sys\n"
                                    "m=email.message_from_binary_file(open(sys.argv[1],'rb'))\n"
                                    "p=[x for x in m.walk() if x.get_filename()][0]\n"
                                    "assert p.get_content_type()=='application/x-inbeeld-package'\n"
                                    "sys.stdout.buffer.write(p.get_payload(decode=True))"),
                     eml},
                    &attachment));
        QCOMPARE(attachment, readFile(m_package));

        QByteArray text;
        QVERIFY(run(Python,
                    {QStringLiteral("-c"),
                     QStringLiteral("import email,sys\n"
                                    "from email.header import decode_header, make_header\n"
                                    "m=email.message_from_binary_file(open(sys.argv[1],'rb'))\n"
                                    "print(str(make_header(decode_header(m['Subject']))))\n"
                                    "print(m['To'])\n"
                                    "b=[x for x in m.walk() if x.get_content_type()=='text/plain'][0]\n"
                                    "print(b.get_payload(decode=True).decode('utf-8'))"),
                     eml},
                    &text));
        const QString mail = QString::fromUtf8(text);
        QVERIFY2(mail.contains(QStringLiteral("InBeeld-pakket 1 (2026Q3) van RBL Midden-Gelre")), qPrintable(mail));
        QVERIFY(mail.contains(QStringLiteral("leerplicht@liemers.test")));
        QVERIFY(mail.contains(Identity::load(*m_rbl).value().fingerprint()));
        for (int n = 1; n <= 3; ++n)
            QVERIFY2(!mail.contains(fictitiousBsn(n)), qPrintable(mail));
        for (const QString& personal :
             {QStringLiteral("Özdemir"), QStringLiteral("Anaïs"), QStringLiteral("Liemers Vakcollege"),
              QStringLiteral("3-9-2012"), QStringLiteral("2012-09-03")})
            QVERIFY2(!mail.contains(personal), qPrintable(personal));

        // The history says how the package left: written to a file, then mailed with the message id.
        const LedgerEntry entry = PackageDispatch(*m_rbl).sentEntryOf(readFile(m_package)).value();
        const QList<DispatchEntry> history = PackageDispatch(*m_rbl).history(entry.packageId).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).how, QStringLiteral("file"));
        QCOMPARE(history.at(1).how, QStringLiteral("mail"));
        QVERIFY(history.at(1).detail.contains(receipt.value().messageId));
        QVERIFY(QFile::exists(m_package));
    }

    void mailTestLogsInWithoutSending()
    {
        QVERIFY(startServer(true));
        SmtpSender good(settings(), SecretBytes::fromUtf8(Password));
        auto tested = good.test();
        QVERIFY2(tested, qPrintable(tested.message()));
        SmtpSender bad(settings(), SecretBytes::fromUtf8(QStringLiteral("fout")));
        QVERIFY(!bad.test());
        QCOMPARE(bad.lastFailure(), MailFailure::AuthenticationFailed);
        QVERIFY(received().isEmpty());
    }

    void wrongPasswordFailsCleanly()
    {
        QVERIFY(startServer(true));
        SmtpSender sender(settings(), SecretBytes::fromUtf8(QStringLiteral("verkeerd")));
        auto receipt = send(sender, m_partner);
        QVERIFY(!receipt);
        QCOMPARE(sender.lastFailure(), MailFailure::AuthenticationFailed);
        QVERIFY2(receipt.message().contains(QStringLiteral("password")), qPrintable(receipt.message()));
        QVERIFY(received().isEmpty());
        QVERIFY(QFile::exists(m_package));
    }

    void untrustedCertificateFailsWithItsFingerprint()
    {
        QVERIFY(startServer(true));
        MailSettings s = settings(false);
        s.caFile = m_otherCert; // a CA that did not sign the server's certificate
        SmtpSender sender(s, SecretBytes::fromUtf8(Password));
        auto receipt = send(sender, m_partner);
        QVERIFY(!receipt);
        QCOMPARE(sender.lastFailure(), MailFailure::CertificateUntrusted);
        QByteArray fingerprint;
        QVERIFY(run(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                     QStringLiteral("-sha256"), QStringLiteral("-in"), m_cert},
                    &fingerprint));
        const QString expected = QString::fromLatin1(fingerprint).section(u'=', 1).trimmed();
        QVERIFY2(receipt.message().contains(expected), qPrintable(receipt.message() + u'\n' + expected));
        QVERIFY(received().isEmpty());
    }

    void serverWithoutStartTlsIsRefused()
    {
        QVERIFY(startServer(false));
        SmtpSender sender(settings(), SecretBytes::fromUtf8(Password));
        auto receipt = send(sender, m_partner);
        QVERIFY(!receipt);
        QCOMPARE(sender.lastFailure(), MailFailure::NoStartTls);
        QVERIFY(received().isEmpty());
    }

    void refusedRecipientTooLargeAndUnreachableAreTold()
    {
        QVERIFY(startServer(true));
        Partner refused = m_partner;
        refused.contactMail = QStringLiteral("niemand@refused.test");
        SmtpSender sender(settings(), SecretBytes::fromUtf8(Password));
        QVERIFY(!send(sender, refused));
        QCOMPARE(sender.lastFailure(), MailFailure::RecipientRefused);

        QVERIFY(startServer(true, {QStringLiteral("--max-size"), QStringLiteral("2000")}));
        SmtpSender small(settings(), SecretBytes::fromUtf8(Password));
        QVERIFY(!send(small, m_partner));
        QCOMPARE(small.lastFailure(), MailFailure::TooLarge);
        QVERIFY(received().isEmpty());

        stopServer();
        SmtpSender nowhere(settings(), SecretBytes::fromUtf8(Password));
        QVERIFY(!send(nowhere, m_partner));
        QCOMPARE(nowhere.lastFailure(), MailFailure::Unreachable);
    }
};

INBEELD_TEST_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
