// How a session's runs end other than by exiting: timeouts, cancels (also before the launcher has
// read the run), crashes, a killed launcher, a session destroyed mid-run; and what is left of the
// program's tree each time (nothing).
#include "launchersessiontest.h"
#include "probe/launcherexit.h"
#include "probe/launchersession.h"
#include "probetesthelpers.h"

#include <QElapsedTimer>
#include <QObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <optional>
#include <qcoro/qcorotask.h>
#include <unistd.h>

using fc::LauncherSession;
using fc::MeasuredRunSpec;
using fc::ProbeResult;
using Outcome = fc::ProbeResult::Outcome;
using fctest::alive;
using fctest::describe;
using fctest::killOnExit;
using fctest::kLauncher;
using fctest::pidsIn;
using fctest::runIn;
using fctest::spec;
using fctest::spinSpec;
using fctest::whenTreeRuns;

class TestLauncherSessionEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeoutInSession();
    void cancelInSession();
    void cancelBeforeTheLauncherReads();
    void survivesCrash();
    void killedLauncherIsRestarted();
    void destroyingKillsTheRun();
};

void TestLauncherSessionEnds::timeoutInSession()
{
    LauncherSession session;
    session.setLauncherPath(kLauncher);
    QTemporaryDir dir;
    for (bool cgroups : {true, false}) {
        const QString pidFile = dir.filePath(QStringLiteral("pids-%1").arg(cgroups));
        MeasuredRunSpec s = spec("spinforever", {pidFile, QStringLiteral("3")});
        s.timeoutMs = 500;
        s.useCgroups = cgroups;
        QElapsedTimer clock;
        clock.start();
        const ProbeResult r = runIn(session, s);
        VERIFY_RAN(r);
        QCOMPARE(r.outcome, Outcome::TimedOut);
        // The kill comes at the timeout; without it the tree spins until the suite's own
        // timeout. A busy machine delays it by seconds (a bound of 1.5 s in all was crossed at
        // load 13 under ASan: 1532 ms), never by that much.
        QVERIFY2(r.wallMs() >= 500 && r.wallMs() < 30000, qPrintable(describe(r)));
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        VERIFY_TREE_GONE(pidFile, 5);
        // The next run starts clean: nothing of the killed tree is counted in it.
        const ProbeResult next = runIn(session, spec("nap", {QStringLiteral("50")}));
        VERIFY_RAN(next);
        QVERIFY2(next.cpuMs() < 10, qPrintable(describe(next)));
        QCOMPARE(next.leftoverProcesses, 0);
    }
    QCOMPARE(session.launcherStarts(), 1);
}

void TestLauncherSessionEnds::cancelInSession()
{
    LauncherSession session;
    session.setLauncherPath(kLauncher);
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pids"));
    const MeasuredRunSpec s = spinSpec(pidFile, 2);
    QElapsedTimer sinceCancel;
    QTimer poll;
    const ProbeResult r = runIn(session, s, [&] {
        whenTreeRuns(poll, pidFile, 4, &session, [&] {
            sinceCancel.start();
            session.cancel();
        });
    });
    VERIFY_RAN(r);
    QCOMPARE(r.outcome, Outcome::Cancelled);
    // Without the cancel the tree spins until the suite's own timeout; a busy machine delays
    // the kill by seconds (a bound of 1 s was crossed at load 13 under ASan: 1128 ms), never by
    // that much.
    QVERIFY2(sinceCancel.isValid() && sinceCancel.elapsed() < 20000,
             qPrintable(QString::number(sinceCancel.elapsed())));
    VERIFY_TREE_GONE(pidFile, 4);
    // The session goes on with the same launcher.
    const ProbeResult next = runIn(session, spec("burn", {QStringLiteral("50")}));
    VERIFY_RAN(next);
    QCOMPARE(next.outcome, Outcome::Exited);
    QVERIFY2(next.cpuMs() >= 45 && next.cpuMs() <= 60, qPrintable(describe(next)));
    QCOMPARE(session.launcherStarts(), 1);
    // A cancel when nothing runs changes nothing.
    session.cancel();
    const ProbeResult again = runIn(session, spec("burn", {QStringLiteral("10")}));
    QCOMPARE(again.outcome, Outcome::Exited);
}

// The hostile case: the cancel reaches a launcher still starting, in the same read as the run
// it cancels (the two lines wait in its input buffer). Missed, the run went on, the client's
// grace ran out, the launcher was killed and the spinning tree outlived it in its cgroup.
void TestLauncherSessionEnds::cancelBeforeTheLauncherReads()
{
    LauncherSession session;
    session.setLauncherPath(kLauncher);
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pids"));
    const auto cleanup = killOnExit(pidFile);
    const MeasuredRunSpec s = spinSpec(pidFile, 2);
    const ProbeResult r = runIn(session, s, [&] { session.cancel(); });
    QCOMPARE(r.outcome, Outcome::Cancelled);
    QVERIFY2(r.protocolProblems.isEmpty(), qPrintable(describe(r)));
    // The launcher answered for itself: it was not killed for want of an answer.
    const qint64 launcher = session.launcherPid();
    QVERIFY(launcher > 0);
    QTest::qWait(fc::kLauncherGraceMs + 500);
    QCOMPARE(session.launcherPid(), launcher);
    QVERIFY(alive(pid_t(launcher)));
    for (pid_t pid : pidsIn(pidFile))
        QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
    const ProbeResult next = runIn(session, spec("burn", {QStringLiteral("10")}));
    VERIFY_RAN(next);
    QCOMPARE(next.outcome, Outcome::Exited);
    QCOMPARE(session.launcherStarts(), 1);
}

