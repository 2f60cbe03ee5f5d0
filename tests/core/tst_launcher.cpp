// The real launcher measuring real workloads (tests/workloads), through MeasuredProcess, within
// stated tolerances. Linux only: that is where the launcher runs in this suite.
#include "probe/measuredprocess.h"
#include "probetesthelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <qcoro/qcorotask.h>
#include <unistd.h>

using fc::MeasuredProcess;
using fc::MeasuredRunSpec;
using fc::ProbeResult;
using fc::ProbeSample;
using Outcome = fc::ProbeResult::Outcome;

namespace {

using fctest::alive;
using fctest::describe;
using fctest::kLauncher;
using fctest::ownRssKib;
using fctest::pidsIn;
using fctest::spec;
using fctest::spinSpec;
using fctest::whenTreeRuns;
using fctest::workload;

struct Measured
{
    ProbeResult result;
    QList<ProbeSample> samples;
    bool samplesBeforeFinish = true; // every sample arrived before finished()
    qint64 elapsedMs = 0;            // start() to finished(), as the caller saw it
};

// Runs one spec; `during` may act on the running process (cancel it ...).
Measured measure(const MeasuredRunSpec &s,
                 const std::function<void(MeasuredProcess &)> &during = {})
{
    Measured m;
    MeasuredProcess process;
    process.setLauncherPath(kLauncher);
    bool finished = false;
    QObject::connect(&process, &MeasuredProcess::sample, [&](const ProbeSample &sample) {
        m.samples.append(sample);
        m.samplesBeforeFinish = m.samplesBeforeFinish && !finished;
    });
    QObject::connect(&process, &MeasuredProcess::finished, [&](const ProbeResult &r) {
        finished = true;
        m.result = r;
    });
    QElapsedTimer clock;
    clock.start();
    if (!process.start(s))
        return m;
    if (during)
        during(process);
    QElapsedTimer guard;
    guard.start();
    while (!finished && guard.elapsed() < 60000)
        QTest::qWait(5);
    m.elapsedMs = clock.elapsed();
    return m;
}

#define VERIFY_RAN(m)                                                                              \
    do {                                                                                           \
        QVERIFY2((m).result.hasFigures(), qPrintable(describe((m).result)));                       \
        QVERIFY2((m).result.protocolProblems.isEmpty(), qPrintable(describe((m).result)));         \
    } while (false)

int processesNamed(const QByteArray &name)
{
    int count = 0;
    DIR *dir = opendir("/proc");
    if (!dir)
        return -1;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(QLatin1String(entry->d_name)));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name &&
            alive(pid_t(atoi(entry->d_name))))
            ++count;
    }
    closedir(dir);
    return count;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').first().toDouble() : 0;
}

} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cpuBurn();
    void memoryPeakExcludesCaller();
    void childCpuIsCounted();
    void twoThreads();
    void sleepUsesNoCpu();
    void timeoutKillsTree_data();
    void timeoutKillsTree();
    void cancelKillsTree();
    void forkBombContained_data();
    void forkBombContained();
    void outputFloodIsCapped();
    void stdinAndExitCode();
    void crashReportsSignal();
    void missingProgram_data();
    void missingProgram();
    void missingLauncher();
    void liveSamples();
    void memoryCap();
    void awaitable();
};

void TestLauncher::initTestCase()
{
    QVERIFY2(QFile::exists(kLauncher), FC_BIN_DIR);
    QVERIFY(QFile::exists(workload("burn")));
    const QStringList expected{QStringLiteral("--cancel-on-stdin-eof"),
                               QStringLiteral("--cwd"),
                               QStringLiteral("/w"),
                               QStringLiteral("--output-cap"),
                               QStringLiteral("1048576"),
                               QStringLiteral("--timeout-ms"),
                               QStringLiteral("30000"),
                               QStringLiteral("--memory-limit"),
                               QStringLiteral("0"),
                               QStringLiteral("--max-procs"),
                               QStringLiteral("512"),
                               QStringLiteral("--sample-ms"),
                               QStringLiteral("20"),
                               QStringLiteral("--"),
                               QStringLiteral("bwrap"),
                               QStringLiteral("--"),
                               QStringLiteral("prog"),
                               QStringLiteral("a b")};
    MeasuredRunSpec s;
    s.program = QStringLiteral("prog");
    s.arguments = {QStringLiteral("a b")};
    s.workingDirectory = QStringLiteral("/w");
    s.wrapper = {QStringLiteral("bwrap"), QStringLiteral("--")};
    QCOMPARE(MeasuredProcess::launcherArguments(s), expected);
}

