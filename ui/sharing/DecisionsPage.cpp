#include "ui/sharing/DecisionsPage.h"

#include "core/domain/Bsn.h"
#include "core/reporting/CaseDocuments.h"
#include "core/sharing/ChildFinder.h"
#include "core/sharing/DecisionStore.h"
#include "core/sharing/ShareDecision.h"
#include "core/storage/Store.h"
#include "ui/common/LabelStyle.h"
#include "ui/common/PrintDocument.h"
#include "ui/sharing/DecisionListModel.h"
#include "ui/sharing/ShareWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace inbeeld {

DecisionsPage::DecisionsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new DecisionListModel(this))
    , m_table(new QTableView(this))
    , m_errorLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New decision…"), this))
    , m_withdrawButton(new QPushButton(tr("&Withdraw…"), this))
    , m_standingButton(new QPushButton(tr("Record &quarterly exchange decision"), this))
    , m_sendButton(new QPushButton(tr("&Send to partner…"), this))
{
    setObjectName(QStringLiteral("decisionsPage"));
    m_table->setObjectName(QStringLiteral("decisionsTable"));
    m_errorLabel->setObjectName(QStringLiteral("decisionsErrorLabel"));
    m_newButton->setObjectName(QStringLiteral("newDecisionButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawDecisionButton"));
    m_standingButton->setObjectName(QStringLiteral("standingDecisionButton"));
    m_sendButton->setObjectName(QStringLiteral("sendCaseButton"));
    m_sendButton->setToolTip(tr("Send this child's data to the decision's recipient as a signed, encrypted case "
                                "package, with exactly the fields the decision covers."));
    LabelStyle::asError(m_errorLabel);

    auto* intro = new QLabel(tr("Before anything about a child is shared, walk the four-step check; its decision "
                                "covers one child, one recipient and the chosen fields for a limited time. Without "
                                "a decision in force, InBeeld exports nothing about the child. The quarterly "
                                "exchange of the lists is covered by one standing decision under the agreement."),
                             this);
    intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DecisionListModel::FieldsColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Sharing decisions"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_errorLabel, 1);
    buttons->addStretch();
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addWidget(m_standingButton);
    auto* printButton = new QPushButton(tr("&Print decision record…"), this);
    printButton->setObjectName(QStringLiteral("printDecisionButton"));
    printButton->setToolTip(tr("The whole weighing of the selected decision, for the case file and the privacy "
                               "officer (print, or choose a PDF printer)."));
    buttons->addWidget(printButton);
    connect(printButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const ShareDecision* d = rows.isEmpty() ? nullptr : m_model->decisionAt(rows.first().row());
        if (!m_store || !d)
            return;
        const auto agreement = AgreementCatalog::builtIn(m_store->organisation().agreementId);
        PrintDocument::preview(
            CaseDocuments::decisionRecord(*d, agreement ? std::optional<Agreement>(agreement.value()) : std::nullopt,
                                          m_store->organisation().name),
            this);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_newButton, &QPushButton::clicked, this, &DecisionsPage::askForChild);
    connect(m_withdrawButton, &QPushButton::clicked, this, &DecisionsPage::askWithdrawReason);
    connect(m_standingButton, &QPushButton::clicked, this, &DecisionsPage::recordStanding);
    connect(m_sendButton, &QPushButton::clicked, this, &DecisionsPage::sendSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DecisionsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DecisionsPage::updateButtons);
    setStore(nullptr);
}

void DecisionsPage::setStore(Store* store)
{
    m_store = store;
    if (!store && m_wizard)
        m_wizard->reject();
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    refresh();
}

void DecisionsPage::refresh()
{
    if (!m_store) {
        m_model->clear();
        return;
    }
    const qint64 selected = selectedDecision();
    auto decisions = DecisionStore(*m_store).list();
    if (!decisions) {
        m_model->clear();
        showError(decisions.message());
        return;
    }
    const auto agreement = AgreementCatalog::builtIn(m_store->organisation().agreementId);
    m_model->setDecisions(decisions.value(), agreement ? agreement.value() : Agreement(),
                          QDateTime::currentDateTimeUtc());
    if (selected > 0)
        select(selected);
}

void DecisionsPage::select(qint64 decisionId)
{
    const int row = m_model->rowOf(decisionId);
    if (row >= 0)
        m_table->selectRow(row);
}