void TestLauncherSessionEnds::survivesCrash()
{
    LauncherSession session;
    session.setLauncherPath(kLauncher);
    const ProbeResult crash = runIn(session, spec("crash"));
    VERIFY_RAN(crash);
    QCOMPARE(crash.outcome, Outcome::Signalled);
    QCOMPARE(crash.signal, SIGSEGV);
    const qint64 pid = session.launcherPid();
    const ProbeResult next = runIn(session, spec("burn", {QStringLiteral("30")}));
    VERIFY_RAN(next);
    QCOMPARE(next.outcome, Outcome::Exited);
    QCOMPARE(session.launcherPid(), pid);
    QCOMPARE(session.launcherStarts(), 1);
}

void TestLauncherSessionEnds::killedLauncherIsRestarted()
{
    LauncherSession session;
    session.setLauncherPath(kLauncher);
    VERIFY_RAN(runIn(session, spec("burn", {QStringLiteral("10")})));
    const qint64 first = session.launcherPid();
    QVERIFY(first > 0);
    // Killed between runs, and dead before the next request (no event processed meanwhile, so
    // the session has not noticed): the request never reaches a launcher, and a new one runs it.
    QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
    QElapsedTimer waited;
    waited.start();
    while (alive(pid_t(first)) && waited.elapsed() < 10000)
        ::usleep(1000);
    QVERIFY(!alive(pid_t(first)));
    const ProbeResult r = runIn(session, spec("burn", {QStringLiteral("30")}));
    VERIFY_RAN(r);
    QCOMPARE(r.outcome, Outcome::Exited);
    QVERIFY2(r.cpuMs() >= 25 && r.cpuMs() <= 40, qPrintable(describe(r)));
    QCOMPARE(session.launcherStarts(), 2);
    QVERIFY(session.launcherPid() != first);

    // Killed during a run, once the whole tree runs (three pids written), maybe before its first
    // sample: that run fails (it said so) and is not run again; the next one runs in a new
    // launcher.
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pids"));
    const auto cleanup = killOnExit(pidFile);
    const MeasuredRunSpec spin = spinSpec(pidFile, 1);
    QTimer poll;
    const ProbeResult killed = runIn(session, spin, [&] {
        whenTreeRuns(poll, pidFile, 3, &session,
                     [&] { ::kill(pid_t(session.launcherPid()), SIGKILL); });
    });
    QCOMPARE(killed.outcome, Outcome::Failed);
    QCOMPARE(killed.errorCode, QStringLiteral("launcher_failed"));
    QCOMPARE(session.launcherStarts(), 2); // not sent again to a new launcher
    // pdeathsig: the program dies with its launcher.
    const QList<pid_t> pids = pidsIn(pidFile);
    QCOMPARE(pids.size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pids.first()), 5000);
    // Its own children (one in a session of its own, one orphaned) had nobody left to kill them:
    // the next launcher finds them in the dead launcher's group and kills them.
    const ProbeResult after = runIn(session, spec("burn", {QStringLiteral("10")}));
    VERIFY_RAN(after);
    QCOMPARE(session.launcherStarts(), 3);
    if (!after.limits.kill.startsWith(QLatin1String("cgroup"))) {
        qInfo("no cgroup here (kill=%s): the survivors of a killed launcher are not findable; "
              "the test kills them itself",
              qPrintable(after.limits.kill));
        return;
    }
    for (pid_t pid : pids.sliced(1))
        QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
}

void TestLauncherSessionEnds::destroyingKillsTheRun()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pids"));
    QElapsedTimer clock;
    {
        auto session = std::make_unique<LauncherSession>();
        session->setLauncherPath(kLauncher);
        const MeasuredRunSpec s = spinSpec(pidFile, 2);
        std::optional<QCoro::Task<ProbeResult>> task(session->run(s));
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 4, 5000);
        clock.start();
        task.reset();    // nobody waits for this run's result
        session.reset(); // closes the launcher's stdin: the session ends, the tree dies
    }
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    // The abandoned run() gets its "closed" result through a queued signal: let it finish, so
    // that its coroutine frame is freed (LeakSanitizer checks this in the asan preset).
    QCoreApplication::processEvents();
    for (pid_t pid : pidsIn(pidFile))
        QVERIFY2(!alive(pid), qPrintable(QString::number(pid)));
}

QTEST_GUILESS_MAIN(TestLauncherSessionEnds)
#include "tst_launchersession_ends.moc"
