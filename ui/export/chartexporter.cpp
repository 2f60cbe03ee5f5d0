#include "export/chartexporter.h"

#include "export/atomicwrite.h"

#include <QApplication>
#include <QBuffer>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace fc::ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ChartExporter", text);
}

QImage renderImage(QChartView *view, qreal scale)
{
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->chart()->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(view->size())), view->viewport()->rect());
    return image;
}

} // namespace

ChartFormat chartFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return ChartFormat::Png;
}

bool exportChart(QChartView *view, const QString &path, ChartFormat format, QString *error,
                 qreal scale)
{
    const QRect source = view->viewport()->rect();
    const QSize size = view->size();
    switch (format) {
    case ChartFormat::Png: {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!renderImage(view, scale).save(&buffer, "PNG")) {
                if (error)
                    *error = translated(
                        QT_TRANSLATE_NOOP("ChartExporter", "Could not encode the PNG image"));
                return false;
            }
        }
        return writeAtomically(path, bytes, error);
    }
    case ChartFormat::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(view->chart()->title());
        generator.setDescription(
            translated(QT_TRANSLATE_NOOP("ChartExporter", "Chart exported from faster.codes")));
        {
            QPainter painter(&generator);
            view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        }
        return writeAtomically(path, buffer.data(), error);
    }
    case ChartFormat::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setTitle(view->chart()->title());
            writer.setCreator(QStringLiteral("faster.codes"));
            writer.setResolution(96);
            // One page the size of the chart, so it drops into documents without margins.
            writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            const QRect page = painter.viewport();
            view->render(&painter, QRectF(page), source, Qt::KeepAspectRatio);
        }
        return writeAtomically(path, buffer.data(), error);
    }
    }
    return false;
}

void copyChartToClipboard(QChartView *view)
{
    QApplication::clipboard()->setImage(renderImage(view, 2.0));
}

} // namespace fc::ui
