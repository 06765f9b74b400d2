#include "ui/mail/MailSettingsDialog.h"

#include "core/crypto/SecretBytes.h"
#include "core/mail/SmtpSender.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/SecretText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace inbeeld {

MailSettingsDialog::MailSettingsDialog(Store& store, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_serverEdit(new QLineEdit(this))
    , m_portSpin(new QSpinBox(this))
    , m_securityCombo(new QComboBox(this))
    , m_userEdit(new QLineEdit(this))
    , m_senderEdit(new QLineEdit(this))
    , m_caEdit(new QLineEdit(this))
    , m_caButton(new QPushButton(tr("B&rowse…"), this))
    , m_passwordEdit(new QLineEdit(this))
    , m_rememberCheck(new QCheckBox(tr("&Keep the password in this computer's keychain"), this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_testButton(new QPushButton(tr("&Test"), this))
    , m_saveButton(nullptr)
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Mail settings"));
    m_serverEdit->setObjectName(QStringLiteral("mailServerEdit"));
    m_serverEdit->setPlaceholderText(tr("smtp.example.nl"));
    m_portSpin->setObjectName(QStringLiteral("mailPortSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(587);
    m_securityCombo->setObjectName(QStringLiteral("mailSecurityCombo"));
    m_securityCombo->addItem(tr("STARTTLS (usually port 587)"), MailSettings::securityCode(MailSecurity::StartTls));
    m_securityCombo->addItem(tr("TLS from the start (usually port 465)"),
                             MailSettings::securityCode(MailSecurity::Tls));
    m_userEdit->setObjectName(QStringLiteral("mailUserEdit"));
    m_senderEdit->setObjectName(QStringLiteral("mailSenderEdit"));
    m_senderEdit->setPlaceholderText(tr("leerplicht@example.nl"));
    m_caEdit->setObjectName(QStringLiteral("mailCaEdit"));
    m_caEdit->setPlaceholderText(tr("empty: the certificate authorities of this computer"));
    m_caButton->setObjectName(QStringLiteral("mailCaButton"));
    m_passwordEdit->setObjectName(QStringLiteral("mailPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck->setObjectName(QStringLiteral("mailRememberCheck"));
    m_rememberCheck->setChecked(true);
    m_statusLabel->setObjectName(QStringLiteral("mailStatusLabel"));
    LabelStyle::asNotice(m_statusLabel);
    m_errorLabel->setObjectName(QStringLiteral("mailErrorLabel"));
    LabelStyle::asError(m_errorLabel);
    m_busyBar->setObjectName(QStringLiteral("mailTestProgress"));
    m_busyBar->setRange(0, 0);
    m_busyBar->hide();
    m_testButton->setObjectName(QStringLiteral("mailTestButton"));
    m_testButton->setToolTip(tr("Connect, secure the connection and log in with these settings; nothing is sent."));

    auto* intro = new QLabel(tr("InBeeld sends packages through your organisation's mail server, always over an "
                                "encrypted connection whose certificate is checked; sending without encryption is "
                                "not possible. The password is kept in the keychain of this computer, never in the "
                                "store."),
                             this);
    intro->setWordWrap(true);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caEdit, 1);
    caRow->addWidget(m_caButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_serverEdit);
    form->addRow(tr("&Security:"), m_securityCombo);
    form->addRow(tr("&Port:"), m_portSpin);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(tr("Se&nder address:"), m_senderEdit);
    auto* caLabel = new QLabel(tr("&CA certificate file:"), this);
    caLabel->setBuddy(m_caEdit);
    form->addRow(caLabel, caRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("mailSettingsButtons"));
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setObjectName(QStringLiteral("mailSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MailSettingsDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &MailSettingsDialog::startTest);
    connect(m_caButton, &QPushButton::clicked, this, &MailSettingsDialog::chooseCaFile);
    connect(m_securityCombo, &QComboBox::currentIndexChanged, this, &MailSettingsDialog::securityChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MailSettingsDialog::testDone);
    load();
    resize(620, sizeHint().height());
}

void MailSettingsDialog::load()
{
    auto loaded = MailSettingsStore(m_store).load();
    if (!loaded) {
        LabelStyle::setTextOrHide(m_errorLabel, loaded.message());
        return;
    }
    if (!loaded.value()) {
        LabelStyle::setTextOrHide(m_statusLabel, tr("Mail has not been set up yet."));
        return;
    }
    const MailSettings& s = *loaded.value();
    m_serverEdit->setText(s.server);
    m_securityCombo->blockSignals(true);
    m_securityCombo->setCurrentIndex(s.security == MailSecurity::Tls ? 1 : 0);
    m_securityCombo->blockSignals(false);
    m_portSpin->setValue(s.port);
    m_userEdit->setText(s.username);
    m_senderEdit->setText(s.sender);
    m_caEdit->setText(s.caFile);
    m_remembered = bool(m_secrets.read(MailSettingsStore(m_store).keychainAccount(s)));
    m_passwordEdit->setPlaceholderText(m_remembered ? tr("kept in the keychain; type to replace it")
                                                    : tr("not kept: asked when sending"));
    m_rememberCheck->setChecked(m_remembered);
}

MailSettings MailSettingsDialog::formSettings() const
{
    MailSettings s;
    s.server = m_serverEdit->text().trimmed();
    s.port = m_portSpin->value();
    s.security
        = MailSettings::securityFromCode(m_securityCombo->currentData().toString()).value_or(MailSecurity::StartTls);
    s.username = m_userEdit->text().trimmed();
    s.sender = m_senderEdit->text().trimmed();
    s.caFile = m_caEdit->text().trimmed();
    return s;
}

void MailSettingsDialog::securityChanged()
{
    // Follow the usual port of the chosen security, unless the administrator set another one.
    const bool tls = m_securityCombo->currentIndex() == 1;
    if (m_portSpin->value() == (tls ? 587 : 465))
        m_portSpin->setValue(tls ? 465 : 587);
}

void MailSettingsDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate file"), m_caEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caEdit->setText(file);
}

bool MailSettingsDialog::save()
{
    LabelStyle::setTextOrHide(m_errorLabel, {});
    const MailSettings s = formSettings();
    MailSettingsStore settings(m_store);
    if (auto saved = settings.save(s); !saved) {
        LabelStyle::setTextOrHide(m_errorLabel, saved.message());
        return false;
    }
    const QString account = settings.keychainAccount(s);
    QString status = tr("The mail settings are saved.");
    if (!m_rememberCheck->isChecked()) {
        (void)m_secrets.remove(account);
        m_remembered = false;
        status += QLatin1Char(' ') + tr("The password is not kept: it is asked when sending.");
    } else if (!m_passwordEdit->text().isEmpty()) {
        if (m_secrets.write(account, takeSecret(m_passwordEdit))) {
            m_remembered = true;
            status += QLatin1Char(' ') + tr("The password is kept in the keychain of this computer.");
        } else {
            status += QLatin1Char(' ')
                + tr("There is no keychain on this computer: the password is asked each time you send.");
        }
    }
    LabelStyle::setTextOrHide(m_statusLabel, status);
    return true;
}

void MailSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool MailSettingsDialog::startTest()
{
    if (isTesting())
        return false;
    LabelStyle::setTextOrHide(m_errorLabel, {});
    const MailSettings s = formSettings();
    SecretBytes password;
    if (!m_passwordEdit->text().isEmpty()) {
        password = readSecret(m_passwordEdit);
    } else {
        auto kept = m_secrets.read(MailSettingsStore(m_store).keychainAccount(s));
        if (!kept) {
            LabelStyle::setTextOrHide(m_errorLabel, tr("Type the password to test the connection."));
            m_passwordEdit->setFocus();
            return false;
        }
        password = kept.takeValue();
    }
    auto sender = std::make_shared<SmtpSender>(s, std::move(password));
    setBusy(true);
    LabelStyle::setTextOrHide(m_statusLabel, tr("Connecting to %1…").arg(s.server));
    m_watcher.setFuture(QtConcurrent::run([sender] {
        auto tested = sender->test();
        return qMakePair(bool(tested), tested ? QString() : tested.message());
    }));
    return true;
}

void MailSettingsDialog::testDone()
{
    setBusy(false);
    const auto [ok, why] = m_watcher.result();
    const QString message = ok ? tr("The connection works: the server was reached over an encrypted connection and "
                                    "accepted the user name and password. Nothing was sent.")
                               : why;
    LabelStyle::setTextOrHide(m_statusLabel, ok ? message : QString());
    LabelStyle::setTextOrHide(m_errorLabel, ok ? QString() : message);
    emit testFinished(ok, message);
}

void MailSettingsDialog::setBusy(bool busy)
{
    m_busyBar->setVisible(busy);
    m_testButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
}

} // namespace inbeeld
