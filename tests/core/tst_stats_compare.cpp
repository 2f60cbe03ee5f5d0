// Between the sides: Mann–Whitney U, the ratio of medians with its bootstrap CI, compareMetric().
//
// Reference values: scipy 1.10.1 / numpy 1.24.2 (Debian 12 python3-scipy), printed by
// tests/core/data/stats/reference.py:
//   "## Mann-Whitney": scipy.stats.mannwhitneyu(a, b, alternative='two-sided', method=M) with
//     M = 'exact' where we use the exact distribution (no ties, nA·nB <= 2500), else
//     M = 'asymptotic' (use_continuity=True, the default);
//   "## ratio of medians": scipy.stats.bootstrap((a, b), lambda a, b, axis: np.median(b, axis) /
//     np.median(a, axis), vectorized=True, paired=False, n_resamples=200000,
//     method='percentile', confidence_level=0.95, random_state=12345).
#include "stats/comparisonstats.h"
#include "stats/mannwhitney.h"
#include "stats/ratioestimate.h"

#include <QTest>
#include <cmath>
#include <random>

using Method = fc::MannWhitney::Method;
Q_DECLARE_METATYPE(fc::MannWhitney::Method)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

bool relativelyClose(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::abs(expected);
}

QString g17(double x)
{
    return QString::number(x, 'g', 17);
}

// scipy.stats.bootstrap inputs "fasterB" and "similar" (lognormal, see reference.py).
const QList<double> kFasterA = {100.006, 101.505, 98.639, 95.645,  97.752, 95.163,  100.301,
                                106.931, 97.569,  96.945, 102.479, 101.8,  100.528, 95.454,
                                99.854,  103.538, 93.5,   97.738,  90.932, 93.756,  91.203};
const QList<double> kFasterB = {39.421, 40.22,  40.171, 42.251, 38.305, 42.596, 40.99,
                                44.965, 45.107, 46.1,   44.682, 42.886, 44.889, 46.362,
                                41.617, 44.332, 42.908, 46.21,  41.238, 42.357, 43.786};
const QList<double> kSimilarA = {76.238, 81.174, 72.432, 83.212, 85.681, 77.857, 82.093, 81.214,
                                 78.129, 75.966, 70.815, 87.065, 79.772, 93.071, 84.066};
const QList<double> kSimilarB = {75.343, 77.073, 76.811, 81.8,   79.308, 81.113, 84.677, 84.752,
                                 82.828, 78.352, 76.935, 76.659, 78.856, 80.252, 75.938, 75.203};

} // namespace

