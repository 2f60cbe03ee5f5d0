#pragma once

#include "cloud/backendclient.h"
#include "history/backoff.h"
#include "history/uploaditem.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>
#include <qcoro/qcorotask.h>

namespace fc {

struct Comparison;
class HistoryStore;

/// The result of one attempt to deliver one queued upload.
struct Delivery
{
    enum class Result
    {
        Delivered, ///< on the server: permalink set
        Queued,    ///< not delivered now; stays queued and is retried (see retryAt)
        Failed,    ///< refused for good; needs the user (see message)
    };
    Result result = Result::Queued;
    qint64 comparisonId = 0;
    qint64 uploadId = 0;
    QUrl backend;
    QString permalink;
    QString message; ///< why it was not delivered
    QDateTime retryAt;
};

/// Moves comparisons from the history to backends: share (queue + try now), deliver the queue
/// (with exponential backoff and jitter between attempts), delete from a server. The queue lives
/// in the history database, so whatever is queued survives restarts and is sent by whichever
/// process runs next (the GUI's background retries or `fastercodes sync`).
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(HistoryStore &store, QObject *parent = nullptr);
    ~SyncService() override;

    BackendClient &client() { return *m_client; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    /// Shares to plain-http backends on other machines without the settings' agreement (the
    /// command line's --allow-insecure-http).
    void setCleartextAllowed(bool allowed) { m_cleartextAllowed = allowed; }

    /// The bytes share() uploads for `comparison` (the compact JSON of sharedDocument()), or
    /// nullopt with `error` when it cannot be shared (still running). `fastercodes share --show`
    /// prints exactly these.
    static std::optional<QByteArray> uploadBody(const Comparison &comparison, QString *error);
    /// Queues comparison `comparisonId` for `backend` and tries to deliver it now. An entry already
    /// uploaded there is not sent again: its permalink comes back at once.
    QCoro::Task<Delivery> share(qint64 comparisonId, QUrl backend);
    /// One attempt for one queued row. A transient failure (no connection, timeout, 408, 425,
    /// 429, 5xx such as 503, 409 idempotency_in_progress) stays queued for the next attempt after
    /// the backoff and never before the server's Retry-After; until then this sends nothing and
    /// says so (Queued, retryAt). Other refusals mark the row failed.
    QCoro::Task<Delivery> deliver(qint64 uploadId);
    /// Every queued row (or only those due), one after the other; a row whose server asked to
    /// wait is not sent before then either way.
    QCoro::Task<QList<Delivery>> deliverQueued(bool onlyDue);
    /// Deletes the entry's uploaded run from its server with the kept write token, and forgets
    /// the upload. Returns an empty string on success, else why not.
    QCoro::Task<QString> deleteFromServer(qint64 comparisonId);

    /// GUI: retries due uploads in the background, at the time the next one is due (checked at
    /// least every `maxWait`), until stopped.
    void startBackgroundRetries(std::chrono::milliseconds maxWait = std::chrono::minutes(5));
    void stopBackgroundRetries();
    /// Re-plans the background timer (after something was queued).
    void wake();

signals:
    void delivered(qint64 comparisonId, const QString &permalink);
    void deliveryFailed(qint64 comparisonId, const QString &message, bool willRetry);

private:
    void backgroundTick();

    HistoryStore &m_store;
    BackendClient *m_client;
    Backoff m_backoff;
    bool m_cleartextAllowed = false;
    QSet<qint64> m_inFlight;
    QTimer m_timer;
    std::chrono::milliseconds m_maxWait{0};
    bool m_background = false;
};

} // namespace fc
