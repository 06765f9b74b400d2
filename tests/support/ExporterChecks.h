#pragma once

// The check every exporter of a child's personal data (package writer, case-sheet export, ...)
// must pass in its own test: without a share decision in force it refuses with
// Error::Code::SharingNotAllowed and leaves no file behind. Usage in a test slot:
//
//     verifyRefusesWithoutDecision([&](const QString& path) { return writer.write(child, party, path); }, path);
//     if (QTest::currentTestFailed())
//         return;

#include "core/common/Result.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <functional>

namespace inbeeld::testing {

inline void verifyRefusesWithoutDecision(const std::function<Result<void>(const QString& path)>& exportTo,
                                         const QString& path)
{
    QFile::remove(path);
    const Result<void> result = exportTo(path);
    QVERIFY2(!result.ok(), "the exporter wrote a child's data without a share decision");
    QCOMPARE(result.code(), Error::Code::SharingNotAllowed);
    QVERIFY2(!result.message().isEmpty(), "a refusal must tell the user what is missing");
    QVERIFY2(!QFileInfo::exists(path), "the exporter left a file behind after refusing");
}

} // namespace inbeeld::testing
