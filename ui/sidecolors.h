#pragma once

#include <QColor>

namespace fc::ui {

/// A is always blue and B always orange, everywhere (never red/green, which mean verdicts).
inline QColor sideColor(int side)
{
    return side == 0 ? QColor(0x3B, 0x82, 0xF6) : QColor(0xF5, 0x9E, 0x0B);
}

inline QString sideName(int side)
{
    return side == 0 ? QStringLiteral("A") : QStringLiteral("B");
}

} // namespace fc::ui
