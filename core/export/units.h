#pragma once

#include "stats/metric.h"

#include <QString>

namespace fc {

// Figures with their units, 3 significant digits, in the unit that keeps the number between 1
// and 1000 ("1.23 s", not "1230 ms"; minutes from 120 s). One set of rules for the reports, the
// exports, the command line and the window; only the spacing and the unit's language differ.
// Time is in ms and memory in KiB, as in the comparison's records.

/// How a figure is written. `plain()`: a space and the international symbols, for files and the
/// terminal (what a script reads back). `display()`: a narrow no-break space that keeps number
/// and unit on one line, and the symbols in the user's language (context "Units").
struct UnitStyle
{
    QString space = QStringLiteral(" ");
    bool translated = false;

    static UnitStyle plain() { return {}; }
    static UnitStyle display() { return {QString(QChar(0x202F)), true}; }
};

/// Milliseconds: "812 µs", "12.3 ms", "1.23 s", "2.05 min"; "–" when not finite.
QString formatMs(double ms, const UnitStyle &style = {});
/// KiB: "812 KiB", "35.2 MiB", "1.20 GiB"; "–" when not finite.
QString formatKiB(double kib, const UnitStyle &style = {});
/// A value of a metric: memory as KiB, times as ms.
QString formatMetric(Metric metric, double value, const UnitStyle &style = {});
/// An interval with both ends in the unit of the upper end, so it reads at a glance:
/// "2.27–2.35 ms".
QString formatMsRange(double lowMs, double highMs, const UnitStyle &style = {});
QString formatKiBRange(double lowKib, double highKib, const UnitStyle &style = {});
/// A ratio: "2.31×".
QString formatFactor(double ratio);
/// "12.3 %".
QString formatPercent(double value, const UnitStyle &style = {});
/// Time taken, for progress: "4.2 s", "1 min 05 s".
QString formatElapsed(qint64 ms, const UnitStyle &style = {});
/// A metric's name for people: "Wall time", "CPU time", "Peak memory".
QString metricName(Metric metric);

} // namespace fc
