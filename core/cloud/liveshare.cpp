#include "cloud/liveshare.h"

#include "cloud/runpatch.h"
#include "cloud/shareddocument.h"
#include "cloud/syncsettings.h"

#include <QJsonDocument>
#include <QUuid>

namespace fc {

namespace {

QByteArray bytesOf(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

int runsIn(const Comparison &c)
{
    return int(c.sides[0].runs.size() + c.sides[1].runs.size());
}

constexpr std::chrono::milliseconds kRetryWait{2000};

} // namespace

LiveShare::LiveShare(QUrl backend, QObject *parent)
    : QObject(parent)
    , m_client(new BackendClient(this))
    , m_backend(std::move(backend))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveShare::pump);
}

LiveShare::~LiveShare() = default;

void LiveShare::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LiveShare::fail(const QString &message)
{
    m_problem = message;
    m_timer.stop();
    setState(State::Failed);
    emit problemOccurred(message, true);
}

void LiveShare::interrupted(const NetworkProblem &problem)
{
    const bool first = m_problem.isEmpty();
    m_problem = problem.message;
    m_retryWait = std::max<std::chrono::milliseconds>(kRetryWait, problem.retryAfter);
    if (first)
        emit problemOccurred(problem.message, false);
}

void LiveShare::start(const Comparison &running)
{
    if (m_state != State::Idle)
        return;
    sendCreate(sharedProgressDocument(running), false);
}

void LiveShare::update(const Comparison &running)
{
    if (m_state == State::Idle || m_state == State::Creating || m_state == State::Live) {
        m_latest = running;
        pump();
    }
}

void LiveShare::finish(const Comparison &final, const Analysis &analysis)
{
    const QJsonObject document = sharedDocument(final, analysis);
    if (m_state == State::Idle) {
        sendCreate(document, true); // ended before it began: an ordinary share
        return;
    }
    if (m_state != State::Creating && m_state != State::Live)
        return;
    m_final = bytesOf(document);
    m_latest.reset();
    pump();
}

void LiveShare::pump()
{
    if (m_busy || m_state != State::Live)
        return;
    const auto wait = std::max(m_minInterval, m_retryWait);
    if (m_sinceLastSend.isValid() && m_sinceLastSend.elapsed() < wait.count()) {
        if (!m_timer.isActive())
            m_timer.start(wait - std::chrono::milliseconds(m_sinceLastSend.elapsed()));
        return;
    }
    if (m_final)
        sendFinish();
    else if (m_latest)
        sendUpdate();
}

void LiveShare::sendCreate(const QJsonObject &document, bool final)
{
    // The answer is the run's write token: not over plain http to another machine unless the
    // user agreed to that site in the Sync settings (as SyncService::share decides).
    if (!syncsettings::cleartextAllowed(m_backend)) {
        fail(tr("the live share was not started: %1 is plain http to another machine, so the "
                "run's write token would travel unencrypted; use https, or allow this backend in "
                "the Sync settings")
                 .arg(m_backend.toString()));
        return;
    }
    const QByteArray body = bytesOf(document);
    setState(State::Creating);
    m_busy = true;
    ++m_requests;
    m_bytes += body.size();
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCoro::connect(
        m_client->upload(m_backend, body, key), this,
        [this, final, document](const UploadOutcome &outcome) {
            m_busy = false;
            m_sinceLastSend.start();
            if (!outcome.run) {
                fail(tr("the live share could not start: %1").arg(outcome.problem.message));
                return;
            }
            m_run = *outcome.run;
            m_problem.clear();
            if (final) {
                setState(State::Finished);
                emit started(m_run.permalink);
                emit finished(m_run.permalink);
                return;
            }
            m_acked = document;
            m_ackedVersion = 1; // a run created in progress starts at version 1
            setState(State::Live);
            emit started(m_run.permalink);
            pump();
        });
}

void LiveShare::sendUpdate()
{
    const Comparison sent = std::move(*m_latest);
    m_latest.reset();
    const QJsonObject document = sharedProgressDocument(sent);
    std::optional<QJsonArray> ops;
    if (m_acked && m_ackedVersion > 0 && !m_patchUnsupported)
        ops = runPatchOps(*m_acked, document);
    if (ops && ops->isEmpty())
        return; // the server has all of it already
    const bool patch = ops.has_value();
    const QByteArray body = patch ? runPatchBody(m_ackedVersion, *ops) : bytesOf(document);
    m_busy = true;
    ++m_requests;
    m_bytes += body.size();
    m_sinceLastSend.start();
    auto task = patch ? m_client->patchRun(m_backend, m_run.runId, m_run.writeToken, body)
                      : m_client->updateRun(m_backend, m_run.runId, m_run.writeToken, body);
    QCoro::connect(std::move(task), this, [this, sent, document, patch](const RunWrite &write) {
        m_busy = false;
        m_sinceLastSend.start();
        const NetworkProblem &p = write.problem;
        // The server is at another version (an update whose answer was lost went through) or
        // takes no PATCH (an older backend): the same again, whole.
        const bool whole = patch && p.kind == NetworkProblem::Kind::Http &&
                           ((p.httpStatus == 409 && p.code == QLatin1String("version_mismatch")) ||
                            p.httpStatus == 405);
        if (write.ok) {
            ++m_updates;
            if (patch)
                ++m_patches;
            m_acked = document;
            m_ackedVersion = write.version; // unknown (0): the next update goes whole
            m_retryWait = {};
            m_problem.clear();
            emit updated(runsIn(sent));
        } else if (whole || p.isTransient()) {
            // The next update carries everything since the last acknowledged one; without one,
            // this one again.
            if (!m_latest && !m_final)
                m_latest = sent;
            if (whole) {
                m_acked.reset();
                m_patchUnsupported = m_patchUnsupported || p.httpStatus == 405;
            } else {
                interrupted(p);
            }
        } else {
            fail(tr("the live share stopped: %1").arg(p.message));
            return;
        }
        pump();
    });
}

void LiveShare::sendFinish()
{
    const QByteArray body = *m_final;
    setState(State::Finishing);
    m_busy = true;
    ++m_requests;
    ++m_finishAttempts;
    m_bytes += body.size();
    m_sinceLastSend.start();
    QCoro::connect(
        m_client->finishRun(m_backend, m_run.runId, m_run.writeToken, body), this,
        [this](const RunWrite &write) {
            m_busy = false;
            m_sinceLastSend.start();
            if (write.ok) {
                m_final.reset();
                m_problem.clear();
                setState(State::Finished);
                emit finished(m_run.permalink);
                return;
            }
            if (write.problem.isTransient() && m_finishAttempts < kFinishAttempts) {
                interrupted(write.problem);
                setState(State::Live); // pump() sends the finish again after the wait
                pump();
                return;
            }
            fail(tr("the live share could not be finished: %1 (the run on the server stays "
                    "unfinished and expires within an hour; share the comparison again)")
                     .arg(write.problem.message));
        });
}

} // namespace fc
