#include "cli/console.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace fc::app {

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
    , m_terminal(stderrIsTerminal())
{}

Console::Console(QString *out, QString *err)
    : m_out(out)
    , m_err(err)
{}

} // namespace fc::app
