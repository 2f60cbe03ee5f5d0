#include "history/backoff.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace fc {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
{}

std::chrono::milliseconds Backoff::delay(int failures, double unit) const
{
    const int exponent = std::clamp(failures - 1, 0, 62);
    // In double: 2^62 steps of any base would overflow an integer long before the cap applies.
    const double step =
        std::min(double(m_base.count()) * std::ldexp(1.0, exponent), double(m_cap.count()));
    const double factor = 0.5 + 0.5 * std::clamp(unit, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::llround(step * factor)));
}

std::chrono::milliseconds Backoff::delay(int failures) const
{
    return delay(failures, QRandomGenerator::global()->generateDouble());
}

} // namespace fc
