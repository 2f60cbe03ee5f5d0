#pragma once

#include <QStringList>

namespace fc::app {

// One function per subcommand. `arguments` is the whole argv (argv[0], the subcommand, its
// options), ready for QCommandLineParser::process/parse. Each returns the process exit code:
// 0 success, 1 the work failed (a side did not compile, the server refused ...), 2 usage error.
int compareCommand(const QStringList &arguments);
int languagesCommand(const QStringList &arguments);
int historyCommand(const QStringList &arguments);
int shareCommand(const QStringList &arguments);
int syncCommand(const QStringList &arguments);
int fetchCommand(const QStringList &arguments);

} // namespace fc::app
