#include "cloud/httpexchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <coroutine>
#include <memory>
#include <utility>

namespace fc {

namespace {

// Translation context "Network": what went wrong talking to a server.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Network)
};

// Server text shown to the user: one line, printable, bounded.
QString sanitized(const QString &text, int max = 300)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() >= max) {
            out += QChar(0x2026);
            break;
        }
        out += c.isPrint() ? c : QLatin1Char(' ');
    }
    return out.simplified();
}

NetworkProblem problemFor(QNetworkReply *reply, const QUrl &url, const QString &tlsDetail)
{
    NetworkProblem p;
    const QString server = serverName(url);
    p.kind = NetworkProblem::Kind::Unreachable;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        p.message = Text::tr("%1 refused the connection (is the server running?)").arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        p.message =
            Text::tr("the host %1 was not found (offline, or a mistyped address?)").arg(url.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
        p.message = Text::tr("%1 closed the connection before answering").arg(server);
        break;
    case QNetworkReply::TimeoutError:
        p.kind = NetworkProblem::Kind::Timeout;
        p.message = Text::tr("the connection to %1 timed out").arg(server);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        p.kind = NetworkProblem::Kind::Tls;
        p.message =
            tlsDetail.isEmpty()
                ? Text::tr("the secure connection to %1 failed: %2")
                      .arg(server, reply->errorString())
                : Text::tr("the certificate of %1 is not trusted: %2").arg(server, tlsDetail);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        p.message = Text::tr("the network is not available (reaching %1)").arg(server);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        p.message =
            Text::tr("the proxy did not get through to %1: %2").arg(server, reply->errorString());
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        p.message = Text::tr("the proxy asks for a password (reaching %1)").arg(server);
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        p.kind = NetworkProblem::Kind::Malformed;
        p.message =
            Text::tr("%1 redirected the request somewhere it cannot be followed").arg(server);
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        p.kind = NetworkProblem::Kind::Malformed;
        p.message = Text::tr("%1 did not answer in HTTP that this app understands").arg(server);
        break;
    default:
        p.message = Text::tr("talking to %1 failed: %2").arg(server, reply->errorString());
        break;
    }
    return p;
}

// The backend's errors are {"error": {"code", "message"}}; anything else is summarised.
void describeHttpError(HttpAnswer &answer, const QUrl &url)
{
    NetworkProblem &p = answer.problem;
    p.kind = NetworkProblem::Kind::Http;
    p.httpStatus = answer.status;
    const QJsonValue errorValue =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error"));
    const QJsonObject error = errorValue.toObject();
    // {"error": {"code": …}}, or the bare {"error": "code"} some servers send.
    p.code = sanitized(errorValue.isString() ? errorValue.toString()
                                             : error.value(QStringLiteral("code")).toString(),
                       60);
    const QString detail = sanitized(error.value(QStringLiteral("message")).toString());
    const QString server = serverName(url);
    QString what;
    switch (answer.status) {
    case 400:
        what = Text::tr("it did not accept the request");
        break;
    case 401:
    case 403:
        what = Text::tr("it refused access");
        break;
    case 404:
        what = Text::tr("it has nothing at this address");
        break;
    case 413:
        what = Text::tr("the document is too large for it");
        break;
    case 422:
        what = Text::tr("it rejected the document");
        break;
    case 429:
        what = Text::tr("too many requests; it asks to wait");
        break;
    default:
        what = answer.status >= 500 ? Text::tr("the server had a problem")
                                    : Text::tr("the request was refused");
    }
    p.message =
        detail.isEmpty()
            ? Text::tr("%1 answered %2: %3").arg(server).arg(answer.status).arg(what)
            : Text::tr("%1 answered %2: %3 (%4)").arg(server).arg(answer.status).arg(what, detail);
    // Retry-After: seconds, or an HTTP date (RFC 9110).
    bool ok = false;
    qint64 seconds = answer.retryAfter.trimmed().toLongLong(&ok);
    if (!ok) { // "Wed, 21 Oct 2015 07:28:00 GMT": Qt reads the zone as an offset only
        QString date = QString::fromLatin1(answer.retryAfter.trimmed());
        if (date.endsWith(QLatin1String(" GMT")))
            date = date.chopped(4) + QLatin1String(" +0000");
        const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
        ok = when.isValid();
        seconds = ok ? QDateTime::currentDateTimeUtc().secsTo(when) : 0;
    }
    if (ok && seconds > 0)
        p.retryAfter = std::chrono::seconds(std::min<qint64>(seconds, 24 * 3600));
}

