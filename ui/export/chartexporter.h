#pragma once

#include <QString>

class QChartView;

namespace fc::ui {

enum class ChartFormat
{
    Png,
    Svg,
    Pdf
};

/// The format a file name asks for by its suffix (PNG when unknown).
ChartFormat chartFormatFromPath(const QString &path);

/// Writes the chart as shown (its current size) to `path`: PNG at `scale` × the view's size
/// (2 by default, sharp on high-DPI screens and in documents), SVG as vectors, PDF as one
/// vector page of the chart's size. False with `error` set when the file cannot be written.
bool exportChart(QChartView *view, const QString &path, ChartFormat format,
                 QString *error = nullptr, qreal scale = 2.0);

/// Puts a 2× PNG image of the chart on the clipboard.
void copyChartToClipboard(QChartView *view);

} // namespace fc::ui
