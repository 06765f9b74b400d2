// InBeeld, the desktop program: sets up the application and hands over to the session.

#include "core/common/BuildInfo.h"
#include "core/common/ProcessHardening.h"
#include "core/demo/DemoStore.h"
#include "core/i18n/Translations.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/AppSettings.h"
#include "core/setup/StoreSetup.h"
#include "core/storage/SqlCipherDriver.h"
#include "ui/common/AppIcon.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/session/SessionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWidget>
#include <memory>

namespace {

// For bench_startup: with INBEELD_STARTUP_PROBE set, print "ready" once the first window is
// shown and quit, so the cold start to the first screen can be timed from outside.
class StartupProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow()) {
            QTextStream(stdout) << "ready " << watched->objectName() << Qt::endl;
            // Queued: the first window may appear before the event loop runs.
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
            qApp->removeEventFilter(this);
        }
        return false;
    }
};

// `inbeeld FILE` (a double-click in the file manager): an exchange package by its extension, or a
// zip under the old shared extension .inbeeld; anything else is taken for a store (a store is
// encrypted throughout, so it has no magic of its own).
bool isPackageFile(const QString& path)
{
    if (path.endsWith(QStringLiteral(".inbeeldpakket"), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

} // namespace

int main(int argc, char* argv[])
{
    // Keys and personal data in memory never end up in a core file.
    inbeeld::ProcessHardening::disableCoreDumps();
    inbeeld::ProcessHardening::restrictNewFiles();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InBeeld"));
    QApplication::setApplicationName(QStringLiteral("InBeeld"));
    QApplication::setApplicationVersion(QStringLiteral(INBEELD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.inbeeld.InBeeld"));
    QApplication::setWindowIcon(inbeeld::AppIcon::icon());
    // The session decides when the program ends (a locked session has no visible main window).
    QApplication::setQuitOnLastWindowClosed(false);

    inbeeld::Translations::install(inbeeld::AppSettings::language());
    inbeeld::SqlCipherDriver::registerDriver();
    inbeeld::StoreSetup::installOpenSteps();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "InBeeld compares the lists of out-of-school children of an attendance office and a school "
        "partnership."));
    parser.addHelpOption();
    // Our own --version: Qt's prints the version only; this adds the commit and the licence.
    const QCommandLineOption versionOption(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("main", "Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a throw-away demo store with invented data."));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QCoreApplication::translate("main", "Open the store file at <path>."),
                                         QCoreApplication::translate("main", "path"));
    parser.addOption(demoOption);
    parser.addOption(storeOption);
    parser.addPositionalArgument(
        QCoreApplication::translate("main", "file"),
        QCoreApplication::translate("main", "An exchange package to open (after unlocking), or a store to unlock."),
        QCoreApplication::translate("main", "[file]"));
    parser.process(app);
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << inbeeld::BuildInfo::versionText(QStringLiteral("inbeeld")) << Qt::endl;
        return 0;
    }

    QString storePath = parser.value(storeOption);
    QString packagePath;
    if (const QString file = parser.positionalArguments().value(0); !file.isEmpty()) {
        if (isPackageFile(file))
            packagePath = file;
        else if (storePath.isEmpty())
            storePath = file;
    }
    std::unique_ptr<QTemporaryDir> demoDir;
    if (parser.isSet(demoOption)) {
        demoDir = std::make_unique<QTemporaryDir>();
        const inbeeld::Result<QString> demo = demoDir->isValid()
            ? inbeeld::DemoStore::create(demoDir->path())
            : inbeeld::Result<QString>(
                inbeeld::makeError(inbeeld::Error::Code::Io,
                                   QCoreApplication::translate("main", "No temporary folder could be created.")));
        if (!demo) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "InBeeld"),
                QCoreApplication::translate("main", "The demo store could not be created. %1").arg(demo.message()));
            return 1;
        }
        storePath = demo.value();
    }

    if (qEnvironmentVariableIsSet("INBEELD_STARTUP_PROBE"))
        app.installEventFilter(new StartupProbe(&app));

    inbeeld::KeychainSecretStore secrets;
    inbeeld::SessionController session(secrets);
    QObject::connect(&session, &inbeeld::SessionController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!packagePath.isEmpty()) {
        // Opened on the main window once a store is unlocked (the last one used, unless --store).
        QObject::connect(
            &session, &inbeeld::SessionController::unlocked, &session,
            [&session, packagePath] { session.mainWindow()->openPackage(packagePath); },
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    session.start(storePath, parser.isSet(demoOption));
    return app.exec();
}
