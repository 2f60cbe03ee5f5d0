#include "cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fc::app {

int historyCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << QCoreApplication::translate("CommandLine", "fastercodes: '%1' is not available yet").arg(QStringLiteral("history")) << Qt::endl;
    return 2;
}

} // namespace fc::app
