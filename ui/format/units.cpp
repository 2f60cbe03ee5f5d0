#include "format/units.h"

#include "export/units.h"

#include <QRegularExpression>

namespace fc::ui::units {

// The rules are the core's (export/units.h); the window writes them in the display style and
// with the user's decimal separator.

QString duration(double ms)
{
    return localized(formatMs(ms, UnitStyle::display()));
}

QString memory(double kib)
{
    return localized(formatKiB(kib, UnitStyle::display()));
}

QString factor(double ratio)
{
    return localized(formatFactor(ratio));
}

QString percent(double value)
{
    return localized(formatPercent(value, UnitStyle::display()));
}

QString durationRange(double lowMs, double highMs)
{
    return localized(formatMsRange(lowMs, highMs, UnitStyle::display()));
}

QString memoryRange(double lowKib, double highKib)
{
    return localized(formatKiBRange(lowKib, highKib, UnitStyle::display()));
}

QString elapsed(qint64 ms)
{
    return localized(formatElapsed(ms, UnitStyle::display()));
}

QString localized(const QString &text)
{
    const QString point = QLocale().decimalPoint();
    if (point == QLatin1String("."))
        return text;
    static const QRegularExpression betweenDigits(QStringLiteral("(?<=\\d)\\.(?=\\d)"));
    QString out = text;
    return out.replace(betweenDigits, point);
}

} // namespace fc::ui::units
