#pragma once

#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QPalette;
class QValueAxis;

namespace fc::ui {

/// Colours a chart from the application palette (light or dark): background, plot area, axes,
/// grid, title and legend. Series colours are left alone (A/B colours are set by whoever adds
/// them).
void styleChart(QChart *chart, const QPalette &palette);

/// A chart with the project's defaults: title, legend at the bottom, no animation, small margins.
QChart *createChart(const QString &title);

/// A value axis with a title (which carries the unit) and nice tick numbers.
QValueAxis *createValueAxis(const QString &title, QChart *chart, Qt::Alignment alignment);

/// Sets the range [min, max] with a little head room and nice numbers.
void setNiceRange(QValueAxis *axis, double min, double max, bool fromZero);

} // namespace fc::ui
