#include "runner/sandbox.h"

#include <QStandardPaths>

namespace fc {

namespace {

QString bwrapPath()
{
#ifdef Q_OS_LINUX
    return QStandardPaths::findExecutable(QStringLiteral("bwrap"));
#else
    return {};
#endif
}

} // namespace

bool sandboxAvailable()
{
    return !bwrapPath().isEmpty();
}

QStringList sandboxWrapper(const QStringList &writableDirs)
{
    const QString bwrap = bwrapPath();
    if (bwrap.isEmpty())
        return {};
    QStringList args{bwrap,
                     QStringLiteral("--ro-bind"),
                     QStringLiteral("/"),
                     QStringLiteral("/"),
                     QStringLiteral("--dev"),
                     QStringLiteral("/dev"),
                     QStringLiteral("--proc"),
                     QStringLiteral("/proc"),
                     QStringLiteral("--tmpfs"),
                     QStringLiteral("/tmp"),
                     QStringLiteral("--unshare-net"),
                     QStringLiteral("--unshare-ipc"),
                     QStringLiteral("--unshare-uts"),
                     QStringLiteral("--die-with-parent"),
                     QStringLiteral("--new-session")};
    for (const QString &dir : writableDirs) {
        if (!dir.isEmpty())
            args << QStringLiteral("--bind") << dir << dir;
    }
    return args;
}

} // namespace fc
