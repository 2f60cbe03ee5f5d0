// Measurement health: each rule from fixed inputs (no timing), and the JSON it travels in.
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "model/health.h"
#include "stats/comparisonstats.h"

#include <QJsonArray>
#include <QTest>

using namespace fc;
using Kind = HealthWarning::Kind;
Q_DECLARE_METATYPE(fc::MeasurementConditions)
Q_DECLARE_METATYPE(fc::HealthWarning::Kind)

namespace {

MeasurementConditions conditions(double windowMs, double busyMs, double ownMs, int cpus,
                                 std::optional<double> load, std::optional<double> fMin,
                                 std::optional<double> fMax)
{
    MeasurementConditions c;
    c.samples = 10;
    c.windowMs = windowMs;
    c.cpus = cpus;
    c.busyCpuMs = busyMs;
    c.ownCpuMs = ownMs;
    c.loadAvgFirst = load;
    c.loadAvgMax = load;
    c.frequencyReadable = fMin.has_value();
    c.frequencyMinMHz = fMin;
    c.frequencyMaxMHz = fMax;
    return c;
}

// n values around `level`, a fixed scramble of a 1 % spread (no two equal).
QList<double> flat(double level, int n)
{
    QList<double> out;
    for (int i = 0; i < n; ++i)
        out << level * (1.0 + 0.01 * double((i * 7) % n) / n);
    return out;
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT
private slots:
    void otherLoad_data()
    {
        QTest::addColumn<MeasurementConditions>("c");
        QTest::addColumn<bool>("warns");
        QTest::addColumn<QString>("says");
        // 10 s of runs; our runs used 10 s of CPU.
        QTest::newRow("quiet") << conditions(10000, 10500, 10000, 2, 1.1, {}, {}) << false
                               << QString();
        QTest::newRow("just below a quarter core")
            << conditions(10000, 12490, 10000, 2, 1.3, {}, {}) << false << QString();
        QTest::newRow("a busy neighbour")
            << conditions(10000, 18000, 10000, 2, 2.4, {}, {}) << true
            << QStringLiteral("other processes used 0.80 of 2 cores on average");
        // Kernel accounting can put the busy time a little below ours: never negative.
        QTest::newRow("busy below ours")
            << conditions(10000, 9900, 10000, 2, 1.0, {}, {}) << false << QString();
        MeasurementConditions noStat = conditions(10000, 0, 0, 2, 2.2, {}, {});
        noStat.busyCpuMs.reset();
        QTest::newRow("no /proc/stat, high load average")
            << noStat << true << QStringLiteral("the load average reached 2.20");
        noStat.loadAvgMax = 1.5;
        QTest::newRow("no /proc/stat, load average ours") << noStat << false << QString();
        QTest::newRow("nothing sampled") << MeasurementConditions{} << false << QString();
    }
    void otherLoad()
    {
        QFETCH(MeasurementConditions, c);
        QFETCH(bool, warns);
        QFETCH(QString, says);
        const auto w = health::otherLoad(c);
        QCOMPARE(w.has_value(), warns);
        if (w) {
            QCOMPARE(w->kind, Kind::OtherLoad);
            QVERIFY2(w->message.contains(says), qPrintable(w->message));
            QVERIFY(!w->isNote());
        }
    }

    void frequency_data()
    {
        QTest::addColumn<MeasurementConditions>("c");
        QTest::addColumn<bool>("said");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("steady") << conditions(1000, 0, 0, 2, 1, 3500.0, 3600.0) << false
                                << Kind::CpuFrequency << QString();
        QTest::newRow("throttled")
            << conditions(1000, 0, 0, 2, 1, 2000.0, 3600.0) << true << Kind::CpuFrequency
            << QStringLiteral("between 2000 and 3600 MHz (44.4% apart)");
        QTest::newRow("not readable")
            << conditions(1000, 0, 0, 2, 1, {}, {}) << true << Kind::FrequencyUnreadable
            << QStringLiteral("CPU frequency not readable on this machine");
        QTest::newRow("nothing sampled")
            << MeasurementConditions{} << false << Kind::CpuFrequency << QString();
    }
    void frequency()
    {
        QFETCH(MeasurementConditions, c);
        QFETCH(bool, said);
        QFETCH(Kind, kind);
        QFETCH(QString, says);
        const auto w = health::frequency(c);
        QCOMPARE(w.has_value(), said);
        if (w) {
            QCOMPARE(w->kind, kind);
            QCOMPARE(w->isNote(), kind == Kind::FrequencyUnreadable);
            QVERIFY2(w->message.contains(says), qPrintable(w->message));
        }
    }

    void drift_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("warns");
        QTest::addColumn<QString>("says");
        QTest::newRow("steady") << flat(100, 20) << 0.01 << false << QString();
        QTest::newRow("second half 5% slower")
            << (flat(100, 10) + flat(105, 10)) << 0.01 << true
            << QStringLiteral(
                   "B drifted during the runs: its second half of runs was 5.00% slower");
        QTest::newRow("second half 8% faster")
            << (flat(100, 10) + flat(92, 10)) << 0.01 << true << QStringLiteral("8.00% faster");
        // Real (the halves never overlap) but within the threshold: not worth a warning.
        QTest::newRow("0.5% apart, T = 1%")
            << (flat(100, 10) + flat(100.5, 10)) << 0.01 << false << QString();
        QTest::newRow("1.5% apart, T = 1%")
            << (flat(100, 10) + flat(101.5, 10)) << 0.01 << true << QStringLiteral("slower");
        QTest::newRow("too few runs for a test")
            << (flat(100, 3) + flat(200, 3)) << 0.01 << false << QString();
        // An odd count: the middle run belongs to neither half.
        QTest::newRow("odd count") << (flat(100, 10) + QList<double>{150} + flat(110, 10)) << 0.01
                                   << true << QStringLiteral("slower");
    }
    void drift()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, threshold);
        QFETCH(bool, warns);
        QFETCH(QString, says);
        const auto w = health::drift(SideId::B, values, threshold);
        QCOMPARE(w.has_value(), warns);
        if (w) {
            QCOMPARE(w->kind, Kind::Drift);
            QCOMPARE(w->side, SideId::B);
            QVERIFY2(w->message.contains(says), qPrintable(w->message));
        }
    }

    void precision()
    {
        RunPlan adaptive;
        adaptive.mode = RunPlan::Mode::Adaptive;
        adaptive.targetCiPercent = 1.0;
        RunPlan fixed;
        fixed.mode = RunPlan::Mode::Fixed;

        // Tight and 5 % apart: the target is met and the verdict is "faster": nothing to say.
        const MetricComparison clear = compareMetric(flat(100, 30), flat(105, 30));
        QCOMPARE(clear.verdict.state, Verdict::State::Significant);
        QVERIFY(health::precision(adaptive, clear).isEmpty());

        // ±20 % noise, 10 runs: far wider than the ±1 % asked, and the ratio's CI reaches beyond
        // the threshold although the verdict says no difference.
        QList<double> noisyA;
        QList<double> noisyB;
        for (int i = 0; i < 10; ++i) {
            noisyA << 100 * (0.8 + 0.4 * double((i * 3) % 10) / 10);
            noisyB << 100 * (0.8 + 0.4 * double((i * 7) % 10) / 10) + 1;
        }
        const MetricComparison noisy = compareMetric(noisyA, noisyB);
        QCOMPARE(noisy.verdict.state, Verdict::State::NoSignificantDifference);
        const QList<HealthWarning> adaptiveWarnings = health::precision(adaptive, noisy);
        QCOMPARE(adaptiveWarnings.size(), 3); // A's median, B's median, the ratio
        for (const HealthWarning &w : adaptiveWarnings)
            QCOMPARE(w.kind, Kind::TooFewRuns);
        QVERIFY2(adaptiveWarnings[0].message.contains(QStringLiteral("A's median is known to ±")),
                 qPrintable(adaptiveWarnings[0].message));
        QVERIFY2(adaptiveWarnings[2].message.contains(
                     QLatin1String("Too few runs to rule out a difference above 1%")),
                 qPrintable(adaptiveWarnings[2].message));
        // A fixed plan asked for no precision: only the verdict's own need remains.
        QCOMPARE(health::precision(fixed, noisy).size(), 1);
        // With no threshold there is no band to rule out.
        QCOMPARE(health::precision(fixed, compareMetric(noisyA, noisyB, Metric::WallTime, {}, 0.0))
                     .size(),
                 0);
    }

    // The warnings travel in the document (health.warnings) and the conditions round-trip.
    void documentCarriesWarningsAndConditions()
    {
        Comparison c;
        c.status = Comparison::Status::Success;
        c.plan.mode = RunPlan::Mode::Fixed;
        for (int s = 0; s < 2; ++s) {
            Side &side = c.sides[size_t(s)];
            side.lang = QStringLiteral("c");
            side.status = Side::Status::Success;
            // B is twice as slow (a clear verdict) and drifts by 10 % half-way.
            const QList<double> walls = s == 0 ? flat(100, 20) : flat(200, 10) + flat(220, 10);
            for (int i = 0; i < walls.size(); ++i) {
                RunRecord r;
                r.index = 2 * i + s;
                r.wallMs = walls[i];
                r.userMs = walls[i];
                r.memKiB = 1000;
                side.runs << r;
            }
        }
        c.conditions = conditions(4000, 6000, 4000, 2, 2.5, {}, {});
        QCOMPARE(analyze(c).verdict.state, Verdict::State::Significant);
        const QJsonObject doc = comparisonDocument(c);
        const QJsonArray warnings = doc.value(QStringLiteral("health"))
                                        .toObject()
                                        .value(QStringLiteral("warnings"))
                                        .toArray();
        QStringList kinds;
        for (const QJsonValue &w : warnings) {
            kinds << w.toObject().value(QStringLiteral("kind")).toString();
            QVERIFY(!w.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("other-load"),
                              QStringLiteral("frequency-not-readable"), QStringLiteral("drift")}));
        QCOMPARE(warnings[2].toObject().value(QStringLiteral("side")).toString(),
                 QStringLiteral("B"));
        QCOMPARE(warnings[1].toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("note"));
        QCOMPARE(warnings[0].toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));

        QString error;
        const auto back = comparisonFromJson(doc, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->conditions, c.conditions);
        QCOMPARE(analyze(*back).health, analyze(c).health);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
