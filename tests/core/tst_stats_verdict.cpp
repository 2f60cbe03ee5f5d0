// The verdict: its decision rule and its sentence in every state.
#include "export/numbers.h"
#include "stats/mannwhitney.h"
#include "stats/ratioestimate.h"
#include "stats/verdict.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <limits>

using State = fc::Verdict::State;
using Side = fc::Verdict::Side;
Q_DECLARE_METATYPE(fc::Verdict::State)
Q_DECLARE_METATYPE(fc::Verdict::Side)
Q_DECLARE_METATYPE(fc::Metric)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

fc::RatioEstimate ratio(double r, double lower, double upper)
{
    fc::RatioEstimate e;
    e.ratio = r;
    e.ci.lower = lower;
    e.ci.upper = upper;
    e.ci.level = 0.95;
    return e;
}

fc::MannWhitney test(double p, qsizetype nA, qsizetype nB)
{
    fc::MannWhitney t;
    t.method = std::isnan(p) ? fc::MannWhitney::Method::None : fc::MannWhitney::Method::Exact;
    t.p = p;
    t.nA = nA;
    t.nB = nB;
    return t;
}

// A translator as the UI installs one: it answers for the context "Verdict" only.
class GermanVerdicts : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "Verdict") != 0)
            return {};
        if (qstrcmp(source, "%1 is %2× faster than %3 (95% CI %4–%5, %6, %7)") == 0)
            return QStringLiteral("%1 ist %2× schneller als %3 (95%-KI %4–%5, %6, %7)");
        if (qstrcmp(source, "%n runs each") == 0)
            return QStringLiteral("je %n Läufe");
        return {};
    }
};

} // namespace

class TestStatsVerdict : public QObject
{
    Q_OBJECT
private slots:
    void decide_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<double>("p");
        QTest::addColumn<qsizetype>("nA");
        QTest::addColumn<qsizetype>("nB");
        QTest::addColumn<State>("state");
        QTest::addColumn<Side>("faster");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("factorLower");
        QTest::addColumn<double>("factorUpper");

