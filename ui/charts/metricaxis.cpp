#include "charts/metricaxis.h"

#include <QCoreApplication>

namespace fc::ui {

MetricAxis metricAxis(Metric metric)
{
    switch (metric) {
    case Metric::WallTime:
        return {QCoreApplication::translate("Charts", "wall time (ms)"), 1.0};
    case Metric::CpuTime:
        return {QCoreApplication::translate("Charts", "CPU time (ms)"), 1.0};
    case Metric::PeakMemory:
        return {QCoreApplication::translate("Charts", "peak memory (MiB)"), 1.0 / 1024.0};
    }
    return {};
}

QString metricTitle(Metric metric)
{
    switch (metric) {
    case Metric::WallTime:
        return QCoreApplication::translate("Charts", "Wall time");
    case Metric::CpuTime:
        return QCoreApplication::translate("Charts", "CPU time");
    case Metric::PeakMemory:
        return QCoreApplication::translate("Charts", "Peak memory");
    }
    return {};
}

QString metricSlug(Metric metric)
{
    switch (metric) {
    case Metric::WallTime:
        return QStringLiteral("wall-time");
    case Metric::CpuTime:
        return QStringLiteral("cpu-time");
    case Metric::PeakMemory:
        return QStringLiteral("peak-memory");
    }
    return {};
}

} // namespace fc::ui
