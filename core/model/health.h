#pragma once

#include "model/measurementconditions.h"
#include "stats/sideid.h"

#include <QList>
#include <QString>
#include <optional>

namespace fc {

struct Comparison;
struct MetricComparison;
struct RunPlan;

/// One thing about how the runs were measured that the reader of a verdict should know, with its
/// cause in words (translated, context "Health").
struct HealthWarning
{
    enum class Kind
    {
        OtherLoad,           ///< other processes used the CPUs while the runs were measured
        CpuFrequency,        ///< the CPU clock changed during the runs
        FrequencyUnreadable, ///< a note: the clock could not be checked on this machine
        Drift,               ///< a side's first half of runs differs from its second half
        TooFewRuns,          ///< the intervals are wider than asked, or than the verdict needs
    };
    Kind kind = Kind::OtherLoad;
    SideId side = SideId::None; ///< Drift: which side; otherwise None
    QString message;

    /// A note says what could not be checked; the others say what was found.
    bool isNote() const { return kind == Kind::FrequencyUnreadable; }
    bool operator==(const HealthWarning &) const = default;
};

/// "other-load", "cpu-frequency", "frequency-not-readable", "drift", "too-few-runs".
QString healthKindName(HealthWarning::Kind kind);

/// The rules, each from fixed inputs (docs/statistics.md, "Measurement health").
namespace health {
/// Other processes' CPU, averaged over the runs, from which on a warning is given (in cores).
constexpr double otherLoadCores = 0.25;
/// Without /proc/stat: a 1-minute load average this far above the one core our runs keep busy.
constexpr double otherLoadAverage = 0.75;
/// The fastest core's clock varying by more than this fraction across the samples.
constexpr double frequencySpread = 0.05;
/// Drift: the halves' Mann–Whitney p below this (stricter than the verdict's 0.05: it is one of
/// several checks) and their medians' ratio beyond the practical threshold.
constexpr double driftAlpha = 0.01;

std::optional<HealthWarning> otherLoad(const MeasurementConditions &conditions);
/// A warning when the clock varied, a note when it could not be read; nothing when steady or
/// nothing was sampled.
std::optional<HealthWarning> frequency(const MeasurementConditions &conditions);
/// `values` in schedule order (counted runs only); `threshold` a fraction (Verdict::threshold).
std::optional<HealthWarning> drift(SideId side, const QList<double> &values, double threshold);
/// The median CIs wider than an adaptive plan's target, or a "no difference" verdict whose ratio
/// CI still reaches beyond the threshold (more runs could change the answer).
QList<HealthWarning> precision(const RunPlan &plan, const MetricComparison &wall);
} // namespace health

/// Every rule above applied to a finished comparison and its wall-time statistics.
QList<HealthWarning> assessHealth(const Comparison &comparison, const MetricComparison &wall);

} // namespace fc
