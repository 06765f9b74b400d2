#pragma once

// A real local SMTP submission server for tests (tests/support/smtp_server.py on Debian's
// python3-aiosmtpd): a certificate made with openssl for 127.0.0.1, STARTTLS and AUTH, each
// accepted mail written to a folder. Header-only so core and GUI tests share it.

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <memory>

namespace inbeeld::testing {

class LocalSmtpServer
{
public:
    explicit LocalSmtpServer(QString dir)
        : m_dir(std::move(dir))
    {
    }
    ~LocalSmtpServer() { stop(); }

    /// True when /usr/bin/python3 can import aiosmtpd.
    static bool available()
    {
        QProcess probe;
        probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        return probe.waitForFinished(20000) && probe.exitCode() == 0;
    }
    static QString python() { return QStringLiteral("/usr/bin/python3"); }

    /// Makes a self-signed certificate for 127.0.0.1 (name.pem, name.key in the folder).
    bool makeCertificate(const QString& name) const
    {
        QProcess p;
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), certificate(name, QStringLiteral("key")),
                 QStringLiteral("-out"), certificate(name), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=IP:127.0.0.1")});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }
    QString certificate(const QString& name, const QString& ext = QStringLiteral("pem")) const
    {
        return QDir(m_dir).filePath(name + QLatin1Char('.') + ext);
    }

    /// Starts the server with STARTTLS (certificate `name`) and AUTH user/password.
    bool start(const QString& user, const QString& password, const QString& name = QStringLiteral("server"))
    {
        stop();
        m_outdir = QDir(m_dir).filePath(QStringLiteral("mail%1").arg(QRandomGenerator::global()->bounded(1000000)));
        QDir().mkpath(m_outdir);
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = 20000 + int(QRandomGenerator::global()->bounded(30000));
            m_process = std::make_unique<QProcess>();
            m_process->start(python(),
                             {QStringLiteral(INBEELD_SOURCE_DIR "/tests/support/smtp_server.py"),
                              QString::number(m_port), m_outdir, QStringLiteral("--user"), user,
                              QStringLiteral("--password"), password, QStringLiteral("--cert"), certificate(name),
                              QStringLiteral("--key"), certificate(name, QStringLiteral("key"))});
            if (m_process->waitForReadyRead(20000) && m_process->readLine().startsWith("ready"))
                return true;
            m_process->kill();
            m_process->waitForFinished();
        }
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
        m_process.reset();
    }

    int port() const { return m_port; }
    /// The mails received so far (full paths).
    QStringList received() const
    {
        QStringList paths;
        for (const QString& name : QDir(m_outdir).entryList({QStringLiteral("*.eml")}, QDir::Files))
            paths << QDir(m_outdir).filePath(name);
        return paths;
    }

private:
    QString m_dir;
    QString m_outdir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace inbeeld::testing
