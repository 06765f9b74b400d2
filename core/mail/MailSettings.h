#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace inbeeld {

class Store;
class SecretStore;
class SecretBytes;

/// How the connection to the mail server is secured. Plain SMTP is deliberately not offered.
enum class MailSecurity {
    StartTls, // submission port 587: STARTTLS is required, a server without it is refused
    Tls, // port 465: TLS from the first byte (SMTPS)
};

/// The organisation's mail server for sending packages (table mail_settings, schema 10). The
/// password is not here: it lives in the OS keychain (SecretStore) or is asked each time.
struct MailSettings
{
    QString server;
    int port = 587;
    MailSecurity security = MailSecurity::StartTls;
    QString username;
    QString sender; // the From address
    QString caFile; // a CA certificate file the administrator sets; empty: the system's CAs

    static QString securityCode(MailSecurity s); // "starttls", "tls"
    static std::optional<MailSecurity> securityFromCode(const QString& code);
};

/// Reads and stores the mail settings per store, audited, and the SMTP password in the keychain.
class MailSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(MailSettingsStore)

public:
    explicit MailSettingsStore(Store& store);

    /// Nothing when mail was never set up.
    Result<std::optional<MailSettings>> load() const;
    /// Checks (server, port 1–65535, a sender address, a readable CA file) and stores.
    Result<void> save(const MailSettings& settings);

    /// The keychain account of the SMTP password of this store's mail settings.
    QString keychainAccount(const MailSettings& settings) const;

private:
    Store& m_store;
};

} // namespace inbeeld
