#pragma once

#include <chrono>

namespace fc {

/// Exponential backoff with jitter for retrying uploads: the n-th consecutive failure waits
/// base·2^(n−1), at most `cap`, scaled by a random factor in [0.5, 1] so that many clients that
/// lost the same server do not all come back in the same second.
class Backoff
{
public:
    explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(30),
                     std::chrono::milliseconds cap = std::chrono::hours(1));

    /// `unit` in [0, 1] picks the point in the jitter range (0 = half the step, 1 = the full step).
    std::chrono::milliseconds delay(int failures, double unit) const;
    /// The same with a random `unit`.
    std::chrono::milliseconds delay(int failures) const;

    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds cap() const { return m_cap; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
};

} // namespace fc