qint64 DecisionsPage::selectedDecision() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ShareDecision* d = rows.isEmpty() ? nullptr : m_model->decisionAt(rows.first().row());
    return d ? d->id : 0;
}

void DecisionsPage::updateButtons()
{
    m_newButton->setEnabled(m_store);
    m_standingButton->setEnabled(m_store);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ShareDecision* d = rows.isEmpty() ? nullptr : m_model->decisionAt(rows.first().row());
    m_withdrawButton->setEnabled(m_store && d && !d->isWithdrawn());
    m_sendButton->setEnabled(m_store && d && isSendable(*d));
}

bool DecisionsPage::isSendable(const ShareDecision& d)
{
    return d.kind == ShareDecision::Kind::Individual && d.isInForce(QDateTime::currentDateTimeUtc())
        && d.child.childKey.startsWith(QStringLiteral("bsn:"));
}

bool DecisionsPage::sendSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ShareDecision* d = rows.isEmpty() ? nullptr : m_model->decisionAt(rows.first().row());
    if (!m_store || !d || !isSendable(*d))
        return false;
    emit casePackageRequested(*d);
    return true;
}

void DecisionsPage::showError(const QString& message)
{
    LabelStyle::setTextOrHide(m_errorLabel, message);
}

ShareWizard* DecisionsPage::openWizard(const CaseRecord& child, qint64 snapshotId)
{
    if (!m_store)
        return nullptr;
    if (m_wizard)
        m_wizard->reject();
    auto* wizard = new ShareWizard(*m_store, child, snapshotId, this);
    wizard->setWindowFlag(Qt::Dialog);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ShareWizard::decisionRecorded, this, [this](qint64 id) {
        refresh();
        select(id);
        emit notice(m_sendButton->isEnabled()
                        ? tr("Decision %1 recorded. To send the child's data now, choose \"Send to partner…\".").arg(id)
                        : tr("Decision %1 recorded.").arg(id));
    });
    m_wizard = wizard;
    wizard->open();
    return wizard;
}

bool DecisionsPage::newDecisionForBsn(const QString& text)
{
    if (!m_store)
        return false;
    const Result<Bsn> bsn = Bsn::parse(text);
    if (!bsn) {
        showError(bsn.message());
        return false;
    }
    auto found = ChildFinder::byBsn(*m_store, bsn.value());
    if (!found) {
        showError(found.message());
        return false;
    }
    if (!found.value()) {
        showError(tr("No child with BSN %1 is in the newest lists of this store. Import the list first.")
                      .arg(bsn.value().toString()));
        return false;
    }
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    return openWizard(found.value()->record, found.value()->snapshot.id) != nullptr;
}

void DecisionsPage::askForChild()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("childBsnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New decision"));
    dialog->setLabelText(tr("&BSN of the child (as in the newest list):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& bsn) { newDecisionForBsn(bsn); });
    dialog->open();
}

bool DecisionsPage::withdrawSelected(const QString& reason)
{
    const qint64 id = selectedDecision();
    if (!m_store || id <= 0)
        return false;
    auto withdrawn = DecisionStore(*m_store).withdraw(id, reason, QDateTime::currentDateTimeUtc());
    if (!withdrawn) {
        showError(withdrawn.message());
        return false;
    }
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    refresh();
    select(id);
    emit notice(tr("Decision %1 withdrawn.").arg(id));
    return true;
}

void DecisionsPage::askWithdrawReason()
{
    const qint64 id = selectedDecision();
    if (id <= 0)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("withdrawReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Withdraw decision %1").arg(id));
    dialog->setLabelText(tr("After withdrawing, the decision covers nothing. &Reason (optional):"));
    dialog->setOkButtonText(tr("Withdraw"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString& reason) { withdrawSelected(reason); });
    dialog->open();
}

bool DecisionsPage::recordStanding()
{
    if (!m_store)
        return false;
    const auto agreement = AgreementCatalog::builtIn(m_store->organisation().agreementId);
    if (!agreement) {
        showError(agreement.message());
        return false;
    }
    auto recorded = DecisionStore(*m_store).recordStanding(agreement.value(), m_store->organisation().role,
                                                           QDateTime::currentDateTimeUtc());
    if (!recorded) {
        showError(recorded.message());
        return false;
    }
    LabelStyle::setTextOrHide(m_errorLabel, QString());
    refresh();
    select(recorded.value().id);
    emit notice(tr("Standing decision %1 for the quarterly exchange recorded.").arg(recorded.value().id));
    return true;
}

} // namespace inbeeld
