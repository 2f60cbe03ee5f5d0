#include "probe/launchersession.h"

#include "launcher/quoting.h"
#include "probe/launcherexit.h"
#include "probe/launcherlocation.h"

#include <QCoreApplication>
#include <QTimer>
#include <qcoro/qcorosignal.h>
#include <string>
#include <string_view>
#include <utility>

namespace fc {

namespace {

// Translation context "LauncherExit": why the measuring launcher ended without a result.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LauncherExit)
};

constexpr qsizetype kStderrKeptBytes = 16384; // of the launcher's own diagnostics
constexpr qsizetype kMaxLineBytes = LauncherProtocolParser::kMaxLineBytes;
// Records of a prepared run kept before run() takes it: a run that long has had its samples
// thinned (only samples are dropped; they are not needed for its figures).
constexpr qsizetype kMaxEarlyLines = 4096;

// N of "KIND run=N ...", or -1.
qint64 runNumberOf(QByteArrayView line)
{
    const qsizetype kindEnd = line.indexOf(' ');
    if (kindEnd < 0 || !line.sliced(kindEnd).startsWith(" run="))
        return -1;
    QByteArrayView rest = line.sliced(kindEnd + 5);
    const qsizetype end = rest.indexOf(' ');
    if (end >= 0)
        rest = rest.first(end);
    bool ok = false;
    const qint64 n = rest.toLongLong(&ok);
    return ok ? n : -1;
}

// A word of a request: bare when that is unambiguous, else quoted with the protocol's escapes.
QByteArray quoteWord(const QString &word)
{
    const QByteArray utf8 = word.toUtf8();
    const std::string_view view(utf8.constData(), size_t(utf8.size()));
    if (fcl::isBareWord(view))
        return utf8;
    std::string quoted;
    fcl::appendQuoted(quoted, view);
    return QByteArray::fromStdString(quoted);
}

} // namespace

LauncherSession::LauncherSession(QObject *parent)
    : QObject(parent)
    , m_launcherPath(launcherExecutablePath())
    , m_killTimer(launcherKillTimer(this, &m_process))
{}

LauncherSession::~LauncherSession()
{
#ifndef Q_OS_LINUX
    delete m_oneShot;
#endif
    if (m_process)
        m_process->disconnect(this);
    // End of input ends the session: the launcher kills what runs, reaps it and exits.
    stopLauncher(m_process, false);
    if (m_running)
        complete(closedWhileRunning());
}

qint64 LauncherSession::launcherPid() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

QByteArray LauncherSession::requestLine(const MeasuredRunSpec &spec)
{
    QStringList args = MeasuredProcess::launcherArguments(spec);
    args.removeFirst(); // --cancel-on-stdin-eof: in a session, stdin carries the requests
    // The environment goes first, before any option's value could look like `--`.
    const QStringList environment = spec.environment.toStringList();
    for (auto it = environment.crbegin(); it != environment.crend(); ++it)
        args.prepend(QStringLiteral("--env=") + *it);
    QByteArray line("run");
    for (const QString &arg : std::as_const(args))
        line += ' ' + quoteWord(arg);
    return line;
}

void LauncherSession::ensureLauncher()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        return;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_pending.clear();
    m_header.clear();
    m_sent = 0;
    m_written = 0;
    m_requestEnd = 0;
    m_launcherStderr.clear();
    m_seq = 0;
    forgetPrepared();
    ++m_starts;
    m_process = new QProcess(this);
    m_process->setProgram(m_launcherPath);
    m_process->setArguments({QStringLiteral("--session")});
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &LauncherSession::readLauncherOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray text = m_process->readAllStandardError();
        m_launcherStderr.append(text.left(kStderrKeptBytes - m_launcherStderr.size()));
    });
    connect(m_process, &QProcess::bytesWritten, this, [this](qint64 n) { m_written += n; });
    connect(m_process, &QProcess::finished, this, &LauncherSession::onLauncherFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LauncherSession::onLauncherError);
    m_process->start(QIODevice::ReadWrite);
}

QCoro::Task<ProbeResult> LauncherSession::run(MeasuredRunSpec spec)
{
    if (m_running) {
        ProbeResult busy;
        busy.errorCode = QStringLiteral("busy");
        busy.errorMessage = Text::tr("a measured run is already going on");
        co_return busy;
    }
    // Listening before the start: the task runs eagerly up to its first suspension.
    auto done = qCoro(this, &LauncherSession::finished);
    m_running = true;
    m_cancelRequested = false;
#ifdef Q_OS_LINUX
    ensureLauncher();
    m_parser = LauncherProtocolParser();
    if (!m_header.isEmpty())
        m_parser.feed(m_header + '\n');
    m_request = requestLine(spec) + '\n';
    m_runHeard = false;
    m_retried = false;
    if (!m_prepared.isEmpty() && m_prepared.first().line == m_request) {
        // Already queued, maybe already finished: its early records are fed from the event
        // loop, after this coroutine listens for finished().
        Prepared taken = m_prepared.takeFirst();
        m_currentSeq = taken.seq;
        m_requestEnd = taken.end;
        m_early = std::move(taken.lines);
        m_runHeard = !m_early.isEmpty();
        m_replayPending = true;
        QMetaObject::invokeMethod(this, &LauncherSession::replayEarlyLines, Qt::QueuedConnection);
    } else {
        discardPrepared();
        m_currentSeq = ++m_seq;
        // Written even before the launcher has started: QProcess keeps it until then.
        m_requestEnd = send(m_request);
    }
#else
    delete m_oneShot;
    m_oneShot = new MeasuredProcess;
    m_oneShot->setLauncherPath(m_launcherPath);
    connect(m_oneShot, &MeasuredProcess::sample, this, &LauncherSession::sample);
    connect(m_oneShot, &MeasuredProcess::finished, this, &LauncherSession::complete);
    m_oneShot->start(spec);
#endif
    co_return co_await std::move(done);
}

