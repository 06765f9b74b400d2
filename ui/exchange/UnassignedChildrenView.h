#pragma once

#include "core/domain/Agreement.h"
#include "core/exchange/PackageWriter.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace inbeeld {

/// The package preview's "niet toe te wijzen" part: the children of our list the area rule cannot
/// assign to any party, each with the user's explicit choice: send it to this partner, or leave it
/// out. Nothing is chosen for the user; the dialog writes only when every child has a choice, and
/// the choices travel in the PackageRequest (assigned / leftOut) so core records them. Buttons,
/// not widgets in cells, so it works from the keyboard.
class UnassignedChildrenView : public QGroupBox
{
    Q_OBJECT

public:
    enum class Choice { Undecided, Send, LeaveOut };

    explicit UnassignedChildrenView(QWidget* parent = nullptr);

    /// Shows the plan's unassignable children with the choices the plan carries.
    void setPlan(const PackagePlan& plan, const Agreement* agreement = nullptr);
    void clear();
    int count() const { return int(m_children.size()); }
    qint64 undecided() const;
    /// Sets the choice for a row (0-based) and emits choicesChanged.
    void choose(int row, Choice choice);
    /// Leaves out every child without a choice yet.
    void leaveOutUndecided();
    QStringList assigned() const;
    QStringList leftOut() const;

signals:
    void choicesChanged();

private:
    void chooseSelected(Choice choice);
    void showRows();
    void updateButtons();

    QList<UnassignedChild> m_children;
    QStringList m_categoryNames; // per child, the category as the agreement names it
    QList<Choice> m_choices;
    QString m_partner;
    QLabel* m_intro;
    QTreeWidget* m_tree;
    QPushButton* m_sendButton;
    QPushButton* m_leaveOutButton;
    QPushButton* m_leaveOutRestButton;
};

} // namespace inbeeld
