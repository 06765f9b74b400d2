// The exchange screens of issue #17 driven as a user would: the mail settings (the password in the
// keychain, never in the settings), sending a package by mail against a real local SMTP server
// (tests/support/smtp_server.py on python3-aiosmtpd) with progress, stop and the dispatch history,
// the explicit choice for children the area rule cannot assign, the work area editor, and editing
// and removing a partner.

#include "core/audit/AuditLog.h"
#include "core/exchange/AreaSettings.h"
#include "core/exchange/Identity.h"
#include "core/exchange/PackageDispatch.h"
#include "core/exchange/PackageWriter.h"
#include "core/exchange/PartnerTrust.h"
#include "core/i18n/Translations.h"
#include "core/importing/Importer.h"
#include "core/mail/MailSettings.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/sharing/DecisionStore.h"
#include "tests/core/ImportFixtures.h"
#include "tests/core/SharingFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/LocalSmtpServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestStores.h"
#include "ui/exchange/AreaEditorDialog.h"
#include "ui/exchange/DispatchHistoryDialog.h"
#include "ui/exchange/PartnerContactDialog.h"
#include "ui/exchange/PartnersPage.h"
#include "ui/exchange/SendPackageDialog.h"
#include "ui/exchange/UnassignedChildrenView.h"
#include "ui/mail/MailSendDialog.h"
#include "ui/mail/MailSettingsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace inbeeld;
using namespace inbeeld::testing;

namespace {

const QString Pass = QStringLiteral("post verstuur wachtwoord 8812");
const QString User = QStringLiteral("rbl-verzender");
const QString Password = QStringLiteral("smtp-geheim-4411");
const QString Liemers = QStringLiteral("SWV De Liemers");

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("INBEELD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestGuiMail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_rbl;
    std::unique_ptr<Store> m_swv;
    Partner m_partner;
    InMemorySecretStore m_secrets;
    std::unique_ptr<LocalSmtpServer> m_server;
    bool m_haveServer = false;

    QString writePackage(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        PackageRequest request;
        request.recipient = m_partner;
        request.quarter = QStringLiteral("2026Q3");
        auto written = PackageWriter(*m_rbl).write(request, path);
        return written ? path : QString();
    }

    void setUpMail(const QString& password)
    {
        MailSettings s;
        s.server = QStringLiteral("127.0.0.1");
        s.port = m_server->port();
        s.username = User;
        s.sender = QStringLiteral("leerplicht@rbl.test");
        s.caFile = m_server->certificate(QStringLiteral("server"));
        QVERIFY(MailSettingsStore(*m_rbl).save(s));
        QVERIFY(m_secrets.write(MailSettingsStore(*m_rbl).keychainAccount(s), SecretBytes::fromUtf8(password)));
    }

    QString lastAuditDetail(const QString& action)
    {
        auto entries = m_rbl->audit().entries();
        QString detail;
        for (const AuditEntry& e : entries ? entries.value() : QList<AuditEntry>()) {
            if (e.action == action)
                detail = e.detail;
        }
        return detail;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QStringLiteral("nl"));
        m_rbl = createTestStore(m_dir.filePath(QStringLiteral("rbl.inbeeld")), Pass,
                                testOrganisation(Role::Rbl, QStringLiteral("RBL Midden-Gelre")));
        m_swv = createTestStore(m_dir.filePath(QStringLiteral("swv.inbeeld")), Pass,
                                testOrganisation(Role::Swv, Liemers));
        QVERIFY(m_rbl && m_swv);
        const IdentityCard card = Identity::load(*m_swv).value().card(m_swv->organisation());
        auto pinned = PartnerTrust(*m_rbl).add(
            card, {card.fingerprint(), QStringLiteral("J. de Vries"), ConfirmationMethod::Phone});
        QVERIFY(pinned);
        auto withMail = PartnerTrust(*m_rbl).setContact(
            pinned.value(), {QStringLiteral("J. de Vries"), QStringLiteral("leerplicht@liemers.test"), {}});
        QVERIFY(withMail);
        m_partner = withMail.value();

        // Three children in Zevenaar (De Liemers' area) and one in Lingewaard, which no SWV of the
        // agreement covers: the area rule cannot assign that one.
        const QString list = m_dir.filePath(QStringLiteral("lijst.csv"));
        QStringList lines {QStringLiteral("BSN;Voornaam;Achternaam;Geboortedatum;Woonplaats;School;Soort verzuim")};
        for (int n = 1; n <= 3; ++n)
            lines << QStringLiteral(
                         "%1;Anaïs;Özdemir%2;3-9-2012;Zevenaar;Liemers Vakcollege;Langdurig relatief verzuim")
                         .arg(fictitiousBsn(n))
                         .arg(n);
        lines << QStringLiteral("%1;Bram;Lingen;4-5-2013;Bemmel;Onbekend;Langdurig relatief verzuim")
                     .arg(fictitiousBsn(4));
        QVERIFY(writeList(list, lines));
        ImportOptions o;
        o.peildatum = QDate(2026, 9, 30);
        QVERIFY(Importer(*m_rbl).run(list, o));
        QVERIFY(DecisionStore(*m_rbl).recordStanding(builtInAgreement(), Role::Rbl, QDateTime::currentDateTimeUtc()));

        m_haveServer = LocalSmtpServer::available();
        if (m_haveServer) {
            m_server = std::make_unique<LocalSmtpServer>(m_dir.path());
            QVERIFY(m_server->makeCertificate(QStringLiteral("server")));
            QVERIFY(m_server->start(User, Password));
        }
    }