        QTest::newRow("B faster") << 0.5 << 0.4 << 0.625 << 0.0001 << qsizetype(20) << qsizetype(20)
                                  << State::Significant << Side::B << 2.0 << 1.6 << 2.5;
        QTest::newRow("A faster") << 2.0 << 1.6 << 2.5 << 0.0001 << qsizetype(20) << qsizetype(20)
                                  << State::Significant << Side::A << 2.0 << 1.6 << 2.5;
        // Both conditions are needed: the test alone, or the interval alone, is not enough.
        QTest::newRow("p small, CI has 1")
            << 0.9 << 0.8 << 1.01 << 0.01 << qsizetype(20) << qsizetype(20)
            << State::NoSignificantDifference << Side::None << NaN << NaN << NaN;
        QTest::newRow("CI without 1, p = alpha")
            << 0.9 << 0.8 << 0.95 << 0.05 << qsizetype(20) << qsizetype(20)
            << State::NoSignificantDifference << Side::None << NaN << NaN << NaN;
        QTest::newRow("just significant")
            << 0.9 << 0.8 << 0.999 << 0.0499 << qsizetype(20) << qsizetype(20) << State::Significant
            << Side::B << 1 / 0.9 << 1 / 0.999 << 1 / 0.8;
        QTest::newRow("3 runs") << 0.5 << NaN << NaN << NaN << qsizetype(3) << qsizetype(20)
                                << State::NotEnoughRuns << Side::None << NaN << NaN << NaN;
        QTest::newRow("no runs") << NaN << NaN << NaN << NaN << qsizetype(0) << qsizetype(20)
                                 << State::Failed << Side::None << NaN << NaN << NaN;
        QTest::newRow("zero median") << NaN << NaN << NaN << 0.001 << qsizetype(20) << qsizetype(20)
                                     << State::Failed << Side::None << NaN << NaN << NaN;
    }
    void decide()
    {
        QFETCH(double, r);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(double, p);
        QFETCH(qsizetype, nA);
        QFETCH(qsizetype, nB);
        QFETCH(State, state);
        QFETCH(Side, faster);
        QFETCH(double, factor);
        QFETCH(double, factorLower);
        QFETCH(double, factorUpper);

        // The statistical part of the rule alone: no practical threshold (threshold() covers it).
        const fc::Verdict v =
            fc::Verdict::decide(fc::Metric::WallTime, ratio(r, lower, upper), test(p, nA, nB), 0.0);
        QCOMPARE(v.state, state);
        QCOMPARE(v.isSignificant(), state == State::Significant);
        QCOMPARE(v.faster, faster);
        QCOMPARE(v.nA, nA);
        QCOMPARE(v.nB, nB);
        QCOMPARE(std::isnan(v.factor), std::isnan(factor));
        if (!std::isnan(factor)) {
            QCOMPARE(v.factor, factor);
            QCOMPARE(v.factorLower, factorLower);
            QCOMPARE(v.factorUpper, factorUpper);
            QVERIFY(v.factor >= 1.0);
        }
        QCOMPARE(v.state == State::Failed, !v.reason.isEmpty());
        QVERIFY(!v.sentence().isEmpty());
    }

    // "Faster" only when the ratio's CI lies wholly outside [1/(1+T), 1+T].
    void threshold_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<State>("state");
        QTest::addColumn<Side>("faster");

        const double T = fc::Verdict::defaultThreshold;
        // Issue 15's trial: identical programs, "A is 1.0002× faster (95% CI 1.00002–1.0011,
        // p = 0.023)" under the statistical rule alone.
        QTest::newRow("issue 15, default T") << 1.0002 << 1.00002 << 1.0011 << 0.023 << T
                                             << State::NoMeaningfulDifference << Side::None;
        QTest::newRow("issue 15, T = 0")
            << 1.0002 << 1.00002 << 1.0011 << 0.023 << 0.0 << State::Significant << Side::A;
        QTest::newRow("A 5% faster")
            << 1.05 << 1.03 << 1.07 << 0.001 << T << State::Significant << Side::A;
        QTest::newRow("B 5% faster")
            << 1 / 1.05 << 1 / 1.07 << 1 / 1.03 << 0.001 << T << State::Significant << Side::B;
        // The CI reaches into the band on one end only: the difference may be below T.
        QTest::newRow("A, CI low end inside")
            << 1.03 << 1.005 << 1.05 << 0.001 << T << State::NoMeaningfulDifference << Side::None;
        QTest::newRow("B, CI high end inside")
            << 0.97 << 0.95 << 0.995 << 0.001 << T << State::NoMeaningfulDifference << Side::None;
        // The band is symmetric in ratio terms: 1/1.01 = 0.990099..., not 0.99.
        QTest::newRow("B, CI up to 0.9901")
            << 0.97 << 0.95 << 0.9901 << 0.001 << T << State::NoMeaningfulDifference << Side::None;
        QTest::newRow("B, CI up to 0.9900")
            << 0.97 << 0.95 << 0.9900 << 0.001 << T << State::Significant << Side::B;
        QTest::newRow("A, CI from the edge")
            << 1.03 << 1.01 << 1.05 << 0.001 << T << State::NoMeaningfulDifference << Side::None;
        QTest::newRow("A, CI just past the edge")
            << 1.03 << 1.0101 << 1.05 << 0.001 << T << State::Significant << Side::A;
        QTest::newRow("T = 5%, 3% apart")
            << 1.03 << 1.02 << 1.04 << 0.001 << 0.05 << State::NoMeaningfulDifference << Side::None;
        // A CI that straddles 1 stays "no significant difference": the data cannot tell the sign.
        QTest::newRow("straddles 1")
            << 1.002 << 0.999 << 1.004 << 0.2 << T << State::NoSignificantDifference << Side::None;
        QTest::newRow("wide, straddles 1")
            << 1.1 << 0.9 << 1.3 << 0.3 << T << State::NoSignificantDifference << Side::None;
        QTest::newRow("negative T is 0")
            << 1.0002 << 1.00002 << 1.0011 << 0.023 << -0.5 << State::Significant << Side::A;
    }
    void threshold()
    {
        QFETCH(double, r);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(double, p);
        QFETCH(double, threshold);
        QFETCH(State, state);
        QFETCH(Side, faster);
        const fc::Verdict v = fc::Verdict::decide(fc::Metric::WallTime, ratio(r, lower, upper),
                                                  test(p, 10, 10), threshold);
        QCOMPARE(v.state, state);
        QCOMPARE(v.faster, faster);
        QCOMPARE(v.threshold, std::max(threshold, 0.0));
        // The measured ratio is kept whatever the state.
        QCOMPARE(v.ratio, r);
        QCOMPARE(v.ratioLower, lower);
        QCOMPARE(v.ratioUpper, upper);
        if (state == State::Significant)
            QVERIFY(v.factorLower > 1.0 + v.threshold);
        else
            QVERIFY(std::isnan(v.factor));
    }

    void sentence_data()
    {
        QTest::addColumn<fc::Metric>("metric");
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<double>("p");
        QTest::addColumn<qsizetype>("nA");
        QTest::addColumn<qsizetype>("nB");
        QTest::addColumn<QString>("expected");

        // design.md §1's own example: B/A = 1/2.31, CI 1/2.35..1/2.27.
        QTest::newRow("significant wall")
            << fc::Metric::WallTime << 1 / 2.31 << 1 / 2.35 << 1 / 2.27 << 0.00001 << qsizetype(20)
            << qsizetype(20)
            << QStringLiteral(
                   "B is 2.31× faster than A (95% CI 2.27–2.35, p < 0.001, 20 runs each)");
        QTest::newRow("significant cpu, A lower")
            << fc::Metric::CpuTime << 1.5 << 1.23456 << 1.9876 << 0.0123 << qsizetype(12)
            << qsizetype(15)
            << QStringLiteral("A uses 1.50× less CPU time than B (95% CI 1.23–1.99, p = 0.0123, "
                              "12 runs of A, 15 of B)");
        QTest::newRow("significant memory, large factor")
            << fc::Metric::PeakMemory << 1 / 1234.4 << 1 / 1300.0 << 1 / 999.6 << 0.0004
            << qsizetype(4) << qsizetype(4)
            << QStringLiteral(
                   "B uses 1234× less memory than A (95% CI 1000–1300, p < 0.001, 4 runs each)");
        QTest::newRow("no difference")
            << fc::Metric::WallTime << 0.98 << 0.951 << 1.0123 << 0.41234 << qsizetype(20)
            << qsizetype(20)
            << QStringLiteral("No significant difference in wall time between A and B (ratio B/A "
                              "0.980, 95% CI 0.951–1.01, p = 0.412, 20 runs each)");
        QTest::newRow("no meaningful difference, issue 15")
            << fc::Metric::WallTime << 1.0002 << 1.00002 << 1.0011 << 0.023 << qsizetype(10)
            << qsizetype(10)
            << QStringLiteral("No meaningful difference (≤ 1%) in wall time between A and B (ratio "
                              "B/A 1.00020, 95% CI 1.000020–1.0011, p = 0.0230, 10 runs each)");
        QTest::newRow("no meaningful difference, B lower memory")
            << fc::Metric::PeakMemory << 0.995 << 0.99 << 0.998 << 0.0001 << qsizetype(30)
            << qsizetype(30)
            << QStringLiteral("No meaningful difference (≤ 1%) in peak memory between A and B "
                              "(ratio B/A 0.9950, 95% CI 0.990–0.9980, p < 0.001, 30 runs each)");
        QTest::newRow("not enough runs")
            << fc::Metric::WallTime << 0.5 << NaN << NaN << NaN << qsizetype(3) << qsizetype(20)
            << QStringLiteral(
                   "Not enough runs for a verdict: need at least 4 per side (A: 3, B: 20)");
        QTest::newRow("failed") << fc::Metric::WallTime << NaN << NaN << NaN << NaN << qsizetype(0)
                                << qsizetype(0)
                                << QStringLiteral("No verdict: a side has no measurements");
    }
    void sentence()
    {
        QFETCH(fc::Metric, metric);
        QFETCH(double, r);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(double, p);
        QFETCH(qsizetype, nA);
        QFETCH(qsizetype, nB);
        QFETCH(QString, expected);
        // The default threshold, 1%.
        const fc::Verdict v = fc::Verdict::decide(metric, ratio(r, lower, upper), test(p, nA, nB));
        QCOMPARE(v.sentence(), expected);
    }

    void sentenceWithNames()
    {
        const fc::Verdict v =
            fc::Verdict::decide(fc::Metric::WallTime, ratio(0.5, 0.4, 0.6), test(0.002, 10, 11));
        // Names with "%" must come through as they are.
        QCOMPARE(v.sentence(QStringLiteral("Java"), QStringLiteral("Go %1")),
                 QStringLiteral("Go %1 is 2.00× faster than Java (95% CI 1.67–2.50, p = 0.00200, "
                                "10 runs of Java, 11 of Go %1)"));
    }

    void failedWithReason()
    {
        const fc::Verdict v =
            fc::Verdict::failed(fc::Metric::CpuTime, QStringLiteral("side B did not compile"));
        QCOMPARE(v.state, State::Failed);
        QCOMPARE(v.sentence(), QStringLiteral("No verdict: side B did not compile"));
        QCOMPARE(fc::Verdict::failed(fc::Metric::WallTime, {}).sentence(),
                 QStringLiteral("No verdict: the comparison failed"));
        QCOMPARE(fc::Verdict().state, State::Failed); // a default verdict claims nothing
    }

    void translatable()
    {
        GermanVerdicts german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const fc::Verdict v =
            fc::Verdict::decide(fc::Metric::WallTime, ratio(0.5, 0.4, 0.6), test(0.0001, 20, 20));
        const QString translated = v.sentence();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(translated,
                 QStringLiteral(
                     "B ist 2.00× schneller als A (95%-KI 1.67–2.50, p < 0.001, je 20 Läufe)"));
        QCOMPARE(
            v.sentence(),
            QStringLiteral("B is 2.00× faster than A (95% CI 1.67–2.50, p < 0.001, 20 runs each)"));
    }

    void ratioDigits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1.0002") << 1.0002 << QStringLiteral("1.00020");
        QTest::newRow("1.0011") << 1.0011 << QStringLiteral("1.0011");
        QTest::newRow("0.9989") << 0.9989 << QStringLiteral("0.9989");
        QTest::newRow("far from 1") << 1.5 << QStringLiteral("1.50");
        QTest::newRow("exactly 1") << 1.0 << QStringLiteral("1.00");
        QTest::newRow("at most 6 decimals") << 1.0000000123 << QStringLiteral("1.000000");
        QTest::newRow("NaN") << NaN << QStringLiteral("–");
    }
    void ratioDigits()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(fc::ratioDigits(value), expected);
    }
};

QTEST_GUILESS_MAIN(TestStatsVerdict)
#include "tst_stats_verdict.moc"
