#include "toolchains/packagemanager.h"

#include <QFile>
#include <QList>

namespace fc {

PackageManager packageManagerFromOsRelease(QByteArrayView osRelease)
{
    QList<QByteArray> ids;
    for (const QByteArray &rawLine : QByteArray(osRelease).split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        if (key != "ID" && key != "ID_LIKE")
            continue;
        QByteArray value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\''))
            value = value.mid(1, value.size() - 2);
        // ID comes first in the list so that it wins over ID_LIKE ("ubuntu" before "debian").
        const QList<QByteArray> words = value.toLower().split(' ');
        if (key == "ID")
            ids = words + ids;
        else
            ids += words;
    }
    for (const QByteArray &id : std::as_const(ids)) {
        if (id == "debian" || id == "ubuntu")
            return PackageManager::Apt;
        if (id == "fedora" || id == "rhel" || id == "centos")
            return PackageManager::Dnf;
    }
    return PackageManager::Unknown;
}

PackageManager currentPackageManager()
{
#if defined(Q_OS_WIN)
    return PackageManager::Winget;
#elif defined(Q_OS_MACOS)
    return PackageManager::Homebrew;
#else
    for (const char *path : {"/etc/os-release", "/usr/lib/os-release"}) {
        QFile file(QString::fromLatin1(path));
        if (file.open(QIODevice::ReadOnly))
            return packageManagerFromOsRelease(file.read(64 * 1024));
    }
    return PackageManager::Unknown;
#endif
}

QString installCommand(PackageManager manager, const QString &package)
{
    if (package.isEmpty())
        return {};
    switch (manager) {
    case PackageManager::Apt:
        return QStringLiteral("sudo apt install ") + package;
    case PackageManager::Dnf:
        return QStringLiteral("sudo dnf install ") + package;
    case PackageManager::Homebrew:
        return QStringLiteral("brew install ") + package;
    case PackageManager::Winget:
        return QStringLiteral("winget install -e --id ") + package;
    case PackageManager::Unknown:
        break;
    }
    return {};
}

QString packageManagerName(PackageManager manager)
{
    switch (manager) {
    case PackageManager::Apt:
        return QStringLiteral("apt");
    case PackageManager::Dnf:
        return QStringLiteral("dnf");
    case PackageManager::Homebrew:
        return QStringLiteral("Homebrew");
    case PackageManager::Winget:
        return QStringLiteral("winget");
    case PackageManager::Unknown:
        break;
    }
    return {};
}

} // namespace fc
