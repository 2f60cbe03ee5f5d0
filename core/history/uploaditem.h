#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace fc {

/// One comparison on its way to one backend (a row of the upload queue).
struct UploadItem
{
    enum class State
    {
        Queued,
        Uploaded,
        Failed
    };

    qint64 id = 0;
    qint64 comparisonId = 0;
    QUrl backend; ///< the site origin it was meant for, e.g. http://127.0.0.1:8787
    /// Sent as Idempotency-Key with every attempt: a retry after a lost answer gets the same run.
    QString idempotencyKey;
    QByteArray body; ///< the exact bytes every attempt sends (the server compares them)
    State state = State::Queued;
    int attempts = 0;
    QDateTime queuedAt;
    QDateTime nextAttemptAt; ///< when the background retries try again (backoff, Retry-After)
    /// The server's Retry-After: no attempt before this, not even one the user asks for.
    /// Invalid when the last answer did not ask to wait.
    QDateTime notBefore;
    QString lastError;
    QString runId;
    QString writeToken; ///< kept for "Delete from server"
    QString permalink;
    QDateTime uploadedAt;
};

} // namespace fc
