#pragma once

#include "cli/console.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace fc {
struct Comparison;
class HistoryStore;
} // namespace fc

namespace fc::app {

/// What every subcommand starts and ends with: its parser with --help and the command's name as
/// the first positional argument, usage errors ("fastercodes NAME: …" and where to read more,
/// exit code 2), failures (exit code 1), and the history with its notice said once.
class Command
{
public:
    /// `name` as typed ("compare"); `description` already translated, in the command's context.
    Command(const QString &name, const QString &description, Console &console);

    QCommandLineParser &parser() { return m_parser; }
    /// Declares an option (with a value when `valueName` is given) and returns it for value()
    /// and isSet().
    QCommandLineOption option(const QString &name, const QString &help,
                              const QString &valueName = {});
    /// Names an operand in --help.
    void operand(const QString &name, const QString &help)
    {
        m_parser.addPositionalArgument(name, help);
    }
    Console &console() { return m_console; }
    QTextStream &out() { return m_console.out(); }
    QTextStream &err() { return m_console.err(); }

    /// Parses the whole argv (argv[0], the subcommand, its options). nullopt to go on; otherwise
    /// the exit code: 0 after printing the help, 2 after a usage error.
    std::optional<int> parse(const QStringList &arguments);
    /// The positional arguments after the command's name.
    QStringList operands() const { return m_parser.positionalArguments().mid(1); }
    /// The value of an option set more than once is the last one, as with most tools.
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    /// A site given by `option` (a backend or API URL), normalized into *site; *site stays as it
    /// is when the option is not given. False, with *error, when the value is no site.
    bool readSite(const QCommandLineOption &option, QUrl *site, QString *error) const;

    /// Says what is wrong with the command line and where to read more; returns 2.
    int usage(const QString &message);
    /// Says why the work failed; returns 1.
    int fail(const QString &message);
    /// A line on stderr that is neither (a note, a warning).
    void warn(const QString &message);

    /// The user's history; its notice (a damaged file set aside …) is said the first time.
    HistoryStore &history();
    /// Saves `comparison` to the history as the window does; a history that cannot be written
    /// costs only a warning.
    void saveToHistory(const Comparison &comparison);

private:
    QString m_name;
    Console &m_console;
    QCommandLineParser m_parser;
    HistoryStore *m_history = nullptr;
};

} // namespace fc::app
