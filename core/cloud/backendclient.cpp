#include "cloud/backendclient.h"

#include "cloud/loopbackproxyfactory.h"
#include "model/comparisonjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <qcoro/qcorotimer.h>

namespace fc {

namespace {

NetworkProblem malformed(const QUrl &url, const QString &why)
{
    NetworkProblem p;
    p.kind = NetworkProblem::Kind::Malformed;
    p.message = BackendClient::tr("%1 gave an answer this app cannot use (%2); nothing was changed")
                    .arg(serverName(url), why);
    return p;
}

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("fastercodes/%1").arg(QCoreApplication::applicationVersion()));
    return request;
}

std::optional<QJsonObject> jsonObject(const HttpAnswer &answer, const QUrl &url,
                                      NetworkProblem *problem)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = malformed(url, BackendClient::tr("not JSON: %1 at byte %2")
                                      .arg(error.errorString())
                                      .arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = malformed(url, BackendClient::tr("expected a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

// Both writes (a whole upload and a live run's update or finish) refuse a body the backend
// would reject anyway, before any traffic.
std::optional<NetworkProblem> oversized(const QByteArray &body)
{
    if (body.size() <= BackendClient::kMaxUploadBytes)
        return std::nullopt;
    NetworkProblem problem;
    problem.kind = NetworkProblem::Kind::Refused;
    problem.message =
        BackendClient::tr("the comparison is %1 MiB as JSON; a backend takes at most %2 MiB")
            .arg(double(body.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(BackendClient::kMaxUploadBytes / (1024 * 1024));
    return problem;
}

} // namespace

BackendClient::BackendClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxyFactory(new LoopbackProxyFactory);
    // Nothing here needs cookies, and none are kept.
    m_network->setCookieJar(nullptr);
}

BackendClient::~BackendClient() = default;

QCoro::Task<UploadOutcome> BackendClient::upload(QUrl site, QByteArray body, QString idempotencyKey)
{
    UploadOutcome outcome;
    if (const auto refused = oversized(body)) {
        outcome.problem = *refused;
        co_return outcome;
    }
    const QUrl url = withPath(site, QStringLiteral("/api/runs"));
    QNetworkRequest request = jsonRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    HttpLimits limits = m_limits;
    limits.maxAnswerBytes =
        std::min<qint64>(limits.maxAnswerBytes, 64 * 1024); // a create answer is tiny
    const HttpAnswer answer = co_await httpExchange(m_network, request, "POST", body, limits);
    if (!answer.problem.ok()) {
        outcome.problem = answer.problem;
        co_return outcome;
    }
    if (answer.status != 201 && answer.status != 200) {
        outcome.problem =
            malformed(url, tr("status %1 where 201 Created was expected").arg(answer.status));
        co_return outcome;
    }
    const auto object = jsonObject(answer, url, &outcome.problem);
    if (!object)
        co_return outcome;
    CreatedRun run;
    run.runId = object->value(QStringLiteral("runId")).toString();
    run.writeToken = object->value(QStringLiteral("writeToken")).toString();
    run.permalink = object->value(QStringLiteral("permalink")).toString();
    run.replayed = answer.status == 200;
    static const QRegularExpression token(QStringLiteral("^[\\x21-\\x7e]{16,256}$"));
    if (!isValidRunId(run.runId)) {
        outcome.problem = malformed(url, tr("runId is missing or not a run id"));
        co_return outcome;
    }
    if (!token.match(run.writeToken).hasMatch()) {
        outcome.problem = malformed(url, tr("writeToken is missing or not a token"));
        co_return outcome;
    }
    // The permalink must be an http(s) link to the very run just created.
    QString why;
    PermalinkContext context;
    context.backend = site;
    context.originalSites.clear();
    const QUrl link(run.permalink, QUrl::StrictMode);
    const auto parsed = parsePermalink(run.permalink, context, &why);
    if (run.permalink.size() > 2048 || !link.isValid() ||
        (link.scheme() != QLatin1String("http") && link.scheme() != QLatin1String("https")) ||
        !parsed || parsed->runId != run.runId) {
        outcome.problem = malformed(url, tr("permalink is not a link to run %1").arg(run.runId));
        co_return outcome;
    }
    // It must name the backend's host: a link elsewhere would send everyone who opens it (and
    // this history's "open" and "delete") to a server the comparison was never shared to.
    if (link.host().compare(site.host(), Qt::CaseInsensitive) != 0) {
        outcome.problem = malformed(url, tr("permalink %1 is not on %2, where the run was shared")
                                             .arg(run.permalink.left(200), site.host()));
        co_return outcome;
    }
    outcome.run = run;
    co_return outcome;
}

QCoro::Task<FetchOutcome> BackendClient::fetch(Permalink link)
{
    FetchOutcome outcome;
    HttpAnswer answer;
    const QPointer<BackendClient> self(this);
    for (int attempt = 1;; ++attempt) {
        answer = co_await httpExchange(m_network, jsonRequest(link.apiUrl), "GET", {}, m_limits);
        // "Try again in a moment" (the backend's 503 run_finishing: a run finished a moment ago
        // and this location cannot read it yet; a 429): waited out when the wait is short.
        const NetworkProblem &p = answer.problem;
        const bool tryLater = p.kind == NetworkProblem::Kind::Http &&
                              (p.httpStatus == 503 || p.httpStatus == 429) &&
                              p.retryAfter.count() > 0 && p.retryAfter <= kMaxFetchWait;
        if (!tryLater || attempt >= kFetchAttempts)
            break;
        const std::chrono::seconds wait = p.retryAfter;
        co_await QCoro::sleepFor(wait);
        if (!self) { // destroyed meanwhile: nobody waits for this answer any more
            outcome.problem = answer.problem;
            co_return outcome;
        }
    }
    if (!answer.problem.ok()) {
        outcome.problem = answer.problem;
        if (answer.status == 404)
            outcome.problem.message = tr("there is no run %1 at %2 (deleted, or a mistyped link?)")
                                          .arg(link.runId, serverName(link.apiUrl));
        co_return outcome;
    }
    if (answer.status != 200) {
        outcome.problem =
            malformed(link.apiUrl, tr("status %1 where 200 OK was expected").arg(answer.status));
        co_return outcome;
    }
    const auto object = jsonObject(answer, link.apiUrl, &outcome.problem);
    if (!object)
        co_return outcome;
    const bool ours = object->contains(QStringLiteral("schema"));
    if (link.kind == Permalink::Kind::Backend && !ours) {
        outcome.problem = malformed(link.apiUrl, tr("the document has no \"schema\" marker"));
        co_return outcome;
    }
    QString why;
    auto comparison = comparisonFromJson(*object, &why);
    if (!comparison) {
        outcome.problem = malformed(link.apiUrl, tr("not a valid comparison: %1").arg(why));
        co_return outcome;
    }
    if (comparison->runId != link.runId) {
        outcome.problem = malformed(link.apiUrl, tr("it sent run '%1' when %2 was asked for")
                                                     .arg(comparison->runId.left(40), link.runId));
        co_return outcome;
    }
    comparison->sourceKind = link.kind == Permalink::Kind::Original
                                 ? Comparison::SourceKind::Original
                                 : Comparison::SourceKind::Permalink;
    comparison->sourceUrl = link.webUrl.toString();
    outcome.comparison = std::move(comparison);
    co_return outcome;
}

QCoro::Task<RunWrite> BackendClient::updateRun(QUrl site, QString runId, QString writeToken,
                                               QByteArray body)
{
    return writeRun(withPath(site, QStringLiteral("/api/runs/") + runId), "PUT", writeToken,
                    std::move(body));
}

QCoro::Task<RunWrite> BackendClient::patchRun(QUrl site, QString runId, QString writeToken,
                                              QByteArray body)
{
    return writeRun(withPath(site, QStringLiteral("/api/runs/") + runId), "PATCH", writeToken,
                    std::move(body));
}

QCoro::Task<RunWrite> BackendClient::finishRun(QUrl site, QString runId, QString writeToken,
                                               QByteArray body)
{
    return writeRun(withPath(site, QStringLiteral("/api/runs/%1/finish").arg(runId)), "POST",
                    writeToken, std::move(body));
}

QCoro::Task<RunWrite> BackendClient::writeRun(QUrl url, QByteArray verb, QString writeToken,
                                              QByteArray body)
{
    RunWrite outcome;
    if (const auto refused = oversized(body)) {
        outcome.problem = *refused;
        co_return outcome;
    }
    QNetworkRequest request = jsonRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + writeToken.toLatin1());
    HttpLimits limits = m_limits;
    limits.maxAnswerBytes = std::min<qint64>(limits.maxAnswerBytes, 64 * 1024);
    const HttpAnswer answer = co_await httpExchange(m_network, request, verb, body, limits);
    if (!answer.problem.ok()) {
        outcome.problem = answer.problem;
        co_return outcome;
    }
    if (answer.status != 200) {
        outcome.problem =
            malformed(url, tr("status %1 where 200 OK was expected").arg(answer.status));
        co_return outcome;
    }
    outcome.ok = true;
    // The version is what the next PATCH is made against; an answer without one (an older
    // backend, a finish) leaves it unknown, and the next change goes whole.
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    const double version = object.value(QStringLiteral("version")).toDouble();
    if (version >= 1 && version <= 1e9 && version == double(qint64(version)))
        outcome.version = int(version);
    co_return outcome;
}

QCoro::Task<RemoteDeletion> BackendClient::removeRun(QUrl site, QString runId, QString writeToken)
{
    RemoteDeletion outcome;
    const QUrl url = withPath(site, QStringLiteral("/api/runs/") + runId);
    QNetworkRequest request = jsonRequest(url);
    request.setRawHeader("Authorization", "Bearer " + writeToken.toLatin1());
    const HttpAnswer answer = co_await httpExchange(m_network, request, "DELETE", {}, m_limits);
    if (answer.status == 204 || answer.status == 200 || answer.status == 404) {
        outcome.deleted = true; // 404: already gone, which is what was asked for
        co_return outcome;
    }
    outcome.problem =
        answer.problem.ok()
            ? malformed(url, tr("status %1 where 204 was expected").arg(answer.status))
            : answer.problem;
    co_return outcome;
}

} // namespace fc
