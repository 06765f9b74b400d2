#include "ui/reporting/ReportingPage.h"

#include "core/storage/Store.h"
#include "ui/common/PrintDocument.h"
#include "ui/reporting/FormColumnsDialog.h"
#include "ui/reporting/TrendChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

QString extension(InspectieExport::Format format)
{
    switch (format) {
    case InspectieExport::Format::Xlsx:
        return QStringLiteral("xlsx");
    case InspectieExport::Format::Csv:
        return QStringLiteral("csv");
    case InspectieExport::Format::Json:
        return QStringLiteral("json");
    case InspectieExport::Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

} // namespace

ReportingPage::ReportingPage(QWidget* parent)
    : QWidget(parent)
    , m_quarter(new QComboBox(this))
    , m_peildatum(new QDateEdit(this))
    , m_registerButton(new QPushButton(tr("&Register quarter"), this))
    , m_status(new QLabel(this))
    , m_chart(new TrendChart(this))
    , m_table(new QTableWidget(this))
    , m_retention(new QSpinBox(this))
{
    auto* intro = new QLabel(tr("The Inspectie's thuiszitters registration: anonymous, cumulative over the school year "
                                "(1 August to 31 July), built from your own lists whose reference dates fall in the "
                                "quarter. It contains no BSN, name or address."),
                             this);
    intro->setWordWrap(true);
    m_peildatum->setCalendarPopup(true);
    m_peildatum->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_status->setWordWrap(true);
    auto* choose = new QHBoxLayout;
    auto* quarterLabel = new QLabel(tr("&Quarter:"), this);
    quarterLabel->setBuddy(m_quarter);
    choose->addWidget(quarterLabel);
    choose->addWidget(m_quarter);
    auto* peilLabel = new QLabel(tr("Reference &date:"), this);
    peilLabel->setBuddy(m_peildatum);
    choose->addWidget(peilLabel);
    choose->addWidget(m_peildatum);
    choose->addWidget(m_registerButton);
    choose->addStretch();

    auto* exports = new QHBoxLayout;
    const QList<QPair<InspectieExport::Format, QString>> formats {
        {InspectieExport::Format::Xlsx, tr("Save as &Excel (XLSX)")},
        {InspectieExport::Format::Csv, tr("Save as &CSV")},
        {InspectieExport::Format::Json, tr("Save as &JSON")},
        {InspectieExport::Format::Pdf, tr("Save summary as &PDF")}};
    for (const auto& [format, label] : formats) {
        auto* button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, [this, f = format] { exportAsked(f); });
        exports->addWidget(button);
        m_exportButtons << button;
    }
    auto* print = new QPushButton(tr("P&rint summary…"), this);
    connect(print, &QPushButton::clicked, this, &ReportingPage::printAsked);
    exports->addWidget(print);
    m_exportButtons << print;
    exports->addStretch();
    auto* columns = new QPushButton(tr("Form c&olumns…"), this);
    connect(columns, &QPushButton::clicked, this, &ReportingPage::editColumns);
    exports->addWidget(columns);

    // The registration holds no personal data, but it is not kept for ever either.
    m_retention->setObjectName(QStringLiteral("registrationRetention"));
    m_retention->setRange(1, 50);
    m_retention->setSuffix(tr(" years after the school year"));
    m_retention->setToolTip(tr("After this, a school year's registration is removed by the retention purge. The "
                               "default of %1 years is to be confirmed by your privacy officer.")
                                .arg(InspectieRegistration::DefaultRetentionYears));
    auto* retentionLabel = new QLabel(tr("&Keep the registration:"), this);
    retentionLabel->setBuddy(m_retention);
    exports->addSpacing(12);
    exports->addWidget(retentionLabel);
    exports->addWidget(m_retention);
    connect(m_retention, &QSpinBox::editingFinished, this, &ReportingPage::applyRetention);

    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choose);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(exports);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportingPage::quarterChosen);
    connect(m_registerButton, &QPushButton::clicked, this, &ReportingPage::registerQuarter);
    updateButtons();
}

void ReportingPage::setStore(Store* store)
{
    m_store = store;
    refresh();
}

bool ReportingPage::applyRetention()
{
    if (!m_store)
        return false;
    InspectieRegistration registration(*m_store);
    if (m_retention->value() == registration.retentionYears())
        return true;
    if (const Result<void> stored = registration.setRetentionYears(m_retention->value()); !stored) {
        m_status->setText(stored.message());
        QSignalBlocker block(m_retention);
        m_retention->setValue(registration.retentionYears());
        return false;
    }
    emit notice(tr("The registration is now kept %n year(s) after each school year.", nullptr, m_retention->value()));
    return true;
}

void ReportingPage::refresh()
{
    {
        QSignalBlocker block(m_retention);
        m_retention->setValue(m_store ? InspectieRegistration(*m_store).retentionYears()
                                      : InspectieRegistration::DefaultRetentionYears);
        m_retention->setEnabled(m_store != nullptr);
    }
    const QString keep = m_quarter->currentText();
    QSignalBlocker block(m_quarter);
    m_quarter->clear();
    Quarter q = Quarter::of(QDate::currentDate());
    QList<Quarter> quarters;
    for (int i = 0; i < 8; ++i, q = q.previous())
        quarters << q;
    if (m_store) {
        if (auto built = InspectieRegistration(*m_store).builtQuarters())
            for (const Quarter& b : built.value())
                if (!quarters.contains(b))
                    quarters << b;
    }
    std::sort(quarters.begin(), quarters.end(), std::greater<>());
    for (const Quarter& quarter : quarters)
        m_quarter->addItem(quarter.code());
    const int index = m_quarter->findText(keep);
    m_quarter->setCurrentIndex(index >= 0 ? index : 0);
    block.unblock();
    quarterChosen();
}

