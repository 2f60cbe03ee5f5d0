#include "format/units.h"

#include "export/units.h"

namespace fc::ui::units {

// The rules are the core's (export/units.h); the window writes them in the display style.

QString duration(double ms)
{
    return formatMs(ms, UnitStyle::display());
}

QString memory(double kib)
{
    return formatKiB(kib, UnitStyle::display());
}

QString factor(double ratio)
{
    return formatFactor(ratio);
}

QString percent(double value)
{
    return formatPercent(value, UnitStyle::display());
}

QString durationRange(double lowMs, double highMs)
{
    return formatMsRange(lowMs, highMs, UnitStyle::display());
}

QString memoryRange(double lowKib, double highKib)
{
    return formatKiBRange(lowKib, highKib, UnitStyle::display());
}

QString elapsed(qint64 ms)
{
    return formatElapsed(ms, UnitStyle::display());
}

} // namespace fc::ui::units
