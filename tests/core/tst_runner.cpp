#include "model/analysis.h"
#include "runner/comparisonrunner.h"
#include "runner/sandbox.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace fc;

namespace {

// A C program that burns `n` iterations of a dependent loop and prints a checksum.
QString cLoop(int iterations)
{
    return QStringLiteral(
               "#include <stdio.h>\nint main(void) {\n    volatile unsigned long s = 0;\n"
               "    for (unsigned long i = 0; i < %1UL; i++) s += i * i;\n"
               "    printf(\"done\\n\");\n    return 0;\n}\n")
        .arg(iterations);
}

ComparisonRequest request(const QString &langA, const QString &codeA, const QString &langB,
                          const QString &codeB)
{
    ComparisonRequest r;
    r.sides[0] = SideInput{langA, codeA, std::nullopt, {}, {}};
    r.sides[1] = SideInput{langB, codeB, std::nullopt, {}, {}};
    r.plan.mode = RunPlan::Mode::Fixed;
    r.plan.runs = 4;
    r.plan.warmup = 1;
    r.plan.timeoutS = 20;
    return r;
}

Comparison runToEnd(ComparisonRunner &runner, const ComparisonRequest &r, int timeoutMs = 120000)
{
    QSignalSpy finished(&runner, &ComparisonRunner::finished);
    if (!runner.start(r))
        qFatal("runner refused to start");
    if (!finished.wait(timeoutMs))
        qFatal("comparison did not finish in time");
    return finished.first().first().value<Comparison>();
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void interleavedFixedRunsWithVerdict()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        QSignalSpy runs(&runner, &ComparisonRunner::runMeasured);
        QSignalSpy samples(&runner, &ComparisonRunner::sample);
        QSignalSpy progress(&runner, &ComparisonRunner::progress);
        auto r =
            request(QStringLiteral("c"), cLoop(150000000), QStringLiteral("c"), cLoop(5000000));
        r.plan.runs = 6;
        r.plan.checkOutputs = true;
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.status, Comparison::Status::Success);
        QCOMPARE(c.a().countedRuns(), 6);
        QCOMPARE(c.b().countedRuns(), 6);
        QCOMPARE(c.a().runs.size(), 7); // + the warm-up
        QVERIFY(c.a().runs.first().warmup);
        QCOMPARE(runs.size(), 14);
        // Schedule: warm-ups A B, then A B, B A, A B ...
        QList<int> order;
        for (const auto &args : std::as_const(runs))
            order << args.at(0).toInt();
        QCOMPARE(order.mid(0, 8), (QList<int>{0, 1, 0, 1, 1, 0, 0, 1}));
        QVERIFY(c.a().compile.performed);
        QCOMPARE(c.a().compile.exitCode, 0);
        QVERIFY(c.a().compile.durationMs > 0);
        QCOMPARE(c.a().stdoutText, QStringLiteral("done\n"));
        QVERIFY(c.outputsMatch.value_or(false));
        QVERIFY(!c.a().toolchain.isEmpty());
        QVERIFY(!c.environment.cpuModel.isEmpty());
        QVERIFY(c.environment.cores > 0);
        QVERIFY(!progress.isEmpty());
        QVERIFY(samples.size() > 0); // the slow side runs for tens of ms
        const Analysis analysis = analyze(c);
        QCOMPARE(analysis.verdict.state, Verdict::State::Significant);
        QCOMPARE(analysis.verdict.faster, SideId::B);
        QVERIFY2(analysis.verdict.sentence().startsWith(QLatin1String("B is")),
                 qPrintable(analysis.verdict.sentence()));
    }

    void compileErrorIsReportedWithItsLine()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        const QString broken =
            QStringLiteral("#include <stdio.h>\nint main(void) {\n    return x;\n}\n");
        const Comparison c =
            runToEnd(runner, request(QStringLiteral("c"), broken, QStringLiteral("c"), cLoop(10)));
        QCOMPARE(c.status, Comparison::Status::Failed);
        QCOMPARE(c.a().status, Side::Status::Failed);
        QVERIFY(c.a().error.has_value());
        QCOMPARE(c.a().error->kind, QStringLiteral("compile"));
        QVERIFY2(c.a().error->message.contains(QLatin1String("main.c:3")),
                 qPrintable(c.a().error->message));
        QVERIFY(!c.a().compile.diagnostics.isEmpty());
        QCOMPARE(c.a().compile.diagnostics.first().line, 3);
        QCOMPARE(c.a().countedRuns(), 0);
        QCOMPARE(analyze(c).verdict.state, Verdict::State::Failed);
    }

    void crashIsReportedWithItsSignal()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        const QString crash =
            QStringLiteral("int main(void) {\n    volatile int *p = 0;\n    return *p;\n}\n");
        auto r = request(QStringLiteral("c"), cLoop(10), QStringLiteral("c"), crash);
        r.sides[1].flags = QStringList{QStringLiteral("-O0")};
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.b().status, Side::Status::Failed);
        QCOMPARE(c.b().error->kind, QStringLiteral("crash"));
        QVERIFY2(c.b().error->message.contains(QLatin1String("SIGSEGV")),
                 qPrintable(c.b().error->message));
        QCOMPARE(c.b().runs.last().signal, 11);
    }

    void missingToolchainIsNamed()
    {
        LanguageRegistry registry = LanguageRegistry::createDefault();
        QVERIFY(registry.addJson(
            R"({"id":"nosuch","name":"NoSuch","syntax":"C","source":"main.ns","extensions":["ns"],
            "compile":["nosuch-compiler-fc","{src}"],"run":["{out}"],"template":[""],
            "install":{"debian":"nosuch-lang","fedora":"nosuch-lang","homebrew":"nosuch","winget":"NoSuch.NoSuch"}})",
            QStringLiteral("nosuch.json")));
        ComparisonRunner runner(registry);
        const Comparison c = runToEnd(runner, request(QStringLiteral("nosuch"), QStringLiteral("x"),
                                                      QStringLiteral("c"), cLoop(10)));
        QCOMPARE(c.a().error->kind, QStringLiteral("missing-toolchain"));
        QVERIFY2(c.a().error->message.contains(QLatin1String("nosuch-lang")),
                 qPrintable(c.a().error->message));
        QVERIFY2(c.a().error->message.contains(QLatin1String("NoSuch")),
                 qPrintable(c.a().error->message));
    }

    void timeoutKillsTheRun()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r = request(QStringLiteral("python"), QStringLiteral("while True:\n    pass\n"),
                         QStringLiteral("c"), cLoop(10));
        r.plan.timeoutS = 1;
        QElapsedTimer clock;
        clock.start();
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.a().error->kind, QStringLiteral("timeout"));
        QVERIFY(c.a().runs.last().timedOut);
        QVERIFY2(clock.elapsed() < 15000, "the timeout did not stop the comparison");
    }

    void cancelStopsAtOnce()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r = request(QStringLiteral("python"), QStringLiteral("import time\ntime.sleep(30)\n"),
                         QStringLiteral("c"), cLoop(10));
        QSignalSpy finished(&runner, &ComparisonRunner::finished);
        QSignalSpy runs(&runner, &ComparisonRunner::sample);
        QVERIFY(runner.start(r));
        QVERIFY(runs.wait(20000)); // the Python side is running
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        const Comparison c = finished.first().first().value<Comparison>();
        QCOMPARE(c.status, Comparison::Status::Failed);
        QCOMPARE(c.a().error->kind, QStringLiteral("cancelled"));
        QVERIFY(!runner.isRunning());
    }

    // Short runs get the next request queued in the launcher while they run: the schedule, the
    // kept output of each side's first run (its request differs from the queued one) and the
    // count stay exactly as without.
    void queuedShortRunsKeepTheSchedule()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        QSignalSpy runs(&runner, &ComparisonRunner::runMeasured);
        auto r = request(QStringLiteral("c"), cLoop(1000), QStringLiteral("c"), cLoop(3000));
        r.plan.runs = 12;
        r.plan.warmup = 0;
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.status, Comparison::Status::Success);
        QCOMPARE(c.a().countedRuns(), 12);
        QCOMPARE(c.b().countedRuns(), 12);
        QCOMPARE(runs.size(), 24);
        QList<int> order;
        for (const auto &args : std::as_const(runs))
            order << args.at(0).toInt();
        QList<int> expected;
        for (int round = 0; round < 12; ++round)
            expected << (round % 2 ? QList<int>{1, 0} : QList<int>{0, 1});
        QCOMPARE(order, expected);
        QCOMPARE(c.a().stdoutText, QStringLiteral("done\n"));
        QCOMPARE(c.b().stdoutText, QStringLiteral("done\n"));
        for (const RunRecord &run : c.a().runs)
            QVERIFY(run.wallMs > 0);
    }

    void adaptiveStopsOnceTheTargetIsMet()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r = request(QStringLiteral("c"), cLoop(1000), QStringLiteral("c"), cLoop(2000));
        r.plan.mode = RunPlan::Mode::Adaptive;
        r.plan.minRuns = 6;
        r.plan.maxRuns = 40;
        r.plan.targetCiPercent =
            100000; // met as soon as a median CI exists (6 runs), whatever the load
        r.plan.timeBudgetS = 60;
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.status, Comparison::Status::Success);
        QCOMPARE(c.a().countedRuns(), 6);
        QCOMPARE(c.b().countedRuns(), 6);
    }

    void adaptiveStopsAtTheTimeBudget()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r = request(QStringLiteral("c"), cLoop(1000), QStringLiteral("c"), cLoop(2000));
        r.plan.mode = RunPlan::Mode::Adaptive;
        r.plan.minRuns = 4;
        r.plan.maxRuns = 100000;
        r.plan.targetCiPercent = 0; // never met
        r.plan.timeBudgetS = 1;
        QElapsedTimer clock;
        clock.start();
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.status, Comparison::Status::Success);
        QVERIFY(c.a().countedRuns() >= 4);
        QVERIFY(c.a().countedRuns() < 100000);
        QVERIFY(qAbs(c.a().countedRuns() - c.b().countedRuns()) <= 1);
        QVERIFY2(clock.elapsed() < 30000, "the budget did not stop the comparison");
    }

    void adaptiveNeverExceedsMaxRuns()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r = request(QStringLiteral("c"), cLoop(1000), QStringLiteral("c"), cLoop(2000));
        r.plan.mode = RunPlan::Mode::Adaptive;
        r.plan.minRuns = 3;
        r.plan.maxRuns = 8;
        r.plan.targetCiPercent = 0;
        r.plan.timeBudgetS = 600;
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.a().countedRuns(), 8);
        QCOMPARE(c.b().countedRuns(), 8);
    }

    void standardInputAndArgumentsReachTheProgram()
    {
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r =
            request(QStringLiteral("python"),
                    QStringLiteral("import sys\nprint(sys.argv[1:], sys.stdin.read().strip())\n"),
                    QStringLiteral("bash"), QStringLiteral("read line\necho \"$1 $line\"\n"));
        r.sides[0].args = {QStringLiteral("x y"), QStringLiteral("z")};
        r.sides[0].stdinText = QStringLiteral("hello\n");
        r.sides[1].args = {QStringLiteral("arg")};
        r.sides[1].stdinText = QStringLiteral("world\n");
        r.plan.runs = 1;
        const Comparison c = runToEnd(runner, r);
        QCOMPARE(c.status, Comparison::Status::Success);
        QCOMPARE(c.a().stdoutText, QStringLiteral("['x y', 'z'] hello\n"));
        QCOMPARE(c.b().stdoutText, QStringLiteral("arg world\n"));
    }

    void seedJavaExampleRunsAsTyped()
    {
        const QString loop =
            QStringLiteral("import java.util.stream.IntStream;\npublic class Main {\n    public "
                           "static void main(String[] args) {\n"
                           "        long sum = 0;\n        for (int i = 0; i < 10_000_000; i++) "
                           "sum += i;\n        System.out.println(sum);\n    }\n}\n");
        const QString stream =
            QStringLiteral("import java.util.stream.IntStream;\npublic class Main {\n    public "
                           "static void main(String[] args) {\n"
                           "        System.out.println(IntStream.range(0, "
                           "10_000_000).parallel().asLongStream().sum());\n    }\n}\n");
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r = request(QStringLiteral("java"), loop, QStringLiteral("java"), stream);
        r.plan.runs = 1;
        r.plan.warmup = 0;
        r.plan.checkOutputs = true;
        const Comparison c = runToEnd(runner, r, 240000);
        QVERIFY2(c.status == Comparison::Status::Success,
                 qPrintable(c.a().error   ? c.a().error->message
                            : c.b().error ? c.b().error->message
                                          : QString()));
        QCOMPARE(c.a().stdoutText, QStringLiteral("49999995000000\n"));
        QVERIFY(c.outputsMatch.value_or(false));
        QVERIFY(c.a().runs.first().memKiB > 10000); // a JVM is never tiny
    }

    void sandboxedRunHasNoNetworkAndIsReported()
    {
        if (!sandboxAvailable())
            QSKIP("bubblewrap (bwrap) is not installed here");
        ComparisonRunner runner(LanguageRegistry::createDefault());
        auto r = request(
            QStringLiteral("bash"),
            QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '\n"),
            QStringLiteral("bash"),
            QStringLiteral(
                "touch /etc/fc-should-fail 2>/dev/null && echo writable || echo readonly\n"));
        r.plan.runs = 1;
        r.plan.sandbox = true;
        const Comparison c = runToEnd(runner, r);
        QVERIFY2(c.status == Comparison::Status::Success,
                 qPrintable(c.a().error   ? c.a().error->message
                            : c.b().error ? c.b().error->message
                                          : QString()));
        QVERIFY(c.sandboxed);
        QCOMPARE(c.a().stdoutText, QStringLiteral("lo\n")); // a network namespace of its own
        QCOMPARE(c.b().stdoutText, QStringLiteral("readonly\n"));
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
