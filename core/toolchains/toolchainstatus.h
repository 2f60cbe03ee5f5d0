#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

namespace fc {

/// Whether a language's toolchain is installed, and which version, as ToolchainDetector found.
struct ToolchainStatus
{
    enum class State
    {
        Unknown,   ///< not detected yet
        Installed, ///< every required program found, version read
        Missing,   ///< a required program is not on the PATH
        Broken,    ///< the programs are there but the version command failed or timed out
    };

    QString languageId;
    QString languageName;
    State state = State::Unknown;
    QString version;        ///< "21.0.13"; empty when unknown
    QString versionText;    ///< the first line the version command printed: "javac 21.0.13"
    QString missingProgram; ///< the first required program that was not found
    QMap<QString, QString> programs; ///< required program -> absolute path, for those found
    QString package;                 ///< the package that provides it on this system, if known
    QString installCommand;          ///< "sudo apt install openjdk-21-jdk-headless", if known
    QString url;                     ///< where to read more
    QString message;                 ///< one line for people (empty when Installed)
    bool fromCache = false; ///< the version came from the cache file, no process was started

    bool isInstalled() const { return state == State::Installed; }
    /// Installed or Broken: the programs exist, so a run can be attempted.
    bool isAvailable() const { return state == State::Installed || state == State::Broken; }
    /// "install openjdk-21-jdk-headless" (or "see <url>"), for a language picker; empty when
    /// nothing is missing.
    QString installHint() const;
};

} // namespace fc

Q_DECLARE_METATYPE(fc::ToolchainStatus)
