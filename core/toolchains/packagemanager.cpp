#include "toolchains/packagemanager.h"

#include "model/enumtext.h"

#include <QFile>
#include <QList>

namespace fc {

namespace {

using namespace Qt::StringLiterals;

constexpr EnumText<PackageManager> kNames[] = {
    {PackageManager::Apt, "apt"_L1},
    {PackageManager::Dnf, "dnf"_L1},
    {PackageManager::Homebrew, "Homebrew"_L1},
    {PackageManager::Winget, "winget"_L1},
};
// What a package's name is appended to.
constexpr EnumText<PackageManager> kInstallCommands[] = {
    {PackageManager::Apt, "sudo apt install "_L1},
    {PackageManager::Dnf, "sudo dnf install "_L1},
    {PackageManager::Homebrew, "brew install "_L1},
    {PackageManager::Winget, "winget install -e --id "_L1},
};

} // namespace

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
    const QString command = textOf(kInstallCommands, manager);
    return package.isEmpty() || command.isEmpty() ? QString() : command + package;
}

QString packageManagerName(PackageManager manager)
{
    return textOf(kNames, manager);
}

} // namespace fc
