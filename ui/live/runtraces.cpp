#include "live/runtraces.h"

namespace fc::ui {

void RunTraces::clear()
{
    m_sides = {};
}

void RunTraces::addSample(int side, const ProbeSample &sample)
{
    if (side < 0 || side > 1)
        return;
    SideTrace &trace = m_sides[size_t(side)];
    if (trace.kept >= maxSamplesPerSide)
        return;
    trace.current.append(sample);
    ++trace.kept;
}

void RunTraces::runEnded(int side, int runIndex)
{
    if (side < 0 || side > 1)
        return;
    SideTrace &trace = m_sides[size_t(side)];
    if (!trace.current.isEmpty())
        trace.byRun.insert(runIndex, std::exchange(trace.current, {}));
}

QList<ProbeSample> RunTraces::samples(int side, int runIndex) const
{
    if (side < 0 || side > 1)
        return {};
    return m_sides[size_t(side)].byRun.value(runIndex);
}

bool RunTraces::isEmpty() const
{
    return m_sides[0].byRun.isEmpty() && m_sides[1].byRun.isEmpty();
}

} // namespace fc::ui
