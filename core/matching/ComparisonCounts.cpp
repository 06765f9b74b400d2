#include "core/matching/ComparisonCounts.h"

#include <QSaveFile>

namespace inbeeld {

QByteArray ComparisonCounts::csv(const Comparison& comparison)
{
    QString text = QStringLiteral("category");
    for (int i = 0; i < ComparisonOutcomeCount; ++i)
        text += u',' + Comparison::outcomeCode(ComparisonOutcome(i));
    text += QStringLiteral(",total\r\n");
    CategorySummary total {QStringLiteral("total"), {}};
    for (const CategorySummary& s : comparison.summary()) {
        text += s.category;
        for (int i = 0; i < ComparisonOutcomeCount; ++i) {
            text += u',' + QString::number(s.counts[std::size_t(i)]);
            total.counts[std::size_t(i)] += s.counts[std::size_t(i)];
        }
        text += u',' + QString::number(s.total()) + QStringLiteral("\r\n");
    }
    text += total.category;
    for (int i = 0; i < ComparisonOutcomeCount; ++i)
        text += u',' + QString::number(total.counts[std::size_t(i)]);
    text += u',' + QString::number(total.total()) + QStringLiteral("\r\n");
    return text.toUtf8();
}

Result<void> ComparisonCounts::writeCsv(const Comparison& comparison, const QString& path)
{
    QSaveFile file(path);
    const QByteArray bytes = csv(comparison);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            Error::Code::Io,
            tr("The counts could not be written to %1: %2. Choose another folder.").arg(path, file.errorString()));
    return {};
}

} // namespace inbeeld
