#include "side.h"

namespace fc {

QList<double> Side::values(Metric metric) const
{
    QList<double> out;
    out.reserve(runs.size());
    for (const RunRecord &run : runs) {
        if (run.warmup)
            continue;
        switch (metric) {
        case Metric::WallTime:
            out << run.wallMs;
            break;
        case Metric::CpuTime:
            out << run.cpuMs();
            break;
        case Metric::PeakMemory:
            out << run.memKiB;
            break;
        }
    }
    return out;
}

int Side::countedRuns() const
{
    return int(
        std::count_if(runs.cbegin(), runs.cend(), [](const RunRecord &r) { return !r.warmup; }));
}

} // namespace fc