void LauncherSession::prepareNext(const MeasuredRunSpec &spec)
{
#ifdef Q_OS_LINUX
    if (!m_running || m_cancelRequested || !m_process || m_process->state() == QProcess::NotRunning)
        return;
    Prepared prepared;
    prepared.line = requestLine(spec) + '\n';
    prepared.seq = ++m_seq;
    prepared.end = send(prepared.line);
    m_prepared.append(std::move(prepared));
#else
    Q_UNUSED(spec); // one launcher per run: nothing to queue
#endif
}

qint64 LauncherSession::send(const QByteArray &bytes)
{
    m_process->write(bytes);
    m_sent += bytes.size();
    return m_sent;
}

void LauncherSession::discardPrepared()
{
    if (m_prepared.isEmpty())
        return;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        QByteArray cancels;
        for (const Prepared &p : std::as_const(m_prepared))
            cancels += "cancel " + QByteArray::number(p.seq) + '\n';
        send(cancels);
    }
    forgetPrepared();
}

void LauncherSession::forgetPrepared()
{
    m_prepared.clear();
}

void LauncherSession::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    discardPrepared();
#ifndef Q_OS_LINUX
    if (m_oneShot)
        m_oneShot->cancel();
#else
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    send("cancel " + QByteArray::number(m_currentSeq) + '\n');
    m_killTimer->start();
#endif
}

void LauncherSession::readLauncherOutput()
{
    m_pending += m_process->readAllStandardOutput();
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        handleLine(QByteArrayView(m_pending).sliced(start, newline - start));
        start = newline + 1;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > kMaxLineBytes)
        m_pending.clear(); // never a record: the run's parser will say what is missing
}

void LauncherSession::handleLine(QByteArrayView line)
{
    if (line.startsWith("fcl ")) {
        m_header = line.toByteArray();
        if (m_running)
            m_parser.feed(m_header + '\n');
        return;
    }
    // Only the current run's records, and the prepared run's, kept for later; anything else (a
    // late line of a cancelled or withdrawn run, a note about a bad request) belongs to nobody
    // waiting.
    const qint64 n = runNumberOf(line);
    if (n <= 0)
        return;
    if (m_running && n == m_currentSeq) {
        m_runHeard = true;
        if (m_replayPending)
            m_early.append(line.toByteArray());
        else
            feedCurrent(line);
    } else {
        for (Prepared &p : m_prepared) {
            if (p.seq != n)
                continue;
            if (p.lines.size() < kMaxEarlyLines || !line.startsWith("sample "))
                p.lines.append(line.toByteArray());
            break;
        }
    }
}

void LauncherSession::feedCurrent(QByteArrayView line)
{
    m_parser.feed(line);
    m_parser.feed("\n");
    const QList<ProbeSample> samples = m_parser.takeSamples();
    for (const ProbeSample &s : samples)
        Q_EMIT sample(s);
    if (m_parser.hasOutcome()) {
        m_killTimer->stop();
        complete(m_parser.result());
    }
}

void LauncherSession::replayEarlyLines()
{
    if (!m_replayPending)
        return;
    m_replayPending = false;
    const QList<QByteArray> lines = std::exchange(m_early, {});
    for (const QByteArray &line : lines) {
        if (!m_running)
            break;
        feedCurrent(line);
    }
}

void LauncherSession::onLauncherError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_running)
        return;
    ProbeResult r;
    r.errorCode = QStringLiteral("launcher_missing");
    r.errorMessage = Text::tr("cannot start the measuring launcher %1: %2")
                         .arg(m_launcherPath, m_process->errorString());
    // Reported from the event loop, as every other outcome, even when it happened in start().
    m_running = false;
    QMetaObject::invokeMethod(this, [this, r] { Q_EMIT finished(r); }, Qt::QueuedConnection);
}

void LauncherSession::onLauncherFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer->stop();
    readLauncherOutput();
    replayEarlyLines();
    forgetPrepared(); // the next launcher never heard of it
    if (!m_running)
        return; // between runs: the next run starts a new launcher
    if (!m_runHeard && m_written < m_requestEnd && !m_cancelRequested && !m_retried) {
        // The launcher was gone before the request reached its pipe (killed between runs, and
        // we had not noticed yet): the run has not started, so a new launcher may run it. Once
        // the pipe took the request, the program may have run (a launcher sends nothing before
        // its first sample): never twice.
        m_retried = true;
        ensureLauncher();
        m_parser = LauncherProtocolParser();
        m_currentSeq = ++m_seq;
        m_requestEnd = send(m_request);
        return;
    }
    m_parser.finish();
    ProbeResult r = m_parser.result();
    if (!m_parser.hasOutcome())
        explainLauncherExit(r, exitCode, status, m_cancelRequested, m_launcherStderr);
    complete(r);
}

void LauncherSession::complete(ProbeResult result)
{
    m_running = false;
    m_replayPending = false;
    Q_EMIT finished(result);
}

} // namespace fc
