#pragma once

#include <QObject>
#include <QString>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace inbeeld {

class Store;

/// What a caseworker can do about one child's processing, wherever the child is shown (the
/// comparison's table and its detail pane): close or reopen the case, restrict processing or lift
/// the restriction, put a legal hold on or release it, correct a field of our own record, decide
/// on an erasure or objection request, and make the access export. Every step is done and audited by core (Closures,
/// ChildFlags, SubjectRights); this class only asks the user and reports.
class ChildCaseActions : public QObject
{
    Q_OBJECT

public:
    /// parent: the widget the dialogs belong to.
    explicit ChildCaseActions(QWidget* parent);

    /// The child the actions are for: its key, the key its closure is under (empty when open; found
    /// in the store when not given), and whether we hold a record of our own about it.
    void setChild(Store* store, const QString& childKey, bool hasOwnRecord, const QString& closedKey = {});
    bool hasChild() const { return m_store && !m_childKey.isEmpty(); }

    /// Fills menu with the actions that apply to the child now.
    void fillMenu(QMenu* menu);

    void closeCase();
    void reopenCase();
    /// Sets the restriction (asking the reason), or lifts it when set.
    void toggleRestriction();
    /// Sets a legal hold (asking the reason), or releases it when set.
    void toggleHold();
    void rectify();
    /// Records the decision on an erasure or objection request; granted, the child is purged.
    void erase();
    void exportAccess();

signals:
    /// The child's state changed (closed, restricted, corrected, ...): show it again.
    void changed(const QString& childKey);
    void notice(const QString& message);
    void failed(const QString& message);

private:
    bool isClosed() const;
    bool has(int kind) const;
    QAction* add(QMenu* menu, const QString& text, const char* objectName, void (ChildCaseActions::*slot)());
    /// The reason the user typed (may be empty), or nothing when they cancelled.
    std::optional<QString> askReason(const QString& title, const QString& label);

    QWidget* m_parent;
    Store* m_store = nullptr;
    QString m_childKey;
    QString m_closedKey;
    bool m_hasOwnRecord = false;
};

} // namespace inbeeld
