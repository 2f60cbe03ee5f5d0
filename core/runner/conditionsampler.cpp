#include "runner/conditionsampler.h"

#include <QDir>
#include <QFile>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace fc {

namespace {

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

double ownCpuMs()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1000 + t.tv_usec / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
#else
    return 0;
#endif
}

double msPerTick()
{
#ifdef Q_OS_UNIX
    const long ticks = sysconf(_SC_CLK_TCK);
    return ticks > 0 ? 1000.0 / double(ticks) : 10.0;
#else
    return 10.0;
#endif
}

} // namespace

void ConditionSampler::setRoots(const QString &proc, const QString &cpuSys)
{
    m_proc = proc;
    m_cpuSys = cpuSys;
}

void ConditionSampler::start()
{
    m_snapshots.clear();
    m_clock.start();
    takeSample();
}

void ConditionSampler::sampleIfDue()
{
    if (m_clock.isValid() && !m_snapshots.isEmpty() &&
        m_clock.elapsed() - m_snapshots.last().atMs >= intervalMs)
        takeSample();
}

bool ConditionSampler::isRunning() const
{
    return m_clock.isValid();
}

MeasurementConditions ConditionSampler::stop(double runsCpuMs)
{
    if (!m_clock.isValid())
        return {};
    takeSample();
    const bool readable =
        std::any_of(m_snapshots.cbegin(), m_snapshots.cend(),
                    [](const Snapshot &s) { return s.fastestCoreMHz.has_value(); });
    MeasurementConditions c = summarize(m_snapshots, runsCpuMs, msPerTick(), readable);
    m_snapshots.clear();
    m_clock.invalidate();
    return c;
}

void ConditionSampler::takeSample()
{
    Snapshot s = sampleNow();
    s.atMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_snapshots << s;
}

ConditionSampler::Snapshot ConditionSampler::sampleNow() const
{
    Snapshot s;
    s.loadAvg1 = parseLoadAvg(readSmall(m_proc + QStringLiteral("/loadavg")));
    s.busyTicks = parseBusyTicks(readSmall(m_proc + QStringLiteral("/stat")), &s.cpus);
    s.ownCpuMs = ownCpuMs();
    const QDir dir(m_cpuSys);
    const QStringList cpus =
        dir.entryList({QStringLiteral("cpu[0-9]*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &cpu : cpus) {
        bool ok = false;
        const double kHz =
            readSmall(dir.filePath(cpu + QStringLiteral("/cpufreq/scaling_cur_freq")))
                .trimmed()
                .toDouble(&ok);
        if (ok && kHz > 0)
            s.fastestCoreMHz = std::max(s.fastestCoreMHz.value_or(0.0), kHz / 1000.0);
    }
    return s;
}

std::optional<double> ConditionSampler::parseLoadAvg(const QByteArray &text)
{
    const QList<QByteArray> fields = text.simplified().split(' ');
    if (fields.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double load = fields.first().toDouble(&ok);
    if (!ok || load < 0)
        return std::nullopt;
    return load;
}

std::optional<quint64> ConditionSampler::parseBusyTicks(const QByteArray &text, int *cpus)
{
    std::optional<quint64> busy;
    int count = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("cpu ")) {
            // user nice system idle iowait irq softirq steal [guest guest_nice: inside user, nice]
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 5)
                return std::nullopt;
            quint64 sum = 0;
            for (qsizetype i = 1; i < f.size() && i <= 8; ++i) {
                bool ok = false;
                const quint64 v = f[i].toULongLong(&ok);
                if (!ok)
                    return std::nullopt;
                if (i != 4 && i != 5) // idle and iowait are not work
                    sum += v;
            }
            busy = sum;
        } else if (line.startsWith("cpu")) {
            ++count;
        }
    }
    if (cpus)
        *cpus = count;
    return busy;
}

MeasurementConditions ConditionSampler::summarize(const QList<Snapshot> &snapshots,
                                                  double runsCpuMs, double msPerTick,
                                                  bool frequencyReadable)
{
    MeasurementConditions c;
    c.samples = int(snapshots.size());
    if (snapshots.isEmpty())
        return c;
    const Snapshot &first = snapshots.first();
    const Snapshot &last = snapshots.last();
    c.windowMs = double(last.atMs - first.atMs);
    c.cpus = last.cpus;
    c.loadAvgFirst = first.loadAvg1;
    c.frequencyReadable = frequencyReadable;
    for (const Snapshot &s : snapshots) {
        if (s.loadAvg1)
            c.loadAvgMax = std::max(c.loadAvgMax.value_or(0.0), *s.loadAvg1);
        if (s.fastestCoreMHz) {
            c.frequencyMinMHz =
                std::min(c.frequencyMinMHz.value_or(*s.fastestCoreMHz), *s.fastestCoreMHz);
            c.frequencyMaxMHz = std::max(c.frequencyMaxMHz.value_or(0.0), *s.fastestCoreMHz);
        }
    }
    if (first.busyTicks && last.busyTicks && *last.busyTicks >= *first.busyTicks) {
        c.busyCpuMs = double(*last.busyTicks - *first.busyTicks) * msPerTick;
        c.ownCpuMs = runsCpuMs + std::max(0.0, last.ownCpuMs - first.ownCpuMs);
    }
    return c;
}

} // namespace fc
