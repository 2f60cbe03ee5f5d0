#include "export/units.h"

#include "export/numbers.h"

#include <QCoreApplication>
#include <cmath>

namespace fc {

namespace {

const QString kNone = QStringLiteral("–");

QString symbol(const char *text, const UnitStyle &style)
{
    return style.translated ? QCoreApplication::translate("Units", text) : QString::fromUtf8(text);
}

struct Scaled
{
    double factor; ///< what the value is multiplied by
    const char *unit;
};

Scaled scaleMs(double ms)
{
    const double a = std::abs(ms);
    if (a == 0)
        return {1.0, QT_TRANSLATE_NOOP("Units", "ms")};
    if (a < 1.0)
        return {1000.0, QT_TRANSLATE_NOOP("Units", "µs")};
    if (a < 1000.0)
        return {1.0, QT_TRANSLATE_NOOP("Units", "ms")};
    if (a < 120000.0)
        return {1.0 / 1000.0, QT_TRANSLATE_NOOP("Units", "s")};
    return {1.0 / 60000.0, QT_TRANSLATE_NOOP("Units", "min")};
}

Scaled scaleKiB(double kib)
{
    const double a = std::abs(kib);
    if (a < 1024.0)
        return {1.0, QT_TRANSLATE_NOOP("Units", "KiB")};
    if (a < 1024.0 * 1024.0)
        return {1.0 / 1024.0, QT_TRANSLATE_NOOP("Units", "MiB")};
    return {1.0 / (1024.0 * 1024.0), QT_TRANSLATE_NOOP("Units", "GiB")};
}

QString single(double value, Scaled scaled, const UnitStyle &style)
{
    if (!std::isfinite(value))
        return kNone;
    return threeDigits(value * scaled.factor) + style.space + symbol(scaled.unit, style);
}

QString range(double low, double high, Scaled scaled, const UnitStyle &style)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return kNone;
    return threeDigits(low * scaled.factor) + QStringLiteral("–") +
           threeDigits(high * scaled.factor) + style.space + symbol(scaled.unit, style);
}

} // namespace

QString formatMs(double ms, const UnitStyle &style)
{
    return single(ms, scaleMs(ms), style);
}

QString formatKiB(double kib, const UnitStyle &style)
{
    return single(kib, scaleKiB(kib), style);
}

QString formatMetric(Metric metric, double value, const UnitStyle &style)
{
    return metric == Metric::PeakMemory ? formatKiB(value, style) : formatMs(value, style);
}

QString formatMsRange(double lowMs, double highMs, const UnitStyle &style)
{
    return range(lowMs, highMs, scaleMs(highMs), style);
}

QString formatKiBRange(double lowKib, double highKib, const UnitStyle &style)
{
    return range(lowKib, highKib, scaleKiB(highKib), style);
}

QString formatFactor(double ratio)
{
    if (std::isnan(ratio))
        return kNone;
    return threeDigits(ratio) + QStringLiteral("×");
}

QString formatPercent(double value, const UnitStyle &style)
{
    if (std::isnan(value))
        return kNone;
    return threeDigits(value) + style.space + QStringLiteral("%");
}

QString formatElapsed(qint64 ms, const UnitStyle &style)
{
    if (ms < 0)
        return kNone;
    const QString seconds = symbol(QT_TRANSLATE_NOOP("Units", "s"), style);
    if (ms < 60000)
        return QString::number(double(ms) / 1000.0, 'f', 1) + style.space + seconds;
    const qint64 s = ms / 1000;
    return QStringLiteral("%1%2%3 %4%5%6")
        .arg(s / 60)
        .arg(style.space, symbol(QT_TRANSLATE_NOOP("Units", "min"), style))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(style.space, seconds);
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::WallTime:
        return QCoreApplication::translate("Units", "Wall time");
    case Metric::CpuTime:
        return QCoreApplication::translate("Units", "CPU time");
    case Metric::PeakMemory:
        return QCoreApplication::translate("Units", "Peak memory");
    }
    return {};
}

} // namespace fc
