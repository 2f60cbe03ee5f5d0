#include "output/failuretext.h"

#include "sidecolors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fc::ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("FailureText", text);
}

const RunRecord *firstFailedRun(const Side &data)
{
    for (const RunRecord &run : data.runs) {
        if (!run.succeeded())
            return &run;
    }
    return nullptr;
}

} // namespace

QString signalName(int signal)
{
    switch (signal) {
    case 1:
        return QStringLiteral("SIGHUP");
    case 2:
        return QStringLiteral("SIGINT");
    case 3:
        return QStringLiteral("SIGQUIT");
    case 4:
        return QStringLiteral("SIGILL");
    case 5:
        return QStringLiteral("SIGTRAP");
    case 6:
        return QStringLiteral("SIGABRT");
    case 7:
        return QStringLiteral("SIGBUS");
    case 8:
        return QStringLiteral("SIGFPE");
    case 9:
        return QStringLiteral("SIGKILL");
    case 11:
        return QStringLiteral("SIGSEGV");
    case 13:
        return QStringLiteral("SIGPIPE");
    case 14:
        return QStringLiteral("SIGALRM");
    case 15:
        return QStringLiteral("SIGTERM");
    case 24:
        return QStringLiteral("SIGXCPU");
    case 25:
        return QStringLiteral("SIGXFSZ");
    default:
        return {};
    }
}

QString failureHeadline(int side, const Side &data)
{
    if (data.status != Side::Status::Failed)
        return {};
    const QString name = sideName(side);
    const QString kind = data.error ? data.error->kind : QString();
    if (kind == QLatin1String("compile")) {
        for (const Diagnostic &d : data.compile.diagnostics) {
            if (d.severity == QLatin1String("error") && d.line > 0)
                return translated(QT_TRANSLATE_NOOP("FailureText", "%1 did not compile: %2:%3"))
                    .arg(name, QFileInfo(d.file).fileName())
                    .arg(d.line);
        }
        return translated(QT_TRANSLATE_NOOP("FailureText", "%1 did not compile")).arg(name);
    }
    if (kind == QLatin1String("crash")) {
        const RunRecord *run = firstFailedRun(data);
        if (run && run->signal > 0) {
            const QString sig = signalName(run->signal);
            return sig.isEmpty()
                       ? translated(QT_TRANSLATE_NOOP("FailureText", "%1 crashed: signal %2"))
                             .arg(name)
                             .arg(run->signal)
                       : translated(QT_TRANSLATE_NOOP("FailureText", "%1 crashed: signal %2 (%3)"))
                             .arg(name)
                             .arg(run->signal)
                             .arg(sig);
        }
        return translated(QT_TRANSLATE_NOOP("FailureText", "%1 crashed")).arg(name);
    }
    if (kind == QLatin1String("exit")) {
        const RunRecord *run = firstFailedRun(data);
        if (run)
            return translated(QT_TRANSLATE_NOOP("FailureText", "%1 exited with code %2"))
                .arg(name)
                .arg(run->exitCode);
        return translated(QT_TRANSLATE_NOOP("FailureText", "%1 exited with an error")).arg(name);
    }
    if (kind == QLatin1String("timeout"))
        return translated(QT_TRANSLATE_NOOP("FailureText", "%1 timed out")).arg(name);
    if (kind == QLatin1String("memory"))
        return translated(QT_TRANSLATE_NOOP("FailureText", "%1 hit the memory limit")).arg(name);
    if (kind == QLatin1String("processes"))
        return translated(QT_TRANSLATE_NOOP("FailureText", "%1 hit the process limit")).arg(name);
    if (kind == QLatin1String("missing-toolchain"))
        return translated(
                   QT_TRANSLATE_NOOP("FailureText", "%1 cannot run: toolchain not installed"))
            .arg(name);
    if (kind == QLatin1String("cancelled"))
        return translated(
            QT_TRANSLATE_NOOP("FailureText", "Stopped before the comparison was complete"));
    if (kind == QLatin1String("launch"))
        return translated(QT_TRANSLATE_NOOP("FailureText", "%1 could not be started")).arg(name);
    return translated(QT_TRANSLATE_NOOP("FailureText", "%1 failed")).arg(name);
}

QString failureDetail(const Side &data)
{
    if (!data.error)
        return {};
    QString detail = data.error->message;
    const QString &kind = data.error->kind;
    QString hint;
    if (kind == QLatin1String("compile"))
        hint =
            translated(QT_TRANSLATE_NOOP("FailureText", "Click a diagnostic to jump to its line."));
    else if (kind == QLatin1String("timeout"))
        hint = translated(QT_TRANSLATE_NOOP(
            "FailureText", "Raise the timeout in the toolbar, or make the program do less work."));
    else if (kind == QLatin1String("memory"))
        hint = translated(QT_TRANSLATE_NOOP(
            "FailureText", "Raise the memory limit in the toolbar (0 = no limit)."));
    else if (kind == QLatin1String("processes"))
        hint = translated(
            QT_TRANSLATE_NOOP("FailureText", "Raise the process limit in the settings."));
    if (!hint.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral("\n")) + hint;
    return detail;
}

QString failureSummary(const Side &data)
{
    if (data.status != Side::Status::Failed || !data.error)
        return {};
    const QString &kind = data.error->kind;
    if (kind == QLatin1String("compile")) {
        for (const Diagnostic &d : data.compile.diagnostics) {
            if (d.severity == QLatin1String("error"))
                return d.message;
        }
        return data.error->message;
    }
    if (kind == QLatin1String("cancelled"))
        return {};
    // Where the headline already says what happened, say what to do instead.
    const QString detail = failureDetail(data);
    const qsizetype newline = detail.lastIndexOf(QLatin1Char('\n'));
    if (kind == QLatin1String("timeout") || kind == QLatin1String("memory") ||
        kind == QLatin1String("processes"))
        return newline >= 0 ? detail.mid(newline + 1) : detail;
    return data.error->message;
}

} // namespace fc::ui