    void cleanupTestCase() { m_server.reset(); }

    void unassignableChildrenNeedAnExplicitChoice()
    {
        SendPackageDialog dialog(*m_rbl);
        dialog.resize(1100, 720);
        dialog.show(); // buttons take clicks only when shown
        QVERIFY(dialog.selectPartner(Liemers));
        QVERIFY(dialog.selectQuarter(PackageWriter::quarterOf(QDate::currentDate())));
        dialog.updatePreview();
        UnassignedChildrenView* view = dialog.unassignedView();
        QVERIFY(view->isVisibleTo(&dialog));
        QCOMPARE(view->count(), 1);
        QCOMPARE(view->undecided(), 1);
        // Nothing is chosen for the user: the package cannot be written yet.
        QVERIFY(!dialog.canWrite());
        QVERIFY(!named<QPushButton>(&dialog, "writePackageButton")->isEnabled());
        auto* tree = named<QTreeWidget>(view, "unassignedTree");
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Bram Lingen"));
        screenshot(&dialog, QStringLiteral("send-unassigned"));

        // Sending it to this partner counts it in; leaving it out keeps it home. Both are allowed.
        tree->setCurrentItem(tree->topLevelItem(0));
        tree->topLevelItem(0)->setSelected(true);
        click(named<QPushButton>(view, "unassignedSendButton"));
        QVERIFY(dialog.canWrite());
        QCOMPARE(view->assigned().size(), 1);
        view->leaveOutUndecided(); // nothing undecided: no change
        QCOMPARE(view->assigned().size(), 1);
        view->choose(0, UnassignedChildrenView::Choice::LeaveOut);
        QVERIFY(dialog.canWrite());
        QCOMPARE(view->leftOut().size(), 1);

        const QString path = m_dir.filePath(QStringLiteral("keuze.inbeeldpakket"));
        QVERIFY(dialog.writeTo(path));
        QCOMPARE(dialog.written()->counts.value(QStringLiteral("langdurig")), 3);
        // The choice is recorded with the package (counts only, nobody named).
        const QString detail = lastAuditDetail(QStringLiteral("package.sent"));
        QVERIFY2(detail.contains(QStringLiteral("unassignable=1 assigned=0 left_out=1 undecided=0")),
                 qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("Lingen")));
    }

    void mailSettingsKeepThePasswordInTheKeychain()
    {
        if (!m_haveServer)
            QSKIP("python3-aiosmtpd is not installed (packaging/debian/install-deps.sh installs it)");
        MailSettingsDialog dialog(*m_rbl, m_secrets);
        typeInto(named<QLineEdit>(&dialog, "mailServerEdit"), QStringLiteral("127.0.0.1"));
        named<QSpinBox>(&dialog, "mailPortSpin")->setValue(m_server->port());
        typeInto(named<QLineEdit>(&dialog, "mailUserEdit"), User);
        typeInto(named<QLineEdit>(&dialog, "mailSenderEdit"), QStringLiteral("leerplicht@rbl.test"));
        typeInto(named<QLineEdit>(&dialog, "mailCaEdit"), m_server->certificate(QStringLiteral("server")));

        // A wrong password fails the test cleanly, in the user's words.
        typeInto(named<QLineEdit>(&dialog, "mailPasswordEdit"), QStringLiteral("fout-wachtwoord"));
        QSignalSpy tested(&dialog, &MailSettingsDialog::testFinished);
        QVERIFY(dialog.startTest());
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(tested.first().at(1).toString().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(tested.first().at(1).toString()));

        typeInto(named<QLineEdit>(&dialog, "mailPasswordEdit"), Password);
        QVERIFY(dialog.startTest());
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.last().at(0).toBool(), true);
        screenshot(&dialog, QStringLiteral("mail-settings"));

        QVERIFY(dialog.save());
        const auto loaded = MailSettingsStore(*m_rbl).load();
        QVERIFY(loaded && loaded.value());
        QCOMPARE(loaded.value()->server, QStringLiteral("127.0.0.1"));
        QCOMPARE(loaded.value()->port, m_server->port());
        QCOMPARE(loaded.value()->username, User);
        auto kept = m_secrets.read(MailSettingsStore(*m_rbl).keychainAccount(*loaded.value()));
        QVERIFY(kept);
        QCOMPARE(QByteArray(kept.value().chars(), int(kept.value().size())), Password.toUtf8());
        // Never in the program's settings.
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(Password), qPrintable(key));
        QVERIFY(named<QLineEdit>(&dialog, "mailPasswordEdit")->text().isEmpty());
    }

    void sendByMailFromTheDialog()
    {
        if (!m_haveServer)
            QSKIP("python3-aiosmtpd is not installed (packaging/debian/install-deps.sh installs it)");
        setUpMail(Password);
        const QString path = writePackage(QStringLiteral("2026Q3-SWV-De-Liemers.inbeeldpakket"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = readFile(path);
        const int already = int(m_server->received().size());

        MailSendDialog dialog(*m_rbl, m_secrets, path, m_partner);
        dialog.resize(760, 600);
        QVERIFY(dialog.canSend());
        QCOMPARE(named<QLabel>(&dialog, "mailToValue")->text(),
                 QStringLiteral("%1 <leerplicht@liemers.test>").arg(Liemers));
        const QString body = named<QPlainTextEdit>(&dialog, "mailBodyView")->toPlainText();
        for (const QString& personal : {QStringLiteral("Özdemir"), fictitiousBsn(1), QStringLiteral("Zevenaar")})
            QVERIFY2(!body.contains(personal), qPrintable(personal));
        // The keychain has the password: it is not asked.
        QVERIFY(!named<QLineEdit>(&dialog, "mailPasswordEdit")->isVisibleTo(&dialog));
        screenshot(&dialog, QStringLiteral("mail-send"));

        QSignalSpy done(&dialog, &MailSendDialog::finished);
        click(named<QPushButton>(&dialog, "mailSendButton"));
        QVERIFY(dialog.isSending());
        QVERIFY(named<QPushButton>(&dialog, "mailStopButton")->isVisibleTo(&dialog));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(m_server->received().size(), already + 1);
        QCOMPARE(readFile(path), before); // the package stays as it was
        screenshot(&dialog, QStringLiteral("mail-sent"));

        // The attachment arrives byte for byte.
        QProcess p;
        p.start(LocalSmtpServer::python(),
                {QStringLiteral("-c"),
                 QStringLiteral("import email,sys\n"
                                "m=email.message_from_binary_file(open(sys.argv[1],'rb'))\n"
                                "p=[x for x in m.walk() if x.get_filename()][0]\n"
                                "sys.stdout.buffer.write(p.get_payload(decode=True))"),
                 m_server->received().last()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.readAllStandardOutput(), before);

        // The history shows the file and the mail, newest first.
        DispatchHistoryDialog history(*m_rbl, m_secrets);
        const QList<DispatchRecord> records = history.records();
        QVERIFY(records.size() >= 2);
        QCOMPARE(records.first().how, QStringLiteral("mail"));
        QVERIFY(records.first().succeeded);
        QCOMPARE(records.first().partner, Liemers);
        QCOMPARE(records.first().address, QStringLiteral("leerplicht@liemers.test"));
        QVERIFY(records.first().result.contains(QStringLiteral("queued as")));
        QVERIFY(named<QTableWidget>(&history, "dispatchTable")->rowCount() >= 2);
        screenshot(&history, QStringLiteral("dispatch-history"));
    }

    void failedAndStoppedMailsAreShownAndKept()
    {
        if (!m_haveServer)
            QSKIP("python3-aiosmtpd is not installed (packaging/debian/install-deps.sh installs it)");
        setUpMail(QStringLiteral("niet-het-wachtwoord"));
        const QString path = writePackage(QStringLiteral("2026Q3-mislukt.inbeeldpakket"));
        QVERIFY(!path.isEmpty());
        const int already = int(m_server->received().size());
        {
            MailSendDialog dialog(*m_rbl, m_secrets, path, m_partner);
            QSignalSpy done(&dialog, &MailSendDialog::finished);
            QVERIFY(dialog.send());
            QVERIFY(done.wait(60000));
            QCOMPARE(done.first().at(0).toBool(), false);
            QVERIFY(named<QLabel>(&dialog, "mailErrorLabel")->isVisibleTo(&dialog));
            QVERIFY(named<QLabel>(&dialog, "mailErrorLabel")->text().contains(QDir::toNativeSeparators(path)));
            QVERIFY(named<QPushButton>(&dialog, "mailSendButton")->isEnabled()); // may try again
            screenshot(&dialog, QStringLiteral("mail-failed"));
        }
        setUpMail(Password);
        {
            // Stopped at once: nothing arrives.
            MailSendDialog dialog(*m_rbl, m_secrets, path, m_partner);
            QSignalSpy done(&dialog, &MailSendDialog::finished);
            QVERIFY(dialog.send());
            dialog.cancelSending();
            QVERIFY(done.wait(60000));
            QCOMPARE(done.first().at(0).toBool(), false);
        }
        QCOMPARE(m_server->received().size(), already);
        QVERIFY(QFile::exists(path));
        auto all = PackageDispatch(*m_rbl).all();
        QVERIFY(all);
        int failed = 0;
        for (const DispatchRecord& r : all.value())
            failed += r.succeeded ? 0 : 1;
        QCOMPARE(failed, 2);
        QVERIFY(!all.value().first().succeeded);
    }

    void passwordIsAskedWhenTheKeychainHasNone()
    {
        if (!m_haveServer)
            QSKIP("python3-aiosmtpd is not installed (packaging/debian/install-deps.sh installs it)");
        setUpMail(Password);
        const auto settings = MailSettingsStore(*m_rbl).load().value();
        QVERIFY(m_secrets.remove(MailSettingsStore(*m_rbl).keychainAccount(*settings)));
        const QString path = writePackage(QStringLiteral("2026Q3-zonder-sleutelhanger.inbeeldpakket"));
        QVERIFY(!path.isEmpty());
        MailSendDialog dialog(*m_rbl, m_secrets, path, m_partner);
        auto* password = named<QLineEdit>(&dialog, "mailPasswordEdit");
        QVERIFY(password->isVisibleTo(&dialog));
        QVERIFY(!dialog.send()); // nothing typed: asked, nothing sent
        QVERIFY(named<QLabel>(&dialog, "mailErrorLabel")->isVisibleTo(&dialog));
        typeInto(password, Password);
        QSignalSpy done(&dialog, &MailSendDialog::finished);
        QVERIFY(dialog.send());
        QVERIFY(password->text().isEmpty()); // taken out of the field into secret memory
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        // Asked, not kept: the keychain still has nothing.
        QVERIFY(!m_secrets.read(MailSettingsStore(*m_rbl).keychainAccount(*settings)));
    }

    void workAreaEditorChangesWhatIsAssignable()
    {
        AreaEditorDialog dialog(*m_rbl);
        QVERIFY(dialog.selectParty(QStringLiteral("swv-de-liemers")));
        screenshot(&dialog, QStringLiteral("area-editor"));
        dialog.setMunicipalities({QStringLiteral("Duiven"), QStringLiteral("Westervoort"), QStringLiteral("Zevenaar"),
                                  QStringLiteral("Lingewaard")});
        QVERIFY(dialog.saveParty());
        const auto werkgebied = AreaSettings(*m_rbl).load(builtInAgreement());
        QVERIFY(werkgebied);
        QVERIFY(werkgebied.value().edited.contains(QStringLiteral("swv-de-liemers")));
        QVERIFY(werkgebied.value()
                    .parties.value(QStringLiteral("swv-de-liemers"))
                    .municipalities.contains(QStringLiteral("Lingewaard")));

        // The Lingewaard child now belongs to De Liemers: nothing left to choose.
        PackageRequest request;
        request.recipient = m_partner;
        auto plan = PackageWriter(*m_rbl).plan(request);
        QVERIFY2(plan, qPrintable(plan.message()));
        QCOMPARE(plan.value().unassigned.size(), 0);
        QCOMPARE(plan.value().counts.value(QStringLiteral("langdurig")), 4);

        QVERIFY(dialog.addSchool(QStringLiteral("Liemers College"), QStringLiteral("12AB"),
                                 QStringLiteral("swv-de-liemers")));
        QCOMPARE(named<QTableWidget>(&dialog, "areaSchoolTable")->rowCount(), 1);
        QVERIFY(!dialog.addSchool(QString(), QString(), QStringLiteral("swv-de-liemers")));
        QVERIFY(named<QLabel>(&dialog, "areaErrorLabel")->isVisibleTo(&dialog));
        // Back to the profile's area for the other tests.
        dialog.setMunicipalities({QStringLiteral("Duiven"), QStringLiteral("Westervoort"), QStringLiteral("Zevenaar")});
        QVERIFY(dialog.saveParty());
    }

    void rotatedKeysAskWhetherThePartnerHasOurNewCard()
    {
        PackageRequest request;
        request.recipient = m_partner;
        QVERIFY(PackageWriter(*m_rbl).plan(request).value().ownCardNotice.isEmpty());
        QVERIFY(Identity::rotate(*m_rbl));
        // The partner pinned our previous card: the preview says they would refuse the package.
        auto plan = PackageWriter(*m_rbl).plan(request);
        QVERIFY(plan);
        QVERIFY(plan.value().ownCardNotice.contains(Liemers));
        SendPackageDialog dialog(*m_rbl);
        dialog.resize(1100, 720);
        QVERIFY(dialog.selectPartner(Liemers));
        dialog.updatePreview();
        auto* hint = named<QLabel>(&dialog, "sendHintLabel");
        QVERIFY(hint->isVisibleTo(&dialog));
        QVERIFY(hint->text().contains(QStringLiteral("confirm-card")));
        screenshot(&dialog, QStringLiteral("send-own-card"));
        // Once the user confirms they read it in, the notice is gone, and that is audited.
        emit hint->linkActivated(QStringLiteral("confirm-card"));
        QVERIFY(!hint->text().contains(QStringLiteral("confirm-card")));
        QVERIFY(PackageWriter(*m_rbl).plan(request).value().ownCardNotice.isEmpty());
        QVERIFY(!lastAuditDetail(QStringLiteral("partner.holds_our_card")).isEmpty());
    }

    void partnerContactEditedAndPartnerRemoved()
    {
        PartnersPage page;
        page.resize(1366, 768);
        page.setSecretStore(&m_secrets);
        page.setStore(m_rbl.get());
        auto* table = named<QTableView>(&page, "partnersTable");
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(!named<QPushButton>(&page, "removePartnerButton")->isEnabled());
        table->selectRow(0);
        QVERIFY(named<QPushButton>(&page, "removePartnerButton")->isEnabled());
        screenshot(&page, QStringLiteral("partners-page"));

        QTimer::singleShot(0, this, [] {
            auto* dialog = visibleTopLevel<PartnerContactDialog>();
            QVERIFY(dialog);
            typeInto(named<QLineEdit>(dialog, "contactMailEdit"), QStringLiteral("geen adres"));
            QVERIFY(!dialog->save()); // refused in the user's words
            QVERIFY(named<QLabel>(dialog, "contactErrorLabel")->isVisible());
            typeInto(named<QLineEdit>(dialog, "contactMailEdit"), QStringLiteral("thuiszitters@liemers.test"));
            typeInto(named<QLineEdit>(dialog, "contactPhoneEdit"), QStringLiteral("0316 123 456"));
            screenshot(dialog, QStringLiteral("partner-contact"));
            dialog->accept();
        });
        QVERIFY(page.editContact());
        auto partners = PartnerTrust(*m_rbl).partners();
        QVERIFY(partners && partners.value().size() == 1);
        QCOMPARE(partners.value().first().contactMail, QStringLiteral("thuiszitters@liemers.test"));
        QCOMPARE(partners.value().first().contactPhone, QStringLiteral("0316 123 456"));

        // Removing asks first; "Cancel" keeps the partner.
        const auto answer = [this](bool remove) {
            QTimer::singleShot(0, this, [remove] {
                auto* box = visibleTopLevel<QMessageBox>();
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("removePartnerBox"));
                if (remove)
                    screenshot(box, QStringLiteral("partner-remove"));
                for (QAbstractButton* b : box->buttons()) {
                    if (box->buttonRole(b) == (remove ? QMessageBox::DestructiveRole : QMessageBox::RejectRole))
                        b->click();
                }
            });
        };
        table->selectRow(0);
        answer(false);
        QVERIFY(!page.removeSelected());
        QCOMPARE(PartnerTrust(*m_rbl).partners().value().size(), 1);
        table->selectRow(0);
        answer(true);
        QVERIFY(page.removeSelected());
        QCOMPARE(PartnerTrust(*m_rbl).partners().value().size(), 0);
        // The history stays: the dispatch history still lists the packages made for them.
        auto all = PackageDispatch(*m_rbl).all();
        QVERIFY(all && !all.value().isEmpty());
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiMail)

#include "tst_gui_mail.moc"
