#include "ui/exchange/PackagePreview.h"

#include "core/storage/Snapshots.h"
#include "ui/common/LabelStyle.h"
#include "ui/exchange/AreaSummary.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

constexpr int ReasonRole = Qt::UserRole + 1;

QString localDate(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

PackagePreview::PackagePreview(Store& store, const Agreement* agreement, QWidget* parent)
    : QGroupBox(tr("What will be sent"), parent)
    , m_store(store)
    , m_agreement(agreement)
    , m_sourceLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_reasonLabel(new QLabel(this))
    , m_decisionsLabel(new QLabel(this))
    , m_withheldLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("previewBox"));
    m_sourceLabel->setObjectName(QStringLiteral("previewSourceLabel"));
    m_tree->setObjectName(QStringLiteral("previewTree"));
    m_reasonLabel->setObjectName(QStringLiteral("fieldReasonLabel"));
    m_decisionsLabel->setObjectName(QStringLiteral("previewDecisionsLabel"));
    m_withheldLabel->setObjectName(QStringLiteral("previewWithheldLabel"));
    LabelStyle::asNotice(m_withheldLabel);
    m_withheldLabel->setTextFormat(Qt::PlainText);
    LabelStyle::asHint(m_reasonLabel);
    LabelStyle::asHint(m_sourceLabel);
    m_decisionsLabel->setWordWrap(true);
    m_decisionsLabel->setTextFormat(Qt::PlainText);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Category and fields"), tr("Records")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("What will be sent"));
    m_tree->setMinimumHeight(200);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_decisionsLabel);
    layout->addWidget(m_withheldLabel);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PackagePreview::showFieldReason);
}

void PackagePreview::clear()
{
    m_tree->clear();
    m_sourceLabel->clear();
    m_decisionsLabel->clear();
    LabelStyle::setTextOrHide(m_withheldLabel, QString());
    m_reasonLabel->clear();
}

bool PackagePreview::show(const PackagePlan& plan)
{
    showSource(plan);
    const qint64 total = showCategories(plan);
    m_reasonLabel->setText(tr("Select a field to see why the agreement allows sharing it."));
    m_reasonLabel->setVisible(true);
    showDecisions(plan);
    showWithheld(plan);
    return total > 0;
}

void PackagePreview::showSource(const PackagePlan& plan)
{
    if (auto snapshot = Snapshots::get(m_store, plan.snapshotId)) {
        const SnapshotInfo& s = snapshot.value();
        m_sourceLabel->setText(
            tr("From your own list %1 (%2, peildatum %3):")
                .arg(QString::number(s.id), s.sourceName, QLocale().toString(s.peildatum, QLocale::ShortFormat)));
    }
    m_sourceLabel->setVisible(!m_sourceLabel->text().isEmpty());
}

qint64 PackagePreview::showCategories(const PackagePlan& plan)
{
    // Categories in the agreement's order, each with the fields that go out for it.
    QStringList order;
    if (m_agreement) {
        for (const AgreementCategory& category : m_agreement->categories())
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
        const AgreementCategory* category = m_agreement ? m_agreement->category(code) : nullptr;
        const qint64 count = plan.counts.value(code);
        total += count;
        auto* item = new QTreeWidgetItem(m_tree, {category ? category->name : code, QLocale().toString(count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (category) {
            item->setToolTip(0, category->description);
            item->setData(0, ReasonRole, category->description);
        }
        for (const QString& fieldId : plan.fields.value(code)) {
            const AgreementField* field = m_agreement ? m_agreement->field(fieldId) : nullptr;
            auto* child = new QTreeWidgetItem(item, {field ? field->name : fieldId});
            if (field) {
                child->setToolTip(0, field->reason);
                child->setData(0, ReasonRole, tr("Why %1 is shared: %2").arg(field->name, field->reason));
            }
        }
    }
    auto* totalItem = new QTreeWidgetItem(m_tree, {tr("Total"), QLocale().toString(total)});
    totalItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = totalItem->font(0);
    bold.setBold(true);
    totalItem->setFont(0, bold);
    totalItem->setFont(1, bold);
    m_tree->expandAll();
    return total;
}

void PackagePreview::showDecisions(const PackagePlan& plan)
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
    m_decisionsLabel->setText(decisions.isEmpty() ? QString()
                                                  : tr("Covered by %1.").arg(decisions.join(QStringLiteral("; "))));
    m_decisionsLabel->setVisible(!decisions.isEmpty());
}

void PackagePreview::showWithheld(const PackagePlan& plan)
{
    // Texts the agreement forbids to send stay home; say where, so the source list can be fixed.
    QStringList withheld;
    for (const WithheldText& w : plan.withheld) {
        const AgreementField* field = m_agreement ? m_agreement->field(w.field) : nullptr;
        withheld.append(
            tr("line %1, %2 (\"%3\")")
                .arg(QString::number(w.line), field ? field->name : w.field, w.words.join(QStringLiteral(", "))));
    }
    const QString area = AreaSummary::text(plan, m_agreement);
    LabelStyle::setTextOrHide(
        m_withheldLabel,
        withheld.isEmpty() ? area
                           : area + (area.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("Left out of the package, because the text names special or criminal-law personal data, which the "
                     "agreement does not allow to share: %1. Put these texts in general terms in your source list "
                     "(for example \"medische redenen\").")
                      .arg(withheld.join(QStringLiteral("; "))));
}

void PackagePreview::showFieldReason()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString reason = item ? item->data(0, ReasonRole).toString() : QString();
    if (!reason.isEmpty())
        m_reasonLabel->setText(reason);
}

} // namespace inbeeld
