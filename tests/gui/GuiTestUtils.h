#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QWidget>

namespace inbeeld::testing {

/// A named child, or null (the test then fails on QVERIFY).
template<typename T>
T* named(const QObject* parent, const char* objectName)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(objectName)) : nullptr;
}

/// A visible top-level widget of type T (a dialog shown with show() or open()).
template<typename T>
T* visibleTopLevel()
{
    const QList<QWidget*> widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (auto* typed = qobject_cast<T*>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

/// Replaces the text of a line edit by typing, as a user would (textEdited fires).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Forgets known stores and other settings between test functions.
inline void clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

} // namespace inbeeld::testing
