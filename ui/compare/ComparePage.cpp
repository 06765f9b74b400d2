#include "ui/compare/ComparePage.h"

#include "core/matching/ComparisonService.h"
#include "core/reporting/CaseDocuments.h"
#include "core/storage/Snapshots.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/PrintDocument.h"
#include "ui/compare/CategoryComparisonView.h"
#include "ui/compare/ComparisonOverview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace inbeeld {

namespace {

QString describe(const SnapshotInfo& s)
{
    const QString date = s.peildatum.isValid()
        ? QLocale().toString(s.peildatum, QLocale::ShortFormat)
        : QLocale().toString(s.importedAt.toLocalTime().date(), QLocale::ShortFormat);
    return ComparePage::tr("List %1: %2, %3 (%n children)", nullptr, int(s.accepted))
        .arg(QString::number(s.id), s.sourceName, date);
}

} // namespace

ComparePage::ComparePage(QWidget* parent)
    : QWidget(parent)
    , m_oursCombo(new QComboBox(this))
    , m_theirsCombo(new QComboBox(this))
    , m_compareButton(new QPushButton(tr("Compare a&gain"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_statusLabel(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_overview(new ComparisonOverview(this))
{
    setObjectName(QStringLiteral("comparePage"));
    m_oursCombo->setObjectName(QStringLiteral("oursListCombo"));
    m_theirsCombo->setObjectName(QStringLiteral("theirsListCombo"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_progress->setObjectName(QStringLiteral("compareProgress"));
    m_cancelButton->setObjectName(QStringLiteral("cancelCompareButton"));
    m_statusLabel->setObjectName(QStringLiteral("compareStatusLabel"));
    m_sections->setObjectName(QStringLiteral("compareSections"));

    auto* oursLabel = new QLabel(tr("O&ur list:"), this);
    oursLabel->setBuddy(m_oursCombo);
    auto* theirsLabel = new QLabel(tr("Their l&ist:"), this);
    theirsLabel->setBuddy(m_theirsCombo);
    for (QComboBox* combo : {m_oursCombo, m_theirsCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(24);
    }
    m_oursCombo->setToolTip(tr("Which of your own lists to compare"));
    m_theirsCombo->setToolTip(tr("Which of the partner's lists to compare"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_cancelButton->setToolTip(tr("Stop the comparison that is running (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    LabelStyle::asHint(m_statusLabel);

    auto* top = new QHBoxLayout;
    top->addWidget(oursLabel);
    top->addWidget(m_oursCombo);
    top->addSpacing(12);
    top->addWidget(theirsLabel);
    top->addWidget(m_theirsCombo);
    top->addWidget(m_compareButton);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addStretch();
    auto* printButton = new QPushButton(tr("&Print overview…"), this);
    printButton->setObjectName(QStringLiteral("printOverviewButton"));
    printButton->setToolTip(tr("The counts per category and outcome (no personal data): print, or choose a PDF "
                               "printer."));
    top->addWidget(printButton);
    connect(printButton, &QPushButton::clicked, this, [this] {
        if (m_comparison && m_store)
            PrintDocument::preview(CaseDocuments::comparisonOverview(*m_comparison, m_store->organisation().name),
                                   this);
    });

    m_sections->addTab(m_overview, tr("Overview"));
    m_sections->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_sections, 1);

    connect(m_compareButton, &QPushButton::clicked, this, &ComparePage::compare);
    connect(m_cancelButton, &QPushButton::clicked, this, &ComparePage::cancel);
    connect(m_oursCombo, &QComboBox::activated, this, &ComparePage::compare);
    connect(m_theirsCombo, &QComboBox::activated, this, &ComparePage::compare);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ComparePage::finished);
    connect(m_overview, &ComparisonOverview::notice, this, &ComparePage::notice);
    connect(m_overview, &ComparisonOverview::categoryRequested, this, &ComparePage::showCategory);
    setRunning(false);
    setStore(nullptr);
}

ComparePage::~ComparePage()
{
    // The worker holds its own copy of the input: let it stop, nothing waits for its result.
    m_watcher.disconnect(this);
    m_watcher.cancel();
}

void ComparePage::setStore(Store* store)
{
    if (m_store && store != m_store)
        saveNotes();
    ++m_generation;
    if (isRunning())
        m_watcher.cancel();
    m_rerunPending = false;
    m_store = store;
    m_agreement.reset();
    if (store) {
        Result<Agreement> agreement = AgreementCatalog::builtIn(store->organisation().agreementId);
        if (agreement)
            m_agreement = agreement.takeValue();
    }
    m_comparison.reset();
    m_overview->clear();
    for (CategoryComparisonView* view : std::as_const(m_views)) {
        view->setContext(store, m_agreement);
        view->clear();
    }
    // Category tabs are made again from the next comparison.
    while (m_sections->count() > 1) {
        QWidget* page = m_sections->widget(1);
        m_sections->removeTab(1);
        page->deleteLater();
    }
    m_views.clear();
    fillChoosers();
    m_stale = true;
    setRunning(false);
    setStatus(store ? QString() : tr("Open a store to compare lists."));
    m_compareButton->setEnabled(store != nullptr);
    if (store && isVisible())
        compare();
}

void ComparePage::fillChoosers()
{
    const auto refill = [](QComboBox* combo, const QList<SnapshotInfo>& snapshots) {
        const QVariant previous = combo->currentData();
        combo->clear();
        if (snapshots.isEmpty()) {
            combo->addItem(tr("(no list yet)"));
            combo->setEnabled(false);
            return;
        }
        combo->setEnabled(true);
        combo->addItem(tr("Newest – %1").arg(describe(snapshots.constFirst())));
        for (const SnapshotInfo& s : snapshots)
            combo->addItem(describe(s), s.id);
        const int index = previous.isValid() ? combo->findData(previous) : 0;
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    QList<SnapshotInfo> ours, theirs;
    if (m_store) {
        const Result<QList<SnapshotInfo>> all = Snapshots::list(*m_store);
        if (all) {
            for (auto it = all.value().crbegin(); it != all.value().crend(); ++it) {
                // A case package holds one child, not a list: it is never compared as one.
                if (it->isList())
                    (it->side == SnapshotSide::Ours ? ours : theirs).append(*it);
            }
        } else {
            setStatus(tr("The lists cannot be read. %1").arg(all.message()));
        }
    }
    refill(m_oursCombo, ours);
    refill(m_theirsCombo, theirs);
}

std::optional<qint64> ComparePage::chosen(QComboBox* combo) const
{
    const QVariant id = combo->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void ComparePage::listsChanged()
{
    fillChoosers();
    m_stale = true;
    if (m_store && isVisible())
        compare();
}

void ComparePage::compareWith(qint64 theirsSnapshotId)
{
    if (!m_store)
        return;
    fillChoosers();
    m_oursCombo->setCurrentIndex(0); // "Newest"
    const int theirs = m_theirsCombo->findData(theirsSnapshotId);
    if (theirs >= 0)
        m_theirsCombo->setCurrentIndex(theirs);
    m_stale = true;
    compare();
}

void ComparePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_store && m_stale && !isRunning())
        compare();
}

bool ComparePage::isRunning() const
{
    return m_watcher.isRunning();
}

void ComparePage::compare()
{
    if (!m_store)
        return;
    if (isRunning()) {
        // Start over with the current choice once the running comparison has stopped.
        m_rerunPending = true;
        m_watcher.cancel();
        return;
    }
    m_stale = false;
    Result<ComparisonInput> input
        = ComparisonService::load(*m_store, m_store->organisation(), chosen(m_oursCombo), chosen(m_theirsCombo));
    if (!input) {
        setStatus(input.message());
        apply(nullptr);
        return;
    }
    setStatus(tr("Comparing the lists…"));
    m_runGeneration = m_generation;
    QFuture<Result<Comparison>> future
        = QtConcurrent::run([input = input.takeValue()](QPromise<Result<Comparison>>& promise) mutable {
              promise.setProgressRange(0, 100);
              promise.addResult(ComparisonService::run(std::move(input), [&promise](int percent) {
                  promise.setProgressValue(percent);
                  return !promise.isCanceled();
              }));
          });
    m_watcher.setFuture(future);
    setRunning(true);
}

void ComparePage::cancel()
{
    if (!isRunning())
        return;
    m_rerunPending = false;
    m_watcher.cancel();
}

void ComparePage::finished()
{
    setRunning(false);
    if (m_runGeneration != m_generation)
        return; // the store changed meanwhile
    if (m_rerunPending) {
        m_rerunPending = false;
        compare();
        return;
    }
    const QFuture<Result<Comparison>> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_stale = true;
        setStatus(m_comparison ? tr("The comparison was cancelled; the result shown is from before. Click Compare "
                                    "again to update it.")
                               : tr("The comparison was cancelled. Click Compare again to start it again."));
        return;
    }
    Result<Comparison> result = future.result();
    if (!result) {
        setStatus(result.message());
        return;
    }
    auto comparison = std::make_shared<const Comparison>(result.takeValue());
    if (m_store) {
        const Result<void> audited = ComparisonService::recordRun(*m_store, *comparison);
        if (!audited) {
            // What was not audited is not shown.
            setStatus(audited.message());
            return;
        }
    }
    apply(comparison);
    emit compared();
}

void ComparePage::apply(std::shared_ptr<const Comparison> comparison)
{
    m_comparison = comparison;
    m_overview->setComparison(comparison);
    if (!comparison) {
        for (CategoryComparisonView* view : std::as_const(m_views))
            view->clear();
        return;
    }
    // One tab per category of the agreement that has children on either list.
    int tabIndex = 1;
    for (const CategorySummary& summary : comparison->summary()) {
        QString name = summary.category;
        for (const AgreementCategory& c : comparison->categories()) {
            if (c.code == summary.category)
                name = c.name;
        }
        CategoryComparisonView* view = m_views.value(summary.category);
        if (!view) {
            view = new CategoryComparisonView(summary.category, m_sections);
            view->setContext(m_store, m_agreement);
            connect(view, &CategoryComparisonView::notice, this, &ComparePage::notice);
            connect(view, &CategoryComparisonView::shareRequested, this, &ComparePage::shareRequested);
            connect(view, &CategoryComparisonView::decisionChanged, this, [this] {
                m_stale = true;
                compare();
            });
            m_views.insert(summary.category, view);
            m_sections->insertTab(tabIndex, view, QString());
        }
        const qint64 attention = summary.total() - summary.count(ComparisonOutcome::Both);
        m_sections->setTabText(m_sections->indexOf(view), tr("%1 (%2)").arg(name, QLocale().toString(summary.total())));
        m_sections->setTabToolTip(m_sections->indexOf(view),
                                  tr("%1 children, %2 of them not on both lists the same way")
                                      .arg(QLocale().toString(summary.total()), QLocale().toString(attention)));
        view->setComparison(comparison);
        ++tabIndex;
    }
    qint64 children = 0;
    for (const CategorySummary& summary : comparison->summary())
        children += summary.total();
    setStatus(tr("Compared at %1: %2 children on one or both lists. Choose other lists above to compare those.")
                  .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), QLocale().toString(children)));
}

void ComparePage::showCategory(const QString& category)
{
    if (CategoryComparisonView* view = m_views.value(category)) {
        m_sections->setCurrentWidget(view);
        view->table()->setFocus(Qt::OtherFocusReason);
    }
}

bool ComparePage::saveNotes()
{
    bool ok = true;
    for (CategoryComparisonView* view : std::as_const(m_views))
        ok = view->saveNoteIfChanged() && ok;
    return ok;
}

void ComparePage::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    if (running)
        m_progress->setValue(0);
}

void ComparePage::setStatus(const QString& text)
{
    LabelStyle::setTextOrHide(m_statusLabel, text);
}

} // namespace inbeeld
