#include "probe/launcherlocation.h"

#include <QCoreApplication>
#include <QDir>

namespace fc {

QString launcherExecutablePath()
{
    const QString overridden = qEnvironmentVariable("FASTERCODES_LAUNCHER");
    if (!overridden.isEmpty())
        return overridden;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("fastercodes-launcher.exe");
#else
    const QString name = QStringLiteral("fastercodes-launcher");
#endif
    const QString dir =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    return QDir(dir).filePath(name);
}

} // namespace fc
