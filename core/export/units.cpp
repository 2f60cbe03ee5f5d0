#include "export/units.h"

#include "stats/verdict.h"

#include <QCoreApplication>
#include <cmath>

namespace fc {

QString formatMs(double ms)
{
    if (!std::isfinite(ms))
        return QStringLiteral("–");
    if (std::abs(ms) >= 1000)
        return stats::threeDigits(ms / 1000) + QStringLiteral(" s");
    if (std::abs(ms) < 1 && ms != 0)
        return stats::threeDigits(ms * 1000) + QStringLiteral(" µs");
    return stats::threeDigits(ms) + QStringLiteral(" ms");
}

QString formatKiB(double kib)
{
    if (!std::isfinite(kib))
        return QStringLiteral("–");
    if (std::abs(kib) >= 1024 * 1024)
        return stats::threeDigits(kib / (1024 * 1024)) + QStringLiteral(" GiB");
    if (std::abs(kib) >= 1024)
        return stats::threeDigits(kib / 1024) + QStringLiteral(" MiB");
    return stats::threeDigits(kib) + QStringLiteral(" KiB");
}

QString formatMetric(Metric metric, double value)
{
    return metric == Metric::PeakMemory ? formatKiB(value) : formatMs(value);
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::WallTime:
        return QCoreApplication::translate("Units", "Wall time");
    case Metric::CpuTime:
        return QCoreApplication::translate("Units", "CPU time");
    case Metric::PeakMemory:
        return QCoreApplication::translate("Units", "Peak memory");
    }
    return {};
}

} // namespace fc
