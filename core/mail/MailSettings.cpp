#include "core/mail/MailSettings.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Store.h"
#include "core/storage/Transaction.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inbeeld {

QString MailSettings::securityCode(MailSecurity s)
{
    return s == MailSecurity::Tls ? QStringLiteral("tls") : QStringLiteral("starttls");
}

std::optional<MailSecurity> MailSettings::securityFromCode(const QString& code)
{
    if (code == u"starttls")
        return MailSecurity::StartTls;
    if (code == u"tls")
        return MailSecurity::Tls;
    return std::nullopt;
}

MailSettingsStore::MailSettingsStore(Store& store)
    : m_store(store)
{
}

Result<std::optional<MailSettings>> MailSettingsStore::load() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT server, port, security, username, sender, ca_file FROM mail_settings "
                               "WHERE id = 1")))
        return makeError(Error::Code::Database,
                         tr("The mail settings could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return std::optional<MailSettings>();
    MailSettings s;
    s.server = q.value(0).toString();
    s.port = q.value(1).toInt();
    s.security = MailSettings::securityFromCode(q.value(2).toString()).value_or(MailSecurity::StartTls);
    s.username = q.value(3).toString();
    s.sender = q.value(4).toString();
    s.caFile = q.value(5).toString();
    return std::optional<MailSettings>(s);
}

Result<void> MailSettingsStore::save(const MailSettings& settings)
{
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
    static const QRegularExpression mail(QStringLiteral("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]+$"));
    if (!host.match(settings.server).hasMatch())
        return makeError(Error::Code::InvalidInput, tr("Enter the mail server's name, like smtp.example.nl."));
    if (settings.port < 1 || settings.port > 65535)
        return makeError(Error::Code::InvalidInput, tr("The port must be a number from 1 to 65535 (usually 587)."));
    if (!mail.match(settings.sender).hasMatch())
        return makeError(Error::Code::InvalidInput,
                         tr("'%1' is not a mail address (like naam@voorbeeld.nl).").arg(settings.sender));
    if (settings.username.trimmed().isEmpty() || settings.username.contains(u'\n'))
        return makeError(Error::Code::InvalidInput, tr("Enter the user name for the mail server."));
    if (!settings.caFile.isEmpty() && !QFileInfo(settings.caFile).isReadable())
        return makeError(Error::Code::InvalidInput,
                         tr("The CA certificate file %1 cannot be read.").arg(settings.caFile));
    Transaction t(m_store.database());
    if (!t.isActive())
        return t.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO mail_settings (id, server, port, security, username, sender, "
                             "ca_file) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(settings.server.trimmed());
    q.addBindValue(settings.port);
    q.addBindValue(MailSettings::securityCode(settings.security));
    q.addBindValue(settings.username.trimmed());
    q.addBindValue(settings.sender.trimmed());
    q.addBindValue(settings.caFile.isEmpty() ? QString() : QFileInfo(settings.caFile).absoluteFilePath());
    if (!q.exec())
        return makeError(Error::Code::Database,
                         tr("The mail settings could not be stored: %1").arg(q.lastError().text()));
    q.finish();
    auto audited = m_store.audit().append(
        QStringLiteral("mail.settings_changed"),
        QStringLiteral("server=%1 port=%2 security=%3 ca_file=%4")
            .arg(settings.server)
            .arg(settings.port)
            .arg(MailSettings::securityCode(settings.security),
                 settings.caFile.isEmpty() ? QStringLiteral("system") : QStringLiteral("own")));
    if (!audited)
        return audited.error();
    return t.commit();
}

QString MailSettingsStore::keychainAccount(const MailSettings& settings) const
{
    return QStringLiteral("smtp:%1@%2:%3 (%4)")
        .arg(settings.username, settings.server)
        .arg(settings.port)
        .arg(m_store.organisation().name);
}

} // namespace inbeeld
