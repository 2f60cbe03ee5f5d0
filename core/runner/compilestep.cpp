#include "runner/compilestep.h"

#include "runner/diagnosticparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <chrono>
#include <memory>
#include <qcoro/qcoroprocess.h>

namespace fc {

namespace {

constexpr qsizetype kOutputCap = 1 << 20;

} // namespace

QCoro::Task<CompileResult> runCompile(CommandLine command, qint64 timeoutMs,
                                      QPointer<QProcess> *current)
{
    CompileResult result;
    result.performed = true;
    result.command = command.toStringList();
    auto process = std::make_unique<QProcess>();
    process->setProgram(command.program);
    process->setArguments(command.arguments);
    process->setWorkingDirectory(command.workingDirectory);
    process->setProcessEnvironment(command.environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    QByteArray output;
    QObject::connect(process.get(), &QProcess::readyRead, process.get(),
                     [&output, p = process.get()] {
                         const QByteArray chunk = p->readAll();
                         if (output.size() < kOutputCap)
                             output.append(chunk.left(kOutputCap - output.size()));
                     });
    *current = process.get();
    QElapsedTimer clock;
    clock.start();
    process->start();
    const bool started =
        co_await qCoro(process.get()).waitForStarted(std::chrono::milliseconds(10000));
    bool finished = false;
    if (started)
        finished =
            co_await qCoro(process.get()).waitForFinished(std::chrono::milliseconds(timeoutMs));
    result.durationMs = double(clock.nsecsElapsed()) / 1e6;
    *current = nullptr;
    if (!started) {
        result.exitCode = -1;
        result.output = QCoreApplication::translate("Runner", "could not start %1: %2")
                            .arg(command.program, process->errorString());
        co_return result;
    }
    if (!finished) {
        process->kill();
        process->waitForFinished(1000);
        result.exitCode = -1;
        output.append(process->readAll());
        result.output = QString::fromUtf8(output) + QLatin1Char('\n') +
                        QCoreApplication::translate(
                            "Runner", "The compiler did not finish within %1 s and was stopped.")
                            .arg(double(timeoutMs) / 1000.0);
        co_return result;
    }
    output.append(process->readAll().left(qMax<qsizetype>(0, kOutputCap - output.size())));
    result.exitCode = process->exitStatus() == QProcess::CrashExit ? -1 : process->exitCode();
    result.output = QString::fromUtf8(output);
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
