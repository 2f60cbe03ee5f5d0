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
    fc::RunPlan plan = window.planBar()->plan();
    plan.mode = fc::RunPlan::Mode::Fixed;
    plan.runs = runs;
    plan.warmup = warmup;
    plan.timeoutS = 30;
    plan.sandbox = false;
    window.planBar()->setPlan(plan);
}

bool runAndWait(MainWindow &window, int timeoutMs = 90000)
{
    QSignalSpy shown(&window, &MainWindow::resultsShown);
    window.runAction()->trigger();
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
        QCOMPARE(window.pane(0)->side(), 0);
        QCOMPARE(window.pane(1)->side(), 1);
        QVERIFY(window.pane(0)->editor()->isVisible());
        QVERIFY(window.pane(1)->editor()->isVisible());
        // A is left of B, editors above the results.
        QVERIFY(window.pane(0)->mapTo(&window, QPoint()).x() <
                window.pane(1)->mapTo(&window, QPoint()).x());
        QVERIFY(window.pane(0)->mapTo(&window, QPoint()).y() <
                window.verdictBanner()->mapTo(&window, QPoint()).y());
        QVERIFY(window.verdictBanner()->text().contains(QLatin1String("Ctrl+Enter")));
        QCOMPARE(window.resultTabs()->count(), 6);
        QStringList tabs;
        for (int i = 0; i < window.resultTabs()->count(); ++i)
            tabs << window.resultTabs()->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("Live"), QStringLiteral("Results"),
                                    QStringLiteral("Charts"), QStringLiteral("Output A"),
                                    QStringLiteral("Output B"), QStringLiteral("Environment")}));
        // First start: the seed's classic pair.
        QCOMPARE(window.pane(0)->languageId(), QStringLiteral("java"));
        QVERIFY(window.pane(1)->code().contains(QLatin1String("parallel()")));
    }

    void shortcutsAreStandard()
    {
        MainWindow window;
        QVERIFY(window.runAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QCOMPARE(window.stopAction()->shortcut(), QKeySequence(Qt::Key_Escape));
        QCOMPARE(window.settingsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(!window.stopAction()->isEnabled());
        QVERIFY(window.runAction()->isEnabled());
        const auto open = window.findChild<QAction *>(QStringLiteral("actionOpen"));
        const auto save = window.findChild<QAction *>(QStringLiteral("actionSave"));
        QVERIFY(open && save);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
        // Every toolbar action explains itself.
        QVERIFY(!window.runAction()->toolTip().isEmpty());
        QVERIFY(!window.stopAction()->toolTip().isEmpty());
    }

    void ctrlEnterRunsFromInsideAnEditor()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.pane(0)->setCode(QString()); // so Run stops at once with a reason
        window.pane(1)->editor()->setFocus();
        const QString before = window.pane(1)->code();
        QTest::keyClick(window.pane(1)->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(window.verdictBanner()->state(), fc::ui::VerdictBanner::State::Failed);
        QCOMPARE(window.verdictBanner()->text(), QStringLiteral("A has no code"));
        QCOMPARE(window.pane(1)->code(), before); // no newline typed
        QVERIFY(!window.isRunning());
    }

    void galleryHasTheClassicPairs()
    {
        MainWindow window;
        const auto &examples = window.examples();
        QVERIFY2(examples.size() >= 10, qPrintable(QString::number(examples.size())));
        QSet<QString> languages;
        const fc::LanguageRegistry &registry = window.catalog()->registry();
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
        QCOMPARE(window.pane(0)->languageId(), QStringLiteral("java"));
        QCOMPARE(window.pane(1)->languageId(), QStringLiteral("go"));
        QVERIFY(window.pane(0)->code().contains(QLatin1String("BigInteger")));
        QVERIFY(window.pane(1)->code().contains(QLatin1String("math/big")));
        QVERIFY(!window.pane(0)->isTouched());
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
        const QString verdict = window.verdictBanner()->text();
        QVERIFY2(verdict.startsWith(QLatin1String("B is ")) &&
                     verdict.contains(QLatin1String("faster than A")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QLatin1String("6 runs each")), qPrintable(verdict));
        QCOMPARE(window.verdictBanner()->state(), fc::ui::VerdictBanner::State::Significant);
        QCOMPARE(window.resultTabs()->currentIndex(), int(MainWindow::ResultsTab));

        // The table: four metrics, medians with units, the wall-time verdict names B.
        QTableWidget *table = window.resultsView()->medianTable();
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
        fc::ui::LiveCharts *live = window.liveCharts();
        for (int side = 0; side < 2; ++side) {
            QCOMPARE(live->runSeries(side)->count(), runs);
            QCOMPARE(live->medianSeries(side)->count(), runs);
        }
        // Charts after the run: box plots, histogram, progression, time series.
        fc::ui::ChartsView *charts = window.chartsView();
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
        QVERIFY(
            window.outputView(0)->console()->toPlainText().contains(QLatin1String("499999500000")));
        QVERIFY(
            window.outputView(1)->console()->toPlainText().contains(QLatin1String("499999500000")));
        QVERIFY(!window.environmentView()->value(QStringLiteral("CPU")).isEmpty());
        QVERIFY(window.environmentView()
                    ->value(QStringLiteral("A toolchain"))
                    .contains(QLatin1String("Python")));
        QVERIFY(window.exportAction(0)->isEnabled());
    }

    void compileErrorShowsDiagnosticAndJumps()
    {
        if (!m_c)
            QSKIP("gcc is not installed");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.loadExample(QStringLiteral("c-O0-vs-O2")));
        window.pane(0)->setCode(QStringLiteral("#include <stdio.h>\n\nint main(void) {\n    "
                                               "printf(\"%d\\n\", missing);\n    return 0;\n}\n"));
        useFixedPlan(window, 3, 0);
        QVERIFY(runAndWait(window));

        QCOMPARE(window.verdictBanner()->state(), fc::ui::VerdictBanner::State::Failed);
        const QString text = window.verdictBanner()->text();
        QVERIFY2(text.startsWith(QLatin1String("A did not compile: main.c:4")), qPrintable(text));
        QCOMPARE(window.resultTabs()->currentIndex(), int(MainWindow::OutputATab));
        fc::ui::OutputView *output = window.outputView(0);
        QVERIFY(output->hasFailure());
        QVERIFY(output->diagnostics()->topLevelItemCount() >= 1);
        QTreeWidgetItem *first = output->diagnostics()->topLevelItem(0);
        QVERIFY(first->text(0).startsWith(QLatin1String("main.c:4")));
        QVERIFY(first->text(2).contains(QLatin1String("missing")));

        // Activating the diagnostic moves the cursor to line 4 of editor A.
        window.pane(0)->editor()->moveCursor(QTextCursor::End);
        emit output->diagnostics()->itemActivated(first, 0);
        QCOMPARE(window.pane(0)->editor()->textCursor().blockNumber(), 3);
        QVERIFY(window.pane(0)->editor()->textCursor().positionInBlock() > 0);
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
        window.pane(0)->setCode(QStringLiteral("import time\nwhile True:\n    time.sleep(0.01)\n"));
        window.pane(0)->setArguments(QString::fromLatin1(marker));
        useFixedPlan(window, 3, 0);
        window.planBar()->setPlan([&] {
            fc::RunPlan p = window.planBar()->plan();
            p.timeoutS = 60;
            return p;
        }());

        QSignalSpy samples(window.runner(), &fc::ComparisonRunner::sample);
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.runAction()->trigger();
        QVERIFY(window.isRunning());
        QVERIFY(window.stopAction()->isEnabled());
        QVERIFY(samples.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!processesWith(marker).isEmpty(), 10000);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Escape); // Stop is Esc
        QVERIFY(shown.wait(20000));
        QVERIFY(!window.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker).isEmpty(), 5000);
        QCOMPARE(window.verdictBanner()->state(), fc::ui::VerdictBanner::State::Failed);
        QVERIFY2(window.verdictBanner()->text().contains(QLatin1String("Stopped")),
                 qPrintable(window.verdictBanner()->text()));
        QVERIFY(window.runAction()->isEnabled());
    }

    void missingToolchainIsExplainedWithoutRunning()
    {
        MainWindow window;
        QVERIFY(window.catalog()->waitForDetection(120000));
        QString missing;
        for (const auto &status : window.catalog()->statuses()) {
            if (status.state == fc::ToolchainStatus::State::Missing) {
                missing = status.languageId;
                break;
            }
        }
        if (missing.isEmpty())
            QSKIP("every toolchain is installed here");
        window.pane(0)->setLanguage(missing);
        window.runAction()->trigger();
        QVERIFY(!window.isRunning());
        QCOMPARE(window.verdictBanner()->state(), fc::ui::VerdictBanner::State::Failed);
        QVERIFY2(window.verdictBanner()->text().contains(QLatin1String("not installed")),
                 qPrintable(window.verdictBanner()->text()));
    }

    void showComparisonFromElsewhereIsReadOnly()
    {
        MainWindow window;
        fc::Comparison c =
            uitest::makeComparison(uitest::series(100, 1, 8), uitest::series(50, 1, 8));
        c.sourceKind = fc::Comparison::SourceKind::Permalink;
        c.sourceUrl = QStringLiteral("https://faster.codes/?runId=abc123");
        window.showComparison(c);
        QCOMPARE(window.verdictBanner()->state(), fc::ui::VerdictBanner::State::Foreign);
        QVERIFY(window.verdictBanner()->text().contains(QLatin1String("faster.codes")));
        QVERIFY(window.pane(0)->isReadOnly());
        QCOMPARE(window.pane(1)->code(), c.b().code);
        QCOMPARE(window.resultsView()->medianTable()->rowCount(), 4);
        QCOMPARE(window.currentRequest().sourceKind, fc::Comparison::SourceKind::Permalink);
    }

private:
    bool m_python = false;
    bool m_c = false;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
