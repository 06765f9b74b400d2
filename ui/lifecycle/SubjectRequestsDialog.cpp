#include "ui/lifecycle/SubjectRequestsDialog.h"

#include "ui/common/LabelStyle.h"
#include "ui/lifecycle/AddSubjectRequestDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

SubjectRequestsDialog::SubjectRequestsDialog(Store& store, QWidget* parent, QDate today)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_table(new QTableWidget(this))
    , m_closedCheck(new QCheckBox(tr("Show &closed requests too"), this))
    , m_reminderLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_addButton(new QPushButton(tr("&New request…"), this))
    , m_extendButton(new QPushButton(tr("E&xtend deadline…"), this))
    , m_closeButton(new QPushButton(tr("Cl&ose request…"), this))
    , m_exportButton(new QPushButton(tr("&Access export…"), this))
{
    setObjectName(QStringLiteral("subjectRequestsDialog"));
    setWindowTitle(tr("Requests of data subjects"));
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_closedCheck->setObjectName(QStringLiteral("showClosedRequestsCheck"));
    m_reminderLabel->setObjectName(QStringLiteral("requestsReminderLabel"));
    m_statusLabel->setObjectName(QStringLiteral("requestsStatusLabel"));
    m_addButton->setObjectName(QStringLiteral("addRequestButton"));
    m_extendButton->setObjectName(QStringLiteral("extendRequestButton"));
    m_closeButton->setObjectName(QStringLiteral("closeRequestButton"));
    m_exportButton->setObjectName(QStringLiteral("requestAccessExportButton"));
    m_addButton->setShortcut(QKeySequence::New);
    m_addButton->setToolTip(tr("Register a request (Ctrl+N)"));
    m_exportButton->setToolTip(tr("Make the access export for the child of the selected request"));

    auto* intro = new QLabel(tr("Requests of young people and their parents or guardians about the data this "
                                "organisation holds (access, rectification, completion, erasure, restriction, "
                                "objection). Answer within one month of receipt; that can be extended once by two "
                                "months, with a reason."),
                             this);
    intro->setWordWrap(true);
    m_reminderLabel->setWordWrap(true);
    LabelStyle::asNotice(m_reminderLabel);
    m_statusLabel->setWordWrap(true);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Kind"), tr("Received"), tr("Asked by"), tr("Identity verified"), tr("Deadline"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IdentityColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Requests of data subjects"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addWidget(m_extendButton);
    actions->addWidget(m_closeButton);
    actions->addWidget(m_exportButton);
    actions->addStretch();
    actions->addWidget(m_closedCheck);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reminderLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &SubjectRequestsDialog::addRequest);
    connect(m_extendButton, &QPushButton::clicked, this, &SubjectRequestsDialog::askExtension);
    connect(m_closeButton, &QPushButton::clicked, this, &SubjectRequestsDialog::askClose);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (const SubjectRequest* r = selected(); r && !r->childKey.isEmpty())
            emit accessExportRequested(r->childKey);
    });
    connect(m_closedCheck, &QCheckBox::toggled, this, &SubjectRequestsDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SubjectRequestsDialog::updateButtons);
    resize(1000, 520);
    showStatus(QString(), false);
    refresh();
}

void SubjectRequestsDialog::refresh()
{
    const SubjectRequest* before = selected();
    const qint64 keep = before ? before->id : 0;
    auto list = SubjectRequests(m_store).list(!m_closedCheck->isChecked());
    if (!list) {
        showStatus(list.message(), true);
        return;
    }
    m_requests = list.value();
    QSet<qint64> nearing;
    for (const SubjectRequest& r : SubjectRequests::nearingDeadline(m_requests, m_today))
        nearing.insert(r.id);
    m_table->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const SubjectRequest& r = m_requests.at(row);
        QString status = r.status == u"open" ? tr("open") : r.status == u"refused" ? tr("refused") : tr("answered");
        if (nearing.contains(r.id))
            status = r.deadline < m_today ? tr("open – deadline passed") : tr("open – deadline near");
        QString deadline = dateText(r.deadline);
        if (!r.extensionReason.isEmpty())
            deadline = tr("%1 (extended)").arg(deadline);
        const QStringList cells {QString::number(r.id),
                                 SubjectRequests::typeName(r.type),
                                 dateText(r.receivedOn),
                                 SubjectRequests::requesterName(r.requester),
                                 tr("%1 (by %2)").arg(r.identityCheck, r.verifiedBy),
                                 deadline,
                                 status};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (nearing.contains(r.id)) {
                // Not by colour alone: the status column says it in words too.
                item->setBackground(QColor(0xff, 0xe8, 0xb0));
                item->setForeground(QColor(Qt::black));
            }
            if (column == DeadlineColumn && !r.extensionReason.isEmpty())
                item->setToolTip(tr("Extended: %1").arg(r.extensionReason));
            if (column == StatusColumn && !r.outcome.isEmpty())
                item->setToolTip(r.outcome);
            m_table->setItem(row, column, item);
        }
    }
    LabelStyle::setTextOrHide(m_reminderLabel,
                              nearing.isEmpty() ? QString()
                                                : tr("%n request(s) must be answered within a week or are late.",
                                                     nullptr, int(nearing.size())));
    select(keep);
    updateButtons();
}

