#include "model/health.h"

#include "export/numbers.h"
#include "model/comparison.h"
#include "model/enumtext.h"
#include "stats/adaptive.h"
#include "stats/comparisonstats.h"
#include "stats/quantile.h"
#include "stats/verdict.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

using namespace Qt::StringLiterals;

QString sideName(SideId side)
{
    return side == SideId::A ? QStringLiteral("A") : QStringLiteral("B");
}

QString percent(double fraction)
{
    return threeDigits(fraction * 100);
}

// As the JSON spells them.
constexpr EnumText<HealthWarning::Kind> kHealthKindNames[] = {
    {HealthWarning::Kind::OtherLoad, "other-load"_L1},
    {HealthWarning::Kind::CpuFrequency, "cpu-frequency"_L1},
    {HealthWarning::Kind::FrequencyUnreadable, "frequency-not-readable"_L1},
    {HealthWarning::Kind::Drift, "drift"_L1},
    {HealthWarning::Kind::TooFewRuns, "too-few-runs"_L1},
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return stats::sortedMedian(values);
}

} // namespace

QString healthKindName(HealthWarning::Kind kind)
{
    return textOf(kHealthKindNames, kind);
}

namespace health {

std::optional<HealthWarning> otherLoad(const MeasurementConditions &c)
{
    if (c.samples == 0)
        return std::nullopt;
    const QString load = c.loadAvgMax ? QString::number(*c.loadAvgMax, 'f', 2)
                                      : QCoreApplication::translate("Health", "unknown");
    if (const auto other = c.otherCpuCores()) {
        if (*other < otherLoadCores)
            return std::nullopt;
        return HealthWarning{
            HealthWarning::Kind::OtherLoad, SideId::None,
            QCoreApplication::translate(
                "Health",
                "Other load on the machine: other processes used %1 of %2 cores on average while "
                "the runs were measured (load average up to %3); timings are noisier and can be "
                "biased")
                .arg(QString::number(*other, 'f', 2), QString::number(c.cpus), load)};
    }
    if (c.loadAvgMax && *c.loadAvgMax >= 1.0 + otherLoadAverage) {
        return HealthWarning{HealthWarning::Kind::OtherLoad, SideId::None,
                             QCoreApplication::translate(
                                 "Health",
                                 "Other load on the machine: the load average reached %1 while "
                                 "the runs were measured (ours accounts for about 1); timings are "
                                 "noisier and can be biased")
                                 .arg(load)};
    }
    return std::nullopt;
}

std::optional<HealthWarning> frequency(const MeasurementConditions &c)
{
    if (c.samples == 0)
        return std::nullopt;
    if (!c.frequencyReadable || !c.frequencyMinMHz || !c.frequencyMaxMHz) {
        return HealthWarning{
            HealthWarning::Kind::FrequencyUnreadable, SideId::None,
            QCoreApplication::translate("Health",
                                        "CPU frequency not readable on this machine (no cpufreq "
                                        "scaling_cur_freq): clock changes could not be checked")};
    }
    const double spread = (*c.frequencyMaxMHz - *c.frequencyMinMHz) / *c.frequencyMaxMHz;
    if (spread <= frequencySpread)
        return std::nullopt;
    return HealthWarning{
        HealthWarning::Kind::CpuFrequency, SideId::None,
        QCoreApplication::translate(
            "Health",
            "CPU frequency changed during the runs: the fastest core ran between %1 and %2 MHz "
            "(%3% apart); a run's speed depends on the clock it got")
            .arg(QString::number(*c.frequencyMinMHz, 'f', 0),
                 QString::number(*c.frequencyMaxMHz, 'f', 0), percent(spread))};
}

std::optional<HealthWarning> drift(SideId side, const QList<double> &values, double threshold)
{
    const qsizetype half = values.size() / 2;
    if (half < MannWhitney::minRunsPerSide)
        return std::nullopt;
    const QList<double> first = values.first(half);
    const QList<double> second = values.last(half);
    const MannWhitney test = mannWhitney(first, second);
    const double m1 = median(first);
    const double m2 = median(second);
    if (!test.isValid() || !(test.p < driftAlpha) || !(m1 > 0) || !(m2 > 0))
        return std::nullopt;
    const double ratio = m2 / m1;
    const double band = 1.0 + std::max(0.0, threshold);
    if (ratio < band && ratio > 1.0 / band)
        return std::nullopt;
    const QString direction = ratio > 1 ? QCoreApplication::translate("Health", "slower")
                                        : QCoreApplication::translate("Health", "faster");
    return HealthWarning{
        HealthWarning::Kind::Drift, side,
        QCoreApplication::translate(
            "Health",
            "%1 drifted during the runs: its second half of runs was %2% %3 than its first "
            "(medians, %4); the machine changed while measuring")
            .arg(sideName(side), percent(std::abs(ratio - 1.0)), direction, formatP(test.p))};
}

QList<HealthWarning> precision(const RunPlan &plan, const MetricComparison &wall)
{
    QList<HealthWarning> out;
    if (plan.mode == RunPlan::Mode::Adaptive) {
        const double target = plan.targetCiPercent / 100.0;
        for (SideId side : {SideId::A, SideId::B}) {
            const Summary &s = side == SideId::A ? wall.a : wall.b;
            const double width = relativeHalfWidth(s);
            if (s.n == 0 || !(width > target))
                continue;
            const QString known =
                std::isfinite(width)
                    ? QCoreApplication::translate("Health", "known to ±%1%").arg(percent(width))
                    : QCoreApplication::translate("Health", "without a confidence interval yet");
            out << HealthWarning{
                HealthWarning::Kind::TooFewRuns, SideId::None,
                QCoreApplication::translate(
                    "Health", "Too few runs for the precision asked: %1's median is %2, "
                              "not within the ±%3% asked (the run limit or the time budget "
                              "ended the runs first)")
                    .arg(sideName(side), known, threeDigits(plan.targetCiPercent))};
        }
    }
    const Verdict &v = wall.verdict;
    const bool noDifference = v.state == Verdict::State::NoSignificantDifference ||
                              v.state == Verdict::State::NoMeaningfulDifference;
    const double band = 1.0 + v.threshold;
    if (noDifference && v.threshold > 0 && std::isfinite(v.ratioLower) &&
        std::isfinite(v.ratioUpper) && (v.ratioLower < 1.0 / band || v.ratioUpper > band)) {
        out << HealthWarning{
            HealthWarning::Kind::TooFewRuns, SideId::None,
            QCoreApplication::translate(
                "Health",
                "Too few runs to rule out a difference above %1%: the ratio's 95% CI %2–%3 "
                "reaches beyond it; more runs would narrow it")
                .arg(percentText(v.threshold * 100), ratioDigits(v.ratioLower),
                     ratioDigits(v.ratioUpper))};
    }
    return out;
}

} // namespace health

QList<HealthWarning> assessHealth(const Comparison &c, const MetricComparison &wall)
{
    QList<HealthWarning> out;
    if (const auto w = health::otherLoad(c.conditions))
        out << *w;
    if (const auto w = health::frequency(c.conditions))
        out << *w;
    if (wall.verdict.state == Verdict::State::Failed)
        return out;
    for (SideId side : {SideId::A, SideId::B}) {
        const Side &s = side == SideId::A ? c.a() : c.b();
        if (const auto w = health::drift(side, s.values(Metric::WallTime), wall.verdict.threshold))
            out << *w;
    }
    out << health::precision(c.plan, wall);
    return out;
}

} // namespace fc