void TestLauncher::cpuBurn()
{
    // 300 ms of CPU, reported within ±5%.
    const Measured m = measure(spec("burn", {QStringLiteral("300")}));
    VERIFY_RAN(m);
    QCOMPARE(m.result.outcome, Outcome::Exited);
    QCOMPARE(m.result.exitCode, 0);
    QVERIFY2(m.result.cpuMs() >= 285 && m.result.cpuMs() <= 315, qPrintable(describe(m.result)));
    // One thread cannot use more CPU than wall time.
    QVERIFY2(m.result.wallMs() >= m.result.cpuMs() * 0.98, qPrintable(describe(m.result)));
    QVERIFY(m.result.voluntaryContextSwitches >= 0);
    QVERIFY(m.result.minorPageFaults > 0);
}

void TestLauncher::memoryPeakExcludesCaller()
{
    // The caller holds 300 MiB; the program touches 256 MiB: the peak is the program's alone.
    QByteArray ballast(300 * 1024 * 1024, '\1');
    QVERIFY2(ownRssKib() > 300 * 1024, "the ballast is resident");
    const Measured m = measure(spec("touch", {QStringLiteral("256")}));
    VERIFY_RAN(m);
    QCOMPARE(m.result.exitCode, 0);
    const qint64 peak = m.result.maxRssKib;
    QVERIFY2(peak >= 256 * 1024 && peak <= 272 * 1024, qPrintable(describe(m.result)));
    if (m.result.cgroupPeakKib >= 0) {
        QVERIFY2(m.result.cgroupPeakKib >= 256 * 1024 && m.result.cgroupPeakKib <= 272 * 1024,
                 qPrintable(QString::number(m.result.cgroupPeakKib)));
    }
    QVERIFY(ballast.at(ballast.size() - 1) == '\1');
}

void TestLauncher::childCpuIsCounted()
{
    // The child burns 200 ms; the parent reports the CPU it saw of the child and of both (its
    // own rusage plus the reaped child's). The launcher's figure must hold the child's and agree
    // with the program's own total: start-up, fork and exit cost more on a busy core, which the
    // program's own figure counts as well (a fixed 210 ms bound read 210.2 once).
    QTemporaryDir dir;
    MeasuredRunSpec s = spec("childburn", {QStringLiteral("200")});
    s.stdoutFile = dir.filePath(QStringLiteral("out"));
    const Measured m = measure(s);
    VERIFY_RAN(m);
    QCOMPARE(m.result.exitCode, 0);
    const QString report = describe(m.result);

    QFile out(s.stdoutFile);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> seen = out.readAll().trimmed().split(' ');
    QCOMPARE(seen.size(), 2);
    const double childCpu = seen[0].mid(qsizetype(sizeof("child_cpu_ms=")) - 1).toDouble();
    const double ownCpu = seen[1].mid(qsizetype(sizeof("cpu_ms=")) - 1).toDouble();
    QVERIFY2(childCpu >= 200 && ownCpu >= childCpu, seen.join(' ').constData());
    QVERIFY2(m.result.cpuMs() >= childCpu && m.result.cpuMs() <= ownCpu * 1.05 + 2,
             qPrintable(QStringLiteral("own cpu %1 ms (child %2 ms); %3")
                            .arg(ownCpu)
                            .arg(childCpu)
                            .arg(report)));
}

