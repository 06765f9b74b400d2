#include "ui/importing/ImportWizard.h"

#include "core/domain/Agreement.h"
#include "core/importing/SnapshotDiff.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "ui/common/AppIcon.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/DroppedFile.h"
#include "ui/importing/ImportDonePage.h"
#include "ui/importing/ImportFilePage.h"
#include "ui/importing/ImportMappingPage.h"
#include "ui/importing/ImportProgressDialog.h"
#include "ui/importing/ImportReportPage.h"
#include "ui/importing/ImportTexts.h"

#include <QAbstractButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace inbeeld {

ImportWizard::ImportWizard(Store& store, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_importer(store)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a list"));
    setWindowIcon(AppIcon::icon());
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, AppIcon::pixmap(48));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(860, 640);
    resize(1000, 740);
    setAcceptDrops(true);

    QList<AgreementCategory> categories;
    if (const Result<Agreement> agreement = AgreementCatalog::builtIn(store.organisation().agreementId); agreement) {
        categories = agreement.value().categories();
        for (const AgreementCategory& category : std::as_const(categories))
            m_categoryNames.insert(category.code, category.name);
    }

    m_filePage = new ImportFilePage(store.organisation().name, categories, this);
    m_mappingPage = new ImportMappingPage(this);
    m_reportPage = new ImportReportPage(this);
    m_donePage = new ImportDonePage(this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ReportPageId, m_reportPage);
    setPage(DonePageId, m_donePage);
    setStartId(FilePageId);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("importButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Close"));

    if (const auto snapshots = Snapshots::list(store); snapshots) {
        QStringList sources;
        for (const SnapshotInfo& snapshot : snapshots.value()) {
            if (snapshot.side == SnapshotSide::Theirs && !sources.contains(snapshot.sourceName))
                sources << snapshot.sourceName;
        }
        m_filePage->setKnownSources(sources);
    }

    connect(m_filePage, &ImportFilePage::fileChanged, this, [this] {
        if (!m_filePage->filePath().isEmpty())
            loadPreview();
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString& path)
{
    if (currentId() == FilePageId || currentId() == -1)
        m_filePage->setFilePath(path);
}

QString ImportWizard::listFileFrom(const QMimeData* data)
{
    return droppedFile(data, {QStringLiteral("csv"), QStringLiteral("xlsx")});
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (currentId() == FilePageId && !listFileFrom(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    const QString path = listFileFrom(event->mimeData());
    if (currentId() != FilePageId || path.isEmpty())
        return;
    event->acceptProposedAction();
    setFile(path);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options = m_base;
    options.side = m_filePage->side();
    options.sourceName = m_filePage->sourceName();
    options.peildatum = m_filePage->peildatum();
    options.sheetName = m_filePage->sheetName();
    options.fixedCategory = m_filePage->fixedCategory();
    if (m_mappingPage->mapping().columnCount() > 0)
        options.mapping = m_mappingPage->mapping();
    options.profileName.clear();
    options.saveProfileAs = m_mappingPage->saveProfileAs();
    options.dryRun = false;
    return options;
}

QString ImportWizard::previewKey() const
{
    const QFileInfo info(m_filePage->filePath());
    return QStringList {info.absoluteFilePath(), m_filePage->sheetName(), QString::number(info.size()),
                        info.lastModified().toString(Qt::ISODateWithMs)}
        .join(u'\n');
}

bool ImportWizard::loadPreview()
{
    ImportOptions options = m_base;
    options.sheetName = m_filePage->sheetName();
    const QString key = previewKey();
    Result<ImportPreview> preview = [&] {
        BusyCursor busy;
        return m_importer.preview(m_filePage->filePath(), options);
    }();
    if (!preview) {
        m_preview.reset();
        m_previewKey.clear();
        m_filePage->showFileError(preview.message());
        return false;
    }
    m_preview = preview.takeValue();
    m_previewKey = key;
    m_filePage->showPreview(*m_preview);
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage() || isRunning())
        return false;
    switch (currentId()) {
    case FilePageId:
        if ((!m_preview || m_previewKey != previewKey()) && !loadPreview())
            return false;
        m_mappingPage->setPreview(*m_preview, ImportTexts::formatDescription(*m_preview));
        m_mappingPage->setFixedCategory(!m_filePage->fixedCategory().isEmpty());
        m_mappingPage->setDefaultProfileName(m_filePage->sourceName());
        return true;
    case MappingPageId:
        return check();
    case ReportPageId:
        return import();
    default:
        return true;
    }
}

Result<ImportReport> ImportWizard::runWithProgress(const ImportOptions& options, bool dryRun)
{
    ImportOptions run = options;
    run.dryRun = dryRun;
    auto* progress
        = new ImportProgressDialog(dryRun ? ImportProgressDialog::Kind::Check : ImportProgressDialog::Kind::Import,
                                   QFileInfo(m_filePage->filePath()).fileName(), this);
    progress->setCancelAtFirstReport(m_cancelAtFirstProgress);
    m_progress = progress;
    Result<ImportReport> result
        = m_importer.run(m_filePage->filePath(), run, progress->callback(), progress->phaseCallback());
    m_progress = nullptr;
    delete progress;
    return result;
}

bool ImportWizard::closeIfRequested()
{
    if (!m_pendingDone)
        return false;
    const int result = *std::exchange(m_pendingDone, std::nullopt);
    QWizard::done(result);
    return true;
}

bool ImportWizard::check()
{
    m_mappingPage->showError(QString());
    Result<ImportReport> checked = runWithProgress(options(), true);
    if (closeIfRequested())
        return false;
    if (!checked) {
        m_mappingPage->showError(checked.code() == Error::Code::Cancelled
                                     ? tr("The check was cancelled. Nothing was stored. Press Next to check the list "
                                          "again.")
                                     : tr("The list could not be checked. %1").arg(checked.message()));
        return false;
    }
    m_checkReport = checked.takeValue();
    m_reportPage->setReport(m_checkReport);
    return true;
}

bool ImportWizard::import()
{
    m_reportPage->showMessage(QString(), false);
    Result<ImportReport> result = runWithProgress(options(), false);
    if (closeIfRequested())
        return false;
    if (!result) {
        if (result.code() == Error::Code::Cancelled)
            m_reportPage->showMessage(tr("The import was cancelled. Nothing was stored: the store is as it was "
                                         "before. Press the import button to start again."),
                                      false);
        else
            m_reportPage->showMessage(tr("The list was not imported. %1").arg(result.message()), true);
        return false;
    }
    m_importReport = result.takeValue();
    if (!m_importReport.stored()) {
        m_reportPage->showMessage(m_importReport.summary(), true);
        return false;
    }

    std::optional<SnapshotDiff> diff;
    QString diffError;
    {
        BusyCursor busy;
        Result<SnapshotDiff> compared = SnapshotDiff::compareWithPrevious(m_store, m_importReport.snapshotId);
        if (compared)
            diff = compared.takeValue();
        else
            diffError = compared.message();
    }
    m_donePage->setResult(m_importReport, diff, diffError, m_categoryNames);
    emit imported(m_importReport.snapshotId);
    return true;
}

void ImportWizard::done(int result)
{
    // Closing (Escape, the session locking) while a check or import runs: cancel it first; the
    // run then rolls back and the wizard closes when it has.
    if (m_progress) {
        m_pendingDone = result;
        m_progress->cancel();
        return;
    }
    QWizard::done(result);
}

} // namespace inbeeld