void ReportingPage::quarterChosen()
{
    m_shown.reset();
    const auto quarter = Quarter::parse(m_quarter->currentText());
    if (!quarter || !m_store) {
        updateButtons();
        return;
    }
    m_peildatum->setDateRange(quarter->firstDay(), quarter->lastDay());
    auto loaded = InspectieRegistration(*m_store).load(*quarter);
    if (loaded) {
        m_peildatum->setDate(loaded.value().peildatum);
        showQuarter(loaded.value());
        return;
    }
    m_peildatum->setDate(quarter->lastDay());
    m_status->setText(tr("Quarter %1 has not been registered yet. Check the reference date and press Register quarter.")
                          .arg(quarter->code()));
    m_chart->setChart({});
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    updateButtons();
}

bool ReportingPage::registerQuarter()
{
    const auto quarter = Quarter::parse(m_quarter->currentText());
    if (!m_store || !quarter)
        return false;
    auto built = InspectieRegistration(*m_store).build(*quarter, m_peildatum->date());
    if (!built) {
        m_status->setText(built.message());
        QMessageBox::warning(this, tr("Register quarter"), built.message());
        return false;
    }
    showQuarter(built.value());
    emit notice(
        tr("Quarter %1 registered: %n child(ren).", nullptr, int(built.value().rows.size())).arg(quarter->code()));
    return true;
}

void ReportingPage::showQuarter(const QuarterRegistration& quarter)
{
    m_shown = quarter;
    auto all = InspectieRegistration(*m_store).quartersOf(quarter.schoolYear);
    QList<QuarterRegistration> trend;
    for (const QuarterRegistration& q : all ? all.value() : QList<QuarterRegistration> {quarter})
        if (q.quarter <= quarter.quarter)
            trend << q;
    const auto counts = quarter.counts();
    m_status->setText(tr("Quarter %1, school year %2, reference date %3: %4 children in the registration, %5 active, "
                         "%6 ended; %7 own list(s) used.")
                          .arg(quarter.quarter.code(), Quarter::schoolYearText(quarter.schoolYear),
                               quarter.peildatum.toString(QStringLiteral("dd-MM-yyyy")))
                          .arg(counts.value(QStringLiteral("total")))
                          .arg(counts.value(QStringLiteral("active")))
                          .arg(counts.value(QStringLiteral("ended")))
                          .arg(quarter.lists));
    BarChart chart;
    QStringList codes = InspectieRegistration::subgroupCodes();
    for (const QString& code : codes)
        chart.series << InspectieRegistration::subgroupName(code);
    QStringList header {tr("Category and subgroup")};
    for (const QuarterRegistration& q : trend) {
        chart.groups << q.quarter.code();
        header << q.quarter.code();
        QList<double> values;
        const auto c = q.counts();
        for (const QString& code : codes)
            values << double(c.value(code));
        chart.values << values;
    }
    m_chart->setChart(chart);
    codes << QStringLiteral("total") << QStringLiteral("active") << QStringLiteral("ended");
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setRowCount(int(codes.size()));
    m_table->setHorizontalHeaderLabels(header);
    for (int row = 0; row < codes.size(); ++row) {
        const QString& code = codes.at(row);
        const QString name = code == u"total" ? tr("Total (cumulative)")
            : code == u"active"               ? tr("Active on the reference date")
            : code == u"ended"                ? tr("Ended")
                                              : InspectieRegistration::subgroupName(code);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        for (int col = 0; col < trend.size(); ++col) {
            auto* item = new QTableWidgetItem(QString::number(trend.at(col).counts().value(code)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col + 1, item);
        }
    }
    updateButtons();
}

std::optional<InspectieExport> ReportingPage::exporter() const
{
    if (!m_store || !m_shown)
        return std::nullopt;
    QList<QuarterRegistration> earlier;
    if (auto all = InspectieRegistration(*m_store).quartersOf(m_shown->schoolYear))
        for (const QuarterRegistration& q : all.value())
            if (q.quarter < m_shown->quarter)
                earlier << q;
    return InspectieExport(*m_shown, earlier, InspectieForm::load(*m_store), m_store->organisation().name);
}

Result<void> ReportingPage::exportTo(InspectieExport::Format format, const QString& path)
{
    const auto e = exporter();
    if (!e)
        return makeError(Error::Code::InvalidInput, tr("Register the quarter first."));
    auto written = e->write(format, path);
    if (written)
        (void)m_store->audit().append(QStringLiteral("inspectie.exported"),
                                      QStringLiteral("quarter=%1 format=%2 rows=%3")
                                          .arg(m_shown->quarter.code(), extension(format))
                                          .arg(m_shown->rows.size()));
    return written;
}

void ReportingPage::exportAsked(InspectieExport::Format format)
{
    if (!m_shown)
        return;
    const QString ext = extension(format);
    const QString suggested
        = QDir::home().filePath(QStringLiteral("thuiszitters-%1.%2").arg(m_shown->quarter.code(), ext));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the registration"), suggested,
                                                      tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty())
        return;
    if (auto written = exportTo(format, path); !written)
        QMessageBox::warning(this, tr("Save the registration"), written.message());
    else
        emit notice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

void ReportingPage::printAsked()
{
    if (const auto e = exporter())
        PrintDocument::preview(e->summary(), this);
}

void ReportingPage::editColumns()
{
    if (!m_store)
        return;
    FormColumnsDialog dialog(*m_store, this);
    dialog.exec();
}

void ReportingPage::updateButtons()
{
    m_registerButton->setEnabled(m_store != nullptr);
    for (QPushButton* b : std::as_const(m_exportButtons))
        b->setEnabled(m_shown.has_value());
}

} // namespace inbeeld
