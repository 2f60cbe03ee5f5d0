#pragma once

#include "cloud/backendclient.h"
#include "model/analysis.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace fc {

/// Shares one comparison while it runs: creates the run on the backend when it starts, sends
/// the comparison as it grows (batched: at most one update per minInterval, one request at a
/// time, always the latest state), and finishes the run with the final document, whatever the
/// end (a cancelled or failed comparison is finished as FAILED, with the runs it got).
/// An update carries only what changed since the last one the server acknowledged (PATCH: the
/// new runs, so the upload grows with the run count, not its square); the whole document goes
/// when the server's version is not known (its answer was lost, an older backend) or the
/// change is not a growth. A network problem never touches the measurement: it is reported, the
/// next update carries everything since the last acknowledged one, and the comparison can still
/// be shared the ordinary way afterwards.
class LiveShare : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,      ///< nothing sent yet
        Creating,  ///< the create is on its way
        Live,      ///< the run exists; updates go out
        Finishing, ///< the final document is on its way
        Finished,  ///< the run is finished on the server: the permalink shows the result
        Failed,    ///< the share stopped (see problem()); the measurement goes on regardless
    };
    Q_ENUM(State)

    explicit LiveShare(QUrl backend, QObject *parent = nullptr);
    ~LiveShare() override;

    BackendClient &client() { return *m_client; }
    /// The shortest time between two updates (default 500 ms: at most 2 a second).
    void setMinInterval(std::chrono::milliseconds interval) { m_minInterval = interval; }

    /// Creates the run from the comparison as it stands (status RUNNING).
    void start(const Comparison &running);
    /// The comparison as it stands now; sent with the next update.
    void update(const Comparison &running);
    /// The comparison ended: the run is finished with this document. Before start() (the
    /// comparison ended before it began), the finished document is shared at once.
    void finish(const Comparison &final, const Analysis &analysis);

    State state() const { return m_state; }
    QUrl backend() const { return m_backend; }
    QString runId() const { return m_run.runId; }
    QString permalink() const { return m_run.permalink; }
    /// The last problem, empty when the last exchange went through.
    QString problem() const { return m_problem; }
    /// What went out: requests and the bytes of their bodies (create, updates, finish).
    int requestsSent() const { return m_requests; }
    int updatesSent() const { return m_updates; }
    /// Of the updates, those that went as a PATCH (the change only).
    int patchesSent() const { return m_patches; }
    qint64 bytesSent() const { return m_bytes; }

    /// Finish attempts before giving up on a network that does not come back.
    static constexpr int kFinishAttempts = 5;

signals:
    /// The run exists: the permalink works from now on.
    void started(const QString &permalink);
    /// An update went through (after a problem: the share is live again).
    void updated(int runsSent);
    /// Something went wrong; `fatal`: the live share stopped (the measurement did not).
    void problemOccurred(const QString &message, bool fatal);
    void finished(const QString &permalink);
    void stateChanged(fc::LiveShare::State state);

private:
    void setState(State state);
    void pump();
    void fail(const QString &message);
    void sendCreate(const QJsonObject &document, bool final);
    void sendUpdate();
    void sendFinish();
    /// A transient problem: said once, and the next attempt waits at least `wait`.
    void interrupted(const NetworkProblem &problem);

    BackendClient *m_client;
    QUrl m_backend;
    CreatedRun m_run;
    State m_state = State::Idle;
    std::optional<Comparison> m_latest;
    std::optional<QByteArray> m_final;
    /// What the server has (as this share sent it) and its version: what a PATCH is made against.
    std::optional<QJsonObject> m_acked;
    int m_ackedVersion = 0;
    bool m_patchUnsupported = false;
    bool m_busy = false;
    int m_finishAttempts = 0;
    QString m_problem;
    std::chrono::milliseconds m_minInterval{500};
    std::chrono::milliseconds m_retryWait{0};
    QElapsedTimer m_sinceLastSend;
    QTimer m_timer;
    int m_requests = 0;
    int m_updates = 0;
    int m_patches = 0;
    qint64 m_bytes = 0;
};

} // namespace fc
