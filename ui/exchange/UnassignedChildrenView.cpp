#include "ui/exchange/UnassignedChildrenView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace inbeeld {

UnassignedChildrenView::UnassignedChildrenView(QWidget* parent)
    : QGroupBox(tr("Not assignable"), parent)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_sendButton(new QPushButton(this))
    , m_leaveOutButton(new QPushButton(tr("&Leave out"), this))
    , m_leaveOutRestButton(new QPushButton(tr("Leave out all ot&hers"), this))
{
    setObjectName(QStringLiteral("unassignedView"));
    m_intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("unassignedTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Line"), tr("Name"), tr("Category"), tr("Why"), tr("Your choice")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Children that cannot be assigned"));
    m_tree->setMaximumHeight(80);
    m_sendButton->setObjectName(QStringLiteral("unassignedSendButton"));
    m_leaveOutButton->setObjectName(QStringLiteral("unassignedLeaveOutButton"));
    m_leaveOutRestButton->setObjectName(QStringLiteral("unassignedLeaveOutRestButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_leaveOutButton);
    buttons->addStretch();
    buttons->addWidget(m_leaveOutRestButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_sendButton, &QPushButton::clicked, this, [this] { chooseSelected(Choice::Send); });
    connect(m_leaveOutButton, &QPushButton::clicked, this, [this] { chooseSelected(Choice::LeaveOut); });
    connect(m_leaveOutRestButton, &QPushButton::clicked, this, &UnassignedChildrenView::leaveOutUndecided);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &UnassignedChildrenView::updateButtons);
    hide();
}

void UnassignedChildrenView::clear()
{
    m_children.clear();
    m_choices.clear();
    m_tree->clear();
    hide();
}

void UnassignedChildrenView::setPlan(const PackagePlan& plan, const Agreement* agreement)
{
    m_partner = plan.request.recipient.organisation;
    m_children = plan.unassigned;
    m_choices.clear();
    m_categoryNames.clear();
    for (const UnassignedChild& c : std::as_const(m_children)) {
        m_choices << (c.assigned ? Choice::Send : c.leftOut ? Choice::LeaveOut : Choice::Undecided);
        const AgreementCategory* category = agreement ? agreement->category(c.category) : nullptr;
        m_categoryNames << (category ? category->name : c.category);
    }
    m_intro->setText(tr("No party of the agreement can be named for these children. They go to nobody unless you "
                        "send them to %1; choose for each child (recorded with the package).")
                         .arg(m_partner));
    //: %1 is the partner's name.
    m_sendButton->setText(tr("&Send to %1").arg(m_partner));
    showRows();
    setVisible(!m_children.isEmpty());
}

void UnassignedChildrenView::showRows()
{
    const QList<int> selected = [this] {
        QList<int> rows;
        for (QTreeWidgetItem* item : m_tree->selectedItems())
            rows << m_tree->indexOfTopLevelItem(item);
        return rows;
    }();
    m_tree->clear();
    for (int i = 0; i < m_children.size(); ++i) {
        const UnassignedChild& c = m_children.at(i);
        const Choice choice = m_choices.at(i);
        const QString choiceText = choice == Choice::Send ? tr("send to %1").arg(m_partner)
            : choice == Choice::LeaveOut                  ? tr("leave out")
                                                          : tr("not chosen yet");
        auto* item = new QTreeWidgetItem(
            m_tree, {QString::number(c.line), c.name, m_categoryNames.at(i), c.reason, choiceText});
        if (choice == Choice::Undecided) {
            QFont bold = item->font(4);
            bold.setBold(true);
            item->setFont(4, bold);
        }
        item->setSelected(selected.contains(i));
    }
    if (m_tree->currentItem() == nullptr && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    updateButtons();
}

void UnassignedChildrenView::updateButtons()
{
    const bool any = !m_tree->selectedItems().isEmpty();
    m_sendButton->setEnabled(any);
    m_leaveOutButton->setEnabled(any);
    m_leaveOutRestButton->setEnabled(undecided() > 0);
}

qint64 UnassignedChildrenView::undecided() const
{
    return std::count(m_choices.cbegin(), m_choices.cend(), Choice::Undecided);
}

void UnassignedChildrenView::choose(int row, Choice choice)
{
    if (row < 0 || row >= m_choices.size())
        return;
    m_choices[row] = choice;
    showRows();
    emit choicesChanged();
}

void UnassignedChildrenView::chooseSelected(Choice choice)
{
    for (QTreeWidgetItem* item : m_tree->selectedItems())
        m_choices[m_tree->indexOfTopLevelItem(item)] = choice;
    showRows();
    emit choicesChanged();
}

void UnassignedChildrenView::leaveOutUndecided()
{
    std::replace(m_choices.begin(), m_choices.end(), Choice::Undecided, Choice::LeaveOut);
    showRows();
    emit choicesChanged();
}

QStringList UnassignedChildrenView::assigned() const
{
    QStringList keys;
    for (int i = 0; i < m_children.size(); ++i) {
        if (m_choices.at(i) == Choice::Send)
            keys << m_children.at(i).childKey;
    }
    return keys;
}

QStringList UnassignedChildrenView::leftOut() const
{
    QStringList keys;
    for (int i = 0; i < m_children.size(); ++i) {
        if (m_choices.at(i) == Choice::LeaveOut)
            keys << m_children.at(i).childKey;
    }
    return keys;
}

} // namespace inbeeld
