#include "mainwindow.h"
#include "sidepane.h"
#include "codeeditor.h"

#include <QAction>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using fc::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsWithBothSidesAndResults()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.pane(0) && window.pane(1));
        QCOMPARE(window.pane(0)->side(), 0);
        QCOMPARE(window.pane(1)->side(), 1);
        QVERIFY(window.pane(0)->editor()->isVisible());
        QVERIFY(window.pane(1)->editor()->isVisible());
        // A is left of B.
        QVERIFY(window.pane(0)->mapTo(&window, QPoint()).x() < window.pane(1)->mapTo(&window, QPoint()).x());
        QVERIFY(window.verdictBanner()->text().contains(QLatin1String("Ctrl+Enter")));
        QCOMPARE(window.resultTabs()->count(), 6);
    }

    void runShortcutIsCtrlEnter()
    {
        MainWindow window;
        QVERIFY(window.runAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QCOMPARE(window.stopAction()->shortcut(), QKeySequence(Qt::Key_Escape));
        QVERIFY(!window.stopAction()->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
