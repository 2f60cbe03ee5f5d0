#include "commandline.h"

#include "cli/commands.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace fc::app {

namespace {

const QStringList &subcommands()
{
    static const QStringList names{QStringLiteral("compare"), QStringLiteral("languages"),
                                   QStringLiteral("history"), QStringLiteral("share"),
                                   QStringLiteral("sync"),    QStringLiteral("fetch"),
                                   QStringLiteral("help")};
    return names;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    static const QStringList flags{QStringLiteral("--version"), QStringLiteral("-v"),
                                   QStringLiteral("--help"), QStringLiteral("-h"),
                                   QStringLiteral("--help-all")};
    return subcommands().contains(first) || flags.contains(first);
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.size() >= 2) {
        const QString &command = arguments.at(1);
        using Handler = int (*)(const QStringList &, Console &);
        static const QList<std::pair<QString, Handler>> handlers{
            {QStringLiteral("compare"), compareCommand},
            {QStringLiteral("languages"), languagesCommand},
            {QStringLiteral("history"), historyCommand},
            {QStringLiteral("share"), shareCommand},
            {QStringLiteral("sync"), syncCommand},
            {QStringLiteral("fetch"), fetchCommand}};
        for (const auto &[name, handler] : handlers) {
            if (name == command) {
                Console console;
                return handler(arguments, console);
            }
        }
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Which of two pieces of code is faster, by how much, on this machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "CommandLine",
            "compare FILE_A FILE_B | languages | history | share RESULT.json | sync | fetch LINK\n"
            "(fastercodes COMMAND --help tells more)"));
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << fc::version() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty() ||
        positional.first() == QLatin1String("help")) {
        out << parser.helpText();
        return 0;
    }
    err << QCoreApplication::translate("CommandLine",
                                       "fastercodes: unknown command '%1' (see fastercodes --help)")
               .arg(positional.first())
        << Qt::endl;
    return 2;
}

} // namespace fc::app