// Awaits the end of a reply: its finished() signal, or its destruction unfinished (its network
// manager was destroyed with the object that made the request: a live share or a sync service
// closed mid-write). Without the second, the exchange and every coroutine awaiting it would stay
// suspended for ever, holding their buffers. Resuming from inside that destruction would run the
// callers' code in their owner's destructor, so that resumption is queued: it ends the exchange
// once the destruction is over, when the callers' guards (QPointer, QCoro::connect's context)
// see their owner gone.
class ReplyEnd
{
public:
    explicit ReplyEnd(QNetworkReply *reply)
        : m_reply(reply)
    {}
    bool await_ready() const noexcept { return m_reply->isFinished(); }
    void await_suspend(std::coroutine_handle<> awaiting)
    {
        auto ended = std::make_shared<bool>(false); // whichever comes first resumes, once
        QObject::connect(m_reply, &QNetworkReply::finished, [awaiting, ended] {
            if (!std::exchange(*ended, true))
                awaiting.resume();
        });
        QObject::connect(m_reply, &QObject::destroyed, [awaiting, ended] {
            if (!std::exchange(*ended, true))
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [awaiting] { awaiting.resume(); },
                    Qt::QueuedConnection);
        });
    }
    void await_resume() const noexcept {}

private:
    QNetworkReply *m_reply;
};

} // namespace

QString serverName(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QCoro::Task<HttpAnswer> httpExchange(QNetworkAccessManager *network, QNetworkRequest request,
                                     QByteArray verb, QByteArray body, HttpLimits limits)
{
    const QUrl url = request.url();
    request.setMaximumRedirectsAllowed(3);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // Deleted later: the coroutine resumes inside the reply's finished() signal.
    struct DeleteLater
    {
        void operator()(QNetworkReply *r) const { r->deleteLater(); }
    };
    std::unique_ptr<QNetworkReply, DeleteLater> reply(
        verb == "GET" ? network->get(request) : network->sendCustomRequest(request, verb, body));

    // Shared with the signal handlers below, which may run after this frame is suspended.
    struct State
    {
        bool timedOut = false;
        bool tooLarge = false;
        QString tlsDetail;
    };
    auto state = std::make_shared<State>();
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(limits.idleTimeout);
    QPointer<QNetworkReply> guarded(reply.get());
    QObject::connect(&idle, &QTimer::timeout, reply.get(), [state, guarded] {
        state->timedOut = true;
        if (guarded)
            guarded->abort();
    });
    const auto progressed = [&idle] {
        idle.start();
    };
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &idle, progressed);
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &idle, progressed);
    const qint64 max = limits.maxAnswerBytes;
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &idle,
                     [&idle, state, guarded, max](qint64 received, qint64) {
                         idle.start();
                         if (received > max && guarded && !state->tooLarge) {
                             state->tooLarge = true;
                             guarded->abort();
                         }
                     });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, reply.get(),
                     [state, guarded, max] {
                         // A declared length over the limit is refused before reading any of it.
                         if (!guarded || state->tooLarge)
                             return;
                         bool ok = false;
                         const qint64 declared =
                             guarded->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
                         if (ok && declared > max) {
                             state->tooLarge = true;
                             guarded->abort();
                         }
                     });
#if QT_CONFIG(ssl)
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [state](const QList<QSslError> &errors) {
                         QStringList texts;
                         for (const QSslError &e : errors)
                             texts << e.errorString();
                         state->tlsDetail = texts.join(QLatin1String("; "));
                     });
#endif
    idle.start();

    co_await ReplyEnd(reply.get());
    idle.stop();

    HttpAnswer answer;
    const QString server = serverName(url);
    if (!guarded) { // destroyed unfinished, with its network manager: nobody waits for an answer
        (void)reply.release();
        answer.problem.kind = NetworkProblem::Kind::Refused;
        answer.problem.message =
            Text::tr("the request to %1 was cancelled: what sent it was closed").arg(server);
        co_return answer;
    }
    if (state->tooLarge) {
        answer.problem.kind = NetworkProblem::Kind::TooLarge;
        answer.problem.message = Text::tr("the answer of %1 is larger than %2 MiB and was rejected")
                                     .arg(server)
                                     .arg(double(max) / (1024 * 1024), 0, 'g', 3);
        co_return answer;
    }
    if (state->timedOut) {
        answer.problem.kind = NetworkProblem::Kind::Timeout;
        answer.problem.message = Text::tr("no answer from %1 within %2 s")
                                     .arg(server)
                                     .arg(limits.idleTimeout.count() / 1000.0);
        co_return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status <= 0) {
        answer.problem = problemFor(reply.get(), url, state->tlsDetail);
        co_return answer;
    }
    answer.body = reply->readAll();
    if (answer.body.size() > max) { // no Content-Length and no progress signal in time
        answer.body.clear();
        answer.problem.kind = NetworkProblem::Kind::TooLarge;
        answer.problem.message = Text::tr("the answer of %1 is larger than %2 MiB and was rejected")
                                     .arg(server)
                                     .arg(double(max) / (1024 * 1024), 0, 'g', 3);
        co_return answer;
    }
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.retryAfter = reply->rawHeader("Retry-After");
    if (answer.status >= 400)
        describeHttpError(answer, url);
    else if (reply->error() != QNetworkReply::NoError) // e.g. the connection dropped mid-body
        answer.problem = problemFor(reply.get(), url, state->tlsDetail);
    co_return answer;
}

} // namespace fc
