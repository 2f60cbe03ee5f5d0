#pragma once

#include <QLocale>
#include <QString>

namespace fc::ui::units {

/// The core's figures (export/units.h) as the window shows them: a narrow no-break space and
/// units in the user's language.
/// Milliseconds with a unit and 3 significant digits: "812 µs", "12.3 ms", "1.23 s", "2.05 min".
QString duration(double ms);
/// Peak memory given in KiB: "812 KiB", "35.0 MiB", "1.21 GiB".
QString memory(double kib);
/// A ratio: "2.31×".
QString factor(double ratio);
/// "12.3 %".
QString percent(double value);
/// An interval with the same formatting on both ends: "2.27–2.35 ms".
QString durationRange(double lowMs, double highMs);
QString memoryRange(double lowKib, double highKib);
/// Elapsed time for progress: "4.2 s", "1 min 05 s".
QString elapsed(qint64 ms);
/// The numbers in `text` (digits as the core writes them: "2.31", "p < 0.001") with the
/// decimal separator of the default QLocale: "2,31" in German and French. Only a point
/// between two digits changes; every formatter above goes through it.
QString localized(const QString &text);

} // namespace fc::ui::units
