#include "cli/command.h"
#include "cli/commands.h"
#include "cli/compareoptions.h"
#include "export/textreport.h"
#include "export/units.h"
#include "model/analysis.h"
#include "runner/comparisonrunner.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace fc::app {

namespace {

// Translation context "CompareCommand": fastercodes compare.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

QString progressLine(const RunProgress &p)
{
    const QString side = p.side == 0 ? QStringLiteral("A") : QStringLiteral("B");
    switch (p.stage) {
    case RunProgress::Stage::Preparing:
        return Text::tr("preparing…");
    case RunProgress::Stage::Compiling:
        return Text::tr("compiling %1…").arg(side);
    case RunProgress::Stage::WarmingUp:
        return Text::tr("warming up %1…").arg(side);
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

// Runs the comparison to its end; a progress line on a terminal unless asked to be quiet.
Comparison run(Console &console, const CompareJob &job, const LanguageRegistry &registry)
{
    ComparisonRunner runner(registry);
    const bool showProgress = console.isTerminal() && !job.quiet;
    if (showProgress) {
        QObject::connect(&runner, &ComparisonRunner::progress, &runner,
                         [&console](const RunProgress &p) {
                             console.err() << "\r\033[K" << progressLine(p) << Qt::flush;
                         });
    }
    Comparison result;
    QEventLoop loop;
    QObject::connect(&runner, &ComparisonRunner::finished, &loop, [&](const Comparison &c) {
        result = c;
        loop.quit();
    });
    runner.start(job.request);
    loop.exec();
    if (showProgress)
        console.err() << "\r\033[K" << Qt::flush;
    return result;
}

// Prints the report (or the verdict alone), writes the files asked for and saves to the
// history. The exit code: 1 when a file could not be written or a side failed.
int report(Command &command, const CompareJob &job, const Comparison &result)
{
    const Analysis analysis = analyze(result);
    if (job.quiet)
        command.out() << analysis.verdict.sentence() << Qt::endl;
    else
        command.out() << comparisonToText(result, analysis) << Qt::flush;

    bool written = true;
    for (const auto &[path, format] : job.exports) {
        QString error;
        if (!exportComparison(result, analysis, path, format, &error)) {
            command.warn(error);
            written = false;
        }
    }
    if (!written)
        return 1;
    if (job.save)
        command.saveToHistory(result);
    return result.status == Comparison::Status::Success ? 0 : 1;
}

} // namespace

int compareCommand(const QStringList &arguments, Console &console)
{
    Command command(QStringLiteral("compare"),
                    Text::tr("Compiles FILE_A and FILE_B once, runs both many times "
                             "interleaved and says which is faster."),
                    console);
    const LanguageRegistry registry = LanguageRegistry::createDefault();
    int exitCode = 0;
    const std::optional<CompareJob> job = parseCompare(command, arguments, registry, exitCode);
    if (!job)
        return exitCode;
    for (const auto &e : registry.errors())
        console.err() << "fastercodes: " << e.toString() << Qt::endl;
    return report(command, *job, run(console, *job, registry));
}

} // namespace fc::app
