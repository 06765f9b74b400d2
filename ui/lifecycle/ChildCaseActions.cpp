#include "ui/lifecycle/ChildCaseActions.h"

#include "core/lifecycle/ChildFlags.h"
#include "core/lifecycle/Closures.h"
#include "core/lifecycle/SubjectRights.h"
#include "ui/lifecycle/AccessExportDialog.h"
#include "ui/lifecycle/CloseCaseDialog.h"
#include "ui/lifecycle/EraseDialog.h"
#include "ui/lifecycle/RectifyDialog.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QWidget>

namespace inbeeld {

ChildCaseActions::ChildCaseActions(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{
}

void ChildCaseActions::setChild(Store* store, const QString& childKey, bool hasOwnRecord, const QString& closedKey)
{
    m_store = store;
    m_childKey = childKey;
    m_hasOwnRecord = hasOwnRecord;
    m_closedKey = closedKey;
    if (m_closedKey.isEmpty() && store && !childKey.isEmpty()) {
        if (auto closure = Closures(*store).get(childKey); closure && closure.value())
            m_closedKey = childKey;
    }
}

bool ChildCaseActions::isClosed() const
{
    return !m_closedKey.isEmpty();
}

bool ChildCaseActions::has(int kind) const
{
    if (!hasChild())
        return false;
    auto flag = ChildFlags(*m_store).get(m_childKey, ChildFlag::Kind(kind));
    return flag && flag.value().has_value();
}

QAction* ChildCaseActions::add(QMenu* menu, const QString& text, const char* objectName,
                               void (ChildCaseActions::*slot)())
{
    QAction* action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(objectName));
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void ChildCaseActions::fillMenu(QMenu* menu)
{
    menu->clear();
    if (!hasChild()) {
        menu->addAction(tr("No child chosen"))->setEnabled(false);
        return;
    }
    if (isClosed())
        add(menu, tr("Re&open case"), "childReopenAction", &ChildCaseActions::reopenCase);
    else
        add(menu, tr("C&lose case…"), "childCloseAction", &ChildCaseActions::closeCase)
            ->setToolTip(tr("Processing about this child ends: back in school, startkwalificatie, moved out of the "
                            "region or deceased."));
    menu->addSeparator();
    const bool restricted = has(int(ChildFlag::Kind::Restriction));
    add(menu, restricted ? tr("Lift the &restriction") : tr("&Restrict processing…"), "childRestrictAction",
        &ChildCaseActions::toggleRestriction);
    const bool held = has(int(ChildFlag::Kind::Hold));
    add(menu, held ? tr("Release the legal &hold") : tr("Put a legal &hold on…"), "childHoldAction",
        &ChildCaseActions::toggleHold);
    QAction* rectifyAction = add(menu, tr("&Correct a field…"), "childRectifyAction", &ChildCaseActions::rectify);
    rectifyAction->setEnabled(m_hasOwnRecord);
    if (!m_hasOwnRecord)
        rectifyAction->setText(tr("&Correct a field… (only the partner lists this child: ask them)"));
    add(menu, tr("&Erasure or objection…"), "childEraseAction", &ChildCaseActions::erase);
    menu->addSeparator();
    add(menu, tr("&Access export…"), "childAccessAction", &ChildCaseActions::exportAccess);
}

std::optional<QString> ChildCaseActions::askReason(const QString& title, const QString& label)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(m_parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return reason.trimmed();
}

void ChildCaseActions::closeCase()
{
    if (!hasChild() || isClosed())
        return;
    CloseCaseDialog dialog(m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto closed = Closures(*m_store).close(m_childKey, dialog.reason(), dialog.date(), dialog.note());
    if (!closed) {
        emit failed(closed.message());
        return;
    }
    m_closedKey = m_childKey;
    emit notice(tr("Case closed: %1.").arg(Closures::reasonName(dialog.reason())));
    emit changed(m_childKey);
}

void ChildCaseActions::reopenCase()
{
    if (!hasChild() || !isClosed())
        return;
    if (auto reopened = Closures(*m_store).reopen(m_closedKey); !reopened) {
        emit failed(reopened.message());
        return;
    }
    m_closedKey.clear();
    emit notice(tr("Case reopened."));
    emit changed(m_childKey);
}

void ChildCaseActions::toggleRestriction()
{
    if (!hasChild())
        return;
    ChildFlags flags(*m_store);
    Result<void> done;
    QString message;
    if (has(int(ChildFlag::Kind::Restriction))) {
        done = flags.lift(m_childKey, ChildFlag::Kind::Restriction);
        message = tr("The restriction is lifted: the child is matched and shared as before.");
    } else {
        const std::optional<QString> reason
            = askReason(tr("Restrict processing"),
                        tr("The child's data stays stored but is not matched into new work, shared "
                           "or exported until you lift the restriction. Why (e.g. the request it "
                           "answers)?"));
        if (!reason)
            return;
        done = flags.set(m_childKey, ChildFlag::Kind::Restriction, *reason);
        message = tr("Processing is restricted: the child is not shared or exported until you lift it.");
    }
    if (!done) {
        emit failed(done.message());
        return;
    }
    emit notice(message);
    emit changed(m_childKey);
}

void ChildCaseActions::toggleHold()
{
    if (!hasChild())
        return;
    ChildFlags flags(*m_store);
    Result<void> done;
    QString message;
    if (has(int(ChildFlag::Kind::Hold))) {
        done = flags.lift(m_childKey, ChildFlag::Kind::Hold);
        message = tr("The legal hold is released: the retention rules apply again.");
    } else {
        const std::optional<QString> reason
            = askReason(tr("Legal hold"),
                        tr("Nothing about the child is purged while the hold is on. Why (a pending "
                           "request, complaint or breach investigation)?"));
        if (!reason)
            return;
        done = flags.set(m_childKey, ChildFlag::Kind::Hold, *reason);
        message = tr("A legal hold is on the child: nothing about it is purged until you release it.");
    }
    if (!done) {
        emit failed(done.message());
        return;
    }
    emit notice(message);
    emit changed(m_childKey);
}

void ChildCaseActions::rectify()
{
    if (!hasChild() || !m_hasOwnRecord)
        return;
    RectifyDialog dialog(m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto corrected = SubjectRights(*m_store).rectify(m_childKey, dialog.field(), dialog.value(), dialog.reason());
    if (!corrected) {
        emit failed(corrected.message());
        return;
    }
    emit notice(tr("Corrected: '%1' is now '%2'. The old value is kept.")
                    .arg(corrected.value().oldValue, corrected.value().newValue));
    emit changed(m_childKey);
}

void ChildCaseActions::erase()
{
    if (!hasChild())
        return;
    EraseDialog dialog(m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto decided
        = SubjectRights(*m_store).erase(m_childKey, dialog.reasoning(), dialog.granted(),
                                        dialog.isObjection() ? QStringLiteral("objection") : QStringLiteral("erasure"));
    if (!decided) {
        emit failed(decided.message());
        return;
    }
    emit notice(decided.value().granted
                    ? tr("Granted: %n record(s) removed; nothing of the child is left in the store.", nullptr,
                         int(decided.value().recordsRemoved))
                    : tr("Refused under the public task; the decision and its reasoning are recorded."));
    emit changed(m_childKey);
}

void ChildCaseActions::exportAccess()
{
    if (!hasChild())
        return;
    auto* dialog = new AccessExportDialog(*m_store, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChildKey(m_childKey);
    connect(dialog, &AccessExportDialog::exported, this, &ChildCaseActions::notice);
    dialog->open();
}

} // namespace inbeeld
