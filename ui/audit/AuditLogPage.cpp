#include "ui/audit/AuditLogPage.h"

#include "core/audit/AuditLog.h"
#include "ui/audit/AuditLogModel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
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
    , m_anchorLabel(new QLabel(this))
    , m_copyAnchorButton(new QPushButton(tr("&Copy anchor"), this))
    , m_verifyAnchorButton(new QPushButton(tr("Verify &against anchor…"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    m_refreshButton->setObjectName(QStringLiteral("refreshAuditButton"));
    m_verifyButton->setObjectName(QStringLiteral("verifyAuditButton"));
    m_anchorLabel->setObjectName(QStringLiteral("auditAnchorLabel"));
    m_copyAnchorButton->setObjectName(QStringLiteral("copyAnchorButton"));
    m_verifyAnchorButton->setObjectName(QStringLiteral("verifyAnchorButton"));
    m_anchorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_anchorLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_anchorLabel->setAccessibleName(tr("Audit anchor"));
    m_copyAnchorButton->setToolTip(tr("Copies one line with the number of entries and the last entry's hash. Keep it "
                                      "outside the store (in the case file, on paper): it shows later whether the "
                                      "log was cut back or rewritten."));

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

    auto* anchorRow = new QHBoxLayout;
    auto* anchorCaption = new QLabel(tr("Anchor:"), this);
    anchorCaption->setBuddy(m_copyAnchorButton);
    anchorRow->addWidget(anchorCaption);
    anchorRow->addWidget(m_anchorLabel, 1);
    anchorRow->addWidget(m_copyAnchorButton);
    anchorRow->addWidget(m_verifyAnchorButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(anchorRow);
    layout->addLayout(buttons);

    connect(m_refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(m_copyAnchorButton, &QPushButton::clicked, this, &AuditLogPage::copyAnchor);
    connect(m_verifyAnchorButton, &QPushButton::clicked, this, &AuditLogPage::askAnchorAndVerify);
    setAuditLog(nullptr);
}

void AuditLogPage::setAuditLog(AuditLog* log)
{
    m_log = log;
    m_statusLabel->clear();
    m_statusLabel->setPalette(palette());
    m_refreshButton->setEnabled(log != nullptr);
    m_verifyButton->setEnabled(log != nullptr);
    m_copyAnchorButton->setEnabled(log != nullptr);
    m_verifyAnchorButton->setEnabled(log != nullptr);
    refresh();
}

void AuditLogPage::refresh()
{
    if (!m_log) {
        m_model->clear();
        m_anchorLabel->clear();
        return;
    }
    const Result<AuditAnchor> anchor = m_log->anchor();
    m_anchorLabel->setText(anchor ? anchor.value().toLine() : QString());
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
    showOutcome(result,
                tr("The audit log is intact: all %n entries are chained correctly.", nullptr, m_model->rowCount()));
    return result.ok();
}

QString AuditLogPage::copyAnchor()
{
    if (!m_log)
        return {};
    refresh();
    const QString line = m_anchorLabel->text();
    QGuiApplication::clipboard()->setText(line);
    m_statusLabel->setPalette(palette());
    m_statusLabel->setText(tr("The anchor is on the clipboard. Keep it outside the store, for example in the case "
                              "file or with your privacy officer."));
    return line;
}

void AuditLogPage::askAnchorAndVerify()
{
    bool ok = false;
    const QString line
        = QInputDialog::getText(this, tr("Verify against an anchor"),
                                tr("Paste an anchor kept earlier (one line starting with \"inbeeld-audit-anchor\"):"),
                                QLineEdit::Normal, QString(), &ok);
    if (ok && !line.trimmed().isEmpty())
        verifyAnchor(line);
}

bool AuditLogPage::verifyAnchor(const QString& line)
{
    if (!m_log)
        return false;
    refresh();
    const Result<AuditAnchor> anchor = AuditAnchor::parse(line);
    if (!anchor) {
        m_statusLabel->setPalette(palette());
        m_statusLabel->setText(anchor.message());
        return false;
    }
    const Result<void> result = m_log->verifyAnchor(anchor.value());
    showOutcome(
        result,
        tr("The audit log is intact and still holds entry %1, the one the anchor names.").arg(anchor.value().entries));
    return result.ok();
}

void AuditLogPage::showOutcome(const Result<void>& result, const QString& intactMessage)
{
    QString message;
    QPalette labelPalette = palette();
    if (result) {
        message = intactMessage;
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
}

} // namespace inbeeld
