#include "ui/exchange/DispatchHistoryDialog.h"

#include "core/exchange/Fingerprint.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/mail/MailSendDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inbeeld {

namespace {

enum Column { When, PartnerColumn, PackageColumn, Channel, Where, Outcome, ColumnCount };

} // namespace

DispatchHistoryDialog::DispatchHistoryDialog(Store& store, SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_table(new QTableWidget(this))
    , m_emptyLabel(new QLabel(tr("No package has been sent yet."), this))
    , m_errorLabel(new QLabel(this))
    , m_mailButton(new QPushButton(tr("Send by &mail…"), this))
{
    setObjectName(QStringLiteral("dispatchHistoryDialog"));
    setWindowTitle(tr("Dispatch history"));
    auto* intro = new QLabel(tr("How each package you made left: written to a file, sent by mail, or a mail that "
                                "failed. The breach report reads the same history."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("dispatchTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Partner"), tr("Package"), tr("Channel"), tr("To / file"), tr("Result")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_emptyLabel->setObjectName(QStringLiteral("dispatchEmptyLabel"));
    m_errorLabel->setObjectName(QStringLiteral("dispatchErrorLabel"));
    LabelStyle::asError(m_errorLabel);
    m_mailButton->setObjectName(QStringLiteral("dispatchMailButton"));
    m_mailButton->setToolTip(tr("Send the selected package to its partner by mail (again)."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_mailButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &DispatchHistoryDialog::reject);
    connect(m_mailButton, &QPushButton::clicked, this, &DispatchHistoryDialog::mailSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DispatchHistoryDialog::updateButtons);
    resize(1000, 460);
    refresh();
}

void DispatchHistoryDialog::refresh()
{
    auto all = PackageDispatch(m_store).all();
    LabelStyle::setTextOrHide(m_errorLabel, all ? QString() : all.message());
    m_records = all ? all.value() : QList<DispatchRecord>();
    m_table->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const DispatchRecord& r = m_records.at(row);
        const bool mail = r.how == u"mail";
        const QString package = r.kind == u"case" ? tr("case package %1").arg(r.sequence)
                                                  : tr("%1, number %2").arg(r.quarter).arg(r.sequence);
        const QString outcome = !r.succeeded ? tr("Failed: %1").arg(r.result)
            : mail                           ? tr("Sent; the server answered: %1").arg(r.result)
                                             : tr("Written");
        const QStringList cells {QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat),
                                 r.partner,
                                 package,
                                 mail ? tr("Mail") : tr("File"),
                                 mail ? r.address : QDir::toNativeSeparators(r.address),
                                 outcome};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (!r.succeeded)
                item->setForeground(QColor(0xa0, 0x10, 0x10));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
    m_emptyLabel->setVisible(m_records.isEmpty());
    if (!m_records.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    updateButtons();
}

void DispatchHistoryDialog::updateButtons()
{
    m_mailButton->setEnabled(m_table->currentRow() >= 0 && m_table->currentRow() < m_records.size());
}

bool DispatchHistoryDialog::mailSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.size())
        return false;
    const DispatchRecord& r = m_records.at(row);
    auto file = PackageDispatch(m_store).fileOf(r.packageId);
    if (!file || file.value().isEmpty() || !QFileInfo::exists(file.value())) {
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("The package file is no longer where it was written (%1). Open it from where "
                                     "you keep it, or make the package again.")
                                      .arg(file ? QDir::toNativeSeparators(file.value()) : file.message()));
        return false;
    }
    auto partners = PartnerTrust(m_store).partners();
    std::optional<Partner> partner;
    for (const Partner& p : partners ? partners.value() : QList<Partner>()) {
        auto fingerprints = PartnerTrust(m_store).fingerprintsOf(p);
        for (const QString& f : fingerprints ? fingerprints.value() : QStringList()) {
            if (Fingerprint::matches(f, r.partnerFingerprint))
                partner = p;
        }
    }
    if (!partner) {
        LabelStyle::setTextOrHide(m_errorLabel,
                                  tr("%1 is no longer a partner, so nothing can be sent to them.").arg(r.partner));
        return false;
    }
    LabelStyle::setTextOrHide(m_errorLabel, {});
    MailSendDialog dialog(m_store, m_secrets, file.value(), *partner, this);
    dialog.exec();
    refresh();
    return true;
}

} // namespace inbeeld
