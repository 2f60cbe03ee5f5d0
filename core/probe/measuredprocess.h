// One measured execution of a program: drives fastercodes-launcher through QProcess, streams its
// live samples and delivers its exact figures. Never blocks the caller's thread.
#pragma once

#include "probe/launcherprotocol.h"
#include "probe/proberesult.h"

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <qcoro/qcorotask.h>

class QTimer;

namespace fc {

struct MeasuredRunSpec
{
    QString program; // a path, or a name looked up in PATH
    QStringList arguments;
    QString workingDirectory;            // empty: the caller's
    QProcessEnvironment environment;     // empty: the caller's
    QString stdinFile;                   // empty: the null device
    QString stdoutFile;                  // empty: the null device (counted runs)
    QString stderrFile;                  // empty: the null device
    qint64 outputCapBytes = 1024 * 1024; // kept per stream; the rest is counted as dropped
    qint64 timeoutMs = 30000;            // 0: none
    qint64 memoryLimitBytes = 0;         // 0: none
    int processLimit = 512;              // threads count on Linux; 0: none
    int cpu = -1;                        // Linux: pin the program to this CPU; -1: not pinned
    bool requireProcessLimit = false;    // refuse to run when the cap cannot be enforced
    int sampleIntervalMs = 20;           // 0: no live samples
    QString runAsUser;                   // POSIX, when running as root (e.g. "nobody")
    bool useCgroups = true;
    QStringList wrapper; // sandbox command prefix (e.g. bwrap ...), run by the launcher
};

class MeasuredProcess : public QObject
{
    Q_OBJECT

public:
    explicit MeasuredProcess(QObject *parent = nullptr);
    // A run still going is cancelled; waits for the launcher at most ~1.5 s to clean up.
    ~MeasuredProcess() override;

    // Starts the run. Returns false only when one is already running; every other failure
    // (launcher missing, program not found ...) arrives through finished().
    bool start(const MeasuredRunSpec &spec);
    // Kills the whole process tree (within 1 s); finished() follows with Outcome::Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // Starts the run and completes with its result.
    QCoro::Task<ProbeResult> run(MeasuredRunSpec spec);

    // The launcher to use; defaults to launcherExecutablePath().
    void setLauncherPath(const QString &path) { m_launcherPath = path; }
    QString launcherPath() const { return m_launcherPath; }

    static QStringList launcherArguments(const MeasuredRunSpec &spec);

Q_SIGNALS:
    void started();
    void sample(const fc::ProbeSample &sample);
    void finished(const fc::ProbeResult &result);

private:
    void readLauncherOutput();
    void onLauncherFinished(int exitCode, QProcess::ExitStatus status);
    void onLauncherError(QProcess::ProcessError error);
    void complete(ProbeResult result);

    QString m_launcherPath;
    QProcess *m_process = nullptr;
    QTimer *m_killTimer = nullptr;
    LauncherProtocolParser m_parser;
    QByteArray m_launcherStderr;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace fc
