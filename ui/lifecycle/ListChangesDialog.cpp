#include "ui/lifecycle/ListChangesDialog.h"

#include "core/domain/Agreement.h"
#include "core/importing/SnapshotDiff.h"
#include "core/lifecycle/Closures.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/importing/SnapshotDiffModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

ListChangesDialog::ListChangesDialog(Store& store, qint64 snapshotId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_snapshotId(snapshotId)
    , m_summaryLabel(new QLabel(this))
    , m_model(new SnapshotDiffModel(this))
    , m_table(new QTableView(this))
    , m_droppedBox(new QGroupBox(tr("No longer on this list"), this))
    , m_droppedLabel(new QLabel(m_droppedBox))
    , m_droppedList(new QListWidget(m_droppedBox))
    , m_reasonCombo(new QComboBox(m_droppedBox))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), m_droppedBox))
    , m_noteEdit(new QLineEdit(m_droppedBox))
    , m_closeButton(new QPushButton(tr("C&lose the ticked cases"), m_droppedBox))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("listChangesDialog"));
    setWindowTitle(tr("Changes since the previous list"));
    m_summaryLabel->setObjectName(QStringLiteral("listChangesSummaryLabel"));
    m_table->setObjectName(QStringLiteral("listChangesTable"));
    m_droppedBox->setObjectName(QStringLiteral("droppedBox"));
    m_droppedList->setObjectName(QStringLiteral("droppedList"));
    m_reasonCombo->setObjectName(QStringLiteral("droppedReasonCombo"));
    m_dateEdit->setObjectName(QStringLiteral("droppedDateEdit"));
    m_noteEdit->setObjectName(QStringLiteral("droppedNoteEdit"));
    m_closeButton->setObjectName(QStringLiteral("closeDroppedButton"));
    m_statusLabel->setObjectName(QStringLiteral("listChangesStatusLabel"));

    m_summaryLabel->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Children added, removed or changed since the previous list"));

    m_droppedLabel->setWordWrap(true);
    m_droppedList->setAccessibleName(tr("Children no longer on this list"));
    for (ClosureReason r : Closures::reasons())
        m_reasonCombo->addItem(Closures::reasonName(r), int(r));
    m_reasonCombo->setCurrentIndex(-1); // a reason must be chosen, none is assumed
    m_reasonCombo->setPlaceholderText(tr("Choose the reason"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("d-M-yyyy"));
    m_noteEdit->setPlaceholderText(tr("Optional, in general terms (no diagnoses)"));
    auto* droppedLayout = new QFormLayout(m_droppedBox);
    droppedLayout->addRow(m_droppedLabel);
    droppedLayout->addRow(m_droppedList);
    droppedLayout->addRow(tr("&Reason:"), m_reasonCombo);
    droppedLayout->addRow(tr("&Ended on:"), m_dateEdit);
    droppedLayout->addRow(tr("&Note:"), m_noteEdit);
    droppedLayout->addRow(m_closeButton);
    m_statusLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_droppedBox, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &ListChangesDialog::closeTicked);
    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_closeButton->setEnabled(index >= 0 && !m_dropped.isEmpty()); });
    resize(900, 600);
    LabelStyle::setTextOrHide(m_statusLabel, QString());
    load();
}

void ListChangesDialog::load()
{
    auto diff = SnapshotDiff::compareWithPrevious(m_store, m_snapshotId);
    if (!diff) {
        m_summaryLabel->setText(diff.message());
        m_droppedBox->hide();
        return;
    }
    QHash<QString, QString> names;
    if (auto agreement = AgreementCatalog::builtIn(m_store.organisation().agreementId); agreement) {
        for (const AgreementCategory& c : agreement.value().categories())
            names.insert(c.code, c.name);
    }
    if (!diff.value().previous) {
        m_summaryLabel->setText(tr("This is the first list of its source in this store: there is nothing to compare "
                                   "it with."));
        m_model->clear();
        m_table->hide();
    } else {
        m_summaryLabel->setText(diff.value().summary());
        m_model->setDiff(diff.value(), names);
        m_table->resizeColumnsToContents();
    }
    auto dropped = Closures(m_store).droppedFrom(m_snapshotId);
    m_dropped = dropped ? dropped.value() : QList<CaseRecord> {};
    m_droppedList->clear();
    for (const CaseRecord& r : std::as_const(m_dropped)) {
        auto* item
            = new QListWidgetItem(tr("%1, born %2, BSN %3")
                                      .arg(r.displayName(), QLocale().toString(r.birthDate, QLocale::ShortFormat),
                                           r.bsn.isEmpty() ? tr("unknown") : r.bsn),
                                  m_droppedList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_droppedBox->setVisible(!m_dropped.isEmpty());
    m_droppedLabel->setText(
        tr("%n child(ren) of the previous list are not on this list, and their case is still open. If processing "
           "about them has ended, tick them, choose the reason and close their cases. Children you leave unticked "
           "stay open.",
           nullptr, int(m_dropped.size())));
    m_closeButton->setEnabled(m_reasonCombo->currentIndex() >= 0 && !m_dropped.isEmpty());
}

int ListChangesDialog::closeTicked()
{
    if (m_reasonCombo->currentIndex() < 0) {
        LabelStyle::asError(m_statusLabel);
        LabelStyle::setTextOrHide(m_statusLabel, tr("Choose the reason first."));
        return -1;
    }
    const auto reason = ClosureReason(m_reasonCombo->currentData().toInt());
    Closures closures(m_store);
    int closed = 0;
    for (int row = 0; row < m_droppedList->count() && row < m_dropped.size(); ++row) {
        if (m_droppedList->item(row)->checkState() != Qt::Checked)
            continue;
        auto done = closures.close(m_dropped.at(row).childKey(), reason, m_dateEdit->date(), m_noteEdit->text());
        if (!done) {
            LabelStyle::asError(m_statusLabel);
            LabelStyle::setTextOrHide(m_statusLabel, done.message());
            load();
            return -1;
        }
        ++closed;
    }
    if (closed == 0) {
        LabelStyle::asError(m_statusLabel);
        LabelStyle::setTextOrHide(m_statusLabel, tr("Tick the children whose case you want to close."));
        return 0;
    }
    const QString message = tr("%n case(s) closed: %1.", nullptr, closed).arg(Closures::reasonName(reason));
    LabelStyle::asNotice(m_statusLabel);
    LabelStyle::setTextOrHide(m_statusLabel, message);
    load();
    emit casesClosed(message);
    return closed;
}

} // namespace inbeeld
