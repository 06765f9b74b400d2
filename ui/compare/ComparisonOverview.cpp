#include "ui/compare/ComparisonOverview.h"

#include "core/matching/ComparisonCounts.h"
#include "ui/common/LabelStyle.h"
#include "ui/compare/ComparisonChart.h"
#include "ui/compare/ComparisonSummaryModel.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

ComparisonOverview::ComparisonOverview(QWidget* parent)
    : QWidget(parent)
    , m_headlineLabel(new QLabel(this))
    , m_expectedLabel(new QLabel(this))
    , m_model(new ComparisonSummaryModel(this))
    , m_table(new QTableView(this))
    , m_chart(new ComparisonChart(this))
    , m_exportButton(new QPushButton(tr("E&xport counts…"), this))
{
    setObjectName(QStringLiteral("comparisonOverview"));
    m_headlineLabel->setObjectName(QStringLiteral("overviewHeadlineLabel"));
    m_expectedLabel->setObjectName(QStringLiteral("overviewExpectedLabel"));
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_exportButton->setObjectName(QStringLiteral("exportCountsButton"));

    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextFormat(Qt::PlainText);
    m_headlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont headlineFont = m_headlineLabel->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.1);
    m_headlineLabel->setFont(headlineFont);
    LabelStyle::asNotice(m_expectedLabel);
    m_expectedLabel->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonSummaryModel::CategoryColumn, QHeaderView::Stretch);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setAccessibleName(tr("Children per category and outcome"));
    m_table->setToolTip(tr("Press Enter or double-click a category to see its children."));
    m_exportButton->setToolTip(tr("Save these counts as a CSV file. It holds numbers only, no personal data."));

    auto* chartBox = new QGroupBox(tr("Children per category"), this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chart);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headlineLabel);
    layout->addWidget(m_table);
    layout->addWidget(chartBox);
    layout->addWidget(m_expectedLabel);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &ComparisonOverview::chooseExportFile);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_comparison && index.row() < m_comparison->summary().size())
            emit categoryRequested(m_comparison->summary()[index.row()].category);
    });
    clear();
}

void ComparisonOverview::setComparison(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = std::move(comparison);
    m_model->setComparison(m_comparison.get());
    QList<ComparisonChart::Bar> bars;
    if (m_comparison) {
        for (const CategorySummary& s : m_comparison->summary()) {
            QString name = s.category;
            for (const AgreementCategory& c : m_comparison->categories()) {
                if (c.code == s.category)
                    name = c.name;
            }
            bars.append({name, s});
        }
    }
    m_chart->setBars(bars);
    m_headlineLabel->setText(headline());
    LabelStyle::setTextOrHide(m_expectedLabel, expectedText());
    m_exportButton->setEnabled(m_comparison != nullptr);
    m_table->updateGeometry();
}

void ComparisonOverview::clear()
{
    setComparison(nullptr);
    m_headlineLabel->setText(tr("No comparison yet."));
}

QString ComparisonOverview::headline() const
{
    if (!m_comparison)
        return {};
    qint64 total = 0, same = 0, differs = 0, ours = 0, theirs = 0, probable = 0, expected = 0;
    for (const CategorySummary& s : m_comparison->summary()) {
        total += s.total();
        same += s.count(ComparisonOutcome::Both);
        differs += s.count(ComparisonOutcome::Differs);
        ours += s.count(ComparisonOutcome::OnlyOurs);
        theirs += s.count(ComparisonOutcome::OnlyTheirs);
        probable += s.count(ComparisonOutcome::Probable);
    }
    for (const ComparisonItem& item : m_comparison->items())
        expected += item.expected ? 1 : 0;
    if (total == 0)
        return tr("Both lists are empty.");
    const QLocale locale;
    if (same == total)
        return tr("Yes: all %1 children are on both lists, recorded the same way.").arg(locale.toString(total));
    QStringList parts;
    parts << tr("%1 of %2 children are on both lists, recorded the same way")
                 .arg(locale.toString(same), locale.toString(total));
    if (differs > 0)
        parts << tr("%1 on both lists but recorded differently").arg(locale.toString(differs));
    if (ours > 0)
        parts << tr("%1 only on our list").arg(locale.toString(ours));
    if (theirs > 0)
        parts << tr("%1 only on their list").arg(locale.toString(theirs));
    if (probable > 0)
        parts << tr("%1 probably the same child (please check)").arg(locale.toString(probable));
    QString text = tr("Do we see the same children? Not all: %1.").arg(parts.join(QStringLiteral("; ")));
    if (expected > 0)
        text += u' ' + tr("%1 of the one-sided children are expected (see below).").arg(locale.toString(expected));
    return text;
}

QString ComparisonOverview::expectedText() const
{
    if (!m_comparison)
        return {};
    // One explanation per category, taken from the first expected child in it.
    QStringList lines;
    QStringList seen;
    for (const ComparisonItem& item : m_comparison->items()) {
        if (!item.expected)
            continue;
        const QString category = m_comparison->category(item);
        if (seen.contains(category))
            continue;
        seen << category;
        lines << m_comparison->explanation(item);
    }
    return lines.join(u'\n');
}

void ComparisonOverview::chooseExportFile()
{
    if (!m_comparison)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString date = m_comparison->oursSnapshot && m_comparison->oursSnapshot->peildatum.isValid()
        ? m_comparison->oursSnapshot->peildatum.toString(Qt::ISODate)
        : QDate::currentDate().toString(Qt::ISODate);
    auto* dialog = new QFileDialog(this, tr("Export comparison counts"),
                                   folder + QLatin1Char('/') + tr("comparison-counts-%1.csv").arg(date),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportCountsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    const auto comparison = m_comparison;
    connect(dialog, &QFileDialog::fileSelected, this, [this, comparison](const QString& path) {
        // Only when the comparison shown is still the one the user chose to export.
        if (m_comparison == comparison)
            exportCountsTo(path);
    });
    dialog->open();
}

bool ComparisonOverview::exportCountsTo(const QString& path)
{
    if (!m_comparison)
        return false;
    const Result<void> written = ComparisonCounts::writeCsv(*m_comparison, path);
    emit notice(written ? tr("The counts of the comparison were written to %1.").arg(QDir::toNativeSeparators(path))
                        : written.message());
    return written.ok();
}

} // namespace inbeeld
