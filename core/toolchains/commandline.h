#pragma once

#include "toolchains/placeholders.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/// A program with its arguments, ready for QProcess (no shell is involved).
struct CommandLine
{
    QString program; ///< absolute when it was found on the environment's PATH
    QStringList arguments;
    QString workingDirectory;
    QProcessEnvironment environment;

    bool isEmpty() const { return program.isEmpty(); }
    /// program followed by the arguments.
    QStringList toStringList() const;
    /// For logs and reports: the words joined, quoted like a POSIX shell would need them.
    QString toDisplayString() const;
};

/// Expands a recipe command ("compile", "run" or version) into a CommandLine: placeholders are
/// substituted (see Placeholders), the first word becomes the program and is looked up on the
/// PATH of `environment` (left as it is when not found, so that starting it fails visibly).
/// An empty command, or one that expands to no words, gives an empty CommandLine.
CommandLine
expand(const QStringList &command, const Placeholders &values,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
       const QString &workingDirectory = {});

/// Finds a program the way a shell would: a name with a directory part must be an executable
/// file; a bare name is searched on the PATH of `environment` (the process's own PATH when the
/// environment has none). Returns the absolute path, or an empty string.
QString
findProgram(const QString &program,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// Splits user input such as `-O3 -DNAME="a b" '-Wl,-z,now'` into words like a POSIX shell does
/// for quotes and backslashes (no variables, globs or command substitution). Returns nullopt and
/// sets *error for an unterminated quote or a trailing backslash.
std::optional<QStringList> splitShellWords(QStringView text, QString *error = nullptr);
/// The inverse of splitShellWords: words quoted only where needed.
QString joinShellWords(const QStringList &words);

} // namespace fc
