// Settings and persistence: what the user set and typed survives a restart of the window, and
// a crash loses at most the debounce interval.

#include "codeeditor.h"
#include "mainwindow.h"
#include "run/runplanbar.h"
#include "settings/appsettings.h"
#include "settings/sessionstore.h"
#include "settings/settingsdialog.h"
#include "sidepane.h"
#include "theme/thememanager.h"
#include "uitestutil.h"

#include <QComboBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

using namespace fc::ui;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void init() { uitest::isolateSettings(); }

    void runPlanRoundTripsAndBadValuesGiveDefaults()
    {
        fc::RunPlan plan;
        plan.mode = fc::RunPlan::Mode::Fixed;
        plan.runs = 42;
        plan.warmup = 3;
        plan.timeoutS = 12.5;
        plan.memoryLimitMiB = 256;
        plan.sandbox = true;
        plan.targetCiPercent = 2.5;
        appsettings::setRunPlan(plan);
        QCOMPARE(appsettings::runPlan(), plan);

        QSettings raw;
        raw.setValue(QStringLiteral("plan/runs"), QStringLiteral("lots"));
        raw.setValue(QStringLiteral("plan/warmup"), -5);
        raw.sync();
        QSettings().sync();
        // Garbage is clamped into range, never trusted.
        QVERIFY(appsettings::runPlan().runs >= 1);
        QCOMPARE(appsettings::runPlan().warmup >= 0, true);
    }

    void snippetsSurviveACrashOfTheWindow()
    {
        {
            MainWindow window;
            QVERIFY(window.loadExample(QStringLiteral("python-sum-vs-loop")));
            SessionStore *session = window.session();
            const int before = session->saveCount();
            CodeEditor *editor = window.pane(1)->editor();
            editor->moveCursor(QTextCursor::End);
            QTest::keyClicks(editor, QStringLiteral("# typed before the crash"));
            window.pane(0)->setArguments(QStringLiteral("--fast"));
            QVERIFY(session->isPending());
            // Many keystrokes, one write after the pause.
            QTRY_COMPARE_WITH_TIMEOUT(session->saveCount(), before + 1,
                                      SessionStore::debounceMs * 4);
            QVERIFY(!session->isPending());
            // No close event: the window just goes away, as in a crash.
        }
        MainWindow again;
        QCOMPARE(again.pane(0)->languageId(), QStringLiteral("python"));
        QVERIFY(again.pane(1)->code().endsWith(QLatin1String("# typed before the crash")));
        QVERIFY(again.pane(1)->isTouched()); // restored edits are still edits
        QCOMPARE(again.pane(0)->arguments(), QStringLiteral("--fast"));
        QVERIFY(again.windowTitle().contains(QLatin1String("Python vs Python")));
    }

    void geometrySplittersAndTabSurviveARestart()
    {
        QList<int> sides;
        QList<int> vertical;
        {
            MainWindow window;
            window.resize(780, 560); // within the offscreen screen (800×600)
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *sidesSplitter = window.findChild<QSplitter *>(QStringLiteral("sidesSplitter"));
            auto *verticalSplitter =
                window.findChild<QSplitter *>(QStringLiteral("verticalSplitter"));
            QVERIFY(sidesSplitter && verticalSplitter);
            sidesSplitter->setSizes({500, 280});
            verticalSplitter->setSizes({300, 200});
            sides = sidesSplitter->sizes();
            vertical = verticalSplitter->sizes();
            window.resultTabs()->setCurrentIndex(MainWindow::EnvironmentTab);
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(780, 560));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("sidesSplitter"))->sizes(), sides);
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("verticalSplitter"))->sizes(),
                 vertical);
        QCOMPARE(again.resultTabs()->currentIndex(), int(MainWindow::EnvironmentTab));
    }

    void planBarChangesBecomeTheDefaults()
    {
        {
            MainWindow window;
            window.planBar()->fixedButton()->setChecked(true);
            window.planBar()->runsBox()->setValue(33);
        }
        MainWindow again;
        QCOMPARE(again.planBar()->plan().mode, fc::RunPlan::Mode::Fixed);
        QCOMPARE(again.planBar()->plan().runs, 33);
        QCOMPARE(again.currentRequest().plan.runs, 33);
    }

    void settingsDialogAppliesThemeEditorAndLanguage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        {
            SettingsDialog dialog(&window);
            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
            dialog.languageBox()->setCurrentIndex(
                dialog.languageBox()->findData(QStringLiteral("fr")));
            dialog.tabWidthBox()->setValue(2);
            dialog.runsBox()->setValue(15);
            dialog.apply();
        }
        window.applySettings();
        QCOMPARE(appsettings::theme(), ThemeChoice::Dark);
        QCOMPARE(appsettings::language(), QStringLiteral("fr"));
        QVERIFY(isDark(QApplication::palette()));
        // The editor follows the dark palette with a dark background.
        QTRY_VERIFY(window.pane(0)->editor()->palette().color(QPalette::Base).lightness() < 128);
        QCOMPARE(window.pane(0)->editor()->tabWidthInSpaces(), 2);
        QCOMPARE(window.planBar()->plan().runs, 15);

        appsettings::setTheme(ThemeChoice::Light);
        window.applySettings();
        QVERIFY(!isDark(QApplication::palette()));
        QTRY_VERIFY(window.pane(0)->editor()->palette().color(QPalette::Base).lightness() >= 128);
        appsettings::setTheme(ThemeChoice::System);
        window.applySettings();
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
