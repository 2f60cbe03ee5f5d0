#include "cli/compareoptions.h"

#include "cli/command.h"
#include "toolchains/commandline.h"
#include "toolchains/languageregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <array>
#include <type_traits>

namespace fc::app {

namespace {

// Translation context "CompareCommand": fastercodes compare.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

struct OptionSpec
{
    const char *name;
    const char *help; ///< in context "CompareCommand"
    const char *valueName = nullptr;
};

// In the order --help lists them.
const OptionSpec kOptions[] = {
    {"lang-a", QT_TRANSLATE_NOOP("CompareCommand", "Language of A (see 'fastercodes languages')."),
     "ID"},
    {"lang-b", QT_TRANSLATE_NOOP("CompareCommand", "Language of B."), "ID"},
    {"flags-a",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Compiler flags of A, replacing the defaults (shell-like words)."),
     "FLAGS"},
    {"flags-b", QT_TRANSLATE_NOOP("CompareCommand", "Compiler flags of B."), "FLAGS"},
    {"args-a", QT_TRANSLATE_NOOP("CompareCommand", "Program arguments of A (shell-like words)."),
     "ARGS"},
    {"args-b", QT_TRANSLATE_NOOP("CompareCommand", "Program arguments of B."), "ARGS"},
    {"stdin-a", QT_TRANSLATE_NOOP("CompareCommand", "File given to A as standard input."), "FILE"},
    {"stdin-b", QT_TRANSLATE_NOOP("CompareCommand", "File given to B as standard input."), "FILE"},
    {"runs",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Fixed number of counted runs per side (default: adaptive)."),
     "N"},
    {"min-runs",
     QT_TRANSLATE_NOOP("CompareCommand", "Adaptive: at least N runs per side (default 10)."), "N"},
    {"max-runs",
     QT_TRANSLATE_NOOP("CompareCommand", "Adaptive: at most N runs per side (default 1000)."), "N"},
    {"target-ci",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Adaptive: stop when each median's 95% CI is within ±PCT % (default 1)."),
     "PCT"},
    {"time-budget",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Adaptive: stop after SEC seconds of counted runs (default 30)."),
     "SEC"},
    {"threshold",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Call a side faster only when the 95% CI of the ratio lies wholly beyond "
                       "±PCT % (default 1; 0 for the purely statistical verdict)."),
     "PCT"},
    {"cpu",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Linux: pin both sides to CPU N (the same core for every run; default: not "
                       "pinned)."),
     "N"},
    {"warmup", QT_TRANSLATE_NOOP("CompareCommand", "Uncounted warm-up runs per side (default 1)."),
     "N"},
    {"timeout", QT_TRANSLATE_NOOP("CompareCommand", "Per-run timeout in seconds (default 30)."),
     "SEC"},
    {"memory-limit",
     QT_TRANSLATE_NOOP("CompareCommand", "Memory cap per run in MiB (a cgroup; default none)."),
     "MIB"},
    {"process-limit",
     QT_TRANSLATE_NOOP("CompareCommand", "Process/thread cap per run (default 512)."), "N"},
    {"sandbox",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Run inside a bubblewrap sandbox (no network, read-only system, empty "
                       "home).")},
    {"sandbox-network",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "With --sandbox: let compiles and programs use the network.")},
    {"check-output",
     QT_TRANSLATE_NOOP("CompareCommand", "Check that both sides print the same output.")},
    {"json",
     QT_TRANSLATE_NOOP("CompareCommand",
                       "Write the comparison as JSON (fastercodes.comparison/1)."),
     "PATH"},
    {"markdown", QT_TRANSLATE_NOOP("CompareCommand", "Write a Markdown report."), "PATH"},
    {"csv", QT_TRANSLATE_NOOP("CompareCommand", "Write every run as CSV."), "PATH"},
    {"quiet", QT_TRANSLATE_NOOP("CompareCommand", "Print only the verdict.")},
    {"no-save", QT_TRANSLATE_NOOP("CompareCommand", "Do not save the comparison to the history.")},
};

QString letter(int side)
{
    return side == 0 ? QStringLiteral("a") : QStringLiteral("b");
}

// One number option: absent leaves `target` as it is; present must parse and be ≥ `minimum`.
template<typename T> bool readNumber(Command &command, const QString &name, T &target, T minimum)
{
    if (!command.parser().isSet(name))
        return true;
    bool good = false;
    const QString text = command.parser().value(name);
    T value{};
    if constexpr (std::is_integral_v<T>)
        value = text.toInt(&good);
    else
        value = text.toDouble(&good);
    if (good && value >= minimum) {
        target = value;
        return true;
    }
    command.usage((std::is_integral_v<T> ? Text::tr("--%1 needs a whole number ≥ %2")
                                         : Text::tr("--%1 needs a number ≥ %2"))
                      .arg(name)
                      .arg(minimum));
    return false;
}

// Shell-like words of --flags-X / --args-X; false after saying what is wrong.
template<typename Target> bool readWords(Command &command, const QString &name, Target &target)
{
    if (!command.parser().isSet(name))
        return true;
    QString error;
    const auto words = splitShellWords(command.parser().value(name), &error);
    if (!words) {
        command.usage(Text::tr("--%1: %2").arg(name, error));
        return false;
    }
    target = *words;
    return true;
}

bool readFile(Command &command, const QString &path, QString &target)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        command.usage(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    target = QString::fromUtf8(file.readAll());
    return true;
}

