// Descriptive statistics of one side against numpy/scipy.
//
// Reference values: numpy 1.24.2 and scipy 1.10.1 (Debian 12 python3-scipy), printed by
// tests/core/data/stats/reference.py ("## summarize()" and "## median CI ranks"):
//   mean np.mean(x); median np.median(x); stddev np.std(x, ddof=1);
//   mad scipy.stats.median_abs_deviation(x); madScaled ...(x, scale='normal');
//   p5/p95 np.percentile(x, [5, 95]) (default method 'linear');
//   median CI k = int(scipy.stats.binom.ppf(0.025, n, 0.5)), [sorted[k-1], sorted[n-k]],
//   coverage 1 - 2 scipy.stats.binom.cdf(k - 1, n, 0.5);
//   outliers |0.6745 (x - median) / mad| > 3.5 (mad == 0: (x - median) / (1.253314 MeanAD)).
#include "stats/medianci.h"
#include "stats/outliers.h"
#include "stats/quantile.h"
#include "stats/summary.h"

#include <QTest>
#include <cmath>
#include <limits>

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

// Both NaN, or equal to a relative 1e-12 (numpy sums pairwise, we sum in order).
bool close(double actual, double expected, double tolerance = 1e-12)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

#define FC_CLOSE(actual, expected)                                                                 \
    QVERIFY2(close(actual, expected), qPrintable(QStringLiteral("%1 = %2, expected %3")            \
                                                     .arg(QLatin1String(#actual))                  \
                                                     .arg(actual, 0, 'g', 17)                      \
                                                     .arg(expected, 0, 'g', 17)))

const QList<double> kLarge40 = {
    123.951, 122.849, 116.203, 113.135, 119.135, 127.442, 128.274, 125.575, 122.098, 129.995,
    127.63,  118.685, 113.794, 180.25,  117.506, 124.197, 109.13,  118.857, 130.458, 114.603,
    115.534, 119.495, 111.788, 119.225, 119.906, 119.972, 114.213, 117.825, 123.988, 115.788,
    123.329, 151.5,   111.736, 116.19,  123.997, 122.998, 121.081, 117.926, 120.653, 131.793};

} // namespace

class TestStatsSummary : public QObject
{
    Q_OBJECT
private slots:
    void summarize_data()
    {
        QTest::addColumn<QList<double>>("input");
        QTest::addColumn<qsizetype>("n");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("stddev");
        QTest::addColumn<double>("mad");
        QTest::addColumn<double>("madScaled");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("p5");
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("ciLower");
        QTest::addColumn<double>("ciUpper");
        QTest::addColumn<double>("ciLevel");
        QTest::addColumn<QList<qsizetype>>("outliers");

        // n = 5 is below the smallest sample (6) whose [min, max] covers the median at 95%.
        QTest::newRow("small5") << QList<double>{12.1, 11.8, 12.4, 12.0, 11.9} << qsizetype(5)
                                << 12.04 << 12.0 << 0.23021728866442664 << 0.09999999999999964
                                << 0.14826022185055968 << 11.8 << 12.4 << 11.82 << 12.34 << NaN
                                << NaN << NaN << QList<qsizetype>{};
        QTest::newRow("even8") << QList<double>{3.2, 2.9, 3.5, 3.1, 3.0, 3.3, 2.8, 3.4}
                               << qsizetype(8) << 3.15 << 3.1500000000000004 << 0.24494897427831783
                               << 0.19999999999999996 << 0.2965204437011203 << 2.8 << 3.5 << 2.835
                               << 3.465 << 2.8 << 3.5 << 0.9921875 << QList<qsizetype>{};
        QTest::newRow("ties12") << QList<double>{5, 5, 5, 6, 6, 7, 7, 7, 7, 8, 5, 6}
                                << qsizetype(12) << 6.166666666666667 << 6.0 << 1.0298573010888745
                                << 1.0 << 1.482602218505602 << 5.0 << 8.0 << 5.0
                                << 7.449999999999999 << 5.0 << 7.0 << 0.96142578125
                                << QList<qsizetype>{};
        QTest::newRow("outliers12")
            << QList<double>{10.0, 10.1, 9.9, 10.2, 10.0, 9.8, 10.1, 25.0, 10.0, 3.0, 10.05, 9.95}
            << qsizetype(12) << 10.674999999999999 << 10.0 << 4.941912585224469
            << 0.09999999999999964 << 0.14826022185055968 << 3.0 << 25.0 << 6.74
            << 16.85999999999999 << 9.9 << 10.1 << 0.96142578125 << QList<qsizetype>{7, 9};
        // MAD = 0: the MeanAD fallback still flags the one value that differs.
        QTest::newRow("madzero8") << QList<double>{4, 4, 4, 4, 4, 4, 4, 8} << qsizetype(8) << 4.5
                                  << 4.0 << 1.4142135623730951 << 0.0 << 0.0 << 4.0 << 8.0 << 4.0
                                  << 6.599999999999998 << 4.0 << 8.0 << 0.9921875
                                  << QList<qsizetype>{7};
        QTest::newRow("single") << QList<double>{7.5} << qsizetype(1) << 7.5 << 7.5 << NaN << 0.0
                                << 0.0 << 7.5 << 7.5 << 7.5 << 7.5 << NaN << NaN << NaN
                                << QList<qsizetype>{};
        QTest::newRow("large40") << kLarge40 << qsizetype(40) << 122.5676 << 119.939
                                 << 11.88411047510984 << 4.053500000000007 << 6.009728092712468
                                 << 109.13 << 180.25 << 111.7854 << 132.77834999999996 << 117.926
                                 << 123.329 << 0.9615226917157997 << QList<qsizetype>{13, 31};
    }
    void summarize()
    {
        QFETCH(QList<double>, input);
        QFETCH(qsizetype, n);
        QFETCH(double, mean);
        QFETCH(double, median);
        QFETCH(double, stddev);
        QFETCH(double, mad);
        QFETCH(double, madScaled);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, p5);
        QFETCH(double, p95);
        QFETCH(double, ciLower);
        QFETCH(double, ciUpper);
        QFETCH(double, ciLevel);
        QFETCH(QList<qsizetype>, outliers);

        const fc::Summary s = fc::summarize(input);
        QCOMPARE(s.n, n);
        QCOMPARE(s.nonFinite, qsizetype(0));
        QVERIFY(!s.isEmpty());
        FC_CLOSE(s.mean, mean);
        FC_CLOSE(s.median, median);
        FC_CLOSE(s.stddev, stddev);
        FC_CLOSE(s.mad, mad);
        FC_CLOSE(s.madScaled, madScaled);
        FC_CLOSE(s.min, min);
        FC_CLOSE(s.max, max);
        FC_CLOSE(s.p5, p5);
        FC_CLOSE(s.p95, p95);
        QCOMPARE(s.medianCi.isValid(), !std::isnan(ciLower));
        FC_CLOSE(s.medianCi.lower, ciLower);
        FC_CLOSE(s.medianCi.upper, ciUpper);
        FC_CLOSE(s.medianCi.level, ciLevel);
        QCOMPARE(s.outliers, outliers);
        for (qsizetype i : outliers)
            QVERIFY(s.isOutlier(i));
    }

    // Figures do not depend on the order of the runs; outlier indices follow the runs.
    void orderDoesNotMatter()
    {
        QList<double> reversed(kLarge40.rbegin(), kLarge40.rend());
        const fc::Summary forward = fc::summarize(kLarge40);
        const fc::Summary backward = fc::summarize(reversed);
        QCOMPARE(backward.median, forward.median);
        QCOMPARE(backward.medianCi.lower, forward.medianCi.lower);
        QCOMPARE(backward.p95, forward.p95);
        QCOMPARE(backward.outliers, (QList<qsizetype>{40 - 1 - 31, 40 - 1 - 13}));
    }

    void empty()
    {
        const fc::Summary s = fc::summarize({});
        QCOMPARE(s.n, qsizetype(0));
        QVERIFY(s.isEmpty());
        for (double figure :
             {s.mean, s.median, s.stddev, s.mad, s.madScaled, s.min, s.max, s.p5, s.p95})
            QVERIFY(std::isnan(figure));
        QVERIFY(!s.medianCi.isValid());
        QVERIFY(s.outliers.isEmpty());
    }

    // NaN and inf (a broken measurement) are counted and left out; indices still point into the
    // caller's list. Expected figures are those of "outliers12" above.
    void nonFiniteValuesAreLeftOut()
    {
        const QList<double> input{NaN,  10.0, 10.1, 9.9, 10.2,  Inf,  10.0, 9.8,
                                  10.1, 25.0, 10.0, 3.0, 10.05, 9.95, -Inf};
        const fc::Summary s = fc::summarize(input);
        QCOMPARE(s.n, qsizetype(12));
        QCOMPARE(s.nonFinite, qsizetype(3));
        FC_CLOSE(s.mean, 10.674999999999999);
        FC_CLOSE(s.stddev, 4.941912585224469);
        QCOMPARE(s.outliers, (QList<qsizetype>{9, 11}));
        QCOMPARE(input[9], 25.0);
        QCOMPARE(input[11], 3.0);

        const fc::Summary none = fc::summarize({NaN, Inf});
        QVERIFY(none.isEmpty());
        QCOMPARE(none.nonFinite, qsizetype(2));
        QVERIFY(std::isnan(none.median));
    }

    // The order-statistic ranks against scipy.stats.binom (the same table as Conover's, e.g.
    // n = 10: X(2)..X(9), 97.85%; n = 20: X(6)..X(15), 95.86%).
    void medianCiRanks_data()
    {
        QTest::addColumn<qsizetype>("n");
        QTest::addColumn<qsizetype>("lower");
        QTest::addColumn<qsizetype>("upper");
        QTest::addColumn<double>("coverage");
        QTest::newRow("0") << qsizetype(0) << qsizetype(0) << qsizetype(0) << NaN;
        QTest::newRow("1") << qsizetype(1) << qsizetype(0) << qsizetype(0) << NaN;
        QTest::newRow("5") << qsizetype(5) << qsizetype(0) << qsizetype(0) << NaN;
        QTest::newRow("6") << qsizetype(6) << qsizetype(1) << qsizetype(6) << 0.96875;
        QTest::newRow("7") << qsizetype(7) << qsizetype(1) << qsizetype(7) << 0.984375;
        QTest::newRow("8") << qsizetype(8) << qsizetype(1) << qsizetype(8) << 0.9921875;
        QTest::newRow("9") << qsizetype(9) << qsizetype(2) << qsizetype(8) << 0.9609375;
        QTest::newRow("10") << qsizetype(10) << qsizetype(2) << qsizetype(9) << 0.978515625;
        QTest::newRow("11") << qsizetype(11) << qsizetype(2) << qsizetype(10) << 0.98828125;
        QTest::newRow("12") << qsizetype(12) << qsizetype(3) << qsizetype(10) << 0.96142578125;
        QTest::newRow("15") << qsizetype(15) << qsizetype(4) << qsizetype(12) << 0.96484375;
        QTest::newRow("20") << qsizetype(20) << qsizetype(6) << qsizetype(15) << 0.9586105346679688;
        QTest::newRow("25") << qsizetype(25) << qsizetype(8) << qsizetype(18) << 0.9567147493362427;
        QTest::newRow("30") << qsizetype(30) << qsizetype(10) << qsizetype(21)
                            << 0.9572260547429323;
        QTest::newRow("50") << qsizetype(50) << qsizetype(18) << qsizetype(33)
                            << 0.9671608624357315;
        QTest::newRow("100") << qsizetype(100) << qsizetype(40) << qsizetype(61)
                             << 0.9647997997822951;
        QTest::newRow("1000") << qsizetype(1000) << qsizetype(469) << qsizetype(532)
                              << 0.9537088026395019;
        // 2^-5000 underflows a double: the CDF must be walked in log space.
        QTest::newRow("5000") << qsizetype(5000) << qsizetype(2431) << qsizetype(2570)
                              << 0.9506841418958285;
    }
    void medianCiRanks()
    {
        QFETCH(qsizetype, n);
        QFETCH(qsizetype, lower);
        QFETCH(qsizetype, upper);
        QFETCH(double, coverage);
        const fc::stats::MedianCiRanks ranks = fc::stats::medianCiRanks(n);
        QCOMPARE(ranks.isValid(), lower > 0);
        QCOMPARE(ranks.lower, lower);
        QCOMPARE(ranks.upper, upper);
        if (ranks.isValid()) {
            QVERIFY2(close(ranks.coverage, coverage, 1e-9),
                     qPrintable(QString::number(ranks.coverage, 'g', 17)));
            QVERIFY(ranks.coverage >= 0.95);
        }
    }

    // The interval is made of the sample's own order statistics.
    void medianCiUsesOrderStatistics()
    {
        QList<double> values;
        for (int i = 20; i >= 1; --i)
            values.append(i * 1.5);
        const fc::ConfidenceInterval ci = fc::stats::sortedMedianCi([&] {
            QList<double> s = values;
            std::sort(s.begin(), s.end());
            return s;
        }());
        QCOMPARE(ci.lower, 6 * 1.5);
        QCOMPARE(ci.upper, 15 * 1.5);
        QVERIFY(ci.contains(fc::summarize(values).median));
        // A 99% interval is wider: X(4)..X(17) for n = 20 (scipy.stats.binom.ppf(0.005, 20, .5)).
        const fc::stats::MedianCiRanks wide = fc::stats::medianCiRanks(20, 0.99);
        QCOMPARE(wide.lower, qsizetype(4));
        QCOMPARE(wide.upper, qsizetype(17));
    }

    void quantileDefinition_data()
    {
        QTest::addColumn<QList<double>>("sorted");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // np.percentile([1, 2, 3, 4], q) for q = 5, 50, 95, 0, 100 and np.percentile([7], 5)
        QTest::newRow("p5") << QList<double>{1, 2, 3, 4} << 0.05 << 1.15;
        QTest::newRow("p50") << QList<double>{1, 2, 3, 4} << 0.5 << 2.5;
        QTest::newRow("p95") << QList<double>{1, 2, 3, 4} << 0.95 << 3.85;
        QTest::newRow("p0") << QList<double>{1, 2, 3, 4} << 0.0 << 1.0;
        QTest::newRow("p100") << QList<double>{1, 2, 3, 4} << 1.0 << 4.0;
        QTest::newRow("single") << QList<double>{7} << 0.05 << 7.0;
        QTest::newRow("empty") << QList<double>{} << 0.5 << NaN;
        QTest::newRow("outOfRange") << QList<double>{1, 2} << 1.5 << NaN;
    }
    void quantileDefinition()
    {
        QFETCH(QList<double>, sorted);
        QFETCH(double, p);
        QFETCH(double, expected);
        FC_CLOSE(fc::stats::sortedQuantile(sorted, p), expected);
    }

    void modifiedZScore()
    {
        // 0.6745 (25 - 10) / 0.09999999999999964, as numpy computes it
        const QList<double> values{10.0, 10.1, 9.9,  10.2, 10.0,  9.8,
                                   10.1, 25.0, 10.0, 3.0,  10.05, 9.95};
        const QList<double> z = fc::stats::modifiedZScores(values, 10.0, 0.09999999999999964);
        QCOMPARE(z.size(), values.size());
        QVERIFY2(close(z[7], 101.17500000000035, 1e-9), qPrintable(QString::number(z[7], 'g', 17)));
        QVERIFY(close(z[0], 0.0));
        // Every value equal: no spread at all, no outlier, no division by zero.
        QCOMPARE(fc::stats::modifiedZScores({5, 5, 5}, 5, 0), (QList<double>{0, 0, 0}));
        QVERIFY(fc::stats::outlierIndices({5, 5, 5}, 5, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatsSummary)
#include "tst_stats_summary.moc"
