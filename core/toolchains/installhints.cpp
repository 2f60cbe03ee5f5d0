#include "toolchains/installhints.h"

namespace fc {

QString InstallHints::package(PackageManager manager) const
{
    switch (manager) {
    case PackageManager::Apt:
    case PackageManager::Unknown:
        return debian;
    case PackageManager::Dnf:
        return fedora;
    case PackageManager::Homebrew:
        return homebrew;
    case PackageManager::Winget:
        return winget;
    }
    return {};
}

bool InstallHints::isEmpty() const
{
    return debian.isEmpty() && fedora.isEmpty() && homebrew.isEmpty() && winget.isEmpty() &&
           url.isEmpty();
}

} // namespace fc
