#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/// What one side of a comparison fills the recipe's placeholders with.
struct CommandContext
{
    /// {dir}: the side's own temporary work dir (absolute). The source file is written here,
    /// compile and run commands run here, and {out} is built here.
    QString workDir;
    /// {cache}: a persistent directory shared by all runs (compiler caches such as Go's build
    /// cache live under it). Empty: Language::defaultCacheDir(), or <workDir>/.cache if that
    /// has no writable location. A sandbox must keep it writable for compiles.
    QString cacheDir;
    /// {flags}: the side's compiler (or interpreter) flags. nullopt: the recipe's defaultFlags.
    /// Set, they replace the defaults (a UI shows the defaults for editing).
    std::optional<QStringList> flags;
    /// {runFlags}: runtime options such as JVM flags. nullopt: the recipe's defaultRunFlags.
    std::optional<QStringList> runFlags;
    /// {args}: the program's own arguments.
    QStringList args;
    /// The environment the recipe's "env" is applied to.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

} // namespace fc
