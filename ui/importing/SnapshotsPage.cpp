#include "ui/importing/SnapshotsPage.h"

#include "core/importing/ImportReport.h"
#include "core/lifecycle/Retention.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/LabelStyle.h"
#include "ui/importing/ImportReportDialog.h"
#include "ui/importing/ImportReportView.h"
#include "ui/importing/SnapshotListModel.h"
#include "ui/lifecycle/ListChangesDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

SnapshotsPage::SnapshotsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new SnapshotListModel(this))
    , m_table(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import list…"), this))
    , m_reportButton(new QPushButton(tr("View &report"), this))
    , m_exportButton(new QPushButton(tr("E&xport rejected rows…"), this))
    , m_changesButton(new QPushButton(tr("C&hanges…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete list…"), this))
{
    setObjectName(QStringLiteral("snapshotsPage"));
    m_table->setObjectName(QStringLiteral("snapshotsTable"));
    m_statusLabel->setObjectName(QStringLiteral("snapshotsStatusLabel"));
    m_importButton->setObjectName(QStringLiteral("importListButton"));
    m_reportButton->setObjectName(QStringLiteral("viewReportButton"));
    m_exportButton->setObjectName(QStringLiteral("exportSnapshotRejectedButton"));
    m_changesButton->setObjectName(QStringLiteral("listChangesButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteListButton"));
    m_deleteButton->setToolTip(tr("Delete a wrongly imported list with its records and rejected rows"));
    m_changesButton->setToolTip(tr("What changed since the previous list of this source; for your own list, close "
                                   "the cases of children it no longer holds"));

    auto* intro = new QLabel(tr("Every list imported into this store, newest first. A new list of a source is "
                                "compared with the previous list of that source. Import a list with File, Import "
                                "list, or drop a CSV or Excel file on this window."),
                             this);
    intro->setWordWrap(true);
    LabelStyle::asHint(m_statusLabel);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SnapshotListModel::FileColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Imported lists"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addStretch(); // keeps the buttons their size while the status is hidden
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_reportButton);
    buttons->addWidget(m_changesButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_deleteButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_importButton, &QPushButton::clicked, this, &SnapshotsPage::importRequested);
    connect(m_reportButton, &QPushButton::clicked, this, &SnapshotsPage::viewReport);
    connect(m_exportButton, &QPushButton::clicked, this, &SnapshotsPage::chooseExportFile);
    connect(m_changesButton, &QPushButton::clicked, this, &SnapshotsPage::viewChanges);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_table, &QTableView::activated, this, &SnapshotsPage::viewReport);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SnapshotsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SnapshotsPage::updateButtons);
    setStore(nullptr);
}

void SnapshotsPage::setStore(Store* store)
{
    m_store = store;
    m_importButton->setEnabled(store != nullptr);
    refresh();
}

void SnapshotsPage::refresh()
{
    const qint64 selected = selectedSnapshot();
    if (!m_store) {
        m_model->clear();
        LabelStyle::setTextOrHide(m_statusLabel, QString());
        return;
    }
    Result<QList<SnapshotInfo>> snapshots = Snapshots::list(*m_store);
    if (!snapshots) {
        m_model->clear();
        LabelStyle::setTextOrHide(m_statusLabel, tr("The lists cannot be read. %1").arg(snapshots.message()));
        return;
    }
    m_model->setSnapshots(snapshots.takeValue());
    LabelStyle::setTextOrHide(m_statusLabel, m_model->rowCount() == 0 ? tr("No lists imported yet.") : QString());
    select(selected);
}

void SnapshotsPage::select(qint64 snapshotId)
{
    const int row = m_model->rowOf(snapshotId);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 SnapshotsPage::selectedSnapshot() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const SnapshotInfo* snapshot = rows.isEmpty() ? nullptr : m_model->snapshotAt(rows.constFirst().row());
    return snapshot ? snapshot->id : 0;
}

