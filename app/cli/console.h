#pragma once

#include <QString>
#include <QTextStream>

namespace fc::app {

/// Where a command writes: the process's standard output and error, or two strings (tests run
/// the commands in-process and read what they printed).
class Console
{
public:
    /// stdout and stderr; progress lines only when stderr is a terminal.
    Console();
    /// Into `out` and `err`, never a terminal.
    Console(QString *out, QString *err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /// Whether stderr is a terminal that can take a progress line rewritten in place.
    bool isTerminal() const { return m_terminal; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_terminal = false;
};

} // namespace fc::app
