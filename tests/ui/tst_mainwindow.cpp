// Window and run flow: the real window, real compilers and the real measuring launcher.

#include "charts/chartpanel.h"
#include "charts/chartsview.h"
#include "codeeditor.h"
#include "languages/languagecatalog.h"
#include "live/livecharts.h"
#include "mainwindow.h"
#include "output/outputview.h"
#include "results/environmentview.h"
#include "results/resultsview.h"
#include "results/verdictbanner.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "sidepane.h"
#include "uitestutil.h"
#include "windowparts.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using fc::ui::MainWindow;
using fc::ui::ResultsPage;

namespace {

// Processes whose command line contains `marker` (Linux /proc).
QStringList processesWith(const QByteArray &marker)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool ok = false;
        pid.toInt(&ok);
        if (!ok || pid.toLongLong() == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            found << pid;
    }
    return found;
}

void useFixedPlan(MainWindow &window, int runs, int warmup)
{
    fc::RunPlan plan = uitest::planBar(window)->plan();
    plan.mode = fc::RunPlan::Mode::Fixed;
    plan.runs = runs;
    plan.warmup = warmup;
    plan.timeoutS = 30;
    plan.sandbox = false;
    uitest::planBar(window)->setPlan(plan);
}

bool runAndWait(MainWindow &window, int timeoutMs = 90000)
{
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    uitest::action(window, "actionRun")->trigger();
    if (!window.isRunning())
        return false;
    return shown.wait(timeoutMs) || shown.count() > 0;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        // Detect once, so the suites below know which toolchains this machine has.
        fc::ui::LanguageCatalog catalog;
        catalog.detect();
        QVERIFY(catalog.waitForDetection(120000));
        m_python = catalog.status(QStringLiteral("python")).isInstalled();
        m_c = catalog.status(QStringLiteral("c")).isInstalled();
    }

    void buildsWithBothSidesAndResults()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(uitest::pane(window, 0)->side(), 0);
        QCOMPARE(uitest::pane(window, 1)->side(), 1);
        QVERIFY(uitest::pane(window, 0)->editor()->isVisible());
        QVERIFY(uitest::pane(window, 1)->editor()->isVisible());
        // A is left of B, editors above the results.
        QVERIFY(uitest::pane(window, 0)->mapTo(&window, QPoint()).x() <
                uitest::pane(window, 1)->mapTo(&window, QPoint()).x());
        QVERIFY(uitest::pane(window, 0)->mapTo(&window, QPoint()).y() <
                uitest::verdict(window)->mapTo(&window, QPoint()).y());
        QVERIFY(uitest::verdict(window)->text().contains(QLatin1String("Ctrl+Enter")));
        QCOMPARE(uitest::tabs(window)->count(), 6);
        QStringList tabs;
        for (int i = 0; i < uitest::tabs(window)->count(); ++i)
            tabs << uitest::tabs(window)->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("Live"), QStringLiteral("Results"),
                                    QStringLiteral("Charts"), QStringLiteral("Output A"),
                                    QStringLiteral("Output B"), QStringLiteral("Environment")}));
        // First start: the seed's classic pair.
        QCOMPARE(uitest::pane(window, 0)->languageId(), QStringLiteral("java"));
        QVERIFY(uitest::pane(window, 1)->code().contains(QLatin1String("parallel()")));
    }

    void shortcutsAreStandard()
    {
        MainWindow window;
        QVERIFY(uitest::action(window, "actionRun")
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QCOMPARE(uitest::action(window, "actionStop")->shortcut(), QKeySequence(Qt::Key_Escape));
        QCOMPARE(uitest::action(window, "actionSettings")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(!uitest::action(window, "actionStop")->isEnabled());
        QVERIFY(uitest::action(window, "actionRun")->isEnabled());
        const auto open = window.findChild<QAction *>(QStringLiteral("actionOpen"));
        const auto save = window.findChild<QAction *>(QStringLiteral("actionSave"));
        QVERIFY(open && save);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        // Every toolbar action explains itself.
        QVERIFY(!uitest::action(window, "actionRun")->toolTip().isEmpty());
        QVERIFY(!uitest::action(window, "actionStop")->toolTip().isEmpty());
    }

    void ctrlEnterRunsFromInsideAnEditor()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        uitest::pane(window, 0)->setCode(QString()); // so Run stops at once with a reason
        uitest::pane(window, 1)->editor()->setFocus();
        const QString before = uitest::pane(window, 1)->code();
        QTest::keyClick(uitest::pane(window, 1)->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(uitest::verdict(window)->state(), fc::ui::VerdictBanner::State::Failed);
        QCOMPARE(uitest::verdict(window)->text(), QStringLiteral("A has no code"));
        QCOMPARE(uitest::pane(window, 1)->code(), before); // no newline typed
        QVERIFY(!window.isRunning());
    }

    void galleryHasTheClassicPairs()
    {
        MainWindow window;
        const auto &examples = window.examples();
        QVERIFY2(examples.size() >= 10, qPrintable(QString::number(examples.size())));
        QSet<QString> languages;
        const fc::LanguageRegistry &registry = uitest::catalog(window)->registry();
        for (const fc::ui::Example &e : examples) {
            for (const auto &s : e.sides) {
                QVERIFY2(registry.contains(s.language),
                         qPrintable(e.id + QLatin1Char(' ') + s.language));
                QVERIFY(!s.code.trimmed().isEmpty());
                languages << s.language;
            }
        }
        for (const char *needed : {"java", "go", "python", "cpp", "rust", "javascript"})
            QVERIFY2(languages.contains(QLatin1String(needed)), needed);
        const auto has = [&](const char *id) {
            return std::any_of(examples.begin(), examples.end(),
                               [&](const auto &e) { return e.id == QLatin1String(id); });
        };
        QVERIFY(has("java-loop-vs-parallel-stream"));
        QVERIFY(has("java-serial-vs-parallel-stream"));
        QVERIFY(has("java-vs-go-factorial"));

        QVERIFY(window.loadExample(QStringLiteral("java-vs-go-factorial")));
        QCOMPARE(uitest::pane(window, 0)->languageId(), QStringLiteral("java"));
        QCOMPARE(uitest::pane(window, 1)->languageId(), QStringLiteral("go"));
        QVERIFY(uitest::pane(window, 0)->code().contains(QLatin1String("BigInteger")));
        QVERIFY(uitest::pane(window, 1)->code().contains(QLatin1String("math/big")));
        QVERIFY(!uitest::pane(window, 0)->isTouched());
        QVERIFY(window.windowTitle().contains(QLatin1String("Java vs Go")));
        QVERIFY(!window.loadExample(QStringLiteral("no-such-example")));
    }

    void realComparisonShowsVerdictTablesAndCharts()
    {
        if (!m_python)
            QSKIP("python3 is not installed");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadExample(QStringLiteral("python-sum-vs-loop")));
        constexpr int runs = 6;
        useFixedPlan(window, runs, 1);

        QSignalSpy runs_(window.runner(), &fc::ComparisonRunner::runMeasured);
        QVERIFY(runAndWait(window));
        QVERIFY(!window.isRunning());
        QVERIFY(window.comparison().has_value());
        const fc::Comparison &c = *window.comparison();
        QCOMPARE(c.status, fc::Comparison::Status::Success);
        QCOMPARE(c.a().countedRuns(), runs);
        QCOMPARE(c.b().countedRuns(), runs);
        QCOMPARE(runs_.count(), 2 * (runs + 1));

        // B (the built-in sum) is clearly faster than the Python loop.
        const QString verdict = uitest::verdict(window)->text();
        QVERIFY2(verdict.startsWith(QLatin1String("B is ")) &&
                     verdict.contains(QLatin1String("faster than A")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QLatin1String("6 runs each")), qPrintable(verdict));
        QCOMPARE(uitest::verdict(window)->state(), fc::ui::VerdictBanner::State::Significant);
        QCOMPARE(uitest::tabs(window)->currentIndex(), int(ResultsPage::ResultsTab));

        // The table: four metrics, medians with units, the wall-time verdict names B.
        QTableWidget *table = uitest::resultsView(window)->medianTable();
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(table->item(0, fc::ui::ResultsView::MedianA)->text().contains(QLatin1String("ms")));
        QVERIFY(
            table->item(2, fc::ui::ResultsView::MedianB)->text().contains(QLatin1String("MiB")));
        QVERIFY(table->item(0, fc::ui::ResultsView::VerdictColumn)
                    ->text()
                    .startsWith(QLatin1String("B ")));
        QVERIFY(table->item(0, fc::ui::ResultsView::MedianA)->textAlignment() & Qt::AlignRight);
        QCOMPARE(table->item(3, fc::ui::ResultsView::MedianA)->text(),
                 QStringLiteral("interpreted"));

        // Live charts: one dot per counted run and a running median per side.
        fc::ui::LiveCharts *live = uitest::liveCharts(window);
        for (int side = 0; side < 2; ++side) {
            QCOMPARE(live->runSeries(side)->count(), runs);
            QCOMPARE(live->medianSeries(side)->count(), runs);
        }
        // Charts after the run: box plots, histogram, progression, time series.
        fc::ui::ChartsView *charts = uitest::chartsView(window);
        QCOMPARE(charts->panels().size(), 7);
        QChart *progression = charts->panel(QStringLiteral("progression"))->chart();
        int lines = 0;
        for (QAbstractSeries *s : progression->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s);
                line && s->type() == QAbstractSeries::SeriesTypeLine) {
                QCOMPARE(line->count(), runs);
                ++lines;
            } else if (auto *warm = qobject_cast<QScatterSeries *>(s)) {
                QCOMPARE(warm->count(), 1); // the warm-up
            }
        }
        QCOMPARE(lines, 2);
        QCOMPARE(charts->panel(QStringLiteral("wall-time-boxplot"))->chart()->series().size(), 2);

        // Outputs: both printed the same sum; environment recorded.
        QVERIFY(uitest::outputView(window, 0)->console()->toPlainText().contains(
            QLatin1String("499999500000")));
        QVERIFY(uitest::outputView(window, 1)->console()->toPlainText().contains(
            QLatin1String("499999500000")));
        QVERIFY(!uitest::environmentView(window)->value(QStringLiteral("CPU")).isEmpty());
        QVERIFY(uitest::environmentView(window)
                    ->value(QStringLiteral("A toolchain"))
                    .contains(QLatin1String("Python")));
        QVERIFY(uitest::action(window, "actionExportjson")->isEnabled());
    }

    void compileErrorShowsDiagnosticAndJumps()
    {
        if (!m_c)
            QSKIP("gcc is not installed");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadExample(QStringLiteral("c-O0-vs-O2")));
        uitest::pane(window, 0)->setCode(
            QStringLiteral("#include <stdio.h>\n\nint main(void) {\n    "
                           "printf(\"%d\\n\", missing);\n    return 0;\n}\n"));
        useFixedPlan(window, 3, 0);
        QVERIFY(runAndWait(window));

        QCOMPARE(uitest::verdict(window)->state(), fc::ui::VerdictBanner::State::Failed);
        const QString text = uitest::verdict(window)->text();
        QVERIFY2(text.startsWith(QLatin1String("A did not compile: main.c:4")), qPrintable(text));
        QCOMPARE(uitest::tabs(window)->currentIndex(), int(ResultsPage::OutputATab));
        fc::ui::OutputView *output = uitest::outputView(window, 0);
        QVERIFY(output->hasFailure());
        QVERIFY(output->diagnostics()->topLevelItemCount() >= 1);
        QTreeWidgetItem *first = output->diagnostics()->topLevelItem(0);
        QVERIFY(first->text(0).startsWith(QLatin1String("main.c:4")));
        QVERIFY(first->text(2).contains(QLatin1String("missing")));

        // Activating the diagnostic moves the cursor to line 4 of editor A.
        uitest::pane(window, 0)->editor()->moveCursor(QTextCursor::End);
        emit output->diagnostics()->itemActivated(first, 0);
        QCOMPARE(uitest::pane(window, 0)->editor()->textCursor().blockNumber(), 3);
        QVERIFY(uitest::pane(window, 0)->editor()->textCursor().positionInBlock() > 0);
    }

    void stopLeavesNoProcessBehind()
    {
        if (!m_python)
            QSKIP("python3 is not installed");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadExample(QStringLiteral("python-sum-vs-loop")));
        const QByteArray marker =
            "fc-stop-test-" + QByteArray::number(QCoreApplication::applicationPid());
        uitest::pane(window, 0)->setCode(
            QStringLiteral("import time\nwhile True:\n    time.sleep(0.01)\n"));
        uitest::pane(window, 0)->setArguments(QString::fromLatin1(marker));
        useFixedPlan(window, 3, 0);
        uitest::planBar(window)->setPlan([&] {
            fc::RunPlan p = uitest::planBar(window)->plan();
            p.timeoutS = 60;
            return p;
        }());

        QSignalSpy samples(window.runner(), &fc::ComparisonRunner::sample);
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        uitest::action(window, "actionRun")->trigger();
        QVERIFY(window.isRunning());
        QVERIFY(uitest::action(window, "actionStop")->isEnabled());
        QVERIFY(samples.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!processesWith(marker).isEmpty(), 10000);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Escape); // Stop is Esc
        QVERIFY(shown.wait(20000));
        QVERIFY(!window.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker).isEmpty(), 5000);
        QCOMPARE(uitest::verdict(window)->state(), fc::ui::VerdictBanner::State::Failed);
        QVERIFY2(uitest::verdict(window)->text().contains(QLatin1String("Stopped")),
                 qPrintable(uitest::verdict(window)->text()));
        QVERIFY(uitest::action(window, "actionRun")->isEnabled());
    }

    void missingToolchainIsExplainedWithoutRunning()
    {
        MainWindow window;
        QVERIFY(uitest::catalog(window)->waitForDetection(120000));
        QString missing;
        for (const auto &status : uitest::catalog(window)->statuses()) {
            if (status.state == fc::ToolchainStatus::State::Missing) {
                missing = status.languageId;
                break;
            }
        }
        if (missing.isEmpty())
            QSKIP("every toolchain is installed here");
        uitest::pane(window, 0)->setLanguage(missing);
        uitest::action(window, "actionRun")->trigger();
        QVERIFY(!window.isRunning());
        QCOMPARE(uitest::verdict(window)->state(), fc::ui::VerdictBanner::State::Failed);
        QVERIFY2(uitest::verdict(window)->text().contains(QLatin1String("not installed")),
                 qPrintable(uitest::verdict(window)->text()));
    }

    void showComparisonFromElsewhereIsReadOnly()
    {
        MainWindow window;
        fc::Comparison c =
            uitest::makeComparison(uitest::series(100, 1, 8), uitest::series(50, 1, 8));
        c.sourceKind = fc::Comparison::SourceKind::Permalink;
        c.sourceUrl = QStringLiteral("https://faster.codes/?runId=abc123");
        window.showComparison(c);
        QCOMPARE(uitest::verdict(window)->state(), fc::ui::VerdictBanner::State::Foreign);
        QVERIFY(uitest::verdict(window)->text().contains(QLatin1String("faster.codes")));
        QVERIFY(uitest::pane(window, 0)->isReadOnly());
        QCOMPARE(uitest::pane(window, 1)->code(), c.b().code);
        QCOMPARE(uitest::resultsView(window)->medianTable()->rowCount(), 4);
        QCOMPARE(window.currentRequest().sourceKind, fc::Comparison::SourceKind::Permalink);
    }

private:
    bool m_python = false;
    bool m_c = false;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
