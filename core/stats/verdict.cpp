#include "stats/verdict.h"

#include "export/numbers.h"
#include "stats/mannwhitney.h"
#include "stats/ratioestimate.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// "20 runs each", or "12 runs of A, 15 of B". The English source texts read right without a
// translator for n > 1 (a verdict needs at least 4 runs per side); fastercodes_en.ts has the
// singular forms.
QString runsText(qsizetype nA, qsizetype nB, const QString &nameA, const QString &nameB)
{
    if (nA == nB)
        return QCoreApplication::translate("Verdict", "%n runs each", nullptr, int(nA));
    //: The run count of each side: %n runs of side %1, %2 runs of side %3.
    return QCoreApplication::translate("Verdict", "%n runs of %1, %2 of %3", nullptr, int(nA))
        .arg(nameA, QString::number(nB), nameB);
}

QString metricNoun(Metric metric)
{
    switch (metric) {
    case Metric::WallTime:
        return QCoreApplication::translate("Verdict", "wall time");
    case Metric::CpuTime:
        return QCoreApplication::translate("Verdict", "CPU time");
    case Metric::PeakMemory:
        return QCoreApplication::translate("Verdict", "peak memory");
    }
    return {};
}

} // namespace

Verdict Verdict::decide(Metric metric, const RatioEstimate &ratio, const MannWhitney &test,
                        double threshold)
{
    Verdict v;
    v.metric = metric;
    v.threshold = std::isfinite(threshold) && threshold > 0 ? threshold : 0.0;
    v.nA = test.nA;
    v.nB = test.nB;
    v.ratio = ratio.ratio;
    v.ratioLower = ratio.ci.lower;
    v.ratioUpper = ratio.ci.upper;
    v.p = test.p;
    if (v.nA == 0 || v.nB == 0) {
        v.state = State::Failed;
        v.reason = QCoreApplication::translate("Verdict", "a side has no measurements");
        return v;
    }
    if (!test.isValid()) {
        v.state = State::NotEnoughRuns;
        return v;
    }
    if (!ratio.isValid()) {
        v.state = State::Failed;
        v.reason = QCoreApplication::translate(
            "Verdict", "a median is zero or negative, so the sides cannot be compared as a ratio");
        return v;
    }
    const bool bLower = ratio.ci.isValid() && ratio.ci.upper < 1.0;
    const bool aLower = ratio.ci.isValid() && ratio.ci.lower > 1.0;
    if (!(test.p < alpha) || !(aLower || bLower)) {
        v.state = State::NoSignificantDifference;
        return v;
    }
    // The band is symmetric on the log scale: "B 1 % faster" and "A 1 % faster" are the same
    // size of claim.
    const double upperBand = 1.0 + v.threshold;
    const bool beyondBand = bLower ? ratio.ci.upper < 1.0 / upperBand : ratio.ci.lower > upperBand;
    if (!beyondBand) {
        v.state = State::NoMeaningfulDifference;
        return v;
    }
    v.state = State::Significant;
    if (bLower) {
        v.faster = Side::B;
        v.factor = 1.0 / ratio.ratio;
        v.factorLower = 1.0 / ratio.ci.upper;
        v.factorUpper = 1.0 / ratio.ci.lower;
    } else {
        v.faster = Side::A;
        v.factor = ratio.ratio;
        v.factorLower = ratio.ci.lower;
        v.factorUpper = ratio.ci.upper;
    }
    return v;
}

Verdict Verdict::failed(Metric metric, const QString &reason)
{
    Verdict v;
    v.metric = metric;
    v.state = State::Failed;
    v.reason = reason;
    return v;
}

QString Verdict::sentence(const QString &nameA, const QString &nameB) const
{
    switch (state) {
    case State::Failed:
        if (reason.isEmpty())
            return QCoreApplication::translate("Verdict", "No verdict: the comparison failed");
        return QCoreApplication::translate("Verdict", "No verdict: %1").arg(reason);
    case State::NotEnoughRuns:
        return QCoreApplication::translate(
                   "Verdict",
                   "Not enough runs for a verdict: need at least %1 per side (%2: %3, %4: %5)")
            .arg(QString::number(MannWhitney::minRunsPerSide), nameA, QString::number(nA), nameB,
                 QString::number(nB));
    case State::NoSignificantDifference:
        return QCoreApplication::translate("Verdict",
                                           "No significant difference in %1 between %2 and %3 "
                                           "(ratio %3/%2 %4, 95% CI %5–%6, %7, %8)")
            .arg(metricNoun(metric), nameA, nameB, threeDigits(ratio), threeDigits(ratioLower),
                 threeDigits(ratioUpper), formatP(p), runsText(nA, nB, nameA, nameB));
    case State::NoMeaningfulDifference:
        //: %1 the threshold in percent, %2 the metric, %3 and %4 the sides, %5 the ratio %4/%3
        //: with its CI %6–%7, %8 the p-value, %9 the run counts.
        return QCoreApplication::translate("Verdict",
                                           "No meaningful difference (≤ %1%) in %2 between %3 and "
                                           "%4 (ratio %4/%3 %5, 95% CI %6–%7, %8, %9)")
            .arg(percentText(threshold * 100), metricNoun(metric), nameA, nameB, ratioDigits(ratio),
                 ratioDigits(ratioLower), ratioDigits(ratioUpper), formatP(p),
                 runsText(nA, nB, nameA, nameB));
    case State::Significant: {
        const QString &winner = faster == Side::A ? nameA : nameB;
        const QString &loser = faster == Side::A ? nameB : nameA;
        const char *pattern = nullptr;
        switch (metric) {
        case Metric::WallTime:
            pattern =
                QT_TRANSLATE_NOOP("Verdict", "%1 is %2× faster than %3 (95% CI %4–%5, %6, %7)");
            break;
        case Metric::CpuTime:
            pattern = QT_TRANSLATE_NOOP("Verdict",
                                        "%1 uses %2× less CPU time than %3 (95% CI %4–%5, %6, %7)");
            break;
        case Metric::PeakMemory:
            pattern = QT_TRANSLATE_NOOP("Verdict",
                                        "%1 uses %2× less memory than %3 (95% CI %4–%5, %6, %7)");
            break;
        }
        return QCoreApplication::translate("Verdict", pattern)
            .arg(winner, threeDigits(factor), loser, threeDigits(factorLower),
                 threeDigits(factorUpper), formatP(p), runsText(nA, nB, nameA, nameB));
    }
    }
    return {};
}

} // namespace fc
