#pragma once

#include "tests/support/ExternalTool.h"

#include <QString>
#include <QTest>

namespace inbeeld::testing {

/// The text of a PDF as poppler's pdftotext reads it (what a reader or a search tool sees);
/// skips the current test when poppler-utils is not installed.
inline QString pdfText(const QString& pdfPath)
{
    const QString tool = findTool(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    const ToolRun run = runTool(tool, {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    if (!run.ok())
        qWarning("pdftotext: %s", qPrintable(run.describe()));
    return QString::fromUtf8(run.out);
}

/// Number of pages poppler's pdfinfo reports, or -1.
inline int pdfPages(const QString& pdfPath)
{
    const ToolRun run = runTool(findTool(QStringLiteral("pdfinfo")), {pdfPath});
    for (const QByteArray& line : run.out.split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace inbeeld::testing
