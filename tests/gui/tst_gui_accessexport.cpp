#include "tests/core/LifecycleFixtures.h"
#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/lifecycle/AccessExportDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace inbeeld;
using namespace inbeeld::testing;

/// The access export from the GUI: a BSN, PDF or JSON, a save dialog, a file only the user can read.
class TestGuiAccessExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        m_store = createTestStore(m_dir.filePath(QStringLiteral("a.inbeeld")), QStringLiteral("zeven groene kikkers"));
        QVERIFY(m_store);
        QVERIFY(importLifecycleLists(*m_store, m_dir).theirs > 0);
    }

    void refusesAnInvalidBsn()
    {
        AccessExportDialog dialog(*m_store);
        dialog.show();
        typeInto(named<QLineEdit>(&dialog, "accessBsnEdit"), QStringLiteral("123456788"));
        click(named<QPushButton>(&dialog, "accessSaveButton"));
        QVERIFY(named<QLabel>(&dialog, "accessStatusLabel")->isVisible());
        QVERIFY(!visibleTopLevel<QFileDialog>());
    }

    void writesJsonThroughTheSaveDialog()
    {
        AccessExportDialog dialog(*m_store);
        dialog.show();
        typeInto(named<QLineEdit>(&dialog, "accessBsnEdit"), fictitiousBsn(0));
        named<QRadioButton>(&dialog, "accessJsonButton")->click();
        click(named<QPushButton>(&dialog, "accessSaveButton"));
        auto* files = visibleTopLevel<QFileDialog>();
        if (!files)
            files = named<QFileDialog>(&dialog, "accessFileDialog");
        QVERIFY(files);
        QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
        const QString path = m_dir.filePath(QStringLiteral("inzage.json"));
        QSignalSpy exported(&dialog, &AccessExportDialog::exported);
        files->selectFile(path);
        static_cast<QDialog*>(files)->accept(); // as the Save button does
        QCOMPARE(exported.count(), 1);
        QFile file(path);
        QVERIFY(file.exists());
        QCOMPARE(
            file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(json.contains(QStringLiteral("subject")));
        QVERIFY(json.contains(QStringLiteral("explanation")));
        const QJsonArray records = json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2); // ours and the partner's
        QVERIFY(auditText(*m_store).contains(QStringLiteral("subject.access_export")));
        QVERIFY(!auditText(*m_store).contains(fictitiousBsn(0)));
    }

    void writesAReadablePdf()
    {
        AccessExportDialog dialog(*m_store);
        dialog.setChildKey(bsnKey(1));
        QCOMPARE(named<QLineEdit>(&dialog, "accessBsnEdit")->text(), fictitiousBsn(1));
        dialog.setPdf(true);
        const QString path = m_dir.filePath(QStringLiteral("inzage.pdf"));
        QVERIFY(dialog.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void forAChildWithoutABsn()
    {
        AccessExportDialog dialog(*m_store);
        dialog.setChildKey(QStringLiteral("name:berg emma|2013-06-05"));
        QVERIFY(!named<QLineEdit>(&dialog, "accessBsnEdit")->isEnabled());
        dialog.setPdf(false);
        QVERIFY(dialog.exportTo(m_dir.filePath(QStringLiteral("zonder-bsn.json"))));
    }
};

INBEELD_GUI_TEST_MAIN(TestGuiAccessExport)
#include "tst_gui_accessexport.moc"