void TestLauncher::twoThreads()
{
    // 2 × 200 ms of CPU. The program reports the wall and CPU time it saw itself: the launcher's
    // figures must agree with them at any load. CPU ≈ 2 × wall also needs two free cores; this
    // machine is shared, so up to five attempts, and that ratio is only judged when the machine
    // was not saturated.
    if (QThread::idealThreadCount() < 2)
        QSKIP("needs two cores");
    QTemporaryDir dir;
    double bestRatio = 0;
    double bestOwnRatio = 0;
    for (int attempt = 0; attempt < 5 && bestRatio < 1.6; ++attempt) {
        MeasuredRunSpec s = spec("threads", {QStringLiteral("2"), QStringLiteral("200")});
        s.stdoutFile = dir.filePath(QStringLiteral("out"));
        const Measured m = measure(s);
        VERIFY_RAN(m);
        QCOMPARE(m.result.exitCode, 0);
        const QString report = describe(m.result);
        // Each thread burns until its own CPU clock reads 200 ms: at least 400 in all at any
        // load. The upper end is judged against what the program saw of itself, below (a fixed
        // 420 was crossed under AddressSanitizer, whose start-up costs CPU: 424 ms).
        QVERIFY2(m.result.cpuMs() >= 400, qPrintable(report));

        QFile out(s.stdoutFile);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> seen = out.readAll().trimmed().split(' ');
        QCOMPARE(seen.size(), 2);
        const double ownWall = seen[0].mid(8).toDouble();
        const double ownCpu = seen[1].mid(7).toDouble();
        QVERIFY2(ownWall > 0 && ownCpu > 0, seen[0].constData());
        bestOwnRatio = std::max(bestOwnRatio, ownCpu / ownWall);
        // The launcher's wall holds the program's own and lies within what the caller waited:
        // exec, start-up and exit add milliseconds, more on a busy machine, which stretches
        // the caller's interval just as much.
        QVERIFY2(m.result.wallMs() >= ownWall && m.result.wallMs() <= m.elapsedMs + 1,
                 qPrintable(QStringLiteral("own wall %1 ms, caller waited %2 ms; %3")
                                .arg(ownWall)
                                .arg(m.elapsedMs)
                                .arg(report)));
        QVERIFY2(m.result.cpuMs() >= ownCpu && m.result.cpuMs() <= ownCpu * 1.05 + 2,
                 qPrintable(QStringLiteral("own cpu %1 ms; %2").arg(ownCpu).arg(report)));

        const double ratio = m.result.cpuMs() / m.result.wallMs();
        QVERIFY2(ratio <= 2.05, qPrintable(report)); // two threads, at most two cores
        bestRatio = std::max(bestRatio, ratio);
    }
    // The program's own CPU/wall says whether it got two cores: the load average says it a
    // minute late, and a suite running beside this one (ctest -j) takes a core at once. Judged
    // when the program saw 1.75 or more: the launcher's wall adds up to 5% (exec, exit).
    if (bestRatio < 1.6 && bestOwnRatio < 1.75)
        QSKIP(qPrintable(QStringLiteral("figures agree with the program's own; CPU/wall reached "
                                        "only %1, as the program itself saw (%2): the machine "
                                        "is saturated (load %3)")
                             .arg(bestRatio)
                             .arg(bestOwnRatio)
                             .arg(loadAverage())));
    QVERIFY2(bestRatio >= 1.6, qPrintable(QString::number(bestRatio)));
}

void TestLauncher::sleepUsesNoCpu()
{
    const Measured m = measure(spec("nap", {QStringLiteral("200")}));
    VERIFY_RAN(m);
    QCOMPARE(m.result.exitCode, 0);
    // At least the nap, at most what the caller waited in all (launcher start-up included): a
    // busy machine stretches the second interval with the first, so no load can cross it.
    QVERIFY2(
        m.result.wallMs() >= 200 && m.result.wallMs() <= m.elapsedMs + 1,
        qPrintable(
            QStringLiteral("caller waited %1 ms; %2").arg(m.elapsedMs).arg(describe(m.result))));
    // Start-up and exit cost some CPU (13 ms under AddressSanitizer crossed a bound of 10): the
    // nap must not be counted, which would show as 200 ms or more.
    QVERIFY2(m.result.cpuMs() < 100, qPrintable(describe(m.result)));
}

