// Adaptive run counts: the precision of a median and the stop rule.
#include "stats/adaptive.h"
#include "stats/summary.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace std::chrono_literals;
using Reason = fc::StopReason;
Q_DECLARE_METATYPE(fc::StopReason)

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();

// "large40" of tests/core/data/stats/reference.py: median 119.939, 95% CI 117.926..123.329, so
// max(119.939 - 117.926, 123.329 - 119.939) / 119.939 = 0.028264367720257803 (Python float).
const QList<double> kLarge40 = {
    123.951, 122.849, 116.203, 113.135, 119.135, 127.442, 128.274, 125.575, 122.098, 129.995,
    127.63,  118.685, 113.794, 180.25,  117.506, 124.197, 109.13,  118.857, 130.458, 114.603,
    115.534, 119.495, 111.788, 119.225, 119.906, 119.972, 114.213, 117.825, 123.988, 115.788,
    123.329, 151.5,   111.736, 116.19,  123.997, 122.998, 121.081, 117.926, 120.653, 131.793};

} // namespace

class TestStatsAdaptive : public QObject
{
    Q_OBJECT
private slots:
    void relativeHalfWidth()
    {
        const double w = fc::relativeHalfWidth(fc::summarize(kLarge40));
        QVERIFY2(std::abs(w - 0.028264367720257803) < 1e-12,
                 qPrintable(QString::number(w, 'g', 17)));
        // Below 6 runs there is no 95% interval yet: the precision is unknown, not good.
        QCOMPARE(fc::relativeHalfWidth(fc::summarize({1, 1, 1, 1, 1})), Inf);
        QCOMPARE(fc::relativeHalfWidth(fc::summarize({})), Inf);
        QCOMPARE(fc::relativeHalfWidth(fc::summarize({0, 0, 0, 0, 0, 0})), Inf);
        // Identical runs: known exactly.
        QCOMPARE(fc::relativeHalfWidth(fc::summarize(QList<double>(8, 3.0))), 0.0);
    }

    void shouldStop_data()
    {
        QTest::addColumn<qsizetype>("runs");
        QTest::addColumn<double>("width");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<Reason>("expected");
        // Defaults: min 10, max 1000, target 1%, budget 30 s.
        QTest::newRow("below min, precise")
            << qsizetype(9) << 0.001 << qint64(0) << Reason::KeepGoing;
        QTest::newRow("below min, budget spent")
            << qsizetype(9) << 0.5 << qint64(60000) << Reason::KeepGoing;
        QTest::newRow("target reached")
            << qsizetype(10) << 0.01 << qint64(1000) << Reason::TargetReached;
        QTest::newRow("not precise yet")
            << qsizetype(50) << 0.0101 << qint64(29999) << Reason::KeepGoing;
        QTest::newRow("budget spent")
            << qsizetype(50) << 0.02 << qint64(30000) << Reason::BudgetSpent;
        QTest::newRow("unknown precision, budget left")
            << qsizetype(12) << Inf << qint64(10) << Reason::KeepGoing;
        QTest::newRow("max runs") << qsizetype(1000) << 0.02 << qint64(10) << Reason::MaxRuns;
        QTest::newRow("max runs before target")
            << qsizetype(1000) << 0.001 << qint64(10) << Reason::MaxRuns;
        QTest::newRow("NaN width")
            << qsizetype(20) << std::nan("") << qint64(10) << Reason::KeepGoing;
    }
    void shouldStop()
    {
        QFETCH(qsizetype, runs);
        QFETCH(double, width);
        QFETCH(qint64, elapsedMs);
        QFETCH(Reason, expected);
        QCOMPARE(fc::shouldStop(fc::StopRule{}, runs, width, std::chrono::milliseconds(elapsedMs)),
                 expected);
    }

    void fixedCountAndNoBudget()
    {
        // A fixed plan is min = max; target and budget switched off.
        fc::StopRule fixed;
        fixed.minRuns = fixed.maxRuns = 20;
        fixed.target = 0;
        fixed.budget = 0ms;
        QCOMPARE(fc::shouldStop(fixed, 19, 0.0, 1h), Reason::KeepGoing);
        QCOMPARE(fc::shouldStop(fixed, 20, 0.5, 0ms), Reason::MaxRuns);
        fc::StopRule noBudget;
        noBudget.budget = 0ms;
        QCOMPARE(fc::shouldStop(noBudget, 100, 0.5, 24h), Reason::KeepGoing);
    }

    // From summaries: the fewest runs and the worst precision over the sides decide.
    void fromSummaries()
    {
        const fc::Summary precise = fc::summarize(QList<double>(40, 100.0));
        const fc::Summary noisy = fc::summarize(kLarge40);
        fc::StopRule rule;
        rule.target = 0.03;
        QCOMPARE(fc::shouldStop(rule, {precise, noisy}, 1s), Reason::TargetReached);
        rule.target = 0.02;
        QCOMPARE(fc::shouldStop(rule, {precise, noisy}, 1s), Reason::KeepGoing);
        QCOMPARE(fc::shouldStop(rule, {precise, precise}, 1s), Reason::TargetReached);
        const fc::Summary young = fc::summarize(QList<double>(5, 100.0));
        QCOMPARE(fc::shouldStop(rule, {precise, young}, 1s), Reason::KeepGoing);
        QCOMPARE(fc::shouldStop(rule, {}, 1s), Reason::KeepGoing);

        // Feeding runs one by one, the rule stops at the first n where both medians are
        // within 3%: the CI needs n >= 6 and the noisy side's interval must narrow.
        rule.target = 0.03;
        rule.minRuns = 6;
        qsizetype stoppedAt = 0;
        for (qsizetype n = 1; n <= kLarge40.size(); ++n) {
            const fc::Summary side = fc::summarize(kLarge40.first(n));
            if (fc::shouldStop(rule, {side, precise}, 1s) != Reason::KeepGoing) {
                stoppedAt = n;
                break;
            }
        }
        QVERIFY(stoppedAt >= 6);
        QVERIFY(fc::relativeHalfWidth(fc::summarize(kLarge40.first(stoppedAt))) <= 0.03);
        QVERIFY(fc::relativeHalfWidth(fc::summarize(kLarge40.first(stoppedAt - 1))) > 0.03);
    }
};

QTEST_GUILESS_MAIN(TestStatsAdaptive)
#include "tst_stats_adaptive.moc"
