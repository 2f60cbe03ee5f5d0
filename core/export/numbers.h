#pragma once

#include <QString>

namespace fc {

// How numbers are written everywhere (reports, exports, the window, the verdict): one set of
// rules, with a point as the decimal separator. The window swaps in the user's separator.

/// `value` to 3 significant digits without exponent ("2.31", "0.0123", "1230"); "–" if NaN.
QString threeDigits(double value);
/// "p < 0.001" or "p = 0.0123".
QString formatP(double p);

} // namespace fc
