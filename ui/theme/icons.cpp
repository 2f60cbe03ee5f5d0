#include "theme/icons.h"

#include "theme/svgiconengine.h"

#include <QFile>

namespace fc::ui {

QIcon shippedIcon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll()));
}

QIcon icon(const QString &themeName, const QString &fallback)
{
    // Only a theme that can actually be drawn counts: an SVG theme without Qt's SVG icon plugin
    // yields icons that exist but paint nothing.
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName)) {
        const QIcon themed = QIcon::fromTheme(themeName);
        if (!themed.pixmap(16, 16).isNull())
            return themed;
    }
    return shippedIcon(fallback);
}

} // namespace fc::ui
