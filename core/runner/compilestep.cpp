#include "runner/compilestep.h"

#include "probe/measuredprocess.h"
#include "runner/capturefile.h"
#include "runner/diagnosticparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <chrono>
#include <memory>
#include <qcoro/qcoroprocess.h>

namespace fc {

namespace {

constexpr qint64 kOutputCap = 1 << 20;

} // namespace

QCoro::Task<CompileResult> runCompile(CompileSpec spec, QPointer<MeasuredProcess> *current)
{
    CompileResult result;
    result.performed = true;
    result.command = spec.command.toStringList();
    MeasuredRunSpec run;
    run.program = spec.command.program;
    run.arguments = spec.command.arguments;
    run.workingDirectory = spec.command.workingDirectory;
    run.environment = spec.command.environment;
    run.stdoutFile = QDir(spec.captureDir).filePath(QStringLiteral("compile.stdout"));
    run.stderrFile = QDir(spec.captureDir).filePath(QStringLiteral("compile.stderr"));
    run.outputCapBytes = kOutputCap;
    run.timeoutMs = spec.timeoutMs;
    run.sampleIntervalMs = 0;
    // A cap against a fork bomb in a build step, far above what real builds use (threads count:
    // go build runs a compiler per package, each with a thread per core).
    run.processLimit = 4096;
    run.wrapper = spec.wrapper;
    // Files of an earlier compile of this side are gone first: the launcher refuses paths with
    // more than one name, and a stale output must never pass for this one's.
    QFile::remove(run.stdoutFile);
    QFile::remove(run.stderrFile);

    auto process = std::make_unique<MeasuredProcess>();
    if (!spec.launcherPath.isEmpty())
        process->setLauncherPath(spec.launcherPath);
    *current = process.get();
    QElapsedTimer clock;
    clock.start();
    const ProbeResult probe = co_await process->run(run);
    result.durationMs = double(clock.nsecsElapsed()) / 1e6;
    *current = nullptr;

    QString output = readCapture(run.stdoutFile, kOutputCap);
    const QString errors = readCapture(run.stderrFile, kOutputCap);
    if (!output.isEmpty() && !errors.isEmpty() && !output.endsWith(QLatin1Char('\n')))
        output += QLatin1Char('\n');
    output += errors;
    QFile::remove(run.stdoutFile);
    QFile::remove(run.stderrFile);

    switch (probe.outcome) {
    case ProbeResult::Outcome::Exited:
        result.exitCode = probe.exitCode;
        break;
    case ProbeResult::Outcome::TimedOut:
        result.exitCode = -1;
        if (!output.isEmpty() && !output.endsWith(QLatin1Char('\n')))
            output += QLatin1Char('\n');
        output += QCoreApplication::translate(
                      "Runner", "The compiler did not finish within %1 s and was stopped.")
                      .arg(double(spec.timeoutMs) / 1000.0);
        break;
    case ProbeResult::Outcome::Cancelled:
    case ProbeResult::Outcome::Signalled:
        result.exitCode = -1;
        break;
    case ProbeResult::Outcome::Failed:
        result.exitCode = -1;
        output = QCoreApplication::translate("Runner", "could not start %1: %2")
                     .arg(spec.command.program, probe.errorMessage);
        break;
    }
    result.output = output;
    result.diagnostics = parseDiagnostics(result.output);
    co_return result;
}

QCoro::Task<QString> readToolchainVersion(CommandLine command)
{
    if (command.isEmpty())
        co_return QString();
    auto process = std::make_unique<QProcess>();
    process->setProgram(command.program);
    process->setArguments(command.arguments);
    process->setProcessEnvironment(command.environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    process->start();
    if (!co_await qCoro(process.get()).waitForStarted(std::chrono::milliseconds(5000)))
        co_return QString();
    if (!co_await qCoro(process.get()).waitForFinished(std::chrono::milliseconds(15000))) {
        process->kill();
        process->waitForFinished(1000);
        co_return QString();
    }
    const QStringList lines =
        QString::fromUtf8(process->readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    co_return lines.isEmpty() ? QString() : lines.first().trimmed();
}

} // namespace fc
