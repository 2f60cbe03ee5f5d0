// Live charts (batched redraws, 1000 runs) and the charts built after a run.

#include "charts/boxplotchart.h"
#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "charts/chartsview.h"
#include "charts/histogramchart.h"
#include "charts/progressionchart.h"
#include "charts/timeserieschart.h"
#include "live/livecharts.h"
#include "live/runtraces.h"
#include "uitestutil.h"

#include <QAreaSeries>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTest>
#include <QThread>
#include <QValueAxis>

using namespace fc::ui;

namespace {

fc::ProbeSample sample(qint64 ms, double cpu, qint64 rssKib)
{
    fc::ProbeSample s;
    s.elapsedMs = ms;
    s.cpuPercent = cpu;
    s.rssKib = rssKib;
    s.processes = 1;
    return s;
}

fc::RunRecord run(int index, double wall, bool warmup = false)
{
    fc::RunRecord r;
    r.index = index;
    r.wallMs = wall;
    r.warmup = warmup;
    return r;
}

template<typename S> S *seriesOf(QChart *chart, int n)
{
    int seen = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *typed = qobject_cast<S *>(s)) {
            if (seen++ == n)
                return typed;
        }
    }
    return nullptr;
}

// The texts a chart actually draws once laid out in a view: the axis labels among them. An axis
// whose label format the localized formatter cannot apply draws none (a "%d" did so).
QStringList drawnTexts(QChart *chart)
{
    QChartView view(chart);
    view.resize(480, 360);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    QCoreApplication::processEvents();
    QStringList texts;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts.append(text->toPlainText());
    }
    view.setChart(new QChart); // the chart stays the caller's
    return texts;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings(); }

    void liveTraceRestartsWithEachRun()
    {
        LiveCharts live;
        for (int t = 0; t < 5; ++t)
            live.addSample(0, sample(t * 20, 90, 1024 * (t + 1)));
        live.flush();
        QCOMPARE(live.cpuSeries(0)->count(), 5);
        QCOMPARE(live.memorySeries(0)->at(4), QPointF(80, 5.0)); // MiB
        QCOMPARE(live.cpuSeries(1)->count(), 0);
        live.addRun(0, run(0, 100));
        live.flush();
        QCOMPARE(live.cpuSeries(0)->count(), 5); // the finished run stays until the next starts
        live.addSample(0, sample(0, 50, 2048));
        live.flush();
        QCOMPARE(live.cpuSeries(0)->count(), 1);
    }

    // The CPU axis counts whole cores without head room, and never more labels than fit: a
    // crowded axis makes Qt Charts elide every label to "...".
    void liveCpuAxisKeepsItsLabelsFew_data()
    {
        QTest::addColumn<double>("peak");
        QTest::addColumn<double>("top");
        QTest::newRow("one core") << 90.0 << 100.0;
        QTest::newRow("two cores") << 180.0 << 200.0;
        QTest::newRow("sampling above two") << 230.0 << 300.0; // 200 on a two-core machine
        QTest::newRow("four cores") << 390.0 << 400.0;
        QTest::newRow("eight cores") << 790.0 << 800.0;
        QTest::newRow("sixty-four cores") << 6400.0 << 6400.0;
    }

    void liveCpuAxisKeepsItsLabelsFew()
    {
        QFETCH(double, peak);
        QFETCH(double, top);
        LiveCharts live;
        live.addSample(0, sample(0, 10, 1024));
        live.addSample(0, sample(20, peak, 1024));
        live.flush();
        QValueAxis *axis = nullptr;
        for (QAbstractAxis *a : live.cpuSeries(0)->attachedAxes()) {
            if (a->orientation() == Qt::Vertical)
                axis = qobject_cast<QValueAxis *>(a);
        }
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        // Capped at what this machine's cores can give.
        QCOMPARE(axis->max(), std::min(top, 100.0 * std::max(1, QThread::idealThreadCount())));
        QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
        const double labels = axis->max() / axis->tickInterval() + 1;
        QVERIFY2(labels >= 4 && labels <= 9, qPrintable(QString::number(labels)));
    }

    void axesOfNonNegativeDataStayAtOrAboveZero_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("startsAtZero");
        // A fast side beside a slow one: 5 % head room below 40 ms would reach -60 ms.
        QTest::newRow("CPU time, 40 ms vs 1.2 s") << 40.0 << 1200.0 << true;
        QTest::newRow("peak memory, 3 MiB vs 900 MiB") << 3.0 << 900.0 << true;
        QTest::newRow("both zero") << 0.0 << 0.0 << true;
        // Close values keep their detail: the axis does not drop to zero.
        QTest::newRow("1.00 s vs 1.01 s") << 1000.0 << 1010.0 << false;
    }

    void axesOfNonNegativeDataStayAtOrAboveZero()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(bool, startsAtZero);
        QChart chart;
        QValueAxis *axis = createValueAxis(QStringLiteral("ms"), &chart, Qt::AlignLeft);
        setNiceRange(axis, min, max, false);
        QVERIFY2(axis->min() >= 0.0, qPrintable(QString::number(axis->min())));
        QVERIFY(axis->max() >= max);
        QCOMPARE(axis->min() == 0.0, startsAtZero);
    }

    void runDotsAndRunningMedian()
    {
        LiveCharts live;
        live.addRun(1, run(0, 999, true)); // warm-up: no dot
        const double walls[] = {10, 30, 20, 40};
        for (int i = 0; i < 4; ++i)
            live.addRun(1, run(i + 1, walls[i]));
        live.flush();
        QCOMPARE(live.runSeries(1)->count(), 4);
        QCOMPARE(live.runSeries(1)->at(3), QPointF(4, 40));
        const QList<QPointF> medians = live.medianSeries(1)->points();
        QCOMPARE(medians, (QList<QPointF>{{1, 10}, {2, 20}, {3, 20}, {4, 25}}));
        QCOMPARE(live.runSeries(0)->count(), 0);
        live.reset();
        QCOMPARE(live.runSeries(1)->count(), 0);
        QCOMPARE(live.redrawCount(), 0);
    }

    void redrawsAreBatchedAndThousandRunsStayResponsive()
    {
        LiveCharts live;
        live.resize(1200, 300);
        live.show();
        QVERIFY(QTest::qWaitForWindowExposed(&live));
        // 1000 runs per side with 5 samples each arrive as fast as the event loop allows.
        QElapsedTimer clock;
        clock.start();
        qint64 longestSliceMs = 0;
        int index = 0;
        int redrawsAtHalf = 0;
        for (int r = 0; r < 1000; ++r) {
            QElapsedTimer slice;
            slice.start();
            for (int side = 0; side < 2; ++side) {
                for (int t = 0; t < 5; ++t)
                    live.addSample(side, sample(t * 10, 100, 2048));
                live.addRun(side, run(index++, 5.0 + side + (r % 7) * 0.1));
            }
            // Runs of a trivial program arrive about a millisecond apart.
            QThread::msleep(1);
            QCoreApplication::processEvents();
            longestSliceMs = std::max(longestSliceMs, slice.elapsed());
            if (r == 499)
                redrawsAtHalf = live.redrawCount();
        }
        const int redrawsWhileDataCame = live.redrawCount();
        QTest::qWait(LiveCharts::frameIntervalMs * 2);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(live.runSeries(0)->count(), 1000);
        QCOMPARE(live.runSeries(1)->count(), 1000);
        QCOMPARE(live.medianSeries(0)->count(), 1000);
        // At most one redraw per frame interval (≤ 30 a second), however fast data came.
        const int allowed = int(elapsed / LiveCharts::frameIntervalMs) + 2;
        QVERIFY2(
            live.redrawCount() <= allowed,
            qPrintable(QStringLiteral("%1 redraws in %2 ms").arg(live.redrawCount()).arg(elapsed)));
        // And it kept drawing while data came: each half took at least 500 ms (the sleeps), many
        // frame intervals, however slow the machine (no rate asked of it).
        QVERIFY2(redrawsAtHalf >= 1 && redrawsWhileDataCame > redrawsAtHalf,
                 qPrintable(QStringLiteral("%1 redraws at half, %2 at the end")
                                .arg(redrawsAtHalf)
                                .arg(redrawsWhileDataCame)));
        qInfo("1000 runs x 2 sides: %d redraws in %lld ms, longest event-loop slice %lld ms",
              live.redrawCount(), elapsed, longestSliceMs);
    }

    void boxPlotHasQuartilesPerSide()
    {
        const fc::Comparison c = uitest::makeComparison({1, 2, 3, 4, 5}, {10, 20, 30, 40, 50});
        std::unique_ptr<QChart> chart(createBoxPlotChart(fc::Metric::WallTime, c));
        QCOMPARE(chart->series().size(), 2);
        auto *a = seriesOf<QBoxPlotSeries>(chart.get(), 0);
        auto *b = seriesOf<QBoxPlotSeries>(chart.get(), 1);
        QVERIFY(a && b);
        QCOMPARE(a->name(), QStringLiteral("A"));
        QBoxSet *setB = b->boxSets().first();
        QCOMPARE(setB->at(QBoxSet::LowerExtreme), 10.0);
        QCOMPARE(setB->at(QBoxSet::LowerQuartile), 20.0);
        QCOMPARE(setB->at(QBoxSet::Median), 30.0);
        QCOMPARE(setB->at(QBoxSet::UpperQuartile), 40.0);
        QCOMPARE(setB->at(QBoxSet::UpperExtreme), 50.0);
        QCOMPARE(setB->brush().color().rgb(), QColor(0xF5, 0x9E, 0x0B).rgb()); // B is orange
        // Memory is drawn in MiB.
        std::unique_ptr<QChart> memory(createBoxPlotChart(fc::Metric::PeakMemory, c));
        QVERIFY(
            qAbs(seriesOf<QBoxPlotSeries>(memory.get(), 0)->boxSets().first()->at(QBoxSet::Median) -
                 20.0) < 0.01);
    }

    void histogramCountsEveryRun()
    {
        const QList<double> values{1, 2, 2, 3, 3, 3, 4, 4, 5, 10};
        const QList<double> edges = histogramEdges(values, false);
        QCOMPARE(edges.first(), 1.0);
        QCOMPARE(edges.last(), 10.0);
        QCOMPARE(edges.size(), 5 + 1); // √10 → at least 5 bins
        const QList<int> counts = histogramCounts(values, edges);
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), 0), 10);
        QCOMPARE(counts.last(), 1); // the maximum falls in the last bin
        const QList<double> logEdges = histogramEdges({1, 1000}, true);
        QVERIFY(qAbs(logEdges[1] / logEdges[0] - logEdges[2] / logEdges[1]) < 1e-9); // equal ratios

        // Sides an order of magnitude apart get a log axis.
        const fc::Comparison far =
            uitest::makeComparison(uitest::series(1000, 10, 8), uitest::series(50, 1, 8));
        std::unique_ptr<QChart> chart(createHistogramChart(far));
        QCOMPARE(chart->series().size(), 2);
        QVERIFY(!chart->axes(Qt::Horizontal).isEmpty() &&
                qobject_cast<QLogValueAxis *>(chart->axes(Qt::Horizontal).first()));
        auto *area = seriesOf<QAreaSeries>(chart.get(), 0);
        qreal total = 0;
        const QList<QPointF> upper = area->upperSeries()->points();
        for (qsizetype i = 0; i < upper.size(); i += 2)
            total += upper[i].y();
        QCOMPARE(int(total), 8);
    }

    void wholeNumberAxesDrawTheirLabels()
    {
        const fc::Comparison c =
            uitest::makeComparison(uitest::series(10, 1, 7), uitest::series(20, 1, 9));
        std::unique_ptr<QChart> progression(createProgressionChart(c));
        const QStringList runs = drawnTexts(progression.get());
        QVERIFY2(runs.contains(QStringLiteral("2")) && runs.contains(QStringLiteral("8")),
                 qPrintable(runs.join(QLatin1Char('|'))));
        std::unique_ptr<QChart> histogram(createHistogramChart(c));
        const QStringList counts = drawnTexts(histogram.get());
        QVERIFY2(counts.contains(QStringLiteral("0")) && counts.contains(QStringLiteral("2")),
                 qPrintable(counts.join(QLatin1Char('|'))));
    }

    void progressionHasEveryRunAndWarmups()
    {
        const fc::Comparison c =
            uitest::makeComparison(uitest::series(10, 1, 7), uitest::series(20, 1, 9));
        std::unique_ptr<QChart> chart(createProgressionChart(c));
        auto *lineA = seriesOf<QLineSeries>(chart.get(), 0);
        QVERIFY(lineA);
        int lines = 0;
        for (QAbstractSeries *s : chart->series()) {
            if (s->type() == QAbstractSeries::SeriesTypeLine) {
                QCOMPARE(static_cast<QLineSeries *>(s)->count(), lines == 0 ? 7 : 9);
                ++lines;
            } else if (s->type() == QAbstractSeries::SeriesTypeScatter) {
                QCOMPARE(static_cast<QScatterSeries *>(s)->count(), 1);
                QCOMPARE(static_cast<QScatterSeries *>(s)->at(0).x(), 0.0);
            }
        }
        QCOMPARE(lines, 2);
        QCOMPARE(lineA->at(0).x(), 1.0);
    }

    void timeSeriesShowsTheMedianRun()
    {
        const fc::Comparison c = uitest::makeComparison({10, 50, 30}, {5, 6, 7});
        const int medianA = medianRunIndex(c, 0);
        QCOMPARE(c.a().runs[3].wallMs, 30.0);
        QCOMPARE(medianA, c.a().runs[3].index);
        RunTraces traces;
        for (int t = 0; t < 4; ++t)
            traces.addSample(0, sample(t * 10, 100, 4096));
        traces.runEnded(0, medianA);
        std::unique_ptr<QChart> chart(createTimeSeriesChart(TraceQuantity::Memory, c, traces));
        QCOMPARE(seriesOf<QLineSeries>(chart.get(), 0)->count(), 4);
        QCOMPARE(seriesOf<QLineSeries>(chart.get(), 0)->at(0).y(), 4.0);
        QCOMPARE(seriesOf<QLineSeries>(chart.get(), 1)->count(), 0);
        QVERIFY(!chart->title().contains(QLatin1String("no samples")));
        std::unique_ptr<QChart> empty(createTimeSeriesChart(TraceQuantity::Cpu, c, RunTraces()));
        QVERIFY(empty->title().contains(QLatin1String("no samples")));
    }

    void chartsViewHasEveryChartWithTitlesAndUnits()
    {
        ChartsView view;
        const fc::Comparison c =
            uitest::makeComparison(uitest::series(10, 1, 12), uitest::series(20, 2, 12));
        view.setComparison(c, RunTraces());
        QCOMPARE(view.panels().size(), 7);
        for (ChartPanel *panel : view.panels()) {
            QVERIFY2(!panel->chart()->title().isEmpty(), qPrintable(panel->exportName()));
            QVERIFY(panel->chart()->legend()->isVisible());
            for (QAbstractAxis *axis : panel->chart()->axes(Qt::Vertical))
                QVERIFY2(axis->titleText().contains(QLatin1Char('(')) ||
                             axis->titleText() == QLatin1String("runs"),
                         qPrintable(axis->titleText()));
        }
        QVERIFY(view.panel(QStringLiteral("histogram")));
        QVERIFY(view.panel(QStringLiteral("peak-memory-boxplot")));
        view.clear();
        QCOMPARE(view.panels().size(), 0);
        // A side without runs gets words, not empty axes.
        fc::Comparison failed = c;
        failed.b().runs.clear();
        view.setComparison(failed, RunTraces());
        QCOMPARE(view.panels().size(), 0);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
