#pragma once

#include "toolchains/commandcontext.h"
#include "toolchains/commandline.h"
#include "toolchains/installhints.h"
#include "toolchains/platform.h"
#include "toolchains/versionprobe.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/// One environment change a recipe asks for: set to a value, or removed when value is nullopt.
struct EnvVariable
{
    QString name;
    std::optional<QString> value; ///< may hold placeholders ({cache}, {dir}, ...)
    bool operator==(const EnvVariable &) const = default;
};

/// How to build and run one language: a recipe from toolchains/languages/<id>.json (or a user
/// file), already resolved for one platform. See docs/languages.md for the file format.
struct Language
{
    enum class Origin
    {
        BuiltIn,      ///< compiled into the app
        UserOverride, ///< a built-in recipe changed by a user file
        User,         ///< added by a user file
    };

    QString id;             ///< "java", "cpp": stable, used in results and on the command line
    QString name;           ///< for people: "Java", "C++"
    QString syntax;         ///< KSyntaxHighlighting definition name: "Java", "C++"
    QString sourceFile;     ///< file name the code is saved as in the work dir: "Main.java"
    QStringList extensions; ///< lower case, no dot: {"java"}
    QStringList compile;    ///< empty for interpreted languages
    QStringList run;
    VersionProbe version;
    QStringList defaultFlags;
    QStringList defaultRunFlags;
    QList<EnvVariable> env;
    QString templateCode;   ///< a small program to start from
    QString templateOutput; ///< exactly what templateCode prints
    InstallHints install;

    Platform platform = currentPlatform(); ///< the platform the overrides were resolved for
    Origin origin = Origin::BuiltIn;
    QStringList files; ///< the files the recipe came from, built-in first

    bool isCompiled() const { return !compile.isEmpty(); }
    /// {src}: <workDir>/<sourceFile>.
    QString sourcePath(const QString &workDir) const;
    /// {out}: <workDir>/main, with ".exe" on Windows.
    QString outputPath(const QString &workDir) const;
    /// The programs that must be installed: the first words of compile, run and the version
    /// command (unless that word is a placeholder such as {out}), without repeats.
    QStringList requiredPrograms() const;

    /// A persistent cache dir for {cache} (under the app's cache location).
    static QString defaultCacheDir();
    /// The placeholder values for a side (see CommandContext).
    Placeholders placeholders(const CommandContext &context) const;
    /// context.environment with the recipe's "env" applied.
    QProcessEnvironment environment(const CommandContext &context) const;
    /// Empty when the language has no compile step.
    CommandLine compileCommand(const CommandContext &context) const;
    CommandLine runCommand(const CommandContext &context) const;
    /// The version command, with LC_ALL=C so that the output does not depend on the locale.
    CommandLine versionCommand(const CommandContext &context = {}) const;

    /// Writes code as the source file into workDir (which must exist). Returns false and sets
    /// *error when the file cannot be written.
    bool writeSource(const QString &workDir, const QString &code, QString *error = nullptr) const;
    /// How well a file name matches the extensions: the length of the longest matching
    /// extension, 0 when none matches. Case-insensitive.
    int matchFileName(QStringView fileName) const;
};

} // namespace fc
