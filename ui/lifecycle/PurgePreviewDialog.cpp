#include "ui/lifecycle/PurgePreviewDialog.h"

#include "core/lifecycle/RetentionRules.h"
#include "ui/common/LabelStyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

QString period(int months)
{
    if (months > 0 && months % 12 == 0)
        return PurgePreviewDialog::tr("%n year(s)", nullptr, months / 12);
    return PurgePreviewDialog::tr("%n month(s)", nullptr, months);
}

} // namespace

PurgePreviewDialog::PurgePreviewDialog(Store& store, QWidget* parent, QDate today)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_summaryLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_heldLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_purgeButton(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("purgePreviewDialog"));
    setWindowTitle(tr("Retention: what can be deleted"));
    m_summaryLabel->setObjectName(QStringLiteral("purgeSummaryLabel"));
    m_table->setObjectName(QStringLiteral("purgeTable"));
    m_heldLabel->setObjectName(QStringLiteral("purgeHeldLabel"));
    m_resultLabel->setObjectName(QStringLiteral("purgeResultLabel"));
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));

    auto* intro = new QLabel(tr("Data whose retention period has passed is deleted for good: the rows are "
                                "overwritten and the store file is rewritten, so nothing is left in it. Anonymous "
                                "figures for the Inspectie stay. Children on legal hold are never deleted."),
                             this);
    intro->setWordWrap(true);
    auto* note = new QLabel(this);
    note->setObjectName(QStringLiteral("purgeRulesNote"));
    note->setWordWrap(true);
    if (auto text = RetentionRules(store).note(); text)
        note->setText(text.value());
    LabelStyle::asNotice(note);
    m_summaryLabel->setWordWrap(true);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    LabelStyle::asHint(m_heldLabel);
    m_resultLabel->setWordWrap(true);
    LabelStyle::asNotice(m_resultLabel);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Period"), tr("Due now"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("What each retention rule makes due"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_purgeButton, QDialogButtonBox::ActionRole);
    m_purgeButton->setToolTip(tr("Delete everything counted above, after you confirm."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(note);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_heldLabel);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_purgeButton, &QPushButton::clicked, this, [this] { purge(); });
    resize(860, 480);
    LabelStyle::setTextOrHide(m_resultLabel, QString());
    refresh();
}

void PurgePreviewDialog::refresh()
{
    auto status = Retention(m_store).status(m_today);
    if (!status) {
        m_summaryLabel->setText(status.message());
        m_table->setRowCount(0);
        m_purgeButton->setEnabled(false);
        return;
    }
    m_status = status.value();
    showCounts(m_status);
    const qint64 items = m_status.totalItems();
    if (items > 0)
        m_summaryLabel->setText(tr("%n item(s) have passed their retention period (%1 rows).", nullptr, int(items))
                                    .arg(QLocale().toString(m_status.totalRows())));
    else if (m_status.nextDue.isValid())
        m_summaryLabel->setText(tr("Nothing has passed its retention period. The next data becomes due on %1.")
                                    .arg(QLocale().toString(m_status.nextDue, QLocale::ShortFormat)));
    else
        m_summaryLabel->setText(tr("Nothing has passed its retention period."));
    LabelStyle::setTextOrHide(m_heldLabel,
                              m_status.heldChildren > 0
                                  ? tr("%n child(ren) on legal hold: nothing about them is deleted until the hold is "
                                       "lifted.",
                                       nullptr, int(m_status.heldChildren))
                                  : QString());
    m_purgeButton->setEnabled(items > 0);
    m_purgeButton->setDefault(items > 0);
    if (items > 0)
        m_purgeButton->setFocus(Qt::OtherFocusReason);
}

void PurgePreviewDialog::showCounts(const RetentionStatus& status)
{
    m_table->setRowCount(int(status.counts.size()));
    int row = 0;
    for (const RetentionCount& c : status.counts) {
        const QString due = c.items == 0 ? tr("nothing")
                                         : tr("%1 (%n row(s))", nullptr, int(c.rows)).arg(QLocale().toString(c.items));
        const QStringList cells {c.name, period(c.months), due, c.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        ++row;
    }
}

bool PurgePreviewDialog::purge(bool confirmed)
{
    refresh();
    const qint64 items = m_status.totalItems();
    if (items == 0)
        return false;
    if (!confirmed) {
        QMessageBox box(QMessageBox::Warning, tr("Delete for good?"),
                        tr("%n item(s) will be deleted for good (%1 rows). This cannot be undone; a backup made "
                           "before still holds them.",
                           nullptr, int(items))
                            .arg(QLocale().toString(m_status.totalRows())),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("purgeConfirmBox"));
        QPushButton* yes = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        yes->setObjectName(QStringLiteral("purgeConfirmButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    QProgressDialog progress(tr("Deleting…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("purgeProgressDialog"));
    progress.setWindowTitle(tr("Retention"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    int reports = 0;
    auto result = Retention(m_store).purge(m_today, [&](qint64 done, qint64 total) {
        ++reports;
        if (m_stopAfterSteps > 0 && reports >= m_stopAfterSteps)
            progress.cancel();
        if (progress.wasCanceled())
            return false;
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        if (done == total) {
            // From here the removal is committed and the file rewritten: that cannot be stopped.
            progress.setLabelText(tr("Rewriting the store file so nothing is left in it…"));
            progress.setCancelButton(nullptr);
            progress.setRange(0, 0);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
        return !progress.wasCanceled();
    });
    progress.close();
    if (!result) {
        LabelStyle::setTextOrHide(m_resultLabel, result.message());
        refresh();
        return false;
    }
    QStringList parts;
    for (const RetentionCount& c : result.value().counts) {
        if (c.items > 0)
            parts.append(tr("%1: %2").arg(c.name, QLocale().toString(c.items)));
    }
    const QString message
        = tr("Deleted: %1. Nothing of it is left in the store file.").arg(parts.join(QStringLiteral("; ")));
    refresh();
    LabelStyle::setTextOrHide(m_resultLabel, message);
    emit purged(message);
    return true;
}

} // namespace inbeeld
