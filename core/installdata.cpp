#include "installdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fc {

QString installedDataDirectory(const QString &name)
{
#ifdef FASTERCODES_DATA_FROM_BIN
    if (!QCoreApplication::instance())
        return {};
    // Relative to the binary, not the configured prefix: a package unpacked under another prefix
    // (a DESTDIR, a tarball in ~/opt) still finds its own files and never another install's.
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString dir =
        QDir::cleanPath(appDir.filePath(QStringLiteral(FASTERCODES_DATA_FROM_BIN "/") + name));
    return QFileInfo(dir).isDir() ? dir : QString();
#else
    Q_UNUSED(name);
    return {};
#endif
}

} // namespace fc
