// The verdict banner, the result tables, the outputs and the environment, fed hand-made
// comparisons (the run-flow suite checks them after real runs).

#include "format/units.h"
#include "model/analysis.h"
#include "output/failuretext.h"
#include "output/outputview.h"
#include "results/environmentview.h"
#include "results/resultsview.h"
#include "results/verdictbanner.h"
#include "run/progresstext.h"
#include "uitestutil.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace fc::ui;

class TestResults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings(); }

    void unitsHaveThreeDigitsAndAUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString nb(QChar(0x202F));
        QTest::newRow("µs") << units::duration(0.8123)
                            << QStringLiteral("812") + nb + QStringLiteral("µs");
        QTest::newRow("ms") << units::duration(12.345)
                            << QStringLiteral("12.3") + nb + QStringLiteral("ms");
        QTest::newRow("s") << units::duration(2791.8)
                           << QStringLiteral("2.79") + nb + QStringLiteral("s");
        QTest::newRow("min") << units::duration(300000)
                             << QStringLiteral("5.00") + nb + QStringLiteral("min");
        QTest::newRow("KiB") << units::memory(812)
                             << QStringLiteral("812") + nb + QStringLiteral("KiB");
        QTest::newRow("MiB") << units::memory(35034)
                             << QStringLiteral("34.2") + nb + QStringLiteral("MiB");
        QTest::newRow("factor") << units::factor(2.3149) << QStringLiteral("2.31×");
        QTest::newRow("range") << units::durationRange(2270, 2350)
                               << QStringLiteral("2.27–2.35") + nb + QStringLiteral("s");
        QTest::newRow("elapsed") << units::elapsed(65000)
                                 << QStringLiteral("1") + nb + QStringLiteral("min 05") + nb +
                                        QStringLiteral("s");
        QTest::newRow("nan") << units::duration(std::nan("")) << QStringLiteral("–");
    }
    void unitsHaveThreeDigitsAndAUnit()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(text, expected);
    }

    void progressLine()
    {
        fc::RunProgress p;
        p.stage = fc::RunProgress::Stage::Measuring;
        p.counted = {6, 7};
        p.plannedPerSide = 20;
        p.elapsedMs = 4200;
        p.remainingMs = 8100;
        const QString nb(QChar(0x202F));
        QCOMPARE(progressText(p), QStringLiteral("run 7/20 · 4.2") + nb +
                                      QStringLiteral("s · ~8.1") + nb + QStringLiteral("s left"));
        QCOMPARE(progressPermille(p), 325);
        p.stage = fc::RunProgress::Stage::Compiling;
        p.side = 1;
        QVERIFY(progressText(p).startsWith(QLatin1String("compiling B")));
        QCOMPARE(progressPermille(p), -1);
    }

    void bannerColoursFollowTheVerdict()
    {
        VerdictBanner banner;
        QCOMPARE(banner.state(), VerdictBanner::State::Hint);
        const fc::Comparison faster =
            uitest::makeComparison(uitest::series(100, 1, 10), uitest::series(40, 1, 10));
        const fc::Analysis a = fc::analyze(faster);
        banner.showVerdict(a.verdict, faster);
        QCOMPARE(banner.state(), VerdictBanner::State::Significant);
        QVERIFY2(banner.text().startsWith(QLatin1String("B is 2.")), qPrintable(banner.text()));
        QVERIFY(banner.text().contains(QLatin1String("95% CI")));
        QVERIFY(banner.text().contains(QLatin1String("10 runs each")));
        QCOMPARE(banner.accentColor(), QColor(0x16, 0xA3, 0x4A)); // green

        const fc::Comparison same =
            uitest::makeComparison(uitest::series(100, 1, 10), uitest::series(100, 1, 10));
        banner.showVerdict(fc::analyze(same).verdict, same);
        QCOMPARE(banner.state(), VerdictBanner::State::NoDifference);
        QVERIFY(banner.text().startsWith(QLatin1String("No significant difference")));
        QCOMPARE(banner.accentColor(), QColor(0x8B, 0x93, 0x9E)); // grey

        // 0.2 % apart and never overlapping: real, but below the 1 % threshold. The claim is
        // "no meaningful difference", the measured ratio is still there to read.
        const fc::Comparison close =
            uitest::makeComparison(uitest::series(1000, 0.1, 10), uitest::series(1002, 0.1, 10));
        const fc::Analysis closeAnalysis = fc::analyze(close);
        QCOMPARE(closeAnalysis.verdict.state, fc::Verdict::State::NoMeaningfulDifference);
        banner.showVerdict(closeAnalysis.verdict, close);
        QCOMPARE(banner.state(), VerdictBanner::State::NoDifference);
        QVERIFY2(banner.text().startsWith(QStringLiteral(
                     "No meaningful difference (≤ 1%) in wall time between A and B")),
                 qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(QLatin1String("ratio B/A 1.0020")),
                 qPrintable(banner.text()));

        fc::Comparison broken = faster;
        broken.b().status = fc::Side::Status::Failed;
        broken.b().error =
            fc::SideError{QStringLiteral("timeout"), QStringLiteral("ran longer than 30 s")};
        broken.b().runs.last().timedOut = true;
        banner.showVerdict(fc::analyze(broken).verdict, broken);
        QCOMPARE(banner.state(), VerdictBanner::State::Failed);
        QVERIFY(banner.text().startsWith(QLatin1String("B timed out")));
        QVERIFY2(banner.text().contains(QLatin1String("Raise the timeout")),
                 qPrintable(banner.text()));
        QCOMPARE(banner.accentColor(), QColor(0xDC, 0x26, 0x26)); // red

        QSignalSpy runHere(&banner, &VerdictBanner::runHereRequested);
        banner.showForeign(QStringLiteral("faster.codes"));
        QCOMPARE(banner.state(), VerdictBanner::State::Foreign);
        QVERIFY(banner.text().contains(QLatin1String("not run on this machine")));
    }

    void failureHeadlines_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crash") << QStringLiteral("crash") << 11
                               << QStringLiteral("A crashed: signal 11 (SIGSEGV)");
        QTest::newRow("memory") << QStringLiteral("memory") << 0
                                << QStringLiteral("A hit the memory limit");
        QTest::newRow("timeout") << QStringLiteral("timeout") << 0 << QStringLiteral("A timed out");
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << 0
                                   << QStringLiteral("Stopped before the comparison was complete");
    }
    void failureHeadlines()
    {
        QFETCH(QString, kind);
        QFETCH(int, signal);
        QFETCH(QString, expected);
        fc::Side side;
        side.status = fc::Side::Status::Failed;
        side.error = fc::SideError{kind, QStringLiteral("details")};
        fc::RunRecord r;
        r.signal = signal;
        r.exitCode = signal ? -1 : 0;
        r.timedOut = kind == QLatin1String("timeout");
        side.runs << r;
        QCOMPARE(failureHeadline(0, side), expected);
        QVERIFY(failureDetail(side).startsWith(QLatin1String("details")));
        side.status = fc::Side::Status::Success;
        QVERIFY(failureHeadline(0, side).isEmpty());
    }

    void tablesShowMediansRatiosAndSpread()
    {
        ResultsView view;
        QVERIFY(view.medianTable()->isHidden());
        const fc::Comparison c =
            uitest::makeComparison(uitest::series(100, 1, 10), uitest::series(40, 1, 10));
        const fc::Analysis a = fc::analyze(c);
        view.setComparison(c, a);
        QTableWidget *m = view.medianTable();
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(m->columnCount(), 6);
        QCOMPARE(m->item(ResultsView::WallRow, ResultsView::MetricColumn)->text(),
                 QStringLiteral("Wall time"));
        const QString medianA = m->item(ResultsView::WallRow, ResultsView::MedianA)->text();
        QVERIFY2(medianA.startsWith(units::duration(a.metric(fc::Metric::WallTime).a.median)),
                 qPrintable(medianA));
        QVERIFY(medianA.contains(QLatin1Char('['))); // with its CI
        QVERIFY(m->item(ResultsView::WallRow, ResultsView::RatioColumn)
                    ->text()
                    .startsWith(QLatin1String("0.4")));
        QVERIFY(m->item(ResultsView::WallRow, ResultsView::VerdictColumn)
                    ->text()
                    .startsWith(QLatin1String("B 2.")));
        QVERIFY(m->item(ResultsView::WallRow, ResultsView::PColumn)
                    ->text()
                    .contains(QLatin1String("0.0")));
        QCOMPARE(m->item(ResultsView::CompileRow, ResultsView::MedianA)->text(),
                 units::duration(123));
        QVERIFY(m->horizontalHeaderItem(ResultsView::MedianA)->text().startsWith(QLatin1Char('A')));
        QVERIFY(
            !m->horizontalHeaderItem(ResultsView::MedianA)->icon().isNull()); // the side's colour
        for (int row = 0; row < 3; ++row)
            QVERIFY(m->item(row, ResultsView::MedianB)->textAlignment() & Qt::AlignRight);

        QTableWidget *s = view.spreadTable();
        QCOMPARE(s->rowCount(), 3);
        QVERIFY(s->item(0, 1)->text().contains(QStringLiteral("±")));
        QVERIFY(s->item(0, 2)->text().contains(QStringLiteral("–")));
        QCOMPARE(s->item(0, 3)->text(), QStringLiteral("0 outliers"));

        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("resultsCaption"))
                     ->text()
                     .contains(QLatin1String("output")));
        fc::Comparison checked = c;
        checked.outputsMatch = false;
        view.setComparison(checked, a);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("resultsCaption"))
                    ->text()
                    .contains(QLatin1String("outputs DIFFER")));

        // A wild run is flagged, not dropped.
        QList<double> wild = uitest::series(100, 1, 10);
        wild[4] = 400;
        const fc::Comparison w = uitest::makeComparison(wild, uitest::series(40, 1, 10));
        view.setComparison(w, fc::analyze(w));
        QCOMPARE(view.spreadTable()->item(0, 3)->text(), QStringLiteral("1 outlier"));
        QVERIFY(view.spreadTable()->item(0, 3)->toolTip().contains(QLatin1String("Run 5 (")));
    }

    void outputShowsDiagnosticsAndJumps()
    {
        OutputView view(1);
        fc::Side side;
        side.status = fc::Side::Status::Failed;
        side.error = fc::SideError{QStringLiteral("compile"),
                                   QStringLiteral("did not compile: main.c:7: boom")};
        side.compile.performed = true;
        side.compile.exitCode = 1;
        side.compile.command = {QStringLiteral("gcc"), QStringLiteral("main.c")};
        side.compile.output = QStringLiteral("main.c:7:5: error: boom");
        side.compile.diagnostics = {{QStringLiteral("/tmp/x/main.c"), 7, 5, QStringLiteral("error"),
                                     QStringLiteral("boom")},
                                    {QStringLiteral("/tmp/x/main.c"), 2, 0,
                                     QStringLiteral("warning"), QStringLiteral("unused")}};
        view.setSide(side);
        QVERIFY(view.hasFailure());
        QCOMPARE(view.statusText(), QStringLiteral("B did not compile: main.c:7"));
        QCOMPARE(view.diagnostics()->topLevelItemCount(), 2);
        QCOMPARE(view.diagnostics()->topLevelItem(0)->text(0), QStringLiteral("main.c:7:5"));
        QVERIFY(view.console()->toPlainText().contains(QLatin1String("$ gcc main.c")));
        QSignalSpy jump(&view, &OutputView::diagnosticActivated);
        emit view.diagnostics()->itemActivated(view.diagnostics()->topLevelItem(1), 0);
        QCOMPARE(jump.count(), 1);
        QCOMPARE(jump.first(), (QVariantList{1, 2, 0}));

        fc::Side ok;
        ok.status = fc::Side::Status::Success;
        ok.stdoutText = QStringLiteral("42\n");
        ok.stdoutDropped = 10;
        ok.runs << fc::RunRecord{};
        view.setSide(ok);
        QVERIFY(!view.hasFailure());
        QCOMPARE(view.statusText(), QStringLiteral("Ran 1 time."));
        QVERIFY(view.console()->toPlainText().contains(QLatin1String("42")));
        QVERIFY(view.console()->toPlainText().contains(QLatin1String("10 more bytes")));
        QVERIFY(view.diagnostics()->isHidden());
    }

    void environmentNamesMachineAndToolchains()
    {
        EnvironmentView view;
        fc::Comparison c = uitest::makeComparison({1, 2}, {3, 4});
        c.sandboxed = true;
        view.setComparison(c);
        QCOMPARE(view.value(QStringLiteral("A toolchain")), QStringLiteral("gcc 14.2.0"));
        QCOMPARE(view.value(QStringLiteral("B toolchain")), QStringLiteral("Python 3.13.5"));
        QVERIFY(view.value(QStringLiteral("Sandbox")).startsWith(QLatin1String("yes")));
        QVERIFY(view.value(QStringLiteral("Run plan")).contains(QLatin1String("2 runs per side")));
        QVERIFY(!view.value(QStringLiteral("Operating system")).isEmpty());
        c.hasEnvironment = false;
        view.setComparison(c);
        QVERIFY(view.value(QStringLiteral("CPU")).isEmpty());
        QVERIFY(view.value(QStringLiteral("Machine")).contains(QLatin1String("not recorded")));

        // Where the code came from: a download shows its source; the same code run here
        // (a local comparison that kept the link) says where the code came from.
        const QString link = QStringLiteral("http://127.0.0.1:8787/?runId=abc");
        c.sourceKind = fc::Comparison::SourceKind::Permalink;
        c.sourceUrl = link;
        view.setComparison(c);
        QCOMPARE(view.value(QStringLiteral("Source")), link);
        QVERIFY(view.value(QStringLiteral("Code from")).isEmpty());
        c.sourceKind = fc::Comparison::SourceKind::Local;
        view.setComparison(c);
        QVERIFY(view.value(QStringLiteral("Source")).isEmpty());
        QCOMPARE(view.value(QStringLiteral("Code from")), link);
        c.sourceUrl.clear();
        view.setComparison(c);
        QVERIFY(view.value(QStringLiteral("Code from")).isEmpty());
    }
};

QTEST_MAIN(TestResults)
#include "tst_results.moc"
