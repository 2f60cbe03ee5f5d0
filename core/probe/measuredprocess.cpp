#include "probe/measuredprocess.h"

#include "probe/launcherexit.h"
#include "probe/launcherlocation.h"

#include <QCoreApplication>
#include <QTimer>
#include <qcoro/qcorosignal.h>

namespace fc {

namespace {

// Translation context "LauncherExit": why the measuring launcher ended without a result.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LauncherExit)
};

constexpr qsizetype kStderrKeptBytes = 16384; // of the launcher's own diagnostics

QString number(qint64 value)
{
    return QString::number(std::max<qint64>(0, value));
}

} // namespace

MeasuredProcess::MeasuredProcess(QObject *parent)
    : QObject(parent)
    , m_launcherPath(launcherExecutablePath())
    , m_killTimer(launcherKillTimer(this, &m_process))
{}

MeasuredProcess::~MeasuredProcess()
{
    if (m_process)
        m_process->disconnect(this);
    stopLauncher(m_process, true);
    if (m_running)
        complete(closedWhileRunning());
}

QStringList MeasuredProcess::launcherArguments(const MeasuredRunSpec &spec)
{
    QStringList args{QStringLiteral("--cancel-on-stdin-eof")};
    const std::pair<QString, QString> paths[] = {{QStringLiteral("--cwd"), spec.workingDirectory},
                                                 {QStringLiteral("--stdin"), spec.stdinFile},
                                                 {QStringLiteral("--stdout"), spec.stdoutFile},
                                                 {QStringLiteral("--stderr"), spec.stderrFile},
                                                 {QStringLiteral("--user"), spec.runAsUser}};
    for (const auto &[option, value] : paths) {
        if (!value.isEmpty())
            args << option << value;
    }
    args << QStringLiteral("--output-cap") << number(spec.outputCapBytes)
         << QStringLiteral("--timeout-ms") << number(spec.timeoutMs)
         << QStringLiteral("--memory-limit") << number(spec.memoryLimitBytes)
         << QStringLiteral("--max-procs") << number(spec.processLimit)
         << QStringLiteral("--sample-ms") << number(spec.sampleIntervalMs);
    if (spec.cpu >= 0)
        args << QStringLiteral("--cpu") << number(spec.cpu);
    if (spec.requireProcessLimit)
        args << QStringLiteral("--require-proc-cap");
    if (!spec.useCgroups)
        args << QStringLiteral("--no-cgroup");
    args << QStringLiteral("--") << spec.wrapper << spec.program << spec.arguments;
    return args;
}

bool MeasuredProcess::start(const MeasuredRunSpec &spec)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancelRequested = false;
    m_parser = LauncherProtocolParser();
    m_launcherStderr.clear();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    m_process->setProgram(m_launcherPath);
    m_process->setArguments(launcherArguments(spec));
    if (!spec.environment.isEmpty())
        m_process->setProcessEnvironment(spec.environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &MeasuredProcess::readLauncherOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray text = m_process->readAllStandardError();
        m_launcherStderr.append(text.left(kStderrKeptBytes - m_launcherStderr.size()));
    });
    connect(m_process, &QProcess::started, this, &MeasuredProcess::started);
    connect(m_process, &QProcess::finished, this, &MeasuredProcess::onLauncherFinished);
    connect(m_process, &QProcess::errorOccurred, this, &MeasuredProcess::onLauncherError);
    // The launcher's stdin stays open: its end (our cancel, or this process dying) cancels the run.
    m_process->start(QIODevice::ReadWrite);
    return true;
}

void MeasuredProcess::cancel()
{
    if (!m_running || !m_process || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->closeWriteChannel();
    m_process->terminate();
    m_killTimer->start();
}

void MeasuredProcess::readLauncherOutput()
{
    m_parser.feed(m_process->readAllStandardOutput());
    const QList<ProbeSample> samples = m_parser.takeSamples();
    for (const ProbeSample &s : samples)
        Q_EMIT sample(s);
}

void MeasuredProcess::onLauncherError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_running)
        return;
    ProbeResult r;
    r.errorCode = QStringLiteral("launcher_missing");
    r.errorMessage = Text::tr("cannot start the measuring launcher %1: %2")
                         .arg(m_launcherPath, m_process->errorString());
    // May be reported from inside start(): the caller hears of it from its event loop, as of
    // every other outcome.
    QMetaObject::invokeMethod(this, [this, r] { complete(r); }, Qt::QueuedConnection);
    m_running = false;
}

void MeasuredProcess::onLauncherFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer->stop();
    readLauncherOutput();
    m_parser.finish();
    ProbeResult r = m_parser.result();
    if (!m_parser.hasOutcome())
        explainLauncherExit(r, exitCode, status, m_cancelRequested, m_launcherStderr);
    complete(r);
}

void MeasuredProcess::complete(ProbeResult result)
{
    m_running = false;
    Q_EMIT finished(result);
}

QCoro::Task<ProbeResult> MeasuredProcess::run(MeasuredRunSpec spec)
{
    if (m_running) {
        ProbeResult busy;
        busy.errorCode = QStringLiteral("busy");
        busy.errorMessage = Text::tr("a measured run is already going on");
        co_return busy;
    }
    // Listening before the start: the task runs eagerly up to its first suspension.
    auto done = qCoro(this, &MeasuredProcess::finished);
    start(spec);
    co_return co_await std::move(done);
}

} // namespace fc
