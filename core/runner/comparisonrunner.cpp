#include "runner/comparisonrunner.h"

#include "model/environment.h"
#include "probe/launchersession.h"
#include "probe/measuredprocess.h"
#include "runner/capturefile.h"
#include "runner/compilestep.h"
#include "runner/conditionsampler.h"
#include "runner/runoutcome.h"
#include "runner/sandbox.h"
#include "stats/adaptive.h"
#include "stats/summary.h"
#include "toolchains/toolchaindetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <memory>
#include <qcoro/qcorotask.h>
#include <qcoro/qcorotimer.h>

namespace fc {

namespace {

// Runs shorter than this get the next request queued in the launcher while they go on: for them
// the round trip through the event loop between two runs would cost more than the run itself.
// Longer runs wait for the app, so that it never works while they are measured.
constexpr double kPipelineBelowMs = 50;
constexpr int kQueuedAhead = 2;

} // namespace

/// The state of one comparison. Shared with the running coroutine, so that destroying the
/// runner mid-run only cancels: the coroutine finishes its cleanup on a live object.
class ComparisonRunner::Private : public std::enable_shared_from_this<ComparisonRunner::Private>
{
public:
    explicit Private(ComparisonRunner *runner, LanguageRegistry languages)
        : q(runner)
        , registry(std::move(languages))
    {}

    QCoro::Task<> execute(ComparisonRequest request);
    bool prepare(int side, const SideInput &input);
    QCoro::Task<bool> compile(int side);
    // One run of the schedule: warm-ups A B per round, then counted rounds A B, B A, ... (so that
    // drift of the machine hits both sides alike)
    struct Step
    {
        int side = 0;
        bool warmup = false;
        bool capture = false; // its output is the one kept
    };
    Step stepAt(int index) const;
    bool isLastStep(int index) const;
    MeasuredRunSpec specFor(int side, bool capture) const;
    // The sandbox prefix of one of `side`'s commands: its own work dir only, `environment`
    // filtered to the allow-list and what the side's recipe sets.
    QStringList wrapperFor(int side, const QProcessEnvironment &environment) const;
    // Runs the schedule's next step (stepAt(scheduleIndex)).
    QCoro::Task<bool> measureNext();
    void fail(int side, const QString &kind, const QString &message);
    bool failed() const;
    bool shouldContinue(qint64 countedElapsedMs);
    void report(RunProgress::Stage stage, int side);
    void finish();

    QPointer<ComparisonRunner> q;
    LanguageRegistry registry;
    QString launcherPath;
    qint64 compileTimeoutMs = 120000;
    bool running = false;
    bool cancelRequested = false;
    QPointer<LauncherSession> currentRun;
    // One launcher for all runs of a comparison (measure() makes it at the comparison's first run).
    std::unique_ptr<LauncherSession> session;
    int sessionSide = 0; // whose run the session's samples belong to
    QPointer<MeasuredProcess> currentCompile;

