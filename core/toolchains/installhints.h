#pragma once

#include "toolchains/packagemanager.h"

#include <QString>

namespace fc {

/// Which package provides a toolchain, per package manager ("install" in a language file).
struct InstallHints
{
    QString debian;   ///< apt package, e.g. "openjdk-21-jdk-headless"
    QString fedora;   ///< dnf package, e.g. "java-21-openjdk-devel"
    QString homebrew; ///< formula, e.g. "openjdk@21"
    QString winget;   ///< package id, e.g. "Microsoft.OpenJDK.21"
    QString url;      ///< where to read more when no package fits

    /// The package for a package manager; for Unknown the Debian name, as the most widely known.
    QString package(PackageManager manager) const;
    bool isEmpty() const;
    bool operator==(const InstallHints &) const = default;
};

} // namespace fc
