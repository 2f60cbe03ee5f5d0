#pragma once

#include "model/side.h"

namespace fc {

/// Turns compiler output into file:line:column diagnostics where the compiler allows: the
/// GCC/Clang/Go/javac form `file:line[:col]: [severity:] message` and rustc's
/// `error[E…]: message` followed by ` --> file:line:col`. File names are reduced to their base
/// name (they live in a temporary work dir the user never sees).
QList<Diagnostic> parseDiagnostics(const QString &compilerOutput);

} // namespace fc
