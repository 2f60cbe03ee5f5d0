#pragma once

#include "model/analysis.h"

#include <QJsonObject>
#include <QString>

namespace fc {

/// Where this machine's private paths are, for taking them out of a shared document.
struct PrivatePaths
{
    QString tempDir; ///< the runner's work folders live here (QDir::tempPath())
    QString homeDir; ///< QDir::homePath(); shown as "~"

    static PrivatePaths ofThisMachine();
};

/// The document that leaves this machine when a comparison is shared (upload, live share):
/// comparisonDocument() without what names the machine or its user. The host name is left out;
/// the runner's work folders become relative ("main.cpp", "-o main", "."), and the home folder
/// becomes "~", in everything the app wrote (compile commands, compiler and program output,
/// diagnostics, error messages, the verdict, the toolchain). What the user wrote (code, flags,
/// arguments, standard input, title) is sent as written: the preview shows it before the first
/// share.
QJsonObject sharedDocument(const Comparison &comparison);
QJsonObject sharedDocument(const Comparison &comparison, const Analysis &analysis);

/// The same without statistics and verdict: what a live share sends while the comparison runs.
/// The analysis (a bootstrap among others) is not worth redoing twice a second on the UI thread;
/// the viewer derives what it shows of a run in progress from its runs.
QJsonObject sharedProgressDocument(const Comparison &comparison);

/// The same clean-up of a document already built (e.g. a history entry's).
QJsonObject withoutPrivateDetails(QJsonObject document,
                                  const PrivatePaths &paths = PrivatePaths::ofThisMachine());

} // namespace fc
