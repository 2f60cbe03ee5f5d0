#pragma once

#include <QColor>
#include <QImage>

namespace fc::ui {

/// A round marker image for QXYSeries::setLightMarker(): drawn straight from the image instead of
/// one graphics item per point, which keeps a 1000-point scatter cheap to redraw.
QImage lightMarker(const QColor &fill, const QColor &border, int diameter);

} // namespace fc::ui