class TestStatsCompare : public QObject
{
    Q_OBJECT
private slots:
    void mannWhitney_data()
    {
        QTest::addColumn<QList<double>>("a");
        QTest::addColumn<QList<double>>("b");
        QTest::addColumn<Method>("method");
        QTest::addColumn<double>("uA");
        QTest::addColumn<double>("p");

        // Complete separation, 4 vs 4: p = 2 / C(8, 4) = 2/70.
        QTest::newRow("separated4") << QList<double>{1, 2, 3, 4} << QList<double>{5, 6, 7, 8}
                                    << Method::Exact << 0.0 << 0.02857142857142857;
        QTest::newRow("interleaved5x7") << QList<double>{1.1, 2.3, 3.9, 4.2, 6.6}
                                        << QList<double>{1.7, 2.0, 2.9, 3.3, 5.0, 5.8, 7.1}
                                        << Method::Exact << 16.0 << 0.8762626262626263;
        // Exact 0.00209 where the normal approximation would say 0.00361.
        QTest::newRow("timings10") << QList<double>{50.521, 51.248, 50.498, 48.083, 51.377,
                                                    50.674, 49.201, 50.879, 50.55,  50.443}
                                   << QList<double>{48.273, 47.253, 47.409, 44.61,  50.663,
                                                    49.676, 47.534, 49.127, 48.407, 47.209}
                                   << Method::Exact << 89.0 << 0.0020892420273225226;
        QTest::newRow("timings20")
            << QList<double>{130.207, 108.339, 122.024, 117.305, 117.847, 118.97,  110.685,
                             118.892, 115.918, 137.059, 121.089, 118.319, 118.657, 116.836,
                             115.041, 118.139, 122.336, 118.86,  124.686, 119.045}
            << QList<double>{113.989, 116.185, 125.051, 120.126, 109.565, 116.976, 114.118,
                             117.698, 109.711, 118.137, 118.107, 124.611, 118.491, 119.414,
                             110.217, 128.032, 108.37,  122.272, 115.466, 112.95}
            << Method::Exact << 252.0 << 0.16534001940492238;
        // nA·nB = 2500, the largest size the exact distribution is used for.
        QTest::newRow("exact50x50")
            << QList<double>{10.0343, 11.4565, 11.3029, 9.5025,  9.7064,  9.4863,  10.5863, 9.9441,
                             10.7755, 8.3133,  11.6959, 9.904,   10.7041, 9.8644,  9.628,   10.474,
                             10.8595, 9.7995,  9.8484,  10.7098, 9.1665,  8.5947,  10.4029, 9.3514,
                             8.2528,  9.2182,  9.5432,  8.8752,  8.6136,  10.0367, 10.9387, 9.7696,
                             9.2834,  10.3925, 10.7436, 9.7044,  10.5598, 11.0992, 9.7952,  9.2187,
                             10.3538, 10.2506, 11.1615, 8.7945,  9.3598,  9.196,   8.408,   10.1272,
                             10.542,  9.2878}
            << QList<double>{10.293,  11.4359, 11.0929, 11.0733, 12.1099, 9.1302,  9.6741,  9.0257,
                             10.1896, 11.3819, 10.2774, 10.8236, 8.5085,  10.4526, 9.407,   12.301,
                             11.2552, 11.3257, 10.2406, 10.951,  11.0004, 9.9513,  9.8002,  10.1825,
                             9.6949,  9.7057,  10.0122, 9.5764,  11.1203, 8.7805,  11.1842, 9.6754,
                             9.7528,  8.9985,  10.1525, 10.048,  10.4991, 9.7646,  10.397,  12.3556,
                             10.73,   9.7257,  11.33,   10.1682, 10.9302, 10.9509, 9.905,   8.4919,
                             9.9481,  10.884}
            << Method::Exact << 927.0 << 0.02575065434082821;
        QTest::newRow("ties12x15")
            << QList<double>{5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10}
            << QList<double>{6, 7, 7, 8, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13}
            << Method::Asymptotic << 37.5 << 0.010476062243830294;
        QTest::newRow("large50x60")
            << QList<double>{9.229,  8.76,   9.755,  10.429, 11.203, 10.11,  9.462,  9.245,  10.777,
                             11.776, 10.277, 8.84,   9.086,  11.735, 10.205, 8.41,   9.917,  8.902,
                             9.39,   9.524,  9.312,  10.569, 9.937,  9.428,  10.418, 10.865, 8.485,
                             9.747,  9.066,  9.828,  8.79,   10.021, 9.962,  9.7,    9.005,  9.612,
                             8.966,  8.733,  10.227, 8.95,   11.242, 10.743, 8.189,  10.276, 8.957,
                             10.033, 10.044, 8.197,  9.769,  9.747}
            << QList<double>{11.555, 12.422, 8.056,  10.258, 11.51,  11.906, 11.103, 12.08,  10.706,
                             10.989, 10.588, 9.341,  9.556,  10.802, 9.814,  11.81,  11.835, 12.45,
                             10.373, 11.943, 9.499,  9.585,  10.485, 10.697, 8.863,  8.747,  10.776,
                             9.541,  11.736, 10.819, 10.724, 10.619, 11.374, 10.242, 11.593, 9.867,
                             10.169, 9.716,  11.041, 10.437, 9.541,  12.705, 10.029, 10.28,  10.818,
                             12.386, 10.247, 11.158, 10.503, 8.984,  11.257, 11.518, 10.153, 10.384,
                             8.95,   8.931,  10.001, 11.072, 9.923,  10.708}
            << Method::Asymptotic << 767.5 << 1.111674209433785e-05;
        QTest::newRow("allEqual") << QList<double>(6, 3.0) << QList<double>(5, 3.0)
                                  << Method::Asymptotic << 15.0 << 1.0;
        QTest::newRow("identical") << QList<double>{1, 2, 3, 4, 5} << QList<double>{1, 2, 3, 4, 5}
                                   << Method::Asymptotic << 12.5 << 1.0;
    }
    void mannWhitney()
    {
        QFETCH(QList<double>, a);
        QFETCH(QList<double>, b);
        QFETCH(Method, method);
        QFETCH(double, uA);
        QFETCH(double, p);

        const fc::MannWhitney t = fc::mannWhitney(a, b);
        QVERIFY(t.isValid());
        QCOMPARE(t.method, method);
        QCOMPARE(t.nA, a.size());
        QCOMPARE(t.nB, b.size());
        QCOMPARE(t.uA, uA);
        QCOMPARE(t.uA + t.uB, double(a.size() * b.size()));
        QVERIFY2(relativelyClose(t.p, p, 1e-9), qPrintable(g17(t.p)));
        if (method == Method::Exact)
            QVERIFY(std::isnan(t.z)); // z belongs to the normal approximation only

        // Swapping the sides swaps U and keeps the two-sided p.
        const fc::MannWhitney swapped = fc::mannWhitney(b, a);
        QCOMPARE(swapped.uA, t.uB);
        QVERIFY(relativelyClose(swapped.p, t.p, 1e-12));
    }

