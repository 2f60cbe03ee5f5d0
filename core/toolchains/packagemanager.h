#pragma once

#include <QByteArrayView>
#include <QString>

namespace fc {

/// The package manager whose package names a missing-toolchain message quotes.
enum class PackageManager
{
    Apt,      ///< Debian, Ubuntu and their derivatives
    Dnf,      ///< Fedora, RHEL and their derivatives
    Homebrew, ///< macOS
    Winget,   ///< Windows
    Unknown,  ///< another Linux or Unix: the Debian name is quoted as the best guess
};

/// The package manager of the running system (reads /etc/os-release on Linux).
PackageManager currentPackageManager();
/// The package manager an os-release file (ID and ID_LIKE) points to.
PackageManager packageManagerFromOsRelease(QByteArrayView osRelease);
/// The command that installs a package, e.g. "sudo apt install gcc", "winget install -e --id X".
QString installCommand(PackageManager manager, const QString &package);
/// A short name for messages: "apt", "dnf", "Homebrew", "winget", "".
QString packageManagerName(PackageManager manager);

} // namespace fc
