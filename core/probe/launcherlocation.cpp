#include "probe/launcherlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    const QDir appDir(QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                   : QDir::currentPath());
    const QString beside = appDir.filePath(name);
    if (QFileInfo::exists(beside))
        return beside;
#ifdef FASTERCODES_LIBEXEC_FROM_BIN
    // The installed layout: bin/fastercodes and libexec/fastercodes/fastercodes-launcher, found
    // relative to the binary so that a package installed under any prefix (or a DESTDIR) works.
    const QString installed =
        QDir::cleanPath(appDir.filePath(QStringLiteral(FASTERCODES_LIBEXEC_FROM_BIN "/") + name));
    if (QFileInfo::exists(installed))
        return installed;
#endif
    // Neither exists: the path beside the app is the one an error message should name.
    return beside;
}

} // namespace fc