    void mannWhitneyNeedsFourRunsPerSide_data()
    {
        QTest::addColumn<QList<double>>("a");
        QTest::addColumn<QList<double>>("b");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3 vs 10") << QList<double>{1, 2, 3} << QList<double>(10, 5.0) << false;
        QTest::newRow("10 vs 0") << QList<double>(10, 5.0) << QList<double>{} << false;
        QTest::newRow("4 vs 4") << QList<double>{1, 2, 3, 4} << QList<double>{5, 6, 7, 8} << true;
        // A NaN is not a run: 3 finite values remain.
        QTest::newRow("3+NaN vs 4")
            << QList<double>{1, 2, 3, NaN} << QList<double>{5, 6, 7, 8} << false;
    }
    void mannWhitneyNeedsFourRunsPerSide()
    {
        QFETCH(QList<double>, a);
        QFETCH(QList<double>, b);
        QFETCH(bool, valid);
        const fc::MannWhitney t = fc::mannWhitney(a, b);
        QCOMPARE(t.isValid(), valid);
        QCOMPARE(t.method == Method::None, !valid);
        QCOMPARE(std::isnan(t.p), !valid);
    }

    // The exact null distribution against closed forms: P(U >= mn) = 1 / C(m + n, m).
    void exactDistribution()
    {
        QVERIFY(relativelyClose(fc::stats::mannWhitneyExactSf(16, 4, 4), 1.0 / 70, 1e-12));
        QVERIFY(relativelyClose(fc::stats::mannWhitneyExactSf(400, 20, 20), 1.0 / 137846528820.0,
                                1e-9));
        QCOMPARE(fc::stats::mannWhitneyExactSf(0, 7, 9), 1.0);
        QCOMPARE(fc::stats::mannWhitneyExactSf(64, 7, 9), 0.0);
        // Symmetry: P(U >= k) = P(U <= mn - k) = 1 - P(U >= mn - k + 1).
        const double upper = fc::stats::mannWhitneyExactSf(40, 7, 9);
        const double lower = fc::stats::mannWhitneyExactSf(24, 7, 9);
        QVERIFY(relativelyClose(upper, 1.0 - lower, 1e-12));
    }

    void bootstrapAgainstScipy_data()
    {
        QTest::addColumn<QList<double>>("a");
        QTest::addColumn<QList<double>>("b");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<double>("tolerance");
        // A different random stream with 10 000 rather than 200 000 resamples: scipy's own
        // 10 000-resample bounds spread over 0.15% (fasterB) and 0.75% (similar) across seeds.
        QTest::newRow("fasterB") << kFasterA << kFasterB << 0.43872248138145514
                                 << 0.4213452968327232 << 0.4579528333794545 << 0.005;
        QTest::newRow("similar") << kSimilarA << kSimilarB << 0.9683396161332446
                                 << 0.9262245829928375 << 1.0317376729131613 << 0.01;
    }
    void bootstrapAgainstScipy()
    {
        QFETCH(QList<double>, a);
        QFETCH(QList<double>, b);
        QFETCH(double, ratio);
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(double, tolerance);
        const fc::RatioEstimate r = fc::estimateRatio(a, b);
        QVERIFY(r.isValid());
        QVERIFY(relativelyClose(r.ratio, ratio, 1e-12));
        QVERIFY(r.ci.isValid());
        QCOMPARE(r.ci.level, 0.95);
        QCOMPARE(r.resamples, 10000);
        QCOMPARE(r.seed, fc::BootstrapOptions::defaultSeed);
        QVERIFY2(relativelyClose(r.ci.lower, lower, tolerance), qPrintable(g17(r.ci.lower)));
        QVERIFY2(relativelyClose(r.ci.upper, upper, tolerance), qPrintable(g17(r.ci.upper)));
        QVERIFY(r.ci.contains(r.ratio));
        QCOMPARE(r.lowerSide(), ratio < 1 ? fc::SideId::B : fc::SideId::A);
    }

