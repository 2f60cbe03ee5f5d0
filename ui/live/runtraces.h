#pragma once

#include "probe/proberesult.h"

#include <QHash>
#include <QList>
#include <array>

namespace fc::ui {

/// The live samples of every run of a comparison, kept by side and run index so that the
/// charts after the run can show the CPU/memory time series of any run (e.g. the median one).
/// Samples arrive for the run in progress; runEnded() files them under the run's index.
class RunTraces
{
public:
    /// Samples beyond this many per side are not kept (the live chart still shows them).
    static constexpr qsizetype maxSamplesPerSide = 200000;

    void clear();
    void addSample(int side, const ProbeSample &sample);
    void runEnded(int side, int runIndex);
    /// The samples of one run; empty when none were recorded.
    QList<ProbeSample> samples(int side, int runIndex) const;
    bool isEmpty() const;

private:
    struct SideTrace
    {
        QList<ProbeSample> current;
        QHash<int, QList<ProbeSample>> byRun;
        qsizetype kept = 0;
    };
    std::array<SideTrace, 2> m_sides;
};

} // namespace fc::ui