void TestLauncher::timeoutKillsTree_data()
{
    QTest::addColumn<bool>("cgroups");
    QTest::newRow("with cgroups") << true;
    QTest::newRow("process group and subreaper only") << false;
}

void TestLauncher::timeoutKillsTree()
{
    // A parent spinning forever with spinning children, one of which left the process group
    // and orphaned a grandchild: all of them die at the timeout.
    QFETCH(bool, cgroups);
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pids"));
    MeasuredRunSpec s = spec("spinforever", {pidFile, QStringLiteral("3")});
    s.timeoutMs = 500;
    s.useCgroups = cgroups;
    const Measured m = measure(s);
    VERIFY_RAN(m);
    QCOMPARE(m.result.outcome, Outcome::TimedOut);
    QVERIFY(m.result.timedOut);
    QCOMPARE(m.result.signal, SIGKILL);
    // The kill comes at the timeout; without it the tree spins until measure() gives up after
    // 60 s. A busy machine may delay the kill by seconds (no 1 s bound), never by that much.
    QVERIFY2(m.result.wallMs() >= 500 && m.result.wallMs() < 30000, qPrintable(describe(m.result)));
    QVERIFY2(m.elapsedMs < 30000, qPrintable(QString::number(m.elapsedMs)));
    if (!cgroups)
        QCOMPARE(m.result.limits.kill, QStringLiteral("process-tree"));

    VERIFY_TREE_GONE(pidFile, 5); // the parent, three children, the orphaned grandchild
    // They burnt CPU until killed, and it was counted (how much depends on the machine's load).
    QVERIFY2(m.result.cpuMs() > 100, qPrintable(describe(m.result)));
}

void TestLauncher::cancelKillsTree()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pids"));
    const MeasuredRunSpec s = spinSpec(pidFile, 2);
    QElapsedTimer sinceCancel;
    QTimer poll;
    const Measured m = measure(s, [&](MeasuredProcess &p) {
        whenTreeRuns(poll, pidFile, 4, &p, [&] {
            sinceCancel.start();
            p.cancel();
        });
    });
    VERIFY_RAN(m);
    QCOMPARE(m.result.outcome, Outcome::Cancelled);
    QVERIFY(m.result.cancelled);
    // Without the cancel the tree spins until measure() gives up after 60 s; a busy machine
    // may delay the kill by seconds, never by that much.
    QVERIFY2(sinceCancel.isValid() && sinceCancel.elapsed() < 20000,
             qPrintable(QString::number(sinceCancel.elapsed())));
    VERIFY_TREE_GONE(pidFile, 4);
}

void TestLauncher::forkBombContained_data()
{
    QTest::addColumn<bool>("cgroups");
    QTest::addColumn<QString>("user");
    QTest::newRow("pids cgroup") << true << QString();
    QTest::newRow("RLIMIT_NPROC as nobody") << false << QStringLiteral("nobody");
}

void TestLauncher::forkBombContained()
{
    // Bounded three ways: a cap of 32, a 1 s timeout, and the bomb's own 20 s lifetime. The run
    // refuses to start (require) rather than run the bomb uncapped. The lifetime is far beyond
    // the timeout so that a wall below it shows the timeout ended the run on a machine of any
    // load: the caller's own interval, bounded at 2 s, was crossed at load 13 (2051 ms, asan).
    QFETCH(bool, cgroups);
    QFETCH(QString, user);
    if (!user.isEmpty() && geteuid() != 0)
        QSKIP("running as another user needs root");
    MeasuredRunSpec s = spec("forkbomb", {QStringLiteral("20")});
    s.processLimit = 32;
    s.requireProcessLimit = true;
    s.timeoutMs = 1000;
    s.sampleIntervalMs = 50;
    s.useCgroups = cgroups;
    s.runAsUser = user;
    const Measured m = measure(s);
    if (m.result.errorCode == QLatin1String("proc_cap_unavailable"))
        QSKIP(qPrintable(m.result.errorMessage));
    VERIFY_RAN(m);
    QCOMPARE(m.result.outcome, Outcome::TimedOut);
    QVERIFY2(m.result.wallMs() >= 1000 && m.result.wallMs() < 20000,
             qPrintable(describe(m.result)));
    QVERIFY(m.result.limits.processes.startsWith(QLatin1String("cgroup")) ||
            m.result.limits.processes == QLatin1String("rlimit"));
    QVERIFY(!m.samples.isEmpty());
    int most = 0;
    for (const ProbeSample &sample : m.samples)
        most = std::max(most, sample.processes);
    QVERIFY2(most <= 32, qPrintable(QString::number(most)));
    // It did try: on a saturated machine its 1 s gets a few slices of a core (3 processes at
    // load 11 under ASan), so there it need only have forked at all.
    const int tried = loadAverage() >= QThread::idealThreadCount() ? 2 : 8;
    QVERIFY2(most >= tried, qPrintable(QString::number(most)));
    if (m.result.processLimitHits >= 0)
        QVERIFY(m.result.processLimitHits > 0);
    QCOMPARE(processesNamed("fcw-forkbomb"), 0);
}

