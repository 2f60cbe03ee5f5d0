// The sampler of measurement conditions: parsing from fixed text, folding fixed snapshots, and a
// plausibility check on this machine's real files (fields present where Linux has them; no timing).
#include "runner/conditionsampler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using Snapshot = ConditionSampler::Snapshot;

class TestConditionSampler : public QObject
{
    Q_OBJECT
private slots:
    void parseLoadAvg_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected"); // -1: none
        QTest::newRow("linux") << QByteArray("0.52 0.58 0.59 1/467 12345\n") << 0.52;
        QTest::newRow("busy") << QByteArray("15.03 9.10 4.00 9/900 1") << 15.03;
        QTest::newRow("empty") << QByteArray() << -1.0;
        QTest::newRow("garbage") << QByteArray("load high") << -1.0;
    }
    void parseLoadAvg()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        const auto load = ConditionSampler::parseLoadAvg(text);
        QCOMPARE(load.has_value(), expected >= 0);
        if (load)
            QCOMPARE(*load, expected);
    }

    void parseBusyTicks()
    {
        // user nice system idle iowait irq softirq steal guest guest_nice
        const QByteArray stat("cpu  100 20 30 1000 50 4 6 7 9 9\n"
                              "cpu0 50 10 15 500 25 2 3 3 0 0\n"
                              "cpu1 50 10 15 500 25 2 3 4 0 0\n"
                              "intr 12345\nctxt 999\n");
        int cpus = 0;
        const auto busy = ConditionSampler::parseBusyTicks(stat, &cpus);
        QVERIFY(busy.has_value());
        QCOMPARE(*busy, quint64(100 + 20 + 30 + 4 + 6 + 7)); // guest time is inside user already
        QCOMPARE(cpus, 2);
        QVERIFY(!ConditionSampler::parseBusyTicks("cpu  1 2 x 4 5\n").has_value());
        QVERIFY(!ConditionSampler::parseBusyTicks("").has_value());
    }

    void summarizeFoldsSnapshots()
    {
        QList<Snapshot> snapshots;
        for (int i = 0; i < 5; ++i) {
            Snapshot s;
            s.atMs = 1000 * i;
            s.loadAvg1 = 1.0 + 0.5 * (i % 3);
            s.busyTicks = quint64(10000 + 150 * i); // 1.5 cores busy at 10 ms a tick
            s.cpus = 2;
            s.fastestCoreMHz = i == 2 ? 2400.0 : 3600.0;
            s.ownCpuMs = 100 + 10 * i;
            snapshots << s;
        }
        const MeasurementConditions c = ConditionSampler::summarize(snapshots, 4000, 10.0, true);
        QCOMPARE(c.samples, 5);
        QCOMPARE(c.windowMs, 4000.0);
        QCOMPARE(c.cpus, 2);
        QCOMPARE(*c.loadAvgFirst, 1.0);
        QCOMPARE(*c.loadAvgMax, 2.0);
        QCOMPARE(*c.busyCpuMs, 6000.0);
        QCOMPARE(*c.ownCpuMs, 4000.0 + 40.0);
        QCOMPARE(*c.otherCpuCores(), (6000.0 - 4040.0) / 4000.0);
        QCOMPARE(*c.frequencyMinMHz, 2400.0);
        QCOMPARE(*c.frequencyMaxMHz, 3600.0);

        // Nothing readable: every figure stays empty rather than zero.
        QList<Snapshot> blind(2);
        blind[1].atMs = 500;
        const MeasurementConditions none = ConditionSampler::summarize(blind, 100, 10.0, false);
        QCOMPARE(none.samples, 2);
        QVERIFY(!none.loadAvgMax);
        QVERIFY(!none.busyCpuMs);
        QVERIFY(!none.otherCpuCores());
        QVERIFY(!none.frequencyMinMHz);
        QVERIFY(!none.frequencyReadable);
    }

    // cpufreq from a made-up /sys tree: the fastest core counts; a missing file is "not readable".
    void frequencyFromSysTree()
    {
        QTemporaryDir sys;
        QVERIFY(sys.isValid());
        const QList<QPair<QString, QByteArray>> cores{{QStringLiteral("cpu0"), "1200000\n"},
                                                      {QStringLiteral("cpu1"), "3400000\n"},
                                                      {QStringLiteral("cpu2"), ""}};
        for (const auto &[cpu, khz] : cores) {
            QVERIFY(QDir(sys.path()).mkpath(cpu + QStringLiteral("/cpufreq")));
            if (khz.isEmpty())
                continue;
            QFile f(sys.filePath(cpu + QStringLiteral("/cpufreq/scaling_cur_freq")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(khz);
        }
        ConditionSampler sampler;
        sampler.setRoots(QStringLiteral("/proc"), sys.path());
        QCOMPARE(sampler.sampleNow().fastestCoreMHz.value_or(-1), 3400.0);

        QTemporaryDir empty;
        sampler.setRoots(QStringLiteral("/proc"), empty.path());
        QVERIFY(!sampler.sampleNow().fastestCoreMHz.has_value());
        sampler.start();
        const MeasurementConditions c = sampler.stop(0);
        QVERIFY(!c.frequencyReadable);
    }

    // This machine's own files: plausible values where Linux has them.
    void realMachineIsPlausible()
    {
#ifndef Q_OS_LINUX
        QSKIP("/proc/loadavg and /proc/stat are Linux's");
#endif
        ConditionSampler sampler;
        const Snapshot s = sampler.sampleNow();
        QVERIFY(s.loadAvg1.has_value());
        QVERIFY(*s.loadAvg1 >= 0);
        QVERIFY(s.busyTicks.has_value());
        QVERIFY(s.cpus >= 1);
        QVERIFY(s.ownCpuMs > 0); // this test has run code already
        const bool cpufreq =
            QFile::exists(QStringLiteral("/sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq"));
        QCOMPARE(s.fastestCoreMHz.has_value(), cpufreq);
        if (s.fastestCoreMHz)
            QVERIFY(*s.fastestCoreMHz > 10 && *s.fastestCoreMHz < 100000);

        sampler.start();
        sampler.sampleIfDue();
        const MeasurementConditions c = sampler.stop(0);
        QVERIFY(c.samples >= 2);
        QVERIFY(c.windowMs >= 0);
        QCOMPARE(c.cpus, s.cpus);
        QVERIFY(c.busyCpuMs.has_value());
        QCOMPARE(c.frequencyReadable, cpufreq);
        QVERIFY(!sampler.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestConditionSampler)
#include "tst_conditionsampler.moc"
