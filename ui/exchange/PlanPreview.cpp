#include "ui/exchange/PlanPreview.h"

#include "ui/exchange/AreaSummary.h"

#include <QLocale>
#include <QTreeWidget>

namespace inbeeld {

namespace {

QString localDate(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

qint64 PlanPreview::fillTree(QTreeWidget* tree, const PackagePlan& plan, const Agreement* agreement, int reasonRole)
{
    // Categories in the agreement's order, each with the fields that go out for it.
    QStringList order;
    if (agreement) {
        for (const AgreementCategory& category : agreement->categories())
            order.append(category.code);
    }
    for (auto it = plan.counts.cbegin(); it != plan.counts.cend(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    qint64 total = 0;
    for (const QString& code : std::as_const(order)) {
        if (!plan.counts.contains(code))
            continue;
        const AgreementCategory* category = agreement ? agreement->category(code) : nullptr;
        const qint64 count = plan.counts.value(code);
        total += count;
        auto* item = new QTreeWidgetItem(tree, {category ? category->name : code, QLocale().toString(count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (category) {
            item->setToolTip(0, category->description);
            item->setData(0, reasonRole, category->description);
        }
        for (const QString& fieldId : plan.fields.value(code)) {
            const AgreementField* field = agreement ? agreement->field(fieldId) : nullptr;
            auto* child = new QTreeWidgetItem(item, {field ? field->name : fieldId});
            if (field) {
                child->setToolTip(0, field->reason);
                child->setData(0, reasonRole, tr("Why %1 is shared: %2").arg(field->name, field->reason));
            }
        }
    }
    auto* totalItem = new QTreeWidgetItem(tree, {tr("Total"), QLocale().toString(total)});
    totalItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = totalItem->font(0);
    bold.setBold(true);
    totalItem->setFont(0, bold);
    totalItem->setFont(1, bold);
    return total;
}

QStringList PlanPreview::decisions(const PackagePlan& plan)
{
    QStringList decisions;
    for (const ShareDecision& d : plan.decisions) {
        if (d.kind == ShareDecision::Kind::Standing) {
            decisions.append(tr("standing decision %1 of %2 for the quarterly exchange under the agreement")
                                 .arg(QString::number(d.id), localDate(d.decidedAt)));
        } else {
            decisions.append(tr("decision %1 of %2, valid until %3")
                                 .arg(QString::number(d.id), localDate(d.decidedAt), localDate(d.expiresAt)));
        }
    }
    return decisions;
}

QString PlanPreview::notes(const PackagePlan& plan, const Agreement* agreement)
{
    // Texts the agreement forbids to send stay home; say where, so the source list can be fixed.
    QStringList withheld;
    for (const WithheldText& w : plan.withheld) {
        const AgreementField* field = agreement ? agreement->field(w.field) : nullptr;
        withheld.append(
            tr("line %1, %2 (\"%3\")")
                .arg(QString::number(w.line), field ? field->name : w.field, w.words.join(QStringLiteral(", "))));
    }
    const QString area = AreaSummary::text(plan, agreement);
    return withheld.isEmpty() ? area
                              : area + (area.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Left out of the package, because the text names special or criminal-law personal data, which the "
                 "agreement does not allow to share: %1. Put these texts in general terms in your source list "
                 "(for example \"medische redenen\").")
                  .arg(withheld.join(QStringLiteral("; ")));
}

} // namespace inbeeld
