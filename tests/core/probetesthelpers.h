// What the launcher suites (tst_launcher, tst_launchersession*, tst_spawner, tst_capture) share:
// the launcher beside them, the workload programs of tests/workloads, a run spec for them, a
// readable result, the pids a workload wrote, and /proc checks.
#pragma once

#include "probe/measuredprocess.h"
#include "probe/proberesult.h"

#include <QByteArray>
#include <QFile>
#include <QScopeGuard>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <functional>
#include <sys/types.h>

namespace fctest {

inline const QString kLauncher = QStringLiteral(FC_BIN_DIR "/fastercodes-launcher");

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

// spinforever: a tree that never ends (the program, `children` spinning children, one of them in a
// session of its own with an orphaned grandchild), its pids written to `pidFile`. No timeout:
// only a cancel, a kill or the test ends it.
inline fc::MeasuredRunSpec spinSpec(const QString &pidFile, int children)
{
    fc::MeasuredRunSpec s = spec("spinforever", {pidFile, QString::number(children)});
    s.timeoutMs = 0;
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

// The pids a workload such as spinforever wrote, one per line.
inline QList<pid_t> pidsIn(const QString &file)
{
    QFile f(file);
    QList<pid_t> pids;
    if (!f.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray &line : f.readAll().trimmed().split('\n'))
        pids << pid_t(line.toInt());
    return pids;
}

// Whatever happens, the test leaves nothing of a spinSpec tree spinning.
[[nodiscard]] inline auto killOnExit(const QString &pidFile)
{
    return qScopeGuard([pidFile] {
        for (pid_t pid : pidsIn(pidFile))
            ::kill(pid, SIGKILL);
    });
}

// Calls `act` once `file` lists `count` pids, that is once the whole tree runs, not after a fixed
// delay that a slow start-up outlasts (AddressSanitizer at load 17: "asked to stop before the
// program started"). Polled by `poll` from the event loop of whoever waits for the run.
inline void whenTreeRuns(QTimer &poll, const QString &file, qsizetype count, QObject *context,
                         const std::function<void()> &act)
{
    QObject::connect(&poll, &QTimer::timeout, context, [&poll, file, count, act] {
        if (pidsIn(file).size() < count)
            return;
        poll.stop();
        act();
    });
    poll.start(20);
}

} // namespace fctest

// The tree a workload wrote to `pidFile` had `count` processes, and none of them is left.
#define VERIFY_TREE_GONE(pidFile, count)                                                           \
    do {                                                                                           \
        const QList<pid_t> treePids = fctest::pidsIn(pidFile);                                     \
        QCOMPARE(treePids.size(), count);                                                          \
        for (pid_t pid : treePids)                                                                 \
            QVERIFY2(!fctest::alive(pid), qPrintable(QString::number(pid)));                       \
    } while (false)
