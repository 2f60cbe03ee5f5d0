#pragma once

#include "model/measurementconditions.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <optional>

namespace fc {

/// Samples what the machine is doing while a comparison's runs are measured: the load average,
/// all CPUs' busy time (/proc/stat) and the CPU frequencies (cpufreq). The runner asks between
/// runs (at most every intervalMs), never during one, so the app does no work while a program is
/// measured. Reads only small /proc and /sys files; where one is missing (macOS, a container or
/// VM without cpufreq) the figure stays empty and the warning says "not readable".
class ConditionSampler
{
public:
    static constexpr int intervalMs = 250;

    /// One look at the machine.
    struct Snapshot
    {
        qint64 atMs = 0;
        std::optional<double> loadAvg1;
        std::optional<quint64> busyTicks; ///< all CPUs, in clock ticks
        int cpus = 0;
        std::optional<double> fastestCoreMHz; ///< the highest scaling_cur_freq of all CPUs
        double ownCpuMs = 0;                  ///< this process's user + system time
    };

    /// Takes the first sample.
    void start();
    /// Between runs: takes a sample when the last one is at least intervalMs old.
    void sampleIfDue();
    /// Takes the last sample, stops, and sums up; `runsCpuMs` is the CPU time of the runs
    /// measured in the window (theirs is not "other load").
    MeasurementConditions stop(double runsCpuMs);
    bool isRunning() const;

    /// Roots of the files read, for tests: "/proc" and "/sys/devices/system/cpu".
    void setRoots(const QString &proc, const QString &cpuSys);

    Snapshot sampleNow() const;

    /// "0.52 0.58 0.59 1/467 12345" -> 0.52.
    static std::optional<double> parseLoadAvg(const QByteArray &text);
    /// The "cpu " line of /proc/stat -> busy ticks (everything but idle and iowait), and the number
    /// of "cpuN" lines.
    static std::optional<quint64> parseBusyTicks(const QByteArray &text, int *cpus = nullptr);
    /// Folds snapshots into conditions (the first and last bound the window).
    static MeasurementConditions summarize(const QList<Snapshot> &snapshots, double runsCpuMs,
                                           double msPerTick, bool frequencyReadable);

private:
    void takeSample();

    QElapsedTimer m_clock;
    QList<Snapshot> m_snapshots;
    QString m_proc = QStringLiteral("/proc");
    QString m_cpuSys = QStringLiteral("/sys/devices/system/cpu");
};

} // namespace fc
