#include "cli/commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fc::app {

int fetchCommand(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << QCoreApplication::translate("CommandLine", "fastercodes: '%1' is not available yet").arg(QStringLiteral("fetch")) << Qt::endl;
    return 2;
}

} // namespace fc::app
