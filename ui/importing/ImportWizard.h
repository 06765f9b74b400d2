#pragma once

#include "core/importing/ImportOptions.h"
#include "core/importing/ImportReport.h"
#include "core/importing/Importer.h"
#include "ui/importing/ImportProgressDialog.h"

#include <QHash>
#include <QPointer>
#include <QWizard>
#include <optional>

class QMimeData;

namespace inbeeld {

class ImportDonePage;
class ImportFilePage;
class ImportMappingPage;
class ImportReportPage;
class Store;

/// Imports a CSV or XLSX list into the open store: choose the file, check the columns, read the
/// report of a check over the whole file, import the valid rows, and see what changed since the
/// previous list of the same source. The check and the import show their progress and can be
/// cancelled; a cancelled import stores nothing. Shown with open()/show(); closing it while a
/// check or import runs cancels that first.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, ReportPageId, DonePageId };

    explicit ImportWizard(Store& store, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Starts with this file (dropped on the main window, or for tests).
    void setFile(const QString& path);
    /// Options the pages do not set: preview rows, progress interval, "today" (tests).
    void setBaseOptions(const ImportOptions& options) { m_base = options; }
    /// For tests: press Cancel in the progress dialog at its first report.
    void setCancelAtFirstProgress(bool cancel) { m_cancelAtFirstProgress = cancel; }

    /// The options as the pages stand now.
    ImportOptions options() const;
    bool isRunning() const { return m_progress != nullptr; }
    const ImportReport& checkReport() const { return m_checkReport; }
    const ImportReport& importReport() const { return m_importReport; }

    /// The local path of a single .csv or .xlsx file in dragged data, else empty.
    static QString listFileFrom(const QMimeData* data);

public slots:
    void done(int result) override;

signals:
    /// A list was imported and stored as snapshot snapshotId (see importReport()).
    void imported(qint64 snapshotId);

protected:
    bool validateCurrentPage() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QString previewKey() const;
    bool loadPreview();
    bool check();
    bool import();
    Result<ImportReport> runWithProgress(const ImportOptions& options, bool dryRun);
    bool closeIfRequested();

    Store& m_store;
    Importer m_importer;
    ImportOptions m_base;
    QHash<QString, QString> m_categoryNames;
    ImportFilePage* m_filePage;
    ImportMappingPage* m_mappingPage;
    ImportReportPage* m_reportPage;
    ImportDonePage* m_donePage;
    std::optional<ImportPreview> m_preview;
    QString m_previewKey;
    ImportReport m_checkReport;
    ImportReport m_importReport;
    QPointer<ImportProgressDialog> m_progress;
    std::optional<int> m_pendingDone;
    bool m_cancelAtFirstProgress = false;
};

} // namespace inbeeld
