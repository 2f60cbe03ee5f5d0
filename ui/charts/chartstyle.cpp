#include "charts/chartstyle.h"

#include "theme/thememanager.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace fc::ui {

void styleChart(QChart *chart, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(dark ? 0.14f : 0.12f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.4f);
    QColor minor = text;
    minor.setAlphaF(0.06f);

    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(QApplication::font());
    QFont axisFont = QApplication::font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(axisFont);
        axis->setTitleBrush(text);
        axis->setTitleFont(QApplication::font());
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minor);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
}

QChart *createChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    // Axis labels with the user's decimal separator, like the tables ("2,5 ms" in German).
    chart->setLocalizeNumbers(true);
    return chart;
}

QValueAxis *createValueAxis(const QString &title, QChart *chart, Qt::Alignment alignment)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.5g"));
    axis->setTickCount(5);
    chart->addAxis(axis, alignment);
    return axis;
}

void setNiceRange(QValueAxis *axis, double min, double max, bool fromZero)
{
    if (!std::isfinite(min) || !std::isfinite(max)) {
        axis->setRange(0, 1);
        return;
    }
    // Times and memory are never negative: head room must not invent an axis below zero.
    const bool nonNegative = min >= 0;
    if (fromZero)
        min = std::min(0.0, min);
    if (max <= min)
        max = min + (min == 0 ? 1.0 : std::abs(min) * 0.1);
    const double span = max - min;
    if (!fromZero)
        min -= span * 0.05;
    if (nonNegative)
        min = std::max(0.0, min);
    max += span * 0.05;
    axis->setRange(min, max);
    axis->applyNiceNumbers();
}

} // namespace fc::ui
