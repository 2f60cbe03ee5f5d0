#include "charts/progressionchart.h"

#include "charts/chartstyle.h"
#include "charts/lightmarker.h"
#include "model/comparison.h"
#include "sidecolors.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <limits>

namespace fc::ui {

QChart *createProgressionChart(const Comparison &comparison)
{
    QChart *chart = createChart(QCoreApplication::translate("Charts", "Wall time run by run"));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // dots and lines
    QValueAxis *x =
        createValueAxis(QCoreApplication::translate("Charts", "run (warm-ups at 0 and below)"),
                        chart, Qt::AlignBottom);
    x->setLabelFormat(QStringLiteral("%.0f"));
    QValueAxis *y = createValueAxis(QCoreApplication::translate("Charts", "wall time (ms)"), chart,
                                    Qt::AlignLeft);
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    int minX = 1;
    int maxX = 1;
    for (int side = 0; side < 2; ++side) {
        const Side &s = comparison.sides[size_t(side)];
        int warmups = 0;
        for (const RunRecord &run : s.runs)
            warmups += run.warmup ? 1 : 0;
        auto *line = new QLineSeries;
        line->setName(sideName(side));
        QPen pen(sideColor(side));
        pen.setWidthF(1.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(6);
        line->setLightMarker(lightMarker(sideColor(side), sideColor(side), 6));
        auto *warm = new QScatterSeries;
        warm->setName(QCoreApplication::translate("Charts", "%1 warm-up").arg(sideName(side)));
        warm->setColor(Qt::transparent);
        warm->setBorderColor(sideColor(side));
        warm->setMarkerSize(8);
        warm->setLightMarker(lightMarker(Qt::transparent, sideColor(side), 8));
        int counted = 0;
        int warmNumber = 1 - warmups;
        for (const RunRecord &run : s.runs) {
            if (!run.succeeded())
                continue;
            if (run.warmup) {
                warm->append(warmNumber, run.wallMs);
                minX = std::min(minX, warmNumber);
                ++warmNumber;
            } else {
                line->append(++counted, run.wallMs);
                maxX = std::max(maxX, counted);
            }
            low = std::min(low, run.wallMs);
            high = std::max(high, run.wallMs);
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        chart->addSeries(warm);
        warm->attachAxis(x);
        warm->attachAxis(y);
        // No warm-ups: no legend entry for them.
        if (warm->count() == 0) {
            for (QLegendMarker *marker : chart->legend()->markers(warm))
                marker->setVisible(false);
        }
    }
    x->setRange(minX - 0.5, maxX + 0.5);
    if (maxX - minX < 12) {
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(0);
        x->setTickInterval(maxX - minX < 6 ? 1 : 2);
    } else {
        x->applyNiceNumbers();
    }
    if (low <= high)
        setNiceRange(y, low, high, false);
    return chart;
}

} // namespace fc::ui
