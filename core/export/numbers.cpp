#include "export/numbers.h"

#include <algorithm>
#include <cmath>

namespace fc {

QString threeDigits(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    if (value == 0.0)
        return QStringLiteral("0.00");
    int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    // Rounding can carry into the next decade (9.996 -> 10.0): redo with one decimal less.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int decimals = std::max(0, 2 - exponent);
        const QString text = QString::number(value, 'f', decimals);
        if (std::abs(text.toDouble()) < std::pow(10.0, exponent + 1))
            return text;
        ++exponent;
    }
    return QString::number(value, 'f', std::max(0, 2 - exponent));
}

QString formatP(double p)
{
    if (p < 0.001)
        return QStringLiteral("p < 0.001");
    return QStringLiteral("p = %1").arg(threeDigits(p));
}

QString ratioDigits(double ratio)
{
    if (!std::isfinite(ratio))
        return threeDigits(ratio);
    const double distance = std::abs(ratio - 1.0);
    int decimals = 2;
    if (distance > 0)
        decimals = std::clamp(1 - int(std::floor(std::log10(distance))), 2, 6);
    return QString::number(ratio, 'f', decimals);
}

QString percentText(double percent)
{
    return QString::number(percent, 'g', 3);
}

} // namespace fc
