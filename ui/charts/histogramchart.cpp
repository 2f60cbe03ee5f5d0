#include "charts/histogramchart.h"

#include "charts/chartstyle.h"
#include "model/comparison.h"
#include "sidecolors.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace fc::ui {

QList<double> histogramEdges(const QList<double> &values, bool logScale)
{
    if (values.isEmpty())
        return {};
    auto [lowIt, highIt] = std::minmax_element(values.begin(), values.end());
    double low = *lowIt;
    double high = *highIt;
    if (logScale && low <= 0)
        logScale = false;
    const int bins = std::clamp(int(std::ceil(std::sqrt(double(values.size())))), 5, 30);
    if (high <= low) {
        const double pad = low == 0 ? 0.5 : std::abs(low) * 0.05;
        low -= pad;
        high += pad;
        if (logScale && low <= 0)
            logScale = false;
    }
    QList<double> edges;
    edges.reserve(bins + 1);
    for (int i = 0; i <= bins; ++i) {
        const double f = double(i) / bins;
        edges << (logScale ? std::exp(std::log(low) + f * (std::log(high) - std::log(low)))
                           : low + f * (high - low));
    }
    // Exact ends, so rounding never drops the minimum or maximum.
    edges.first() = low;
    edges.last() = high;
    return edges;
}

QList<int> histogramCounts(const QList<double> &values, const QList<double> &edges)
{
    QList<int> counts(std::max<qsizetype>(0, edges.size() - 1), 0);
    if (counts.isEmpty())
        return counts;
    for (double v : values) {
        if (v < edges.first() || v > edges.last())
            continue;
        auto it = std::upper_bound(edges.begin(), edges.end(), v);
        qsizetype bin = std::distance(edges.begin(), it) - 1;
        bin = std::clamp<qsizetype>(bin, 0, counts.size() - 1);
        ++counts[bin];
    }
    return counts;
}

QChart *createHistogramChart(const Comparison &comparison)
{
    const QList<double> a = comparison.a().values(Metric::WallTime);
    const QList<double> b = comparison.b().values(Metric::WallTime);
    QList<double> all = a + b;
    QChart *chart =
        createChart(QCoreApplication::translate("Charts", "Distribution of wall times"));

    bool logScale = false;
    if (!a.isEmpty() && !b.isEmpty()) {
        const auto [aLow, aHigh] = std::minmax_element(a.begin(), a.end());
        const auto [bLow, bHigh] = std::minmax_element(b.begin(), b.end());
        const double lo = std::min(*aLow, *bLow);
        const double hi = std::max(*aHigh, *bHigh);
        logScale = lo > 0 && hi / lo >= 10.0;
    }
    const QList<double> edges = histogramEdges(all, logScale);

    QAbstractAxis *x = nullptr;
    if (logScale) {
        auto *logAxis = new QLogValueAxis;
        logAxis->setTitleText(QCoreApplication::translate("Charts", "wall time (ms, log scale)"));
        logAxis->setLabelFormat(QStringLiteral("%.3g"));
        logAxis->setBase(10);
        logAxis->setMinorTickCount(-1);
        chart->addAxis(logAxis, Qt::AlignBottom);
        if (!edges.isEmpty())
            logAxis->setRange(edges.first(), edges.last());
        x = logAxis;
    } else {
        QValueAxis *valueAxis = createValueAxis(
            QCoreApplication::translate("Charts", "wall time (ms)"), chart, Qt::AlignBottom);
        if (!edges.isEmpty())
            setNiceRange(valueAxis, edges.first(), edges.last(), false);
        x = valueAxis;
    }
    QValueAxis *y =
        createValueAxis(QCoreApplication::translate("Charts", "runs"), chart, Qt::AlignLeft);
    y->setLabelFormat(QStringLiteral("%.0f"));
    int maxCount = 1;
    for (int side = 0; side < 2; ++side) {
        const QList<int> counts = histogramCounts(side == 0 ? a : b, edges);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (qsizetype i = 0; i < counts.size(); ++i) {
            upper->append(edges[i], counts[i]);
            upper->append(edges[i + 1], counts[i]);
            lower->append(edges[i], 0);
            lower->append(edges[i + 1], 0);
            maxCount = std::max(maxCount, counts[i]);
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(sideName(side));
        QColor fill = sideColor(side);
        fill.setAlphaF(0.35f);
        area->setBrush(fill);
        QPen pen(sideColor(side));
        pen.setWidthF(1.5);
        area->setPen(pen);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    // Whole-number ticks: counts of runs have no fractions.
    int step = 1;
    for (int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        step = candidate;
        if (maxCount / candidate <= 5)
            break;
    }
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setRange(0, (maxCount / step + 1) * step);
    return chart;
}

} // namespace fc::ui
