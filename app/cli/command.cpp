#include "cli/command.h"

#include "cloud/permalink.h"
#include "history/historystore.h"

#include <QCoreApplication>

namespace fc::app {

namespace {

// Translation context "Command": what every subcommand says alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

} // namespace

Command::Command(const QString &name, const QString &description, Console &console)
    : m_name(name)
    , m_console(console)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(name, Text::tr("The command."), name);
}

QCommandLineOption Command::option(const QString &name, const QString &help,
                                   const QString &valueName)
{
    QCommandLineOption o = valueName.isEmpty() ? QCommandLineOption(name, help)
                                               : QCommandLineOption(name, help, valueName);
    m_parser.addOption(o);
    return o;
}

bool Command::readSite(const QCommandLineOption &option, QUrl *site, QString *error) const
{
    if (!isSet(option))
        return true;
    const auto given = normalizedSite(value(option), error);
    if (given)
        *site = *given;
    return given.has_value();
}

std::optional<int> Command::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText() << Qt::flush;
        return 0;
    }
    return std::nullopt;
}

int Command::usage(const QString &message)
{
    err() << "fastercodes " << m_name << ": " << message << "\n"
          << Text::tr("Try 'fastercodes %1 --help'.").arg(m_name) << Qt::endl;
    return 2;
}

int Command::fail(const QString &message)
{
    warn(message);
    return 1;
}

void Command::warn(const QString &message)
{
    err() << "fastercodes " << m_name << ": " << message << Qt::endl;
}

HistoryStore &Command::history()
{
    if (!m_history) {
        m_history = &HistoryStore::defaultStore();
        if (!m_history->notice().isEmpty())
            err() << "fastercodes: " << m_history->notice() << Qt::endl;
    }
    return *m_history;
}

void Command::saveToHistory(const Comparison &comparison)
{
    QString error;
    if (history().save(comparison, &error) == 0)
        warn(Text::tr("not saved to the history: %1").arg(error));
}

} // namespace fc::app
