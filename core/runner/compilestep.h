#pragma once

#include "model/side.h"
#include "toolchains/commandline.h"

#include <QPointer>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace fc {

class MeasuredProcess;

/// How one compile runs: through the measuring launcher, like the program it builds, so that
/// the timeout, a cancel and the process cap reach the compiler's whole tree.
struct CompileSpec
{
    CommandLine command;
    qint64 timeoutMs = 120000;
    QStringList wrapper;  ///< the sandbox prefix, or empty
    QString captureDir;   ///< where the compiler's output is kept (not visible to the compiler)
    QString launcherPath; ///< empty: the default launcher
};

/// Runs one compile command without blocking: output kept (capped; stdout then stderr),
/// duration measured, diagnostics parsed. `current` points at the launcher while it runs, so
/// that a cancel kills the compiler's tree.
QCoro::Task<CompileResult> runCompile(CompileSpec spec, QPointer<MeasuredProcess> *current);

/// The first line a version command prints (e.g. "javac 21.0.9"), or empty; never blocks.
QCoro::Task<QString> readToolchainVersion(CommandLine command);

} // namespace fc
