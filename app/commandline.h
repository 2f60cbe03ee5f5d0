#pragma once

#include <QStringList>

namespace fc::app {

/// True when the arguments ask for the command-line mode (a subcommand, --version or --help),
/// which runs without a display.
bool isCommandLineInvocation(const QStringList &arguments);

/// Runs the command-line mode; returns the process exit code (0 ok, 1 a side failed, 2 usage).
int runCommandLine(const QStringList &arguments);

} // namespace fc::app
