#include "tests/support/ExternalTool.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace inbeeld::testing {

QString ToolRun::describe() const
{
    return QStringLiteral("exit %1; stdout: %2; stderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out.left(400)), QString::fromUtf8(err.left(400)));
}

QString findTool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = "could not start " + program.toUtf8();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool writeBytes(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace inbeeld::testing
