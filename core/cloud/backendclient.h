#pragma once

#include "cloud/httpexchange.h"
#include "cloud/permalink.h"
#include "model/comparison.h"

#include <QObject>
#include <optional>
#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace fc {

/// What the backend answers to a create: the run, the secret that lets its owner delete it,
/// and the link for people.
struct CreatedRun
{
    QString runId;
    QString writeToken;
    QString permalink;
    bool replayed =
        false; ///< the server had this Idempotency-Key already and gave the same run back
};

struct UploadOutcome
{
    std::optional<CreatedRun> run;
    NetworkProblem problem;
};

struct FetchOutcome
{
    /// The comparison with its source set (permalink or original, and the link's web address).
    std::optional<Comparison> comparison;
    NetworkProblem problem;
};

struct RemoteDeletion
{
    bool deleted = false; ///< also when the server no longer had it
    NetworkProblem problem;
};

/// What became of a change of a run in progress (an update or its finish).
struct RunWrite
{
    bool ok = false;
    int version = 0; ///< the run's version after it (0: the server did not say)
    NetworkProblem problem;
};

/// Talks to this project's backend (docs/backend-api.md) and to the original service's API:
/// asynchronous (QCoro), with timeouts and answer-size limits, through the system proxy except
/// for this machine. Every answer is checked before anything uses it: a malformed or hostile
/// one is rejected with a message.
class BackendClient : public QObject
{
    Q_OBJECT
public:
    explicit BackendClient(QObject *parent = nullptr);
    ~BackendClient() override;

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    QNetworkAccessManager *network() const { return m_network; }

    /// Creates a run from `body` (a fastercodes.comparison/1 document) on `site`. Every retry of
    /// one upload must send the same key and the same bytes.
    QCoro::Task<UploadOutcome> upload(QUrl site, QByteArray body, QString idempotencyKey);
    /// Downloads the run a permalink names and converts it to this project's model. A server
    /// that answers 503 or 429 with a short Retry-After (at most kMaxFetchWait; the backend's
    /// "run_finishing" says 5 s) is asked again after that wait, up to kFetchAttempts in all.
    QCoro::Task<FetchOutcome> fetch(Permalink link);
    /// Replaces the document of run `runId` in progress (PUT /api/runs/{id}), with its write token.
    QCoro::Task<RunWrite> updateRun(QUrl site, QString runId, QString writeToken, QByteArray body);
    /// Changes run `runId` in progress by operations made against a version (PATCH
    /// /api/runs/{id}, body from runPatchBody): a 409 "version_mismatch" means the whole
    /// document must go with updateRun.
    QCoro::Task<RunWrite> patchRun(QUrl site, QString runId, QString writeToken, QByteArray body);
    /// Finishes run `runId` with its final document (POST /api/runs/{id}/finish).
    QCoro::Task<RunWrite> finishRun(QUrl site, QString runId, QString writeToken, QByteArray body);
    /// Deletes an uploaded run with its write token.
    QCoro::Task<RemoteDeletion> removeRun(QUrl site, QString runId, QString writeToken);

    /// The largest document the backend takes (its body limit).
    static constexpr qint64 kMaxUploadBytes = 4 * 1024 * 1024;
    /// The longest Retry-After a download waits out by itself, and how often it asks in all.
    static constexpr std::chrono::seconds kMaxFetchWait{10};
    static constexpr int kFetchAttempts = 3;

private:
    QCoro::Task<RunWrite> writeRun(QUrl url, QByteArray verb, QString writeToken, QByteArray body);

    QNetworkAccessManager *m_network;
    HttpLimits m_limits;
};

} // namespace fc
