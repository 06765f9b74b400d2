#include "ui/audit/AuditLogPage.h"

#include "core/audit/AuditLog.h"
#include "ui/audit/AuditLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

AuditLogPage::AuditLogPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(this))
    , m_table(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_verifyButton(new QPushButton(tr("&Verify audit log"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    m_refreshButton->setObjectName(QStringLiteral("refreshAuditButton"));
    m_verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));

    auto* intro = new QLabel(tr("InBeeld records every unlock, change, import and export in this log. Each entry "
                                "is chained to the one before it, so a changed or removed entry is detected when "
                                "you verify the log."),
                             this);
    intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Audit log"));
    m_statusLabel->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_verifyButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogPage::verify);
    setAuditLog(nullptr);
}

void AuditLogPage::setAuditLog(AuditLog* log)
{
    m_log = log;
    m_statusLabel->clear();
    m_statusLabel->setPalette(palette());
    m_refreshButton->setEnabled(log != nullptr);
    m_verifyButton->setEnabled(log != nullptr);
    refresh();
}

void AuditLogPage::refresh()
{
    if (!m_log) {
        m_model->clear();
        return;
    }
    Result<QList<AuditEntry>> entries = m_log->entries();
    if (!entries) {
        m_model->clear();
        m_statusLabel->setText(tr("The audit log cannot be read. %1").arg(entries.message()));
        return;
    }
    m_model->setEntries(entries.takeValue());
}

bool AuditLogPage::verify()
{
    if (!m_log)
        return false;
    refresh();
    const Result<void> result = m_log->verify();
    QString message;
    QPalette labelPalette = palette();
    if (result) {
        message = tr("The audit log is intact: all %n entries are chained correctly.", nullptr, m_model->rowCount());
        labelPalette.setColor(QPalette::WindowText, QColor(0x1b, 0x6e, 0x20));
    } else {
        message = tr("The audit log has been changed outside InBeeld. %1 Keep the store and its backups as they are "
                     "and report this to your privacy officer.")
                      .arg(result.message());
        labelPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    }
    m_statusLabel->setPalette(labelPalette);
    m_statusLabel->setText(message);
    emit verified(result.ok(), message);
    return result.ok();
}

} // namespace inbeeld
