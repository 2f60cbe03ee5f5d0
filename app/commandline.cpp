#include "commandline.h"

#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace fc::app {

namespace {

const QStringList &subcommands()
{
    static const QStringList names{QStringLiteral("compare"), QStringLiteral("languages"), QStringLiteral("history"),
                                   QStringLiteral("help")};
    return names;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    static const QStringList flags{QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"),
                                   QStringLiteral("-h"), QStringLiteral("--help-all")};
    return subcommands().contains(first) || flags.contains(first);
}

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Which of two pieces of code is faster, by how much, on this machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CommandLine", "compare | languages | history"));
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << fc::version() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty() || positional.first() == QLatin1String("help")) {
        out << parser.helpText();
        return 0;
    }
    err << QCoreApplication::translate("CommandLine", "fastercodes: '%1' is not available yet").arg(positional.first())
        << Qt::endl;
    return 2;
}

} // namespace fc::app
