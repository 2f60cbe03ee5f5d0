#pragma once

#include "model/side.h"
#include "toolchains/commandline.h"

#include <QPointer>
#include <QProcess>
#include <qcoro/qcorotask.h>

namespace fc {

/// Runs one compile command without blocking: output merged and capped, duration measured,
/// diagnostics parsed. `current` points at the compiler process while it runs, so that a
/// cancel can kill it.
QCoro::Task<CompileResult> runCompile(CommandLine command, qint64 timeoutMs,
                                      QPointer<QProcess> *current);

/// The first line a version command prints (e.g. "javac 21.0.9"), or empty; never blocks.
QCoro::Task<QString> readToolchainVersion(CommandLine command);

} // namespace fc
