#pragma once

#include "stats/metric.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/// One measured execution of a side's program, in the original service's units.
struct RunRecord
{
    int index = 0; ///< position in the interleaved schedule
    bool warmup = false;
    double wallMs = 0;
    double userMs = 0;
    double sysMs = 0;
    double memKiB = 0; ///< peak resident set size
    int exitCode = 0;
    int signal = 0; ///< 0 = not killed by a signal
    bool timedOut = false;
    qint64 voluntarySwitches = 0;
    qint64 involuntarySwitches = 0;
    qint64 minorFaults = 0;
    qint64 majorFaults = 0;

    double cpuMs() const { return userMs + sysMs; }
    bool succeeded() const { return exitCode == 0 && signal == 0 && !timedOut; }
    bool operator==(const RunRecord &) const = default;
};

/// A compiler message parsed as file:line:column: severity: message where the compiler allows.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString severity = QStringLiteral("error"); ///< error, warning or note
    QString message;
    bool operator==(const Diagnostic &) const = default;
};

struct CompileResult
{
    bool performed = false; ///< interpreted languages have nothing to compile
    QStringList command;
    int exitCode = 0;
    double durationMs = 0;
    QString output;
    QList<Diagnostic> diagnostics;
    bool operator==(const CompileResult &) const = default;
};

/// Why a side failed, in words a user can act on.
struct SideError
{
    QString kind; ///< compile, crash, exit, timeout, memory, processes, missing-toolchain, launch,
                  ///< cancelled, internal
    QString message;
    bool operator==(const SideError &) const = default;
};

/// One side (A or B) of a comparison: what was run and what came out.
struct Side
{
    enum class Status
    {
        Running,
        Success,
        Failed
    };

    QString id;   ///< "<runId>-a" once uploaded
    QString lang; ///< language id, e.g. "java"
    QString languageName;
    QString toolchain; ///< version line of the compiler/interpreter
    QString code;
    QStringList flags;
    QStringList args;
    QString stdinText;
    Status status = Status::Running;
    QString stage; ///< the original's stage names, e.g. "Run_Success"
    CompileResult compile;
    QList<RunRecord> runs; ///< warm-ups included, flagged
    QString stdoutText;
    QString stderrText;
    qint64 stdoutDropped = 0;
    qint64 stderrDropped = 0;
    std::optional<SideError> error;

    /// The counted (non-warm-up) runs' values of one metric, in schedule order.
    QList<double> values(Metric metric) const;
    int countedRuns() const;
    bool operator==(const Side &) const = default;
};

} // namespace fc
