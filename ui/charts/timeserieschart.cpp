#include "charts/timeserieschart.h"

#include "charts/chartstyle.h"
#include "live/runtraces.h"
#include "model/comparison.h"
#include "sidecolors.h"
#include "stats/quantile.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace fc::ui {

int medianRunIndex(const Comparison &comparison, int side)
{
    const Side &s = comparison.sides[size_t(side)];
    QList<double> walls = s.values(Metric::WallTime);
    if (walls.isEmpty())
        return -1;
    std::sort(walls.begin(), walls.end());
    const double median = stats::sortedMedian(walls);
    int best = -1;
    double bestDistance = 0;
    for (const RunRecord &run : s.runs) {
        if (run.warmup)
            continue;
        const double distance = std::abs(run.wallMs - median);
        if (best < 0 || distance < bestDistance) {
            best = run.index;
            bestDistance = distance;
        }
    }
    return best;
}

QChart *createTimeSeriesChart(TraceQuantity quantity, const Comparison &comparison,
                              const RunTraces &traces)
{
    const bool cpu = quantity == TraceQuantity::Cpu;
    QChart *chart =
        createChart(cpu ? QCoreApplication::translate("Charts", "CPU over time (median run)")
                        : QCoreApplication::translate("Charts", "Memory over time (median run)"));
    QValueAxis *x = createValueAxis(QCoreApplication::translate("Charts", "time since start (ms)"),
                                    chart, Qt::AlignBottom);
    QValueAxis *y = createValueAxis(cpu ? QCoreApplication::translate("Charts", "CPU (%)")
                                        : QCoreApplication::translate("Charts", "memory (MiB)"),
                                    chart, Qt::AlignLeft);
    double maxX = 1;
    double maxY = cpu ? 100 : 1;
    bool any = false;
    for (int side = 0; side < 2; ++side) {
        auto *series = new QLineSeries;
        series->setName(sideName(side));
        QPen pen(sideColor(side));
        pen.setWidthF(2);
        series->setPen(pen);
        const int run = medianRunIndex(comparison, side);
        const QList<ProbeSample> samples =
            run >= 0 ? traces.samples(side, run) : QList<ProbeSample>();
        QList<QPointF> points;
        points.reserve(samples.size());
        for (const ProbeSample &s : samples) {
            const double value = cpu ? s.cpuPercent : double(s.rssKib) / 1024.0;
            points.append({double(s.elapsedMs), value});
            maxX = std::max(maxX, double(s.elapsedMs));
            maxY = std::max(maxY, value);
        }
        any = any || !points.isEmpty();
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!any)
        chart->setTitle(chart->title() + QStringLiteral(" — ") +
                        QCoreApplication::translate("Charts", "no samples recorded"));
    setNiceRange(x, 0, maxX, true);
    setNiceRange(y, 0, maxY, true);
    return chart;
}

} // namespace fc::ui