    Comparison result;
    RunProgress progress;
    QElapsedTimer clock;
    QElapsedTimer countedClock;
    std::array<std::unique_ptr<QTemporaryDir>, 2> dirs;
    // The captured output of compiles and runs: never bound into a sandbox, so that no side can
    // plant a symlink or a FIFO where the launcher or this app writes and reads them.
    std::unique_ptr<QTemporaryDir> captures;
    std::array<std::optional<Language>, 2> languages;
    std::array<CommandLine, 2> runCommands;
    std::array<CommandContext, 2> contexts;
    std::array<QString, 2> stdinFiles;
    std::array<QStringList, 2> wrappers; // per side: each binds only its own work dir
    bool allowNetwork = false;
    ConditionSampler conditions;
    int scheduleIndex = 0;
    bool lastRunShort = false; // the previous run was short enough to queue the next one early
};

ComparisonRunner::ComparisonRunner(LanguageRegistry registry, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<Private>(this, std::move(registry)))
{
    qRegisterMetaType<fc::ProbeSample>();
    qRegisterMetaType<fc::RunRecord>();
    qRegisterMetaType<fc::RunProgress>();
    qRegisterMetaType<fc::Comparison>();
    qRegisterMetaType<fc::CompileResult>();
}

ComparisonRunner::~ComparisonRunner()
{
    cancel();
}

bool ComparisonRunner::start(const ComparisonRequest &request)
{
    if (d->running)
        return false;
    d->running = true;
    d->cancelRequested = false;
    // The task runs on its own; it keeps `d` alive through shared_from_this until it ends.
    d->execute(request);
    return true;
}

void ComparisonRunner::cancel()
{
    if (!d->running)
        return;
    d->cancelRequested = true;
    if (d->currentRun)
        d->currentRun->cancel();
    if (d->currentCompile)
        d->currentCompile->cancel();
}

bool ComparisonRunner::isRunning() const
{
    return d->running;
}

Comparison ComparisonRunner::snapshot() const
{
    return d->result;
}

void ComparisonRunner::setLauncherPath(const QString &path)
{
    d->launcherPath = path;
}

void ComparisonRunner::setCompileTimeoutMs(qint64 ms)
{
    d->compileTimeoutMs = ms;
}

void ComparisonRunner::Private::fail(int side, const QString &kind, const QString &message)
{
    Side &s = result.sides[size_t(side)];
    s.status = Side::Status::Failed;
    if (!s.error)
        s.error = SideError{kind, message};
}

bool ComparisonRunner::Private::failed() const
{
    return result.a().status == Side::Status::Failed || result.b().status == Side::Status::Failed;
}

void ComparisonRunner::Private::report(RunProgress::Stage stage, int side)
{
    progress.stage = stage;
    progress.side = side;
    progress.elapsedMs = clock.elapsed();
    progress.counted = {result.a().countedRuns(), result.b().countedRuns()};
    const int done = progress.counted[0] + progress.counted[1];
    if (stage == RunProgress::Stage::Measuring && done > 0) {
        const double perRun = double(countedClock.elapsed()) / done;
        const RunPlan &plan = result.plan;
        const int target =
            plan.mode == RunPlan::Mode::Fixed ? plan.runs : qMax(plan.minRuns, progress.counted[0]);
        qint64 remaining = qint64(perRun * qMax(0, 2 * target - done));
        if (plan.mode == RunPlan::Mode::Adaptive && done >= 2 * plan.minRuns)
            remaining = qMax<qint64>(0, qint64(plan.timeBudgetS * 1000) - countedClock.elapsed());
        progress.remainingMs = remaining;
    } else {
        progress.remainingMs = -1;
    }
    if (q)
        emit q->progress(progress);
}

bool ComparisonRunner::Private::prepare(int side, const SideInput &input)
{
    Side &s = result.sides[size_t(side)];
    s.lang = input.languageId;
    s.code = input.code;
    s.args = input.args;
    s.stdinText = input.stdinText;
    s.stage = QStringLiteral("Submitted");
    const auto language = registry.language(input.languageId);
    if (!language) {
        fail(side, QStringLiteral("missing-toolchain"),
             tr("unknown language '%1'").arg(input.languageId));
        return false;
    }
    languages[size_t(side)] = language;
    s.languageName = language->name;
    s.flags = input.flags.value_or(language->defaultFlags);

    for (const QString &program : language->requiredPrograms()) {
        if (findProgram(program).isEmpty()) {
            fail(side, QStringLiteral("missing-toolchain"),
                 missingToolchain(*language, program).message);
            return false;
        }
    }
    // A name of its own, whatever the application is called: a shared document shows these
    // folders as relative paths (cloud/shareddocument).
    auto dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/fastercodes-XXXXXX"));
    if (!dir->isValid()) {
        fail(side, QStringLiteral("internal"),
             tr("could not create a work folder: %1").arg(dir->errorString()));
        return false;
    }
    QString error;
    if (!language->writeSource(dir->path(), input.code, &error)) {
        fail(side, QStringLiteral("internal"), error);
        return false;
    }
    // Beside the captures, out of the side's reach: the launcher opens it outside the sandbox,
    // where a symlink planted in the work dir would hand the program a file of the user's.
    stdinFiles[size_t(side)] =
        captures->filePath(side == 0 ? QStringLiteral("a.stdin") : QStringLiteral("b.stdin"));
    QFile stdinFile(stdinFiles[size_t(side)]);
    if (!stdinFile.open(QIODevice::WriteOnly) || stdinFile.write(input.stdinText.toUtf8()) < 0) {
        fail(side, QStringLiteral("internal"), tr("could not write the standard input file"));
        return false;
    }
    CommandContext &context = contexts[size_t(side)];
    context.workDir = dir->path();
    // A sandboxed compile never writes the shared toolchain cache, which a hostile flag (Go's
    // -toolexec ...) could poison for later unsandboxed builds: it gets one of its own.
    if (result.sandboxed)
        context.cacheDir = dir->filePath(QStringLiteral(".cache"));
    context.flags = s.flags;
    context.args = input.args;
    runCommands[size_t(side)] = language->runCommand(context);
    dirs[size_t(side)] = std::move(dir);
    return true;
}

QCoro::Task<bool> ComparisonRunner::Private::compile(int side)
{
    auto self = shared_from_this();
    Side &s = result.sides[size_t(side)];
    const Language &language = *languages[size_t(side)];
    s.toolchain = co_await readToolchainVersion(language.versionCommand(contexts[size_t(side)]));
    if (!language.isCompiled() || cancelRequested)
        co_return !cancelRequested;
    report(RunProgress::Stage::Compiling, side);
    s.stage = QStringLiteral("Compiling");
    CompileSpec compile;
    compile.command = language.compileCommand(contexts[size_t(side)]);
    compile.timeoutMs = compileTimeoutMs;
    compile.captureDir = captures->path();
    compile.launcherPath = launcherPath;
    if (result.sandboxed)
        compile.wrapper = wrapperFor(side, compile.command.environment);
    s.compile = co_await runCompile(compile, &currentCompile);
    if (q)
        emit q->compiled(side, s.compile);
    if (cancelRequested) {
        fail(side, QStringLiteral("cancelled"), tr("cancelled"));
        co_return false;
    }
    if (s.compile.exitCode != 0) {
        s.stage = QStringLiteral("Compile_Failed");
        QString where;
        for (const Diagnostic &d : std::as_const(s.compile.diagnostics)) {
            if (d.severity == QLatin1String("error")) {
                where = QStringLiteral("%1:%2: %3").arg(d.file).arg(d.line).arg(d.message);
                break;
            }
        }
        if (where.isEmpty())
            where = s.compile.output.section(QLatin1Char('\n'), 0, 0).left(300);
        fail(side, QStringLiteral("compile"), tr("did not compile: %1").arg(where));
        co_return false;
    }
    s.stage = QStringLiteral("Compiled_Success");
    co_return true;
}

QStringList ComparisonRunner::Private::wrapperFor(int side,
                                                  const QProcessEnvironment &environment) const
{
    SandboxOptions options;
    options.writableDirs = {contexts[size_t(side)].workDir};
    options.environment = environment;
    for (const EnvVariable &variable : languages[size_t(side)]->env) {
        if (variable.value)
            options.keepNames << variable.name;
    }
    options.allowNetwork = allowNetwork;
    return sandboxWrapper(options);
}

ComparisonRunner::Private::Step ComparisonRunner::Private::stepAt(int index) const
{
    const int warmups = 2 * result.plan.warmup;
    if (index < warmups)
        return {index % 2, true, index < 2};
    const int counted = index - warmups;
    const int round = counted / 2;
    const int position = counted % 2;
    return {round % 2 == 0 ? position : 1 - position, false, result.plan.warmup == 0 && round == 0};
}

bool ComparisonRunner::Private::isLastStep(int index) const
{
    const RunPlan &plan = result.plan;
    const int perSide = plan.mode == RunPlan::Mode::Fixed ? plan.runs : plan.maxRuns;
    return index + 1 >= 2 * plan.warmup + 2 * perSide;
}

MeasuredRunSpec ComparisonRunner::Private::specFor(int side, bool capture) const
{
    const RunPlan &plan = result.plan;
    const QString dir = contexts[size_t(side)].workDir;
    MeasuredRunSpec spec;
    spec.program = runCommands[size_t(side)].program;
    spec.arguments = runCommands[size_t(side)].arguments;
    spec.workingDirectory = dir;
    spec.environment = runCommands[size_t(side)].environment;
    spec.stdinFile = stdinFiles[size_t(side)];
    if (capture) {
        const QString name = side == 0 ? QStringLiteral("a") : QStringLiteral("b");
        spec.stdoutFile = captures->filePath(name + QStringLiteral(".stdout"));
        spec.stderrFile = captures->filePath(name + QStringLiteral(".stderr"));
    }
    spec.outputCapBytes = plan.outputCapBytes;
    spec.timeoutMs = qint64(plan.timeoutS * 1000);
    spec.memoryLimitBytes = qint64(plan.memoryLimitMiB * 1048576.0);
    spec.processLimit = plan.processLimit;
    spec.cpu = plan.cpu; // both sides alike
    spec.sampleIntervalMs = 20;
    spec.wrapper = wrappers[size_t(side)];
    return spec;
}

QCoro::Task<bool> ComparisonRunner::Private::measureNext()
{
    auto self = shared_from_this();
    const auto [side, warmup, capture] = stepAt(scheduleIndex);
    report(warmup ? RunProgress::Stage::WarmingUp : RunProgress::Stage::Measuring, side);
    Side &s = result.sides[size_t(side)];
    const RunPlan &plan = result.plan;
    const MeasuredRunSpec spec = specFor(side, capture);

    if (!session || scheduleIndex == 0) {
        session = std::make_unique<LauncherSession>();
        if (!launcherPath.isEmpty())
            session->setLauncherPath(launcherPath);
        QObject::connect(session.get(), &LauncherSession::sample, session.get(),
                         [this](const ProbeSample &sample) {
                             if (q)
                                 emit q->sample(sessionSide, sample);
                         });
    }
    sessionSide = side;
    currentRun = session.get();
    s.stage = QStringLiteral("Running");
    auto running = session->run(spec); // the request is written before this returns
    // Two runs ahead: the launcher then never waits for this event loop, even when it answers
    // late for a run or two (2 cores: the app shares them with the launcher and the program).
    for (int next = scheduleIndex + 1 + session->preparedCount();
         lastRunShort && !cancelRequested && next <= scheduleIndex + kQueuedAhead &&
         !isLastStep(next - 1);
         ++next) {
        const Step step = stepAt(next);
        session->prepareNext(specFor(step.side, step.capture));
    }
    const ProbeResult probe = co_await std::move(running);
    currentRun = nullptr;
    lastRunShort = probe.hasFigures() && probe.wallMs() < kPipelineBelowMs;

    const RunRecord record = runRecordFrom(probe, scheduleIndex++, warmup);
    conditions.sampleIfDue();
    if (probe.hasFigures()) {
        s.runs << record;
        if (q)
            emit q->runMeasured(side, record);
    }
    QString stderrText;
    QString captureError;
    if (capture) {
        QString stdoutError;
        s.stdoutText = readCapture(spec.stdoutFile, plan.outputCapBytes, &stdoutError);
        stderrText = readCapture(spec.stderrFile, plan.outputCapBytes, &captureError);
        if (!stdoutError.isEmpty())
            captureError = stdoutError;
        s.stderrText = stderrText;
        s.stdoutDropped = probe.stdoutDroppedBytes;
        s.stderrDropped = probe.stderrDroppedBytes;
    }
    if (cancelRequested) {
        fail(side, QStringLiteral("cancelled"), tr("cancelled"));
        co_return false;
    }
    if (!captureError.isEmpty()) {
        s.stage = QStringLiteral("Run_Failed");
        fail(side, QStringLiteral("internal"), captureError);
        co_return false;
    }
    if (const auto error =
            runFailure(probe, stderrText.section(QLatin1Char('\n'), 0, 0).left(300))) {
        s.stage = QStringLiteral("Run_Failed");
        fail(side, error->kind, error->message);
        co_return false;
    }
    if (plan.memoryLimitMiB > 0 && probe.limits.reported &&
        (probe.limits.memory == QLatin1String("unavailable") ||
         probe.limits.memory == QLatin1String("none"))) {
        // Said once per side: the user asked for a cap this machine could not apply.
        if (!s.stderrText.contains(QLatin1String("[fastercodes]")))
            s.stderrText += tr(
                "\n[fastercodes] the memory limit could not be applied here (no usable cgroup).");
    }
    co_return true;
}

bool ComparisonRunner::Private::shouldContinue(qint64 countedElapsedMs)
{
    const RunPlan &plan = result.plan;
    const int perSide = qMin(result.a().countedRuns(), result.b().countedRuns());
    if (plan.mode == RunPlan::Mode::Fixed)
        return perSide < plan.runs;
    StopRule rule;
    rule.minRuns = plan.minRuns;
    rule.maxRuns = plan.maxRuns;
    rule.target = plan.targetCiPercent / 100.0;
    rule.budget = std::chrono::milliseconds(qint64(plan.timeBudgetS * 1000));
    const QList<Summary> summaries{summarize(result.a().values(Metric::WallTime)),
                                   summarize(result.b().values(Metric::WallTime))};
    progress.worstHalfWidth =
        qMax(relativeHalfWidth(summaries[0]), relativeHalfWidth(summaries[1]));
    return shouldStop(rule, summaries, std::chrono::milliseconds(countedElapsedMs)) ==
           StopReason::KeepGoing;
}

QCoro::Task<> ComparisonRunner::Private::execute(ComparisonRequest request)
{
    auto self = shared_from_this();
    // Everything, even an immediate failure, reaches the caller from the event loop, never from
    // inside start().
    co_await QCoro::sleepFor(std::chrono::milliseconds(0));
    clock.start();
    scheduleIndex = 0;
    lastRunShort = false;
    result = Comparison{};
    result.startTime = QDateTime::currentMSecsSinceEpoch();
    result.title = request.title;
    result.plan = request.plan;
    result.sourceKind = request.sourceKind;
    result.sourceUrl = request.sourceUrl;
    result.environment = Environment::current();
    progress = RunProgress{};
    progress.adaptive = request.plan.mode == RunPlan::Mode::Adaptive;
    progress.plannedPerSide = progress.adaptive ? request.plan.maxRuns : request.plan.runs;
    wrappers = {};
    allowNetwork = request.allowNetwork;
    if (request.plan.sandbox) {
        result.sandboxed = sandboxAvailable();
    }
    report(RunProgress::Stage::Preparing, -1);

    captures = std::make_unique<QTemporaryDir>();
    bool ok = captures->isValid();
    if (!ok) {
        for (int side = 0; side < 2; ++side)
            fail(side, QStringLiteral("internal"),
                 tr("could not create a folder for the output: %1").arg(captures->errorString()));
    }
    if (ok) {
        ok = prepare(0, request.sides[0]);
        ok = prepare(1, request.sides[1]) && ok;
    }
    for (int side = 0; ok && result.sandboxed && side < 2; ++side)
        wrappers[size_t(side)] = wrapperFor(side, runCommands[size_t(side)].environment);
    for (int side = 0; side < 2 && ok && !cancelRequested; ++side)
        ok = co_await compile(side);

    const int warmupRuns = 2 * result.plan.warmup;
    if (ok && !cancelRequested)
        conditions.start();
    while (ok && !cancelRequested && scheduleIndex < warmupRuns)
        ok = co_await measureNext();
    countedClock.start();
    // Whole rounds (stepAt: A B, then B A), as long as the plan wants more.
    while (ok && !cancelRequested) {
        if ((scheduleIndex - warmupRuns) % 2 == 0 && !shouldContinue(countedClock.elapsed()))
            break;
        ok = co_await measureNext();
    }
    if (cancelRequested) {
        for (int side = 0; side < 2; ++side) {
            if (result.sides[size_t(side)].status != Side::Status::Failed)
                fail(side, QStringLiteral("cancelled"), tr("cancelled"));
        }
    }
    finish();
}

void ComparisonRunner::Private::finish()
{
    if (session)
        session->discardPrepared(); // the stop rule ended the comparison before its turn
    lastRunShort = false;
    if (conditions.isRunning()) {
        double runsCpuMs = 0;
        for (const Side &s : result.sides) {
            for (const RunRecord &r : s.runs)
                runsCpuMs += r.cpuMs();
        }
        result.conditions = conditions.stop(runsCpuMs);
    }
    report(RunProgress::Stage::Finishing, -1);
    for (Side &s : result.sides) {
        if (s.status != Side::Status::Failed) {
            s.status = Side::Status::Success;
            s.stage = QStringLiteral("Run_Success");
        }
    }
    result.status = failed() ? Comparison::Status::Failed : Comparison::Status::Success;
    if (result.plan.checkOutputs && !failed())
        result.outputsMatch = result.a().stdoutText == result.b().stdoutText;
    result.finishTime = QDateTime::currentMSecsSinceEpoch();
    dirs = {};
    captures.reset();
    running = false;
    if (q)
        emit q->finished(result);
}

} // namespace fc
