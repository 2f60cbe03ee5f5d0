// What the launcher suites (tst_launcher, tst_launchersession) share: the workload programs of
// tests/workloads, a run spec for them, a readable result, and /proc checks.
#pragma once

#include "probe/measuredprocess.h"
#include "probe/proberesult.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <sys/types.h>

namespace fctest {

inline QString workload(const char *name)
{
    return QStringLiteral(FC_BIN_DIR "/fcw-") + QLatin1String(name);
}

inline fc::MeasuredRunSpec spec(const char *name, const QStringList &args = {})
{
    fc::MeasuredRunSpec s;
    s.program = workload(name);
    s.arguments = args;
    s.timeoutMs = 20000;
    return s;
}

inline QString describe(const fc::ProbeResult &r)
{
    return QStringLiteral("outcome %1 exit %2 signal %3 wall %4 ms cpu %5 ms maxrss %6 KiB "
                          "cgroup peak %7 KiB error %8: %9 problems: %10")
        .arg(int(r.outcome))
        .arg(r.exitCode)
        .arg(r.signal)
        .arg(r.wallMs())
        .arg(r.cpuMs())
        .arg(r.maxRssKib)
        .arg(r.cgroupPeakKib)
        .arg(r.errorCode, r.errorMessage, r.protocolProblems.join(u'|'));
}

// A zombie is dead too: it only waits for its parent to reap it.
inline bool alive(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || close + 2 >= text.size() || text[close + 2] != 'Z';
}

inline qint64 ownRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace fctest
