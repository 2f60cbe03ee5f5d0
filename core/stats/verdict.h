#pragma once

#include "stats/metric.h"
#include "stats/sideid.h"

#include <QString>
#include <limits>

namespace fc {

struct MannWhitney;
struct RatioEstimate;

/// The answer to "which side is lower, by how much, and how sure are we", in a form a UI can
/// show as it is. Every state is an answer: "no significant difference" and "not enough runs"
/// are results, not errors.
struct Verdict
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    static constexpr double alpha = 0.05;
    /// The practical-difference threshold T as a fraction (0.01 = 1 %): "faster" needs the ratio's
    /// whole CI outside [1/(1+T), 1+T]. A difference that is real but possibly smaller than T is
    /// not worth choosing a side for, and "faster" is read as "worth choosing".
    static constexpr double defaultThreshold = 0.01;

    enum class State
    {
        Failed,                  ///< no measurements to compare (a side failed); see `reason`
        NotEnoughRuns,           ///< fewer than 4 runs on a side: no test was run
        NoSignificantDifference, ///< p >= alpha, or the ratio's CI contains 1
        NoMeaningfulDifference,  ///< significant, but the CI reaches into [1/(1+T), 1+T]
        Significant,             ///< p < alpha and the ratio's CI lies wholly outside ±T
    };
    using Side = SideId;

    State state = State::Failed;
    Metric metric = Metric::WallTime;
    Side faster = Side::None; ///< the lower side; None unless Significant
    double factor = nan;      ///< Significant: how many times lower the faster side is (>= 1)
    double factorLower = nan; ///< its 95% CI
    double factorUpper = nan;
    double ratio = nan; ///< median(B) / median(A), for every state where it exists
    double ratioLower = nan;
    double ratioUpper = nan;
    double p = nan;                      ///< Mann–Whitney two-sided p-value
    double threshold = defaultThreshold; ///< T, the fraction the rule was applied with
    qsizetype nA = 0;
    qsizetype nB = 0;
    QString reason; ///< Failed: why, in words (already translated by whoever set it)

    bool isSignificant() const { return state == State::Significant; }

    /// Decides from the test and the ratio estimate of one metric, with the practical threshold
    /// `threshold` (a fraction, >= 0; 0 gives the purely statistical rule).
    static Verdict decide(Metric metric, const RatioEstimate &ratio, const MannWhitney &test,
                          double threshold = defaultThreshold);
    /// The answer when there is nothing to compare, e.g. a side did not compile.
    static Verdict failed(Metric metric, const QString &reason);

    /// One plain sentence, e.g. "B is 2.31× faster than A (95% CI 2.27–2.35, p < 0.001,
    /// 20 runs each)", without a final full stop. Translatable (context "Verdict"); numbers have 3
    /// significant digits.
    QString sentence() const { return sentence(QStringLiteral("A"), QStringLiteral("B")); }
    /// The same with the sides' own names, e.g. the languages.
    QString sentence(const QString &nameA, const QString &nameB) const;
};

} // namespace fc