void SubjectRequestsDialog::select(qint64 id)
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == id) {
            m_table->selectRow(row);
            return;
        }
    }
    if (!m_requests.isEmpty() && id != 0)
        m_table->selectRow(0);
}

const SubjectRequest* SubjectRequestsDialog::selected() const
{
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.constFirst().row() >= m_requests.size())
        return nullptr;
    return &m_requests.at(rows.constFirst().row());
}

void SubjectRequestsDialog::updateButtons()
{
    const SubjectRequest* r = selected();
    m_extendButton->setEnabled(r && r->isOpen() && r->extensionReason.isEmpty());
    m_closeButton->setEnabled(r && r->isOpen());
    m_exportButton->setEnabled(r && r->type == u"access" && !r->childKey.isEmpty());
}

void SubjectRequestsDialog::addRequest()
{
    AddSubjectRequestDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    select(dialog.request().id);
    const QString message = tr("Request %1 registered; answer by %2.")
                                .arg(QString::number(dialog.request().id), dateText(dialog.request().deadline));
    showStatus(message, false);
    emit notice(message);
}

void SubjectRequestsDialog::askExtension()
{
    if (!selected())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Extend deadline"),
                                                 tr("Why does the answer take two more months? (The person who asked "
                                                    "must be told within the first month.)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        extendSelected(reason);
}

bool SubjectRequestsDialog::extendSelected(const QString& reason)
{
    const SubjectRequest* r = selected();
    if (!r)
        return false;
    auto extended = SubjectRequests(m_store).extend(r->id, reason);
    if (!extended) {
        showStatus(extended.message(), true);
        return false;
    }
    refresh();
    showStatus(tr("The deadline of request %1 is now %2.")
                   .arg(QString::number(extended.value().id), dateText(extended.value().deadline)),
               false);
    return true;
}

void SubjectRequestsDialog::askClose()
{
    if (!selected())
        return;
    QMessageBox box(QMessageBox::Question, tr("Close request"), tr("Was the request granted or refused?"),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("closeRequestBox"));
    QPushButton* granted = box.addButton(tr("&Answered / granted"), QMessageBox::AcceptRole);
    QPushButton* refused = box.addButton(tr("&Refused"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != granted && box.clickedButton() != refused)
        return;
    bool ok = false;
    const QString outcome
        = QInputDialog::getText(this, tr("Close request"), tr("What was done or decided, in general terms:"),
                                QLineEdit::Normal, QString(), &ok);
    if (ok)
        closeSelected(outcome, box.clickedButton() == refused);
}

bool SubjectRequestsDialog::closeSelected(const QString& outcome, bool refused)
{
    const SubjectRequest* r = selected();
    if (!r)
        return false;
    const qint64 id = r->id;
    auto closed = SubjectRequests(m_store).close(id, outcome, refused);
    if (!closed) {
        showStatus(closed.message(), true);
        return false;
    }
    refresh();
    showStatus(tr("Request %1 is closed.").arg(id), false);
    return true;
}

void SubjectRequestsDialog::showStatus(const QString& text, bool error)
{
    if (error)
        LabelStyle::asError(m_statusLabel);
    else
        LabelStyle::asNotice(m_statusLabel);
    LabelStyle::setTextOrHide(m_statusLabel, text);
}

} // namespace inbeeld