void SnapshotsPage::updateButtons()
{
    const SnapshotInfo* snapshot = m_model->snapshotAt(m_model->rowOf(selectedSnapshot()));
    m_reportButton->setEnabled(m_store && snapshot);
    m_exportButton->setEnabled(m_store && snapshot && snapshot->rejected > 0);
    m_changesButton->setEnabled(m_store && snapshot && snapshot->isList());
    m_deleteButton->setEnabled(m_store && snapshot);
}

void SnapshotsPage::viewChanges()
{
    const qint64 id = selectedSnapshot();
    if (!m_store || id == 0)
        return;
    auto* dialog = [&] {
        BusyCursor busy;
        return new ListChangesDialog(*m_store, id, this);
    }();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ListChangesDialog::casesClosed, this, [this](const QString& message) {
        emit notice(message);
        emit comparisonInputChanged();
    });
    dialog->open();
}

bool SnapshotsPage::deleteSelected(bool confirmed)
{
    const qint64 id = selectedSnapshot();
    const SnapshotInfo* snapshot = m_model->snapshotAt(m_model->rowOf(id));
    if (!m_store || !snapshot)
        return false;
    if (!confirmed) {
        QMessageBox box(QMessageBox::Warning, tr("Delete list?"),
                        tr("List %1 (%2, file %3) is deleted for good: %4 children's records and %5 rejected rows. "
                           "Use this for a list that was imported by mistake; to keep a list's history, leave it. "
                           "This cannot be undone; a backup made before still holds it.")
                            .arg(QString::number(id), snapshot->sourceName, snapshot->fileName,
                                 QLocale().toString(snapshot->accepted), QLocale().toString(snapshot->rejected)),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("deleteListConfirmBox"));
        QPushButton* yes = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        yes->setObjectName(QStringLiteral("deleteListConfirmButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    Result<RemovedRows> removed = [&] {
        BusyCursor busy;
        return Retention(*m_store).deleteList(id);
    }();
    const QString message = removed ? tr("List %1 is deleted: %2 records and %3 other rows; nothing of it is left in "
                                         "the store file.")
                                          .arg(QString::number(id), QLocale().toString(removed.value().records),
                                               QLocale().toString(removed.value().other))
                                    : removed.message();
    LabelStyle::setTextOrHide(m_statusLabel, message);
    emit notice(message);
    if (!removed)
        return false;
    refresh();
    emit comparisonInputChanged();
    return true;
}

void SnapshotsPage::viewReport()
{
    const qint64 id = selectedSnapshot();
    if (!m_store || id == 0)
        return;
    Result<ImportReport> report = [&] {
        BusyCursor busy;
        return ImportReport::load(*m_store, id);
    }();
    if (!report) {
        LabelStyle::setTextOrHide(m_statusLabel, report.message());
        return;
    }
    auto* dialog = new ImportReportDialog(report.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->view(), &ImportReportView::notice, this, &SnapshotsPage::notice);
    dialog->open();
}

void SnapshotsPage::chooseExportFile()
{
    const qint64 id = selectedSnapshot();
    const SnapshotInfo* snapshot = m_model->snapshotAt(m_model->rowOf(id));
    if (!m_store || !snapshot)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(this, tr("Export rejected rows"),
                                   folder + QLatin1Char('/')
                                       + tr("%1-rejected.csv").arg(QFileInfo(snapshot->fileName).completeBaseName()),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportRejectedDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString& path) {
        // The session may have locked, or another list been selected, while the dialog was open.
        if (m_store && selectedSnapshot() == id)
            exportRejectedTo(path);
    });
    dialog->open();
}

bool SnapshotsPage::exportRejectedTo(const QString& path)
{
    const qint64 id = selectedSnapshot();
    if (!m_store || id == 0)
        return false;
    Result<ImportReport> report = ImportReport::load(*m_store, id);
    const Result<void> written = report ? report.value().exportRejectedCsv(path) : Result<void>(report.error());
    const QString message = written ? tr("The rejected rows of list %1 were written to %2.")
                                          .arg(QString::number(id), QDir::toNativeSeparators(path))
                                    : written.message();
    LabelStyle::setTextOrHide(m_statusLabel, message);
    emit notice(message);
    return written.ok();
}

} // namespace inbeeld
