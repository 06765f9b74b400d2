#include "core/reporting/CaseDocuments.h"

#include "core/domain/Agreement.h"
#include "core/importing/ImportReport.h"
#include "core/matching/Comparison.h"
#include "core/sharing/ShareDecision.h"

#include <QLocale>

namespace inbeeld {

namespace {

QString when(const QDateTime& utc)
{
    return utc.isValid() ? QLocale(QLocale::Dutch).toString(utc.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm"))
                         : QString();
}

QString yesNo(bool value)
{
    return value ? CaseDocuments::tr("yes") : CaseDocuments::tr("no");
}

QString childText(const QString& childKey)
{
    if (childKey.startsWith(u"bsn:"))
        return CaseDocuments::tr("BSN %1").arg(childKey.mid(4));
    if (childKey.startsWith(u"onr:"))
        return CaseDocuments::tr("Onderwijsnummer %1").arg(childKey.mid(4));
    if (childKey.startsWith(u"name:"))
        return CaseDocuments::tr("Name and date of birth (%1)").arg(childKey.mid(5));
    return childKey;
}

} // namespace

Document CaseDocuments::decisionRecord(const ShareDecision& d, const std::optional<Agreement>& agreement,
                                       const QString& organisation)
{
    const bool individual = d.kind == ShareDecision::Kind::Individual;
    Document doc(individual ? tr("Share decision %1").arg(d.id)
                            : tr("Standing decision %1: quarterly exchange").arg(d.id),
                 organisation);
    doc.setConfidential(individual);
    const ShareAnswers& a = d.answers;
    const AgreementParty* party = agreement ? agreement->party(d.recipient) : nullptr;
    const AgreementCategory* category = agreement ? agreement->category(d.category) : nullptr;
    const Purpose* purpose = agreement ? agreement->purpose(a.purposeId) : nullptr;
    const LegalGround* ground = agreement ? agreement->legalGround(a.ground) : nullptr;
    doc.addHeading(tr("Decision"));
    QList<QPair<QString, QString>> head {
        {tr("Decided by"), d.decidedBy},
        {tr("Decided on"), when(d.decidedAt)},
        {tr("Agreement"), agreement ? agreement->title() : d.agreementId},
        {tr("Outcome"),
         d.outcome == ShareDecision::Outcome::Share ? tr("share the fields below")
                                                    : tr("a less intrusive way; nothing is shared")},
        {tr("State"), d.stateText(QDateTime::currentDateTimeUtc())},
        {tr("Expires"), d.expiresAt.isValid() ? when(d.expiresAt) : tr("as long as the agreement")}};
    if (individual) {
        head.insert(2, {tr("Child"), childText(d.child.childKey)});
        head.insert(3, {tr("Category"), category ? category->name : d.category});
        head.insert(4, {tr("Recipient"), party ? party->name : d.recipient});
    }
    doc.addKeyValues(head);
    doc.addHeading(tr("Step 0: informing the young person or parents"));
    doc.addKeyValues({{tr("Informed"), yesNo(a.informed)},
                      {tr("Who"), a.informedWho},
                      {tr("How and when"), a.informedNote},
                      {tr("Why not"), a.notInformedReason}});
    doc.addHeading(tr("Step 1: legal ground"));
    doc.addKeyValues({{tr("Ground"), ground ? ground->name + QStringLiteral(" (") + ground->article + u')' : a.ground},
                      {tr("Law articles"), d.lawArticles.join(QStringLiteral("; "))},
                      {tr("Legitimate interest"), a.interestLegitimate},
                      {tr("Necessary"), a.interestNecessary},
                      {tr("Outweighs the child's interests"), a.interestOutweighs}});
    doc.addHeading(tr("Step 2: purpose"));
    doc.addParagraph(purpose ? purpose->description : a.purposeText.isEmpty() ? a.purposeId : a.purposeText);
    if (a.outsideAgreementAcknowledged)
        doc.addParagraph(tr("The purpose lies outside the agreement; the decider acknowledged this."));
    doc.addHeading(tr("Step 3: proportionality, the fields"));
    QList<QStringList> fields;
    const QStringList ids = individual ? a.fields : QStringList(d.fieldsByCategory.keys());
    for (const QString& id : ids) {
        const AgreementField* field = agreement ? agreement->field(id) : nullptr;
        fields << QStringList {field ? field->name : id, a.justifications.value(id), field ? field->reason : QString()};
    }
    doc.addTable({tr("Field"), tr("Justification"), tr("Reason in the agreement")}, fields);
    doc.addHeading(tr("Step 4: subsidiarity"));
    doc.addKeyValues({{tr("Less intrusive way chosen"), a.alternative.isEmpty() ? tr("none") : a.alternative},
                      {tr("Why less intrusive ways are not enough"), a.subsidiarityReason}});
    if (d.isWithdrawn()) {
        doc.addHeading(tr("Withdrawal"));
        doc.addKeyValues({{tr("Withdrawn by"), d.withdrawnBy},
                          {tr("Withdrawn on"), when(d.withdrawnAt)},
                          {tr("Reason"), d.withdrawReason}});
    }
    return doc;
}

Document CaseDocuments::comparisonOverview(const Comparison& comparison, const QString& organisation)
{
    Document doc(tr("Comparison overview"), organisation);
    QList<QPair<QString, QString>> lists;
    if (comparison.oursSnapshot)
        lists << qMakePair(tr("Our list"),
                           tr("%1, reference date %2")
                               .arg(comparison.oursSnapshot->sourceName,
                                    comparison.oursSnapshot->peildatum.toString(QStringLiteral("dd-MM-yyyy"))));
    if (comparison.theirsSnapshot)
        lists << qMakePair(tr("Partner's list"),
                           tr("%1, reference date %2")
                               .arg(comparison.theirsSnapshot->sourceName,
                                    comparison.theirsSnapshot->peildatum.toString(QStringLiteral("dd-MM-yyyy"))));
    doc.addKeyValues(lists);
    QStringList header {tr("Category")};
    for (int i = 0; i < ComparisonOutcomeCount; ++i)
        header << Comparison::outcomeName(ComparisonOutcome(i));
    header << tr("Total");
    QList<QStringList> rows;
    BarChart chart;
    for (int i = 0; i < ComparisonOutcomeCount; ++i)
        chart.series << Comparison::outcomeName(ComparisonOutcome(i));
    for (const CategorySummary& s : comparison.summary()) {
        QStringList row {s.category};
        QList<double> values;
        for (int i = 0; i < ComparisonOutcomeCount; ++i) {
            row << QString::number(s.counts[std::size_t(i)]);
            values << double(s.counts[std::size_t(i)]);
        }
        row << QString::number(s.total());
        rows << row;
        chart.groups << s.category;
        chart.values << values;
    }
    doc.addTable(header, rows);
    doc.addBarChart(chart);
    doc.addParagraph(tr("Counts only: this overview holds no BSN, name or other value from the lists."));
    return doc;
}

Document CaseDocuments::importReport(const ImportReport& report, const QString& organisation)
{
    Document doc(tr("Import report: %1").arg(report.fileName), organisation);
    doc.setConfidential(!report.issues.isEmpty() || !report.rejectedRows.isEmpty());
    doc.addKeyValues({{tr("Source"), report.sourceName},
                      {tr("File"), report.fileName},
                      {tr("Format"), report.format},
                      {tr("Rows read"), QString::number(report.rowsRead)},
                      {tr("Accepted"), QString::number(report.accepted)},
                      {tr("Rejected"), QString::number(report.rejected)},
                      {tr("Duplicates"), QString::number(report.duplicates)},
                      {tr("Warnings"), QString::number(report.warnings)}});
    doc.addParagraph(report.summary());
    if (!report.fileIssues.isEmpty()) {
        doc.addHeading(tr("About the whole file"));
        QList<QStringList> rows;
        for (const ImportIssue& issue : report.fileIssues)
            rows << QStringList {issue.column, issue.message};
        doc.addTable({tr("Column"), tr("Problem")}, rows);
    }
    doc.addHeading(tr("Problems per row"));
    QList<QStringList> rows;
    for (const ImportIssue& issue : report.sortedIssues())
        rows << QStringList {QString::number(issue.line), issue.isError() ? tr("error") : tr("warning"), issue.column,
                             issue.value, issue.message};
    if (rows.isEmpty())
        doc.addParagraph(tr("No problems."));
    else
        doc.addTable({tr("Line"), tr("Kind"), tr("Column"), tr("Value"), tr("Problem")}, rows);
    if (!report.rejectedRows.isEmpty()) {
        doc.addHeading(tr("Rejected rows as the file had them"));
        QList<QStringList> rejected;
        for (const RejectedRow& row : report.rejectedRows)
            rejected << QStringList {QString::number(row.line), row.cells.join(QStringLiteral(" | ")),
                                     row.messages.join(QStringLiteral("; "))};
        doc.addTable({tr("Line"), tr("Cells"), tr("Why")}, rejected);
    }
    return doc;
}

} // namespace inbeeld
