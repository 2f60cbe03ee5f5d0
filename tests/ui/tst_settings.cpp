// Settings and persistence: what the user set and typed survives a restart of the window, and
// a crash loses at most the debounce interval.

#include "cloud/syncsettings.h"
#include "codeeditor.h"
#include "history/syncsettingspage.h"
#include "mainwindow.h"
#include "run/runplanbar.h"
#include "settings/appsettings.h"
#include "settings/sessionstore.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "sidepane.h"
#include "theme/thememanager.h"
#include "uitestutil.h"
#include "windowparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

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
            SessionStore *session = uitest::session(window);
            const int before = session->saveCount();
            CodeEditor *editor = uitest::pane(window, 1)->editor();
            editor->moveCursor(QTextCursor::End);
            QTest::keyClicks(editor, QStringLiteral("# typed before the crash"));
            uitest::pane(window, 0)->setArguments(QStringLiteral("--fast"));
            QVERIFY(session->isPending());
            // Many keystrokes, one write after the pause.
            QTRY_COMPARE_WITH_TIMEOUT(session->saveCount(), before + 1,
                                      SessionStore::debounceMs * 4);
            QVERIFY(!session->isPending());
            // No close event: the window just goes away, as in a crash.
        }
        MainWindow again;
        QCOMPARE(uitest::pane(again, 0)->languageId(), QStringLiteral("python"));
        QVERIFY(uitest::pane(again, 1)->code().endsWith(QLatin1String("# typed before the crash")));
        QVERIFY(uitest::pane(again, 1)->isTouched()); // restored edits are still edits
        QCOMPARE(uitest::pane(again, 0)->arguments(), QStringLiteral("--fast"));
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
            uitest::tabs(window)->setCurrentIndex(ResultsPage::EnvironmentTab);
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(780, 560));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("sidesSplitter"))->sizes(), sides);
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("verticalSplitter"))->sizes(),
                 vertical);
        QCOMPARE(uitest::tabs(again)->currentIndex(), int(ResultsPage::EnvironmentTab));
    }

    void planBarChangesBecomeTheDefaults()
    {
        {
            MainWindow window;
            uitest::planBar(window)->fixedButton()->setChecked(true);
            uitest::planBar(window)->runsBox()->setValue(33);
        }
        MainWindow again;
        QCOMPARE(uitest::planBar(again)->plan().mode, fc::RunPlan::Mode::Fixed);
        QCOMPARE(uitest::planBar(again)->plan().runs, 33);
        QCOMPARE(again.currentRequest().plan.runs, 33);
    }

    void settingsDialogAppliesThemeEditorAndLanguage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The language applies at once (tst_translations checks that): back to English for the
        // tests after this one.
        const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
        {
            SettingsDialog dialog(&window);
            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
            dialog.languageBox()->setCurrentIndex(
                dialog.languageBox()->findData(QStringLiteral("fr")));
            dialog.tabWidthBox()->setValue(2);
            dialog.runsBox()->setValue(15);
            QCOMPARE(dialog.thresholdBox()->value(), 1.0); // the default
            dialog.thresholdBox()->setValue(2.5);
            dialog.apply();
        }
        window.applySettings();
        QCOMPARE(appsettings::theme(), ThemeChoice::Dark);
        QCOMPARE(appsettings::language(), QStringLiteral("fr"));
        QVERIFY(isDark(QApplication::palette()));
        // The editor follows the dark palette with a dark background.
        QTRY_VERIFY(uitest::pane(window, 0)->editor()->palette().color(QPalette::Base).lightness() <
                    128);
        QCOMPARE(uitest::pane(window, 0)->editor()->tabWidthInSpaces(), 2);
        QCOMPARE(uitest::planBar(window)->plan().runs, 15);
        // The threshold has no place on the plan bar, but it goes with every comparison started.
        QCOMPARE(window.currentRequest().plan.thresholdPercent, 2.5);
        {
            MainWindow again;
            QCOMPARE(again.currentRequest().plan.thresholdPercent, 2.5);
            SettingsDialog dialog(&again);
            QCOMPARE(dialog.thresholdBox()->value(), 2.5);
        }

        appsettings::setTheme(ThemeChoice::Light);
        window.applySettings();
        QVERIFY(!isDark(QApplication::palette()));
        QTRY_VERIFY(
            uitest::pane(window, 0)->editor()->palette().color(QPalette::Base).lightness() >= 128);
        appsettings::setTheme(ThemeChoice::System);
        window.applySettings();
    }

    void oneDialogWithTabsThatRemembersTheLastOne()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Ctrl+, opens it, not modal for the application and without blocking the caller.
        QVERIFY(!uitest::settingsDialog(window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        SettingsDialog *dialog = uitest::settingsDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QStringList tabs;
        for (int i = 0; i < dialog->tabs()->count(); ++i)
            tabs << dialog->tabs()->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("General"), QStringLiteral("Runs"),
                                    QStringLiteral("Sync")}));
        QCOMPARE(dialog->currentPage(), SettingsDialog::GeneralPage); // the first time
        QCOMPARE(dialog->tabs()->widget(SettingsDialog::SyncPage), dialog->syncPage());
        dialog->tabs()->setCurrentIndex(SettingsDialog::RunsPage);
        dialog->reject();
        QTRY_VERIFY(!uitest::settingsDialog(window));

        // Opened again, even by a new window: the tab shown last.
        MainWindow again;
        uitest::action(again, "actionSettings")->trigger();
        QVERIFY(uitest::settingsDialog(again));
        QCOMPARE(uitest::settingsDialog(again)->currentPage(), SettingsDialog::RunsPage);
        // A page asked for wins, and is then the one remembered.
        SettingsDialog *first = uitest::settingsDialog(again);
        again.showSettings(SettingsDialog::SyncPage);
        QCOMPARE(uitest::settingsDialog(again), first);
        QCOMPARE(uitest::settingsDialog(again)->currentPage(), SettingsDialog::SyncPage);
        uitest::settingsDialog(again)->reject();
        QTRY_VERIFY(!uitest::settingsDialog(again));
        QCOMPARE(SettingsDialog().currentPage(), SettingsDialog::SyncPage);
    }

    void anInvalidSyncFieldKeepsTheDialogOpenAndWritesNothing()
    {
        qunsetenv("FASTERCODES_BACKEND");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSettings(SettingsDialog::GeneralPage);
        SettingsDialog *dialog = uitest::settingsDialog(window);
        const int tabWidth = appsettings::tabWidth();
        dialog->tabWidthBox()->setValue(tabWidth == 3 ? 5 : 3);
        dialog->syncPage()->backendField()->setText(QStringLiteral("not a url"));
        dialog->syncPage()->uploadAutomatically()->setChecked(true);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        // Still open, on the tab with the problem, which is said; nothing written.
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), SettingsDialog::SyncPage);
        QVERIFY(dialog->syncPage()->problemLabel()->isVisibleTo(dialog));
        QVERIFY2(dialog->syncPage()->problemLabel()->text().contains(
                     QLatin1String("not a usable backend address")),
                 qPrintable(dialog->syncPage()->problemLabel()->text()));
        QCOMPARE(appsettings::tabWidth(), tabWidth);
        QVERIFY(!fc::syncsettings::uploadAutomatically());
        QVERIFY(!fc::syncsettings::hasStoredBackendUrl());

        // Corrected: OK writes every tab and the window takes the new values.
        dialog->syncPage()->backendField()->setText(QStringLiteral("https://fc.example.org"));
        ok->click();
        QTRY_VERIFY(!uitest::settingsDialog(window));
        QCOMPARE(appsettings::tabWidth(), tabWidth == 3 ? 5 : 3);
        QCOMPARE(uitest::pane(window, 0)->editor()->tabWidthInSpaces(), tabWidth == 3 ? 5 : 3);
        QCOMPARE(fc::syncsettings::backendUrl(), QUrl(QStringLiteral("https://fc.example.org")));
        QVERIFY(fc::syncsettings::uploadAutomatically());
        fc::syncsettings::setBackendUrl(QUrl());
        fc::syncsettings::setUploadAutomatically(false);
    }

    void aPlainHttpBackendElsewhereIsAskedFor()
    {
        // Write tokens would travel in clear: asked before it is stored; Cancel keeps the
        // dialog open and writes nothing, Yes stores it and the agreement for that site only.
        qunsetenv("FASTERCODES_BACKEND");
        const QUrl remote(QStringLiteral("http://192.0.2.7:8787"));
        fc::syncsettings::setCleartextAllowed(remote, false);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSettings(SettingsDialog::SyncPage);
        SettingsDialog *dialog = uitest::settingsDialog(window);
        dialog->syncPage()->backendField()->setText(remote.toString());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QString asked;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, dialog, [&, button] {
                auto *box =
                    dialog->findChild<QMessageBox *>(QStringLiteral("cleartextBackendQuestion"));
                if (!box)
                    return;
                asked = box->text();
                QCOMPARE(box->textFormat(), Qt::PlainText);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        ok->click();
        QVERIFY2(asked.contains(remote.toString()) && asked.contains(QLatin1String("unencrypted")),
                 qPrintable(asked));
        QVERIFY(dialog->isVisible());
        QVERIFY(!fc::syncsettings::hasStoredBackendUrl());
        QVERIFY(!fc::syncsettings::cleartextAllowed(remote));
        QVERIFY(dialog->syncPage()->problemLabel()->text().contains(QLatin1String("https")));

        asked.clear();
        answer(QMessageBox::Yes);
        ok->click();
        QVERIFY(!asked.isEmpty());
        QTRY_VERIFY(!uitest::settingsDialog(window));
        QCOMPARE(fc::syncsettings::backendUrl(), remote);
        QVERIFY(fc::syncsettings::cleartextAllowed(remote));

        // https and this machine's own backend are not asked about.
        window.showSettings(SettingsDialog::SyncPage);
        dialog = uitest::settingsDialog(window);
        dialog->syncPage()->backendField()->setText(QStringLiteral("http://127.0.0.1:8787"));
        asked.clear();
        answer(QMessageBox::Cancel);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!uitest::settingsDialog(window));
        QVERIFY(asked.isEmpty());
        fc::syncsettings::setBackendUrl(QUrl());
        fc::syncsettings::setCleartextAllowed(remote, false);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
