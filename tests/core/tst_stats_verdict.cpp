// The verdict: its decision rule and its sentence in every state.
#include "stats/mannwhitney.h"
#include "stats/ratioestimate.h"
#include "stats/verdict.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>
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

        const fc::Verdict v =
            fc::Verdict::decide(fc::Metric::WallTime, ratio(r, lower, upper), test(p, nA, nB));
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
};

QTEST_GUILESS_MAIN(TestStatsVerdict)
#include "tst_stats_verdict.moc"
