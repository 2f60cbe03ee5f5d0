#include "charts/lightmarker.h"

#include <QPainter>

namespace fc::ui {

QImage lightMarker(const QColor &fill, const QColor &border, int diameter)
{
    // Twice the size, so it stays sharp on high-DPI screens and in 2× exports.
    QImage image(diameter * 2, diameter * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(2.0);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(0.5, 0.5, diameter - 1.0, diameter - 1.0));
    return image;
}

} // namespace fc::ui
