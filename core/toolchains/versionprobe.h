#pragma once

#include <QString>
#include <QStringList>

namespace fc {

/// How to ask a toolchain for its version ("version" in a language file).
struct VersionProbe
{
    QStringList command; ///< e.g. {"javac", "-version"}; empty: the version is not asked
    /// Applied to stdout and stderr together (multi-line mode). The version is the named group
    /// "version" if there is one, else the first group, else the whole match. Empty pattern:
    /// the first non-empty line of the output.
    QString pattern;

    /// The version found in a version command's output; empty when the pattern does not match.
    QString extract(const QString &output) const;
    /// The first non-empty line of the output, trimmed ("javac 21.0.13").
    static QString firstLine(const QString &output);
    bool operator==(const VersionProbe &) const = default;
};

} // namespace fc
