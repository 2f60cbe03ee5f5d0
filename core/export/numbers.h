#pragma once

#include <QString>

namespace fc {

// How numbers are written everywhere (reports, exports, the window, the verdict): one set of
// rules, with a point as the decimal separator. The window swaps in the user's separator.

/// `value` to 3 significant digits without exponent ("2.31", "0.0123", "1230"); "–" if NaN.
QString threeDigits(double value);
/// "p < 0.001" or "p = 0.0123".
QString formatP(double p);
/// A ratio near 1 with enough decimals that its distance from 1 keeps 2 significant digits
/// ("1.00020", "0.9989", "1.0011"), at least 2 and at most 6 decimals; "–" if NaN.
QString ratioDigits(double ratio);
/// A percentage without trailing zeros: "1", "0.5", "2.5".
QString percentText(double percent);

} // namespace fc
