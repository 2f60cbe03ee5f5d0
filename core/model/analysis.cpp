#include "model/analysis.h"

#include "model/comparisonjson.h"
#include "model/enumtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace fc {

namespace {

using namespace Qt::StringLiterals;

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryToJson(const Summary &s)
{
    QJsonArray outliers;
    for (qsizetype i : s.outliers)
        outliers.append(qint64(i));
    return {{QStringLiteral("n"), qint64(s.n)},
            {QStringLiteral("mean"), num(s.mean)},
            {QStringLiteral("median"), num(s.median)},
            {QStringLiteral("stddev"), num(s.stddev)},
            {QStringLiteral("mad"), num(s.mad)},
            {QStringLiteral("min"), num(s.min)},
            {QStringLiteral("max"), num(s.max)},
            {QStringLiteral("p5"), num(s.p5)},
            {QStringLiteral("p95"), num(s.p95)},
            {QStringLiteral("medianCiLow"), num(s.medianCi.lower)},
            {QStringLiteral("medianCiHigh"), num(s.medianCi.upper)},
            {QStringLiteral("outliers"), outliers}};
}

QJsonObject metricToJson(const MetricComparison &m)
{
    return {{QStringLiteral("ratio"), num(m.ratio.ratio)},
            {QStringLiteral("ratioCiLow"), num(m.ratio.ci.lower)},
            {QStringLiteral("ratioCiHigh"), num(m.ratio.ci.upper)},
            {QStringLiteral("u"), num(m.test.uA)},
            {QStringLiteral("pValue"), num(m.test.p)}};
}

// As the JSON and the history spell a verdict's kind.
constexpr EnumText<Verdict::State> kVerdictKinds[] = {
    {Verdict::State::Failed, "failed"_L1},
    {Verdict::State::NotEnoughRuns, "not-enough-runs"_L1},
    {Verdict::State::NoSignificantDifference, "no-significant-difference"_L1},
    {Verdict::State::NoMeaningfulDifference, "no-meaningful-difference"_L1},
    {Verdict::State::Significant, "faster"_L1},
};

QString verdictKind(const Verdict &v)
{
    return textOf(kVerdictKinds, v.state);
}

QJsonObject verdictToJson(const Verdict &v)
{
    QJsonValue faster;
    if (v.faster == SideId::A)
        faster = QStringLiteral("A");
    else if (v.faster == SideId::B)
        faster = QStringLiteral("B");
    return {{QStringLiteral("kind"), verdictKind(v)},
            {QStringLiteral("faster"), faster},
            {QStringLiteral("factor"), num(v.factor)},
            {QStringLiteral("factorCiLow"), num(v.factorLower)},
            {QStringLiteral("factorCiHigh"), num(v.factorUpper)},
            {QStringLiteral("pValue"), num(v.p)},
            {QStringLiteral("ratio"), num(v.ratio)},
            {QStringLiteral("ratioCiLow"), num(v.ratioLower)},
            {QStringLiteral("ratioCiHigh"), num(v.ratioUpper)},
            {QStringLiteral("thresholdPercent"), v.threshold * 100},
            {QStringLiteral("text"), v.sentence()}};
}

QJsonObject healthToJson(const QList<HealthWarning> &warnings)
{
    QJsonArray list;
    for (const HealthWarning &w : warnings) {
        QJsonObject o{{QStringLiteral("kind"), healthKindName(w.kind)},
                      {QStringLiteral("severity"),
                       w.isNote() ? QStringLiteral("note") : QStringLiteral("warning")},
                      {QStringLiteral("message"), w.message}};
        if (w.side != SideId::None)
            o.insert(QStringLiteral("side"),
                     w.side == SideId::A ? QStringLiteral("A") : QStringLiteral("B"));
        list.append(o);
    }
    return {{QStringLiteral("warnings"), list}};
}

QString failureReason(const Comparison &c)
{
    for (int i = 0; i < 2; ++i) {
        const Side &side = c.sides[size_t(i)];
        if (side.status == Side::Status::Failed) {
            const QString name = i == 0 ? QStringLiteral("A") : QStringLiteral("B");
            const QString why = side.error ? side.error->message
                                           : QCoreApplication::translate("Analysis", "it failed");
            return QCoreApplication::translate("Analysis", "%1 failed: %2").arg(name, why);
        }
    }
    return {};
}

} // namespace

Analysis analyze(const Comparison &comparison)
{
    Analysis analysis;
    const QString failure = failureReason(comparison);
    for (Metric m : {Metric::WallTime, Metric::CpuTime, Metric::PeakMemory}) {
        MetricComparison &mc = analysis.metrics[size_t(m)];
        mc = compareMetric(comparison.a().values(m), comparison.b().values(m), m, {},
                           comparison.plan.thresholdPercent / 100.0);
        if (!failure.isEmpty())
            mc.verdict = Verdict::failed(m, failure);
    }
    analysis.verdict = analysis.metric(Metric::WallTime).verdict;
    analysis.health = assessHealth(comparison, analysis.metric(Metric::WallTime));
    return analysis;
}

QJsonObject comparisonDocument(const Comparison &comparison)
{
    return comparisonDocument(comparison, analyze(comparison));
}

QJsonObject comparisonDocument(const Comparison &comparison, const Analysis &analysis)
{
    QJsonObject doc = comparisonToJson(comparison);
    QJsonArray sides = doc.value(QStringLiteral("codeRuns")).toArray();
    for (int i = 0; i < 2; ++i) {
        QJsonObject side = sides.at(i).toObject();
        const auto pick = [&](Metric m) {
            return summaryToJson(i == 0 ? analysis.metric(m).a : analysis.metric(m).b);
        };
        side.insert(QStringLiteral("summary"),
                    QJsonObject{{QStringLiteral("duration"), pick(Metric::WallTime)},
                                {QStringLiteral("cpu"), pick(Metric::CpuTime)},
                                {QStringLiteral("mem"), pick(Metric::PeakMemory)}});
        sides.replace(i, side);
    }
    doc.insert(QStringLiteral("codeRuns"), sides);
    doc.insert(
        QStringLiteral("comparison"),
        QJsonObject{{QStringLiteral("duration"), metricToJson(analysis.metric(Metric::WallTime))},
                    {QStringLiteral("cpu"), metricToJson(analysis.metric(Metric::CpuTime))},
                    {QStringLiteral("mem"), metricToJson(analysis.metric(Metric::PeakMemory))}});
    doc.insert(QStringLiteral("verdict"), verdictToJson(analysis.verdict));
    doc.insert(QStringLiteral("health"), healthToJson(analysis.health));
    return doc;
}

} // namespace fc