    // Same input, same bounds, bit for bit; and these very bounds on every platform, because the
    // index stream is specified (mt19937_64 + our rejection mapping). The literals are this
    // implementation's own output with the default seed: a change means the stream changed.
    void bootstrapIsDeterministic()
    {
        const fc::RatioEstimate first = fc::estimateRatio(kFasterA, kFasterB);
        const fc::RatioEstimate second = fc::estimateRatio(kFasterA, kFasterB);
        QVERIFY(first.ci.lower == second.ci.lower);
        QVERIFY(first.ci.upper == second.ci.upper);
        QVERIFY2(first.ci.lower == 0.42124206139520043, qPrintable(g17(first.ci.lower)));
        QVERIFY2(first.ci.upper == 0.45795283337945453, qPrintable(g17(first.ci.upper)));

        // Another seed draws other resamples: bounds move a little, the estimate does not.
        fc::BootstrapOptions other;
        other.seed = 42;
        const fc::RatioEstimate reseeded = fc::estimateRatio(kFasterA, kFasterB, other);
        QCOMPARE(reseeded.ratio, first.ratio);
        QVERIFY(reseeded.ci.lower != first.ci.lower || reseeded.ci.upper != first.ci.upper);
        QVERIFY(relativelyClose(reseeded.ci.lower, first.ci.lower, 0.01));
    }

    void bootstrapEdgeCases()
    {
        // One run a side: a ratio but no interval.
        const fc::RatioEstimate one = fc::estimateRatio({2.0}, {1.0});
        QCOMPARE(one.ratio, 0.5);
        QVERIFY(!one.ci.isValid());
        // No ratio of a zero median.
        QVERIFY(!fc::estimateRatio({0, 0, 0, 1}, {1, 2, 3, 4}).isValid());
        QVERIFY(!fc::estimateRatio({}, {1, 2, 3, 4}).isValid());
        // Zeros in the data but positive medians: replicates with a zero median of A are +inf,
        // not NaN, and the interval stays ordered.
        const fc::RatioEstimate zeros = fc::estimateRatio({0, 0, 1, 1, 1}, {1, 1, 1, 2, 2});
        QVERIFY(zeros.isValid());
        QVERIFY(zeros.ci.lower <= zeros.ci.upper);
        QVERIFY(!std::isnan(zeros.ci.upper));
        // Identical sides: ratio 1 inside its interval.
        const fc::RatioEstimate same = fc::estimateRatio(kSimilarA, kSimilarA);
        QCOMPARE(same.ratio, 1.0);
        QCOMPARE(same.lowerSide(), fc::SideId::None);
        QCOMPARE(fc::estimateRatio({1, 2, 3, 4}, {2, 3, 4, 5}).lowerSide(), fc::SideId::A);
        QVERIFY(same.ci.contains(1.0));
    }

    // Unbiased bounded integers: values reaching past the last multiple of the bound are
    // rejected. For bound 3, 2^64 mod 3 = 1, so the raw value 0 is rejected and 5 gives 2.
    void boundedIndexRejects()
    {
        QList<quint64> raw{0, 5, 1, 2};
        qsizetype calls = 0;
        auto next = [&] {
            return raw[calls++];
        };
        QCOMPARE(fc::stats::boundedIndex(next, 3), quint64(2));
        QCOMPARE(calls, qsizetype(2));
        QCOMPARE(fc::stats::boundedIndex(next, 3), quint64(1));
        QCOMPARE(calls, qsizetype(3));
        // Bound 2^63 + 1: everything below 2^63 - 1 is rejected.
        const quint64 big = (quint64(1) << 63) + 1;
        QList<quint64> raw2{5, ~quint64(0)};
        qsizetype calls2 = 0;
        auto next2 = [&] {
            return raw2[calls2++];
        };
        QCOMPARE(fc::stats::boundedIndex(next2, big), ~quint64(0) % big);
        QCOMPARE(calls2, qsizetype(2));

        // Every index of a small range shows up about equally often.
        std::mt19937_64 engine(1);
        QList<int> counts(7, 0);
        for (int i = 0; i < 70000; ++i)
            ++counts[static_cast<qsizetype>(fc::stats::boundedIndex(engine, 7))];
        for (int c : counts)
            QVERIFY2(c > 9500 && c < 10500, qPrintable(QString::number(c)));
    }

