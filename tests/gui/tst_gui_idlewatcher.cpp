#include "tests/gui/GuiTestUtils.h"
#include "tests/support/TestMain.h"
#include "ui/common/BusyCursor.h"
#include "ui/session/IdleWatcher.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>

using namespace inbeeld;
using namespace inbeeld::testing;

class TestGuiIdleWatcher : public QObject
{
    Q_OBJECT

private slots:
    void firesAfterTimeout();
    void inputRestartsTheCountdown();
    void inactiveOrZeroNeverFires();
    void waitsWhileBusy();
    void minutesConversion();
};

void TestGuiIdleWatcher::firesAfterTimeout()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setIdleTimeout(100);
    watcher.setActive(true);
    QVERIFY(watcher.isCounting());
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 3000);
    QVERIFY(!watcher.isCounting()); // once, until activated again
}

void TestGuiIdleWatcher::inputRestartsTheCountdown()
{
    QLineEdit edit;
    edit.show();
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setIdleTimeout(400);
    watcher.setActive(true);
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(150);
        if (i % 2)
            QTest::keyClick(&edit, Qt::Key_A);
        else
            QTest::mouseClick(&edit, Qt::LeftButton);
    }
    QCOMPARE(idle.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 3000);
}

void TestGuiIdleWatcher::inactiveOrZeroNeverFires()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setIdleTimeout(50);
    QVERIFY(!watcher.isCounting());
    watcher.setActive(true);
    watcher.setIdleTimeout(0);
    QVERIFY(!watcher.isCounting());
    QTest::qWait(200);
    QCOMPARE(idle.count(), 0);
}

void TestGuiIdleWatcher::waitsWhileBusy()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setIdleTimeout(50);
    {
        BusyCursor busy;
        watcher.setActive(true);
        QTest::qWait(300);
        QCOMPARE(idle.count(), 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 3000);
}

void TestGuiIdleWatcher::minutesConversion()
{
    QCOMPARE(IdleWatcher::minutesToMilliseconds(0), 0);
    QCOMPARE(IdleWatcher::minutesToMilliseconds(-5), 0);
    QCOMPARE(IdleWatcher::minutesToMilliseconds(10), 600000);
    QVERIFY(IdleWatcher::minutesToMilliseconds(1'000'000) > 0);
}

INBEELD_GUI_TEST_MAIN(TestGuiIdleWatcher)
#include "tst_gui_idlewatcher.moc"
