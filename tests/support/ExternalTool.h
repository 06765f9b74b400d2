#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace inbeeld::testing {

/// Runs a program from the system (minisign, age) for interoperability tests.
struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QString describe() const;
};

/// The full path of a system program, or empty when it is not installed.
QString findTool(const QString& name);
ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {});

bool writeBytes(const QString& path, const QByteArray& data);

} // namespace inbeeld::testing
