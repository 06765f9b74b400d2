#include "ui/lifecycle/LifecycleMenu.h"

#include "core/lifecycle/Retention.h"
#include "core/lifecycle/SubjectRequests.h"
#include "ui/lifecycle/AccessExportDialog.h"
#include "ui/lifecycle/PurgePreviewDialog.h"
#include "ui/lifecycle/RetentionRulesDialog.h"
#include "ui/lifecycle/SubjectRequestsDialog.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace inbeeld {

LifecycleMenu::LifecycleMenu(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Tools"), window))
    , m_banner(new QFrame(window))
    , m_bannerLabel(new QLabel(m_banner))
    , m_bannerPurgeButton(new QPushButton(tr("&View what can be deleted…"), m_banner))
    , m_bannerRequestsButton(new QPushButton(tr("Open the re&quests…"), m_banner))
{
    m_menu->setObjectName(QStringLiteral("toolsMenu"));
    m_purgeAction = m_menu->addAction(tr("&Retention…"));
    m_purgeAction->setObjectName(QStringLiteral("actionRetention"));
    m_purgeAction->setStatusTip(tr("See what has passed its retention period and delete it."));
    m_rulesAction = m_menu->addAction(tr("Retention r&ules…"));
    m_rulesAction->setObjectName(QStringLiteral("actionRetentionRules"));
    m_rulesAction->setStatusTip(tr("How long this organisation keeps each kind of data, and why."));
    m_menu->addSeparator();
    m_requestsAction = m_menu->addAction(tr("Re&quests of data subjects…"));
    m_requestsAction->setObjectName(QStringLiteral("actionSubjectRequests"));
    m_requestsAction->setStatusTip(tr("The register of requests for access, rectification, erasure and more."));
    m_accessAction = m_menu->addAction(tr("&Access export…"));
    m_accessAction->setObjectName(QStringLiteral("actionAccessExport"));
    m_accessAction->setStatusTip(tr("Everything the store holds about one child, as PDF or JSON."));
    connect(m_purgeAction, &QAction::triggered, this, &LifecycleMenu::openPurgePreview);
    connect(m_rulesAction, &QAction::triggered, this, &LifecycleMenu::openRetentionRules);
    connect(m_requestsAction, &QAction::triggered, this, &LifecycleMenu::openRequests);
    connect(m_accessAction, &QAction::triggered, this, [this] { openAccessExport(); });

    m_banner->setObjectName(QStringLiteral("retentionBanner"));
    m_bannerLabel->setObjectName(QStringLiteral("retentionBannerLabel"));
    m_bannerPurgeButton->setObjectName(QStringLiteral("retentionBannerButton"));
    m_bannerRequestsButton->setObjectName(QStringLiteral("requestsBannerButton"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_banner->setPalette(palette);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::PlainText);
    auto* hide = new QToolButton(m_banner);
    hide->setObjectName(QStringLiteral("retentionBannerHideButton"));
    hide->setText(tr("Hide"));
    hide->setToolTip(tr("Hide this message until the next unlock"));
    auto* layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_bannerLabel, 1);
    layout->addWidget(m_bannerPurgeButton);
    layout->addWidget(m_bannerRequestsButton);
    layout->addWidget(hide);
    connect(hide, &QToolButton::clicked, m_banner, &QWidget::hide);
    connect(m_bannerPurgeButton, &QPushButton::clicked, this, &LifecycleMenu::openPurgePreview);
    connect(m_bannerRequestsButton, &QPushButton::clicked, this, &LifecycleMenu::openRequests);
    setStore(nullptr);
}

void LifecycleMenu::setStore(Store* store)
{
    m_store = store;
    for (QAction* action : {m_purgeAction, m_rulesAction, m_requestsAction, m_accessAction})
        action->setEnabled(store != nullptr);
    m_banner->hide();
}

void LifecycleMenu::checkDue(const QDate& today)
{
    m_banner->hide();
    if (!m_store)
        return;
    QStringList lines;
    QString due;
    if (auto status = Retention(*m_store).status(today); status)
        due = Retention::dueMessage(status.value(), today);
    if (!due.isEmpty())
        lines.append(due);
    qsizetype nearing = 0;
    if (auto requests = SubjectRequests(*m_store).list(true); requests)
        nearing = SubjectRequests::nearingDeadline(requests.value(), today).size();
    if (nearing > 0)
        lines.append(tr("Requests of data subjects: %n request(s) must be answered within a week or are late.", nullptr,
                        int(nearing)));
    if (lines.isEmpty())
        return;
    m_bannerLabel->setText(lines.join(u'\n'));
    m_bannerPurgeButton->setVisible(!due.isEmpty());
    m_bannerRequestsButton->setVisible(nearing > 0);
    m_banner->show();
}

template<typename Dialog>
Dialog* LifecycleMenu::raise(QPointer<Dialog>& existing)
{
    if (!existing)
        return nullptr;
    existing->raise();
    existing->activateWindow();
    return existing;
}

PurgePreviewDialog* LifecycleMenu::openPurgePreview()
{
    if (!m_store)
        return nullptr;
    if (auto* open = raise(m_purgeDialog))
        return open;
    auto* dialog = new PurgePreviewDialog(*m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PurgePreviewDialog::purged, this, [this](const QString& message) {
        m_banner->hide();
        emit notice(message);
        emit dataPurged();
    });
    m_purgeDialog = dialog;
    dialog->open();
    return dialog;
}

RetentionRulesDialog* LifecycleMenu::openRetentionRules()
{
    if (!m_store)
        return nullptr;
    if (auto* open = raise(m_rulesDialog))
        return open;
    auto* dialog = new RetentionRulesDialog(*m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetentionRulesDialog::saved, this, &LifecycleMenu::notice);
    m_rulesDialog = dialog;
    dialog->open();
    return dialog;
}

SubjectRequestsDialog* LifecycleMenu::openRequests()
{
    if (!m_store)
        return nullptr;
    if (auto* open = raise(m_requestsDialog))
        return open;
    auto* dialog = new SubjectRequestsDialog(*m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubjectRequestsDialog::notice, this, &LifecycleMenu::notice);
    connect(dialog, &SubjectRequestsDialog::accessExportRequested, this,
            [this](const QString& childKey) { openAccessExport(childKey); });
    m_requestsDialog = dialog;
    dialog->open();
    return dialog;
}

AccessExportDialog* LifecycleMenu::openAccessExport(const QString& childKey)
{
    if (!m_store)
        return nullptr;
    // Parented to the register when it is open, so it shows above it.
    QWidget* parent
        = m_requestsDialog && m_requestsDialog->isVisible() ? static_cast<QWidget*>(m_requestsDialog) : m_window;
    auto* dialog = new AccessExportDialog(*m_store, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!childKey.isEmpty())
        dialog->setChildKey(childKey);
    connect(dialog, &AccessExportDialog::exported, this, &LifecycleMenu::notice);
    dialog->open();
    return dialog;
}

} // namespace inbeeld