    void compareMetricSignificant()
    {
        const fc::MetricComparison c = fc::compareMetric(kFasterA, kFasterB);
        QCOMPARE(c.metric, fc::Metric::WallTime);
        QCOMPARE(c.a.n, qsizetype(21));
        QCOMPARE(c.b.n, qsizetype(21));
        QCOMPARE(c.ratio.ratio, c.b.median / c.a.median);
        QCOMPARE(c.test.method, Method::Exact);
        QCOMPARE(c.test.uA, 441.0); // every A run is slower than every B run
        QCOMPARE(c.verdict.state, fc::Verdict::State::Significant);
        QCOMPARE(c.verdict.faster, fc::Verdict::Side::B);
        QVERIFY(relativelyClose(c.verdict.factor, 1 / 0.43872248138145514, 1e-12));
        QVERIFY(c.verdict.factorLower <= c.verdict.factor);
        QVERIFY(c.verdict.factor <= c.verdict.factorUpper);
        QCOMPARE(
            c.verdict.sentence(),
            QStringLiteral("B is 2.28× faster than A (95% CI 2.18–2.37, p < 0.001, 21 runs each)"));

        // The same with the sides swapped: A is now the faster one, by the same factor.
        const fc::MetricComparison swapped = fc::compareMetric(kFasterB, kFasterA);
        QCOMPARE(swapped.verdict.faster, fc::Verdict::Side::A);
        QVERIFY(relativelyClose(swapped.verdict.factor, c.verdict.factor, 1e-12));
    }

    void compareMetricStates()
    {
        const fc::MetricComparison similar =
            fc::compareMetric(kSimilarA, kSimilarB, fc::Metric::PeakMemory);
        QCOMPARE(similar.verdict.state, fc::Verdict::State::NoSignificantDifference);
        QCOMPARE(similar.verdict.faster, fc::Verdict::Side::None);
        QCOMPARE(similar.verdict.metric, fc::Metric::PeakMemory);
        QVERIFY(similar.ratio.ci.contains(1.0));

        const fc::MetricComparison few = fc::compareMetric({1, 2, 3}, kFasterB);
        QCOMPARE(few.verdict.state, fc::Verdict::State::NotEnoughRuns);
        QVERIFY(!few.test.isValid());
        QVERIFY(few.ratio.isValid());     // the point estimate is still shown
        QVERIFY(!few.ratio.ci.isValid()); // but not bootstrapped
        QCOMPARE(few.a.n, qsizetype(3));

        const fc::MetricComparison empty = fc::compareMetric({}, kFasterB);
        QCOMPARE(empty.verdict.state, fc::Verdict::State::Failed);
        QVERIFY(!empty.verdict.reason.isEmpty());
    }

    // Two samples that never overlap, 0.1 % apart: real to the test, not worth choosing a side.
    void tinyRealDifference()
    {
        QList<double> a;
        QList<double> b;
        for (int i = 0; i < 20; ++i) {
            a << 300.0 + 0.01 * i;
            b << 300.3 + 0.01 * ((i * 7) % 20);
        }
        const fc::MetricComparison atDefault = fc::compareMetric(a, b);
        QVERIFY(atDefault.test.p < 0.001);
        QVERIFY(atDefault.ratio.ci.lower > 1.0);
        QVERIFY(atDefault.ratio.ci.upper < 1.01);
        QCOMPARE(atDefault.verdict.state, fc::Verdict::State::NoMeaningfulDifference);
        QCOMPARE(atDefault.verdict.faster, fc::Verdict::Side::None);
        QVERIFY(relativelyClose(atDefault.verdict.ratio, 300.395 / 300.095, 1e-12));

        const fc::MetricComparison statistical =
            fc::compareMetric(a, b, fc::Metric::WallTime, {}, 0.0);
        QCOMPARE(statistical.verdict.state, fc::Verdict::State::Significant);
        QCOMPARE(statistical.verdict.faster, fc::Verdict::Side::A);

        // Stretch B to 5 % slower: now beyond the threshold.
        QList<double> slower;
        for (double v : a)
            slower << v * 1.05;
        const fc::MetricComparison clear = fc::compareMetric(a, slower);
        QCOMPARE(clear.verdict.state, fc::Verdict::State::Significant);
        QCOMPARE(clear.verdict.faster, fc::Verdict::Side::A);
        QVERIFY(relativelyClose(clear.verdict.factor, 1.05, 1e-12));
    }
};

QTEST_GUILESS_MAIN(TestStatsCompare)
#include "tst_stats_compare.moc"
