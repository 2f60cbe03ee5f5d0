#pragma once

#include "model/comparison.h"

#include <QDateTime>
#include <QString>

namespace fc {

/// Where a history entry stands with respect to a backend.
enum class SyncState
{
    Local,    ///< never shared
    Queued,   ///< waiting to be uploaded (offline, or retrying after a failure)
    Uploaded, ///< on the server; permalink known
    Failed,   ///< the server refused it or answered nonsense; not retried by itself
};

/// "local", "queued", "uploaded", "failed" (stable: used in `history --json`).
QString syncStateName(SyncState state);

/// One row of the history list: what a list shows without loading the whole document.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime savedAt;
    qint64 startTime = 0; ///< ms since the epoch, as recorded in the comparison
    QString title;
    QString langA;
    QString langB;
    Comparison::Status status = Comparison::Status::Success;
    QString verdictKind; ///< faster, no-difference, not-enough-runs, failed
    QString verdictText; ///< the verdict sentence
    Comparison::SourceKind sourceKind = Comparison::SourceKind::Local;
    QString sourceUrl;   ///< the permalink it was downloaded from
    QString remoteRunId; ///< the run id of a downloaded comparison
    bool starred = false;

    SyncState syncState = SyncState::Local;
    QString backend;   ///< the backend of the latest upload, if any
    QString permalink; ///< set once uploaded
    QString syncError; ///< why the last attempt failed
    int attempts = 0;
    QDateTime nextAttemptAt;

    bool isDownloaded() const { return sourceKind != Comparison::SourceKind::Local; }
};

} // namespace fc
