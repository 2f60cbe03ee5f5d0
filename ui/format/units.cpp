#include "format/units.h"

#include "stats/verdict.h"

#include <QCoreApplication>
#include <cmath>

namespace fc::ui::units {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Units", text);
}

// The unit that keeps the number between 1 and 1000 (so "1.23 s", not "1230 ms").
struct Scaled
{
    double value;
    QString unit;
};

Scaled scaleDuration(double ms)
{
    const double a = std::abs(ms);
    if (a == 0 || std::isnan(a))
        return {ms, translated(QT_TRANSLATE_NOOP("Units", "ms"))};
    if (a < 1.0)
        return {ms * 1000.0, translated(QT_TRANSLATE_NOOP("Units", "µs"))};
    if (a < 1000.0)
        return {ms, translated(QT_TRANSLATE_NOOP("Units", "ms"))};
    if (a < 120000.0)
        return {ms / 1000.0, translated(QT_TRANSLATE_NOOP("Units", "s"))};
    return {ms / 60000.0, translated(QT_TRANSLATE_NOOP("Units", "min"))};
}

Scaled scaleMemory(double kib)
{
    const double a = std::abs(kib);
    if (a < 1024.0 || std::isnan(a))
        return {kib, translated(QT_TRANSLATE_NOOP("Units", "KiB"))};
    if (a < 1024.0 * 1024.0)
        return {kib / 1024.0, translated(QT_TRANSLATE_NOOP("Units", "MiB"))};
    return {kib / (1024.0 * 1024.0), translated(QT_TRANSLATE_NOOP("Units", "GiB"))};
}

QString withUnit(const Scaled &s)
{
    if (std::isnan(s.value))
        return QStringLiteral("–");
    // A narrow no-break space keeps number and unit together.
    return stats::threeDigits(s.value) + QChar(0x202F) + s.unit;
}

} // namespace

QString duration(double ms)
{
    return withUnit(scaleDuration(ms));
}

QString memory(double kib)
{
    return withUnit(scaleMemory(kib));
}

QString factor(double ratio)
{
    if (std::isnan(ratio))
        return QStringLiteral("–");
    return stats::threeDigits(ratio) + QStringLiteral("×");
}

QString percent(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    return stats::threeDigits(value) + QChar(0x202F) + QStringLiteral("%");
}

QString durationRange(double lowMs, double highMs)
{
    if (std::isnan(lowMs) || std::isnan(highMs))
        return QStringLiteral("–");
    // Both ends in the unit of the upper end, so the range reads at a glance.
    const Scaled high = scaleDuration(highMs);
    const double k = highMs == 0 ? 1.0 : high.value / highMs;
    return stats::threeDigits(lowMs * k) + QStringLiteral("–") + stats::threeDigits(high.value) +
           QChar(0x202F) + high.unit;
}

QString memoryRange(double lowKib, double highKib)
{
    if (std::isnan(lowKib) || std::isnan(highKib))
        return QStringLiteral("–");
    const Scaled high = scaleMemory(highKib);
    const double k = highKib == 0 ? 1.0 : high.value / highKib;
    return stats::threeDigits(lowKib * k) + QStringLiteral("–") + stats::threeDigits(high.value) +
           QChar(0x202F) + high.unit;
}

QString elapsed(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 60000)
        return QString::number(double(ms) / 1000.0, 'f', 1) + QChar(0x202F) +
               translated(QT_TRANSLATE_NOOP("Units", "s"));
    const qint64 s = ms / 1000;
    return QStringLiteral("%1%2%3 %4%5%6")
        .arg(s / 60)
        .arg(QChar(0x202F))
        .arg(translated(QT_TRANSLATE_NOOP("Units", "min")))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(QChar(0x202F))
        .arg(translated(QT_TRANSLATE_NOOP("Units", "s")));
}

} // namespace fc::ui::units