void TestLauncher::outputFloodIsCapped()
{
    // 100 MB to stdout, 1000 bytes to stderr: 1 MiB kept, the rest counted, the launcher small.
    QTemporaryDir dir;
    MeasuredRunSpec s = spec("flood", {QStringLiteral("100000000"), QStringLiteral("1000")});
    s.stdoutFile = dir.filePath(QStringLiteral("out"));
    s.stderrFile = dir.filePath(QStringLiteral("err"));
    s.outputCapBytes = 1024 * 1024;
    const Measured m = measure(s);
    VERIFY_RAN(m);
    QCOMPARE(m.result.exitCode, 0);
    QCOMPARE(m.result.stdoutBytes, qint64(1024 * 1024));
    QCOMPARE(m.result.stdoutDroppedBytes, qint64(100000000 - 1024 * 1024));
    QCOMPARE(m.result.stderrBytes, qint64(1000));
    QCOMPARE(m.result.stderrDroppedBytes, qint64(0));
    QCOMPARE(QFileInfo(s.stdoutFile).size(), qint64(1024 * 1024));
    QCOMPARE(QFileInfo(s.stderrFile).size(), qint64(1000));
    QVERIFY(m.result.launcherMaxRssKib > 0);
    QVERIFY2(m.result.launcherMaxRssKib < 48 * 1024,
             qPrintable(QString::number(m.result.launcherMaxRssKib)));

    // Counted runs: the null device, nothing kept, nothing counted.
    const Measured quiet = measure(spec("flood", {QStringLiteral("10000000")}));
    VERIFY_RAN(quiet);
    QCOMPARE(quiet.result.stdoutBytes, qint64(0));
    QCOMPARE(quiet.result.stdoutDroppedBytes, qint64(0));
}

void TestLauncher::stdinAndExitCode()
{
    QTemporaryDir dir;
    QFile input(dir.filePath(QStringLiteral("in")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("hello from stdin\n");
    input.close();
    MeasuredRunSpec s;
    s.program = QStringLiteral("sh"); // found in PATH
    s.arguments = {QStringLiteral("-c"), QStringLiteral("cat; pwd; exit 3")};
    s.stdinFile = input.fileName();
    s.stdoutFile = dir.filePath(QStringLiteral("out"));
    s.workingDirectory = dir.path();
    const Measured m = measure(s);
    VERIFY_RAN(m);
    QCOMPARE(m.result.outcome, Outcome::Exited);
    QCOMPARE(m.result.exitCode, 3);
    QFile out(s.stdoutFile);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), QByteArray("hello from stdin\n") + dir.path().toUtf8() + '\n');
}

void TestLauncher::crashReportsSignal()
{
    const Measured m = measure(spec("crash"));
    VERIFY_RAN(m);
    QCOMPARE(m.result.outcome, Outcome::Signalled);
    QCOMPARE(m.result.signal, SIGSEGV);
    QCOMPARE(m.result.exitCode, -1);
    QVERIFY(!m.result.coreDumped); // the launcher turns core files off
}

void TestLauncher::missingProgram_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("absolute path") << QStringLiteral("/nonexistent/fastercodes-program");
    QTest::newRow("name in PATH") << QStringLiteral("fastercodes-no-such-program");
}

