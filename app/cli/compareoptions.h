#pragma once

#include "export/comparisonexporter.h"
#include "runner/comparisonrequest.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace fc {
class LanguageRegistry;
}

namespace fc::app {

class Command;

/// What `fastercodes compare` was asked to do: the comparison to run and what to do with it.
struct CompareJob
{
    ComparisonRequest request;
    QList<std::pair<QString, DataFormat>> exports; ///< files to write, in the order given
    bool quiet = false;                            ///< only the verdict, no progress
    bool save = true;                              ///< to the history
};

/// Declares compare's options on `command`'s parser and reads the command line into a job: the two
/// files, languages (given or from the names), flags and arguments split into words
/// (splitShellWords, as the window does), stdin files and the run plan. nullopt with `exitCode` set
/// when there is nothing to run: 0 after --help, 2 after a usage error (already said on the
/// console).
std::optional<CompareJob> parseCompare(Command &command, const QStringList &arguments,
                                       const LanguageRegistry &registry, int &exitCode);

} // namespace fc::app
