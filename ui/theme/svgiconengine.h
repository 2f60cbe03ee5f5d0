#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>

namespace fc::ui {

/// Draws a shipped SVG with QSvgRenderer, replacing "currentColor" with the palette's text
/// colour (disabled text colour for disabled icons). Needs no image-format plugin.
class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("fc-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray coloured(QIcon::Mode mode) const;

    QByteArray m_svg;
};

} // namespace fc::ui