void TestLauncher::missingProgram()
{
    QFETCH(QString, program);
    MeasuredRunSpec s;
    s.program = program;
    const Measured m = measure(s);
    QCOMPARE(m.result.outcome, Outcome::Failed);
    QCOMPARE(m.result.errorCode, QStringLiteral("not_found"));
    QVERIFY2(m.result.errorMessage.contains(program), qPrintable(m.result.errorMessage));
    QVERIFY(m.result.protocolProblems.isEmpty());
}

void TestLauncher::missingLauncher()
{
    MeasuredProcess process;
    process.setLauncherPath(QStringLiteral("/nonexistent/fastercodes-launcher"));
    QSignalSpy finished(&process, &MeasuredProcess::finished);
    QVERIFY(process.start(spec("burn", {QStringLiteral("1")})));
    QCOMPARE(finished.size(), 0); // reported from the event loop, never from inside start()
    QVERIFY(finished.wait(5000));
    const auto r = finished.first().first().value<ProbeResult>();
    QCOMPARE(r.errorCode, QStringLiteral("launcher_missing"));
    QVERIFY(r.errorMessage.contains(QStringLiteral("/nonexistent/fastercodes-launcher")));
    QVERIFY(!process.isRunning());
}

void TestLauncher::liveSamples()
{
    MeasuredRunSpec s = spec("burn", {QStringLiteral("300")});
    s.sampleIntervalMs = 20;
    const Measured m = measure(s);
    VERIFY_RAN(m);
    QVERIFY(m.samplesBeforeFinish);
    // ~15 at 20 ms over >= 300 ms of wall; a loaded machine stretches the run, never shrinks it.
    QVERIFY2(m.samples.size() >= 8, qPrintable(QString::number(m.samples.size())));
    QCOMPARE(m.result.sampleCount, int(m.samples.size()));
    qint64 previous = -1;
    int busy = 0;
    int shown = 0;
    for (const ProbeSample &sample : m.samples) {
        QVERIFY(sample.elapsedMs > previous);
        previous = sample.elapsedMs;
        QCOMPARE(sample.processes, 1);
        QVERIFY(sample.rssKib > 0);
        QVERIFY(sample.cpuPercent >= 0 && sample.cpuPercent <= 110);
        busy += sample.cpuPercent > 30 ? 1 : 0;
        shown += sample.cpuPercent > 0 ? 1 : 0;
    }
    // A CPU burn shows as busy in most samples; on a saturated machine it gets a slice of a core,
    // so there it need only show up at all (at load 11 under ASan no sample reached 30 %: 300 ms
    // of CPU spread over 2 s of wall).
    const bool saturated = loadAverage() >= QThread::idealThreadCount();
    QVERIFY2(saturated ? shown >= 1 : busy >= m.samples.size() / 2,
             qPrintable(QStringLiteral("%1 busy of %2 samples").arg(busy).arg(m.samples.size())));
}

void TestLauncher::memoryCap()
{
    MeasuredRunSpec s = spec("touch", {QStringLiteral("256")});
    s.memoryLimitBytes = 64 * 1024 * 1024;
    const Measured m = measure(s);
    VERIFY_RAN(m);
    if (m.result.limits.memory == QLatin1String("unavailable")) {
        QVERIFY(!m.result.notes.isEmpty()); // and it says so
        QSKIP("no memory cgroup here");
    }
    QCOMPARE(m.result.outcome, Outcome::Signalled);
    QCOMPARE(m.result.signal, SIGKILL);
    QCOMPARE(m.result.oomKilled, 1);
    // RSS also holds shared file pages (libc) that the cgroup does not charge: a few MiB over.
    QVERIFY2(m.result.maxRssKib <= 68 * 1024, qPrintable(describe(m.result)));
}

void TestLauncher::awaitable()
{
    MeasuredProcess process;
    process.setLauncherPath(kLauncher);
    const ProbeResult r = QCoro::waitFor(process.run(spec("nap", {QStringLiteral("20")})));
    QCOMPARE(r.outcome, Outcome::Exited);
    QVERIFY(r.wallMs() >= 20);
}

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
