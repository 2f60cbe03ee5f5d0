#include "cli/commands.h"
#include "export/comparisonexporter.h"
#include "export/textreport.h"
#include "export/units.h"
#include "history/historystore.h"
#include "model/analysis.h"
#include "runner/comparisonrunner.h"
#include "toolchains/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>
#include <array>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif
#include <utility>

namespace fc::app {

namespace {

// Translation context "CompareCommand": fastercodes compare.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

struct Usage
{
    QString error;
};

int usage(const QString &message)
{
    QTextStream(stderr) << "fastercodes compare: " << message << "\n"
                        << Text::tr("Try 'fastercodes compare --help'.") << Qt::endl;
    return 2;
}

QString progressLine(const RunProgress &p)
{
    switch (p.stage) {
    case RunProgress::Stage::Preparing:
        return Text::tr("preparing…");
    case RunProgress::Stage::Compiling:
        return Text::tr("compiling %1…")
            .arg(p.side == 0 ? QStringLiteral("A") : QStringLiteral("B"));
    case RunProgress::Stage::WarmingUp:
        return Text::tr("warming up %1…")
            .arg(p.side == 0 ? QStringLiteral("A") : QStringLiteral("B"));
    case RunProgress::Stage::Measuring: {
        QString line = p.adaptive ? Text::tr("run %1 · A %2 B %3 (adaptive, ≤ %4)")
                                        .arg(p.counted[0] + p.counted[1] + 1)
                                        .arg(p.counted[0])
                                        .arg(p.counted[1])
                                        .arg(p.plannedPerSide)
                                  : Text::tr("run %1/%2")
                                        .arg(p.counted[0] + p.counted[1] + 1)
                                        .arg(2 * p.plannedPerSide);
        line += QStringLiteral(" · %1").arg(formatMs(double(p.elapsedMs)));
        if (p.remainingMs >= 0)
            line += QStringLiteral(" · ~%1").arg(formatMs(double(p.remainingMs)));
        return line;
    }
    case RunProgress::Stage::Finishing:
        return Text::tr("analysing…");
    }
    return {};
}

} // namespace

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Compiles FILE_A and FILE_B once, runs both many times "
                 "interleaved and says which is faster."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("compare"), Text::tr("The command."),
                                 QStringLiteral("compare"));
    parser.addPositionalArgument(QStringLiteral("FILE_A"),
                                 Text::tr("Source of side A (language from its extension)."));
    parser.addPositionalArgument(QStringLiteral("FILE_B"), Text::tr("Source of side B."));
    const QCommandLineOption langA(QStringLiteral("lang-a"),
                                   Text::tr("Language of A (see 'fastercodes languages')."),
                                   QStringLiteral("ID"));
    const QCommandLineOption langB(QStringLiteral("lang-b"), Text::tr("Language of B."),
                                   QStringLiteral("ID"));
    const QCommandLineOption flagsA(
        QStringLiteral("flags-a"),
        Text::tr("Compiler flags of A, replacing the defaults (shell-like words)."),
        QStringLiteral("FLAGS"));
    const QCommandLineOption flagsB(QStringLiteral("flags-b"), Text::tr("Compiler flags of B."),
                                    QStringLiteral("FLAGS"));
    const QCommandLineOption argsA(QStringLiteral("args-a"),
                                   Text::tr("Program arguments of A (shell-like words)."),
                                   QStringLiteral("ARGS"));
    const QCommandLineOption argsB(QStringLiteral("args-b"), Text::tr("Program arguments of B."),
                                   QStringLiteral("ARGS"));
    const QCommandLineOption stdinA(QStringLiteral("stdin-a"),
                                    Text::tr("File given to A as standard input."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption stdinB(QStringLiteral("stdin-b"),
                                    Text::tr("File given to B as standard input."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption runs(
        QStringLiteral("runs"),
        Text::tr("Fixed number of counted runs per side (default: adaptive)."),
        QStringLiteral("N"));
    const QCommandLineOption minRuns(QStringLiteral("min-runs"),
                                     Text::tr("Adaptive: at least N runs per side (default 10)."),
                                     QStringLiteral("N"));
    const QCommandLineOption maxRuns(QStringLiteral("max-runs"),
                                     Text::tr("Adaptive: at most N runs per side (default 1000)."),
                                     QStringLiteral("N"));
    const QCommandLineOption targetCi(
        QStringLiteral("target-ci"),
        Text::tr("Adaptive: stop when each median's 95% CI is within ±PCT % (default 1)."),
        QStringLiteral("PCT"));
    const QCommandLineOption budget(
        QStringLiteral("time-budget"),
        Text::tr("Adaptive: stop after SEC seconds of counted runs (default 30)."),
        QStringLiteral("SEC"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        Text::tr("Call a side faster only when the 95% CI of the ratio lies wholly beyond ±PCT % "
                 "(default 1; 0 for the purely statistical verdict)."),
        QStringLiteral("PCT"));
    const QCommandLineOption cpu(
        QStringLiteral("cpu"),
        Text::tr("Linux: pin both sides to CPU N (the same core for every run; default: not "
                 "pinned)."),
        QStringLiteral("N"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    Text::tr("Uncounted warm-up runs per side (default 1)."),
                                    QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Text::tr("Per-run timeout in seconds (default 30)."),
                                     QStringLiteral("SEC"));
    const QCommandLineOption memoryLimit(
        QStringLiteral("memory-limit"),
        Text::tr("Memory cap per run in MiB (a cgroup; default none)."), QStringLiteral("MIB"));
    const QCommandLineOption processLimit(QStringLiteral("process-limit"),
                                          Text::tr("Process/thread cap per run (default 512)."),
                                          QStringLiteral("N"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        Text::tr("Run inside a bubblewrap sandbox (no network, read-only system, empty home)."));
    const QCommandLineOption sandboxNetwork(
        QStringLiteral("sandbox-network"),
        Text::tr("With --sandbox: let compiles and programs use the network."));
    const QCommandLineOption checkOutput(QStringLiteral("check-output"),
                                         Text::tr("Check that both sides print the same output."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        Text::tr("Write the comparison as JSON (fastercodes.comparison/1)."),
        QStringLiteral("PATH"));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      Text::tr("Write a Markdown report."), QStringLiteral("PATH"));
    const QCommandLineOption csv(QStringLiteral("csv"), Text::tr("Write every run as CSV."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Text::tr("Print only the verdict."));
    const QCommandLineOption noSave(QStringLiteral("no-save"),
                                    Text::tr("Do not save the comparison to the history."));
    parser.addOptions(
        {langA,       langB,  flagsA,   flagsB,      argsA,        argsB,   stdinA,
         stdinB,      runs,   minRuns,  maxRuns,     targetCi,     budget,  threshold,
         cpu,         warmup, timeout,  memoryLimit, processLimit, sandbox, sandboxNetwork,
         checkOutput, json,   markdown, csv,         quiet,        noSave});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 2)
        return usage(Text::tr("expected two source files, got %1").arg(files.size()));

    LanguageRegistry registry = LanguageRegistry::createDefault();
    for (const auto &e : registry.errors())
        QTextStream(stderr) << "fastercodes: " << e.toString() << Qt::endl;
    ComparisonRequest request;
    const std::array<const QCommandLineOption *, 2> langs{&langA, &langB}, flags{&flagsA, &flagsB},
        args{&argsA, &argsB}, stdins{&stdinA, &stdinB};
    for (int s = 0; s < 2; ++s) {
        SideInput &side = request.sides[size_t(s)];
        QFile file(files[s]);
        if (!file.open(QIODevice::ReadOnly))
            return usage(Text::tr("cannot read %1: %2").arg(files[s], file.errorString()));
        side.code = QString::fromUtf8(file.readAll());
        if (parser.isSet(*langs[size_t(s)])) {
            side.languageId = parser.value(*langs[size_t(s)]);
            if (!registry.contains(side.languageId))
                return usage(Text::tr("unknown language '%1' (known: %2)")
                                 .arg(side.languageId, registry.ids().join(QStringLiteral(", "))));
        } else if (const auto guess = registry.guessFromFileName(files[s])) {
            side.languageId = guess->id;
        } else {
            return usage(Text::tr("cannot tell the language of %1 from its name; give --lang-%2")
                             .arg(files[s], s == 0 ? QStringLiteral("a") : QStringLiteral("b")));
        }
        QString error;
        if (parser.isSet(*flags[size_t(s)])) {
            const auto words = splitShellWords(parser.value(*flags[size_t(s)]), &error);
            if (!words)
                return usage(Text::tr("--flags-%1: %2")
                                 .arg(s == 0 ? QStringLiteral("a") : QStringLiteral("b"), error));
            side.flags = *words;
        }
        if (parser.isSet(*args[size_t(s)])) {
            const auto words = splitShellWords(parser.value(*args[size_t(s)]), &error);
            if (!words)
                return usage(Text::tr("--args-%1: %2")
                                 .arg(s == 0 ? QStringLiteral("a") : QStringLiteral("b"), error));
            side.args = *words;
        }
        if (parser.isSet(*stdins[size_t(s)])) {
            QFile input(parser.value(*stdins[size_t(s)]));
            if (!input.open(QIODevice::ReadOnly))
                return usage(
                    Text::tr("cannot read %1: %2").arg(input.fileName(), input.errorString()));
            side.stdinText = QString::fromUtf8(input.readAll());
        }
    }
    request.title = QStringLiteral("%1 vs %2")
                        .arg(QFileInfo(files[0]).fileName(), QFileInfo(files[1]).fileName());

    RunPlan &plan = request.plan;
    bool ok = true;
    const auto intOption = [&](const QCommandLineOption &o, int &target, int minimum) {
        if (!parser.isSet(o))
            return;
        bool good = false;
        const int v = parser.value(o).toInt(&good);
        if (!good || v < minimum) {
            usage(Text::tr("--%1 needs a whole number ≥ %2").arg(o.names().first()).arg(minimum));
            ok = false;
            return;
        }
        target = v;
    };
    const auto doubleOption = [&](const QCommandLineOption &o, double &target, double minimum) {
        if (!parser.isSet(o))
            return;
        bool good = false;
        const double v = parser.value(o).toDouble(&good);
        if (!good || v < minimum) {
            usage(Text::tr("--%1 needs a number ≥ %2").arg(o.names().first()).arg(minimum));
            ok = false;
            return;
        }
        target = v;
    };
    if (parser.isSet(runs)) {
        plan.mode = RunPlan::Mode::Fixed;
        intOption(runs, plan.runs, 1);
        if (parser.isSet(minRuns) || parser.isSet(maxRuns) || parser.isSet(targetCi) ||
            parser.isSet(budget))
            return usage(Text::tr("--runs is a fixed count; it cannot be combined with --min-runs, "
                                  "--max-runs, --target-ci or --time-budget"));
    }
    intOption(minRuns, plan.minRuns, 1);
    intOption(maxRuns, plan.maxRuns, 1);
    doubleOption(targetCi, plan.targetCiPercent, 0);
    doubleOption(budget, plan.timeBudgetS, 0);
    intOption(warmup, plan.warmup, 0);
    doubleOption(timeout, plan.timeoutS, 0.001);
    doubleOption(memoryLimit, plan.memoryLimitMiB, 1);
    intOption(processLimit, plan.processLimit, 1);
    doubleOption(threshold, plan.thresholdPercent, 0);
    intOption(cpu, plan.cpu, 0);
    if (!ok)
        return 2;
    if (plan.cpu >= QThread::idealThreadCount())
        return usage(Text::tr("--cpu %1: this machine has CPUs 0 to %2")
                         .arg(plan.cpu)
                         .arg(QThread::idealThreadCount() - 1));
    if (plan.thresholdPercent > 100)
        return usage(Text::tr("--threshold is a percentage from 0 to 100, got %1")
                         .arg(plan.thresholdPercent));
    if (plan.maxRuns < plan.minRuns)
        return usage(Text::tr("--max-runs (%1) is below --min-runs (%2)")
                         .arg(plan.maxRuns)
                         .arg(plan.minRuns));
    plan.sandbox = parser.isSet(sandbox);
    if (parser.isSet(sandboxNetwork) && !plan.sandbox)
        return usage(Text::tr("--sandbox-network needs --sandbox"));
    request.allowNetwork = parser.isSet(sandboxNetwork);
    plan.checkOutputs = parser.isSet(checkOutput);

    ComparisonRunner runner(registry);
    QTextStream err(stderr);
#ifdef Q_OS_WIN
    const bool stderrIsTerminal = _isatty(_fileno(stderr)) != 0;
#else
    const bool stderrIsTerminal = isatty(fileno(stderr)) != 0;
#endif
    const bool showProgress = stderrIsTerminal && !parser.isSet(quiet);
    if (showProgress) {
        QObject::connect(
            &runner, &ComparisonRunner::progress, &runner,
            [&err](const RunProgress &p) { err << "\r\033[K" << progressLine(p) << Qt::flush; });
    }
    Comparison result;
    QEventLoop loop;
    QObject::connect(&runner, &ComparisonRunner::finished, &loop, [&](const Comparison &c) {
        result = c;
        loop.quit();
    });
    runner.start(request);
    loop.exec();
    if (showProgress)
        err << "\r\033[K" << Qt::flush;

    const Analysis analysis = analyze(result);
    QTextStream out(stdout);
    if (parser.isSet(quiet))
        out << analysis.verdict.sentence() << Qt::endl;
    else
        out << comparisonToText(result, analysis) << Qt::flush;

    QString error;
    bool written = true;
    const std::array<std::pair<const QCommandLineOption *, DataFormat>, 3> exports{
        {{&json, DataFormat::Json}, {&markdown, DataFormat::Markdown}, {&csv, DataFormat::Csv}}};
    for (const auto &[option, format] : exports) {
        if (parser.isSet(*option))
            written = exportComparison(result, analysis, parser.value(*option), format, &error) &&
                      written;
    }
    if (!written) {
        err << "fastercodes: " << error << Qt::endl;
        return 1;
    }
    if (!parser.isSet(noSave)) {
        // Saved as the GUI does; a history that cannot be written costs the user nothing printed.
        HistoryStore &store = HistoryStore::defaultStore();
        if (!store.notice().isEmpty())
            err << "fastercodes: " << store.notice() << Qt::endl;
        if (store.save(result, &error) == 0)
            err << "fastercodes: " << Text::tr("not saved to the history: %1").arg(error)
                << Qt::endl;
    }
    return result.status == Comparison::Status::Success ? 0 : 1;
}

} // namespace fc::app
