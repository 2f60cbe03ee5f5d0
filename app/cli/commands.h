#pragma once

#include "cli/console.h"

#include <QStringList>

namespace fc::app {

// One function per subcommand. `arguments` is the whole argv (argv[0], the subcommand, its
// options). Each writes to `console` and returns the process exit code: 0 success, 1 the work
// failed (a side did not compile, the server refused ...), 2 usage error.
int compareCommand(const QStringList &arguments, Console &console);
int languagesCommand(const QStringList &arguments, Console &console);
int historyCommand(const QStringList &arguments, Console &console);
int shareCommand(const QStringList &arguments, Console &console);
int syncCommand(const QStringList &arguments, Console &console);
int fetchCommand(const QStringList &arguments, Console &console);

} // namespace fc::app