bool readSide(Command &command, int s, const QString &path, const LanguageRegistry &registry,
              SideInput &side)
{
    QCommandLineParser &parser = command.parser();
    if (!readFile(command, path, side.code))
        return false;
    const QString lang = QStringLiteral("lang-") + letter(s);
    if (parser.isSet(lang)) {
        side.languageId = parser.value(lang);
        if (!registry.contains(side.languageId)) {
            command.usage(Text::tr("unknown language '%1' (known: %2)")
                              .arg(side.languageId, registry.ids().join(QStringLiteral(", "))));
            return false;
        }
    } else if (const auto guess = registry.guessFromFileName(path)) {
        side.languageId = guess->id;
    } else {
        command.usage(Text::tr("cannot tell the language of %1 from its name; give --lang-%2")
                          .arg(path, letter(s)));
        return false;
    }
    if (!readWords(command, QStringLiteral("flags-") + letter(s), side.flags) ||
        !readWords(command, QStringLiteral("args-") + letter(s), side.args))
        return false;
    const QString input = QStringLiteral("stdin-") + letter(s);
    return !parser.isSet(input) || readFile(command, parser.value(input), side.stdinText);
}

bool readPlan(Command &command, RunPlan &plan)
{
    const QCommandLineParser &parser = command.parser();
    if (parser.isSet(QStringLiteral("runs"))) {
        plan.mode = RunPlan::Mode::Fixed;
        if (!readNumber(command, QStringLiteral("runs"), plan.runs, 1))
            return false;
        for (const char *adaptive : {"min-runs", "max-runs", "target-ci", "time-budget"}) {
            if (parser.isSet(QLatin1String(adaptive))) {
                command.usage(
                    Text::tr("--runs is a fixed count; it cannot be combined with --min-runs, "
                             "--max-runs, --target-ci or --time-budget"));
                return false;
            }
        }
    }
    if (!readNumber(command, QStringLiteral("min-runs"), plan.minRuns, 1) ||
        !readNumber(command, QStringLiteral("max-runs"), plan.maxRuns, 1) ||
        !readNumber(command, QStringLiteral("target-ci"), plan.targetCiPercent, 0.0) ||
        !readNumber(command, QStringLiteral("time-budget"), plan.timeBudgetS, 0.0) ||
        !readNumber(command, QStringLiteral("warmup"), plan.warmup, 0) ||
        !readNumber(command, QStringLiteral("timeout"), plan.timeoutS, 0.001) ||
        !readNumber(command, QStringLiteral("memory-limit"), plan.memoryLimitMiB, 1.0) ||
        !readNumber(command, QStringLiteral("process-limit"), plan.processLimit, 1) ||
        !readNumber(command, QStringLiteral("threshold"), plan.thresholdPercent, 0.0) ||
        !readNumber(command, QStringLiteral("cpu"), plan.cpu, 0))
        return false;
    if (plan.cpu >= QThread::idealThreadCount()) {
        command.usage(Text::tr("--cpu %1: this machine has CPUs 0 to %2")
                          .arg(plan.cpu)
                          .arg(QThread::idealThreadCount() - 1));
        return false;
    }
    if (plan.thresholdPercent > 100) {
        command.usage(Text::tr("--threshold is a percentage from 0 to 100, got %1")
                          .arg(plan.thresholdPercent));
        return false;
    }
    if (plan.maxRuns < plan.minRuns) {
        command.usage(Text::tr("--max-runs (%1) is below --min-runs (%2)")
                          .arg(plan.maxRuns)
                          .arg(plan.minRuns));
        return false;
    }
    plan.sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("sandbox-network")) && !plan.sandbox) {
        command.usage(Text::tr("--sandbox-network needs --sandbox"));
        return false;
    }
    plan.checkOutputs = parser.isSet(QStringLiteral("check-output"));
    return true;
}

} // namespace

std::optional<CompareJob> parseCompare(Command &command, const QStringList &arguments,
                                       const LanguageRegistry &registry, int &exitCode)
{
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("FILE_A"),
                                 Text::tr("Source of side A (language from its extension)."));
    parser.addPositionalArgument(QStringLiteral("FILE_B"), Text::tr("Source of side B."));
    for (const OptionSpec &o : kOptions) {
        parser.addOption(o.valueName ? QCommandLineOption(QLatin1String(o.name), Text::tr(o.help),
                                                          QLatin1String(o.valueName))
                                     : QCommandLineOption(QLatin1String(o.name), Text::tr(o.help)));
    }
    if (const auto done = command.parse(arguments)) {
        exitCode = *done;
        return std::nullopt;
    }
    exitCode = 2;
    const QStringList files = command.operands();
    if (files.size() != 2) {
        command.usage(Text::tr("expected two source files, got %1").arg(files.size()));
        return std::nullopt;
    }
    CompareJob job;
    for (int s = 0; s < 2; ++s) {
        if (!readSide(command, s, files[s], registry, job.request.sides[size_t(s)]))
            return std::nullopt;
    }
    job.request.title = QStringLiteral("%1 vs %2")
                            .arg(QFileInfo(files[0]).fileName(), QFileInfo(files[1]).fileName());
    if (!readPlan(command, job.request.plan))
        return std::nullopt;
    job.request.allowNetwork = parser.isSet(QStringLiteral("sandbox-network"));
    const std::array<std::pair<const char *, DataFormat>, 3> exports{
        {{"json", DataFormat::Json}, {"markdown", DataFormat::Markdown}, {"csv", DataFormat::Csv}}};
    for (const auto &[name, format] : exports) {
        if (parser.isSet(QLatin1String(name)))
            job.exports.append({parser.value(QLatin1String(name)), format});
    }
    job.quiet = parser.isSet(QStringLiteral("quiet"));
    job.save = !parser.isSet(QStringLiteral("no-save"));
    exitCode = 0;
    return job;
}

} // namespace fc::app
