// Many measured runs through one launcher process: `fastercodes-launcher --session` reads one
// run request per line and answers with the same records as a one-shot launcher, each tagged
// with its run's number (docs/measurement.md, "Session mode"). Saves a QProcess, a launcher
// start and the launcher's cgroup set-up per run. Results are the same types as MeasuredProcess's.
#pragma once

#include "probe/launcherprotocol.h"
#include "probe/measuredprocess.h"
#include "probe/proberesult.h"

#include <QObject>
#include <QProcess>
#include <qcoro/qcorotask.h>

class QTimer;

namespace fc {

class LauncherSession : public QObject
{
    Q_OBJECT

public:
    explicit LauncherSession(QObject *parent = nullptr);
    // Closing the launcher's stdin ends the session; a run still going is killed with it.
    ~LauncherSession() override;

    // Runs one spec after the other; a second run() while one goes on completes at once with
    // errorCode "busy". A launcher that died (or was killed by cancel()) is started again.
    QCoro::Task<ProbeResult> run(MeasuredRunSpec spec);
    // Queues a run that most likely follows the current one (and the ones queued before it): the
    // launcher starts it the moment the previous one ends instead of waiting for the next request,
    // which would cost a round trip through this event loop per run. The next run() with an equal
    // spec takes the first queued run (its records may already have arrived); a different run(),
    // cancel() or discardPrepared() withdraws them all, and a withdrawn run that had already
    // started is killed and its records ignored. Call it after run() has been called for the
    // current run.
    void prepareNext(const MeasuredRunSpec &spec);
    void discardPrepared();
    bool hasPrepared() const { return !m_prepared.isEmpty(); }
    int preparedCount() const { return int(m_prepared.size()); }
    // Kills the current run's whole tree (within 1 s); its result says Cancelled. If the
    // launcher does not answer within a second it is killed, and the next run starts a new one.
    // A prepared run is withdrawn.
    void cancel();
    bool isRunning() const { return m_running; }

    void setLauncherPath(const QString &path) { m_launcherPath = path; }
    QString launcherPath() const { return m_launcherPath; }
    // The launcher process now (0 when none), and how many have been started: for tests.
    qint64 launcherPid() const;
    int launcherStarts() const { return m_starts; }

    // The request line for a spec, without the run number (session.h in the launcher).
    static QByteArray requestLine(const MeasuredRunSpec &spec);

Q_SIGNALS:
    void sample(const fc::ProbeSample &sample);
    void finished(const fc::ProbeResult &result);

private:
    void ensureLauncher();
    void readLauncherOutput();
    void handleLine(QByteArrayView line);
    void feedCurrent(QByteArrayView line);
    void replayEarlyLines();
    void forgetPrepared();
    qint64 send(const QByteArray &bytes); // to the launcher; returns m_sent after it
    void onLauncherFinished(int exitCode, QProcess::ExitStatus status);
    void onLauncherError(QProcess::ProcessError error);
    void complete(ProbeResult result);

    QString m_launcherPath;
    QProcess *m_process = nullptr;
    QTimer *m_killTimer = nullptr;
    QByteArray m_pending;    // an unfinished line of the launcher's output
    QByteArray m_header;     // the session's `fcl` line, fed first to each run's parser
    qint64 m_currentSeq = 0; // the current run's number for the launcher
    QByteArray m_request;    // the current run's request line
    qint64 m_sent = 0;       // bytes handed to the launcher's QProcess
    qint64 m_written = 0;    // of those, bytes its stdin pipe took
    qint64 m_requestEnd = 0; // m_sent once the current run's request was handed over
    struct Prepared
    {
        QByteArray line; // its request line
        qint64 seq = 0;
        qint64 end = 0;          // m_sent once its line was handed over
        QList<QByteArray> lines; // its records, until run() takes it
    };
    QList<Prepared> m_prepared;   // queued runs, in the order they will run
    QList<QByteArray> m_early;    // the current run's records that arrived before run()
    bool m_replayPending = false; // m_early is not yet fed
    bool m_runHeard = false;      // a record of the current run arrived
    bool m_retried = false;       // the current run was sent again to a new launcher
    LauncherProtocolParser m_parser;
    QByteArray m_launcherStderr;
    qint64 m_seq = 0; // runs requested of the current launcher
    int m_starts = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
#ifndef Q_OS_LINUX
    MeasuredProcess *m_oneShot = nullptr; // the session mode is Linux-only: one launcher per run
#endif
};

} // namespace fc
