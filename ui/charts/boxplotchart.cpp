#include "charts/boxplotchart.h"

#include "charts/chartstyle.h"
#include "charts/metricaxis.h"
#include "model/comparison.h"
#include "sidecolors.h"
#include "stats/quantile.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>
#include <algorithm>
#include <limits>

namespace fc::ui {

QChart *createBoxPlotChart(Metric metric, const Comparison &comparison)
{
    const MetricAxis axis = metricAxis(metric);
    QChart *chart = createChart(metricTitle(metric));
    auto *categories = new QBarCategoryAxis;
    // One unnamed category: the title names the metric and the legend the sides.
    categories->append(QStringLiteral(" "));
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignBottom);
    QValueAxis *y = createValueAxis(axis.title, chart, Qt::AlignLeft);
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (int side = 0; side < 2; ++side) {
        QList<double> values = comparison.sides[size_t(side)].values(metric);
        for (double &v : values)
            v *= axis.scale;
        std::sort(values.begin(), values.end());
        auto *series = new QBoxPlotSeries;
        series->setName(sideName(side));
        series->setBoxWidth(0.6);
        QColor fill = sideColor(side);
        fill.setAlphaF(0.45f);
        QPen pen(sideColor(side).darker(115));
        pen.setWidthF(1.5);
        series->setBrush(fill);
        series->setPen(pen);
        if (!values.isEmpty()) {
            auto *set = new QBoxSet(
                values.first(), stats::sortedQuantile(values, 0.25), stats::sortedMedian(values),
                stats::sortedQuantile(values, 0.75), values.last(), sideName(side));
            set->setBrush(fill);
            set->setPen(pen);
            series->append(set);
            low = std::min(low, values.first());
            high = std::max(high, values.last());
        }
        chart->addSeries(series);
        series->attachAxis(categories);
        series->attachAxis(y);
    }
    if (low <= high)
        setNiceRange(y, low, high, false);
    return chart;
}

} // namespace fc::ui
