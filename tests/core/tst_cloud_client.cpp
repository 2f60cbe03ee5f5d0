#include "cloud/backendclient.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "tst_cloud_httpserver.h"
#include "tst_history_sample.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace fc;
using namespace fc::testing;
using namespace std::chrono_literals;

namespace {

const QByteArray kToken = "fcw_" + QByteArray(43, 'x');

QByteArray createdAnswer(const QString &origin, const QByteArray &id = "k3x9m2p7q1")
{
    return "{\"runId\":\"" + id + "\",\"writeToken\":\"" + kToken + "\",\"permalink\":\"" +
           origin.toUtf8() + "/?runId=" + id + "\"}";
}

QByteArray documentOf(Comparison c, const QString &runId)
{
    c.runId = runId;
    c.a().id = runId + QStringLiteral("-a");
    c.b().id = runId + QStringLiteral("-b");
    return QJsonDocument(comparisonDocument(c)).toJson(QJsonDocument::Compact);
}

// A self-signed certificate for 127.0.0.1 (P-256, valid until 2126): untrusted by design.
const QByteArray kCert = "-----BEGIN CERTIFICATE-----\n"
                         "MIIBkDCCATagAwIBAgIUOBOOUbeeb4RsGA0yPsYHPH4KqZ0wCgYIKoZIzj0EAwIw\n"
                         "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNTIyMzgyOVoYDzIxMjYxMTAx\n"
                         "MjIzODI5WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
                         "PQMBBwNCAAR86gg//jA2tkiRr2BlIF6041Tkdo3C7u0o2hKAF5qkUCyXNRTBBlSr\n"
                         "xs5z8C9xVsDVt+HD6AqtbrmWbNIzGWXso2QwYjAdBgNVHQ4EFgQU9+A20QAx9U3X\n"
                         "WLjU37LiT+G5v3AwHwYDVR0jBBgwFoAU9+A20QAx9U3XWLjU37LiT+G5v3AwDwYD\n"
                         "VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0gAMEUC\n"
                         "ICJbfq6gkiDm9OTm2pXXxw8q+p0s/FgIx6Rpl0RMeNvoAiEA/9EqPVa0LEhQcDWk\n"
                         "fZozBzstK4S0NuIXzzUyzerMCGo=\n"
                         "-----END CERTIFICATE-----\n";
const QByteArray kKey = "-----BEGIN PRIVATE KEY-----\n"
                        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgc4t6uVKQavbNOjnx\n"
                        "9w21NAlew11flZa2Urs5qEfNRymhRANCAAR86gg//jA2tkiRr2BlIF6041Tkdo3C\n"
                        "7u0o2hKAF5qkUCyXNRTBBlSrxs5z8C9xVsDVt+HD6AqtbrmWbNIzGWXs\n"
                        "-----END PRIVATE KEY-----\n";

} // namespace

// The backend client against real sockets on 127.0.0.1: good answers, every kind of bad one,
// and the network failing in its usual ways. Nothing may be accepted that the API does not promise.
class TestCloudClient : public QObject
{
    Q_OBJECT

    static Permalink linkTo(const QString &origin, const QString &id)
    {
        PermalinkContext context;
        context.backend = QUrl(origin);
        return *parsePermalink(id, context, nullptr);
    }

    static HttpLimits quick()
    {
        HttpLimits limits;
        limits.idleTimeout = 400ms;
        return limits;
    }

private slots:
    void init() { qunsetenv("http_proxy"); }

    void uploadSendsKeyAndExactBody()
    {
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(201, createdAnswer(server.origin()));
        });
        QVERIFY(server.start());
        BackendClient client;
        const QByteArray body = documentOf(sampleComparison(), QString());
        const UploadOutcome out =
            QCoro::waitFor(client.upload(QUrl(server.origin()), body, QStringLiteral("key-123")));
        QVERIFY2(out.problem.ok(), qPrintable(out.problem.message));
        QVERIFY(out.run.has_value());
        QCOMPARE(out.run->runId, QStringLiteral("k3x9m2p7q1"));
        QCOMPARE(out.run->writeToken, QString::fromLatin1(kToken));
        QCOMPARE(out.run->permalink, server.origin() + QStringLiteral("/?runId=k3x9m2p7q1"));
        QVERIFY(!out.run->replayed);
        QCOMPARE(server.requests.size(), 1);
        const HttpRequest &r = server.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/api/runs"));
        QCOMPARE(r.header("idempotency-key"), QByteArray("key-123"));
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.body, body);
    }

    void aReplayIsTheSameRun()
    {
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(200, createdAnswer(server.origin()));
        });
        QVERIFY(server.start());
        BackendClient client;
        const UploadOutcome out =
            QCoro::waitFor(client.upload(QUrl(server.origin()), "{}", QStringLiteral("k")));
        QVERIFY(out.run.has_value());
        QVERIFY(out.run->replayed);
    }

    void networkFailures_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("refused") << QStringLiteral("refused")
                                 << int(NetworkProblem::Kind::Unreachable)
                                 << QStringLiteral("refused the connection");
        QTest::newRow("silent") << QStringLiteral("silent") << int(NetworkProblem::Kind::Timeout)
                                << QStringLiteral("no answer from");
        QTest::newRow("dropped") << QStringLiteral("drop") << int(NetworkProblem::Kind::Unreachable)
                                 << QStringLiteral("closed the connection");
    }

    void networkFailures()
    {
        QFETCH(QString, what);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const HttpResponse::Mode mode =
            what == QLatin1String("silent") ? HttpResponse::Mode::Silent : HttpResponse::Mode::Drop;
        LocalHttpServer server([&](const HttpRequest &) {
            HttpResponse r;
            r.mode = mode;
            return r;
        });
        QVERIFY(server.start());
        const QString origin = server.origin();
        if (what == QLatin1String("refused"))
            server.close(); // nothing listens there any more
        BackendClient client;
        client.setLimits(quick());
        const UploadOutcome out =
            QCoro::waitFor(client.upload(QUrl(origin), "{}", QStringLiteral("k")));
        QVERIFY(!out.run.has_value());
        QCOMPARE(int(out.problem.kind), kind);
        QVERIFY(out.problem.isTransient());
        QVERIFY2(out.problem.message.contains(messagePart), qPrintable(out.problem.message));
        QVERIFY2(out.problem.message.contains(QUrl(origin).host()),
                 qPrintable(out.problem.message));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("retryAfterS");
        QTest::newRow("422 schema")
            << 422
            << QByteArray(
                   R"({"error":{"code":"schema_violation","message":"codeRuns[0].lang must match pattern","field":"/codeRuns/0/lang"}})")
            << QByteArray() << false << QStringLiteral("codeRuns[0].lang must match pattern") << 0;
        QTest::newRow("413")
            << 413
            << QByteArray(
                   R"({"error":{"code":"body_too_large","message":"larger than 4194304 bytes"}})")
            << QByteArray() << false << QStringLiteral("too large") << 0;
        QTest::newRow("429") << 429
                             << QByteArray(
                                    R"({"error":{"code":"rate_limited","message":"retry in 7 s"}})")
                             << QByteArray("7") << true << QStringLiteral("429") << 7;
        QTest::newRow("409 in progress")
            << 409
            << QByteArray(R"({"error":{"code":"idempotency_in_progress","message":"still"}})")
            << QByteArray("2") << true << QStringLiteral("409") << 2;
        QTest::newRow("422 key reused")
            << 422
            << QByteArray(
                   R"({"error":{"code":"idempotency_key_reused","message":"different body"}})")
            << QByteArray() << false << QStringLiteral("different body") << 0;
        QTest::newRow("500, not JSON") << 500 << QByteArray("<html>oops</html>") << QByteArray()
                                       << true << QStringLiteral("the server had a problem") << 0;
        QTest::newRow("hostile message")
            << 400
            << QByteArray("{\"error\":{\"code\":\"x\",\"message\":\"line1\\nline2\\u0007") +
                   QByteArray(5000, 'A') + "\"}}"
            << QByteArray() << false << QStringLiteral("line1 line2") << 0;
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, transient);
        QFETCH(QString, messagePart);
        QFETCH(int, retryAfterS);
        LocalHttpServer server([&](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(status, body);
            if (!retryAfter.isEmpty())
                r.headers.append({"Retry-After", retryAfter});
            return r;
        });
        QVERIFY(server.start());
        BackendClient client;
        const UploadOutcome out =
            QCoro::waitFor(client.upload(QUrl(server.origin()), "{}", QStringLiteral("k")));
        QVERIFY(!out.run);
        QCOMPARE(out.problem.kind, NetworkProblem::Kind::Http);
        QCOMPARE(out.problem.httpStatus, status);
        QCOMPARE(out.problem.isTransient(), transient);
        QCOMPARE(out.problem.retryAfter.count(), retryAfterS);
        QVERIFY2(out.problem.message.contains(messagePart), qPrintable(out.problem.message));
        QVERIFY2(out.problem.message.contains(QString::number(status)),
                 qPrintable(out.problem.message));
        QVERIFY2(out.problem.message.size() < 500, "a hostile server must not flood the message");
        QVERIFY(!out.problem.message.contains(QChar(7)));
    }

    void malformedUploadAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        const QByteArray okLink = "\"permalink\":\"http://127.0.0.1:1/?runId=abc\"";
        const QByteArray okToken = "\"writeToken\":\"" + kToken + "\"";
        QTest::newRow("not JSON") << 201 << QByteArray("Created!") << QStringLiteral("not JSON");
        QTest::newRow("array") << 201 << QByteArray("[1,2]")
                               << QStringLiteral("expected a JSON object");
        QTest::newRow("no runId") << 201 << QByteArray("{" + okToken + "," + okLink + "}")
                                  << QStringLiteral("runId");
        QTest::newRow("runId path")
            << 201 << QByteArray("{\"runId\":\"../../x\"," + okToken + "," + okLink + "}")
            << QStringLiteral("runId");
        QTest::newRow("runId number")
            << 201 << QByteArray("{\"runId\":12," + okToken + "," + okLink + "}")
            << QStringLiteral("runId");
        QTest::newRow("no token") << 201 << QByteArray("{\"runId\":\"abc\"," + okLink + "}")
                                  << QStringLiteral("writeToken");
        QTest::newRow("token with spaces")
            << 201
            << QByteArray("{\"runId\":\"abc\",\"writeToken\":\"a b c d e f g h i j k\"," + okLink +
                          "}")
            << QStringLiteral("writeToken");
        QTest::newRow("link to another run")
            << 201
            << QByteArray("{\"runId\":\"abc\"," + okToken +
                          ",\"permalink\":\"http://127.0.0.1:1/?runId=zzz\"}")
            << QStringLiteral("permalink");
        // A permalink must name the backend's host: another host would have the user (and
        // everyone the link is given to) download the comparison from a server it was never
        // shared to.
        QTest::newRow("link on another host")
            << 201
            << QByteArray("{\"runId\":\"abc\"," + okToken +
                          ",\"permalink\":\"https://evil.example/?runId=abc\"}")
            << QStringLiteral("not on 127.0.0.1");
        QTest::newRow("link on a look-alike host")
            << 201
            << QByteArray("{\"runId\":\"abc\"," + okToken +
                          ",\"permalink\":\"http://127.0.0.1.evil.example:1/?runId=abc\"}")
            << QStringLiteral("not on 127.0.0.1");
        QTest::newRow("script link")
            << 201
            << QByteArray("{\"runId\":\"abc\"," + okToken +
                          ",\"permalink\":\"javascript:alert(1)//?runId=abc\"}")
            << QStringLiteral("permalink");
        QTest::newRow("204 no content") << 204 << QByteArray() << QStringLiteral("status 204");
        QTest::newRow("huge") << 201
                              << QByteArray("{\"runId\":\"abc\",\"pad\":\"" +
                                            QByteArray(200 * 1024, 'x') + "\"}")
                              << QStringLiteral("larger than");
    }

    void malformedUploadAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        LocalHttpServer server(
            [&](const HttpRequest &) { return HttpResponse::json(status, body); });
        QVERIFY(server.start());
        BackendClient client;
        const UploadOutcome out =
            QCoro::waitFor(client.upload(QUrl(server.origin()), "{}", QStringLiteral("k")));
        QVERIFY(!out.run.has_value());
        QVERIFY(!out.problem.ok());
        QVERIFY(!out.problem.isTransient()); // nonsense does not get better by asking again
        QVERIFY2(out.problem.message.contains(messagePart), qPrintable(out.problem.message));
    }

    void tooLargeToUploadIsNotSent()
    {
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(201, createdAnswer(server.origin()));
        });
        QVERIFY(server.start());
        BackendClient client;
        const UploadOutcome out = QCoro::waitFor(client.upload(
            QUrl(server.origin()), QByteArray(BackendClient::kMaxUploadBytes + 1, ' '),
            QStringLiteral("k")));
        QCOMPARE(out.problem.kind, NetworkProblem::Kind::Refused);
        QVERIFY2(out.problem.message.contains(QLatin1String("at most 4 MiB")),
                 qPrintable(out.problem.message));
        QVERIFY(server.requests.isEmpty());
    }

    void fetchesOurDocument()
    {
        const Comparison sample = sampleComparison();
        LocalHttpServer server([&](const HttpRequest &r) {
            if (r.target == "/api/runs/abc")
                return HttpResponse::json(200, documentOf(sample, QStringLiteral("abc")));
            return HttpResponse::json(404, R"({"error":{"code":"not_found","message":"no run"}})");
        });
        QVERIFY(server.start());
        BackendClient client;
        const Permalink link = linkTo(server.origin(), QStringLiteral("abc"));
        const FetchOutcome out = QCoro::waitFor(client.fetch(link));
        QVERIFY2(out.problem.ok(), qPrintable(out.problem.message));
        QVERIFY(out.comparison.has_value());
        QCOMPARE(server.requests.first().method, QByteArray("GET"));
        QCOMPARE(out.comparison->runId, QStringLiteral("abc"));
        QCOMPARE(out.comparison->sourceKind, Comparison::SourceKind::Permalink);
        QCOMPARE(out.comparison->sourceUrl, server.origin() + QStringLiteral("/?runId=abc"));
        Comparison expected = sample;
        expected.runId = QStringLiteral("abc");
        expected.a().id = QStringLiteral("abc-a");
        expected.b().id = QStringLiteral("abc-b");
        expected.sourceKind = Comparison::SourceKind::Permalink;
        expected.sourceUrl = out.comparison->sourceUrl;
        QCOMPARE(*out.comparison, expected);

        const FetchOutcome missing =
            QCoro::waitFor(client.fetch(linkTo(server.origin(), QStringLiteral("nope"))));
        QVERIFY(!missing.comparison);
        QCOMPARE(missing.problem.httpStatus, 404);
        QVERIFY2(missing.problem.message.contains(QLatin1String("there is no run nope")),
                 qPrintable(missing.problem.message));
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        const Comparison sample = sampleComparison();
        QByteArray wrongLang = documentOf(sample, QStringLiteral("abc"));
        wrongLang.replace("\"lang\":\"c\"", "\"lang\":42");
        QTest::newRow("not JSON") << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("truncated")
            << documentOf(sample, QStringLiteral("abc")).chopped(10) << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[{\"runId\":\"abc\"}]")
                               << QStringLiteral("expected a JSON object");
        QTest::newRow("missing fields")
            << QByteArray(R"({"schema":"fastercodes.comparison/1","runId":"abc"})")
            << QStringLiteral("not a valid comparison");
        QTest::newRow("wrong type") << wrongLang << QStringLiteral("codeRuns[0].lang");
        QTest::newRow("future schema")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/9","runId":"abc","status":"SUCCESS","startTime":1,"codeRuns":[]})")
            << QStringLiteral("unsupported document version");
        QTest::newRow("no schema marker")
            << QByteArray(R"({"runId":"abc","codeRuns":[]})") << QStringLiteral("schema");
        QTest::newRow("another run")
            << documentOf(sample, QStringLiteral("other")) << QStringLiteral("'other'");
    }

    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        LocalHttpServer server([&](const HttpRequest &) { return HttpResponse::json(200, body); });
        QVERIFY(server.start());
        BackendClient client;
        const FetchOutcome out =
            QCoro::waitFor(client.fetch(linkTo(server.origin(), QStringLiteral("abc"))));
        QVERIFY(!out.comparison.has_value());
        QCOMPARE(out.problem.kind, NetworkProblem::Kind::Malformed);
        QVERIFY2(out.problem.message.contains(messagePart), qPrintable(out.problem.message));
        QVERIFY2(out.problem.message.contains(QLatin1String("nothing was changed")),
                 qPrintable(out.problem.message));
    }

    void hugeAnswersAreCutOff_data()
    {
        QTest::addColumn<bool>("declared");
        QTest::newRow("with Content-Length") << true;
        QTest::newRow("endless, no length") << false;
    }

    void hugeAnswersAreCutOff()
    {
        QFETCH(bool, declared);
        LocalHttpServer server([&](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(200, QByteArray(3 * 1024 * 1024, ' '));
            if (!declared)
                r.mode = HttpResponse::Mode::StreamForever;
            return r;
        });
        QVERIFY(server.start());
        BackendClient client;
        HttpLimits limits;
        limits.maxAnswerBytes = 1024 * 1024;
        client.setLimits(limits);
        const FetchOutcome out =
            QCoro::waitFor(client.fetch(linkTo(server.origin(), QStringLiteral("abc"))));
        QVERIFY(!out.comparison.has_value());
        QCOMPARE(out.problem.kind, NetworkProblem::Kind::TooLarge);
        QVERIFY2(out.problem.message.contains(QLatin1String("larger than 1 MiB")),
                 qPrintable(out.problem.message));
    }

    void convertsTheOriginalServicesPayload()
    {
        QFile file(QStringLiteral(FC_TEST_DATA_DIR "/original-31q3.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray payload = file.readAll();
        LocalHttpServer api([&](const HttpRequest &r) {
            return r.target == "/31q3" ? HttpResponse::json(200, payload)
                                       : HttpResponse::json(404, "not found");
        });
        QVERIFY(api.start());
        PermalinkContext context;
        context.originalApi = QUrl(api.origin());
        QString error;
        const auto link =
            parsePermalink(QStringLiteral("https://faster.codes/?r=31q3"), context, &error);
        QVERIFY2(link.has_value(), qPrintable(error));
        BackendClient client;
        const FetchOutcome out = QCoro::waitFor(client.fetch(*link));
        QVERIFY2(out.comparison.has_value(), qPrintable(out.problem.message));
        const Comparison &c = *out.comparison;
        QCOMPARE(c.sourceKind, Comparison::SourceKind::Original);
        QCOMPARE(c.sourceUrl, QStringLiteral("https://faster.codes/?runId=31q3"));
        QCOMPARE(c.a().lang, QStringLiteral("java"));
        QCOMPARE(c.b().lang, QStringLiteral("go"));
        QVERIFY2(c.a().code.contains(QLatin1String("BigInteger")),
                 qPrintable(c.a().code)); // base64 decoded
        QCOMPARE(c.a().runs.size(), 10);
        QCOMPARE(c.b().runs.size(), 10);
        QCOMPARE(c.a().runs.first().wallMs, 3189.3);
        QCOMPARE(c.b().runs.last().memKiB, 7284.0);
        QVERIFY(!c.hasEnvironment);
        QVERIFY(c.missingFields.contains(QStringLiteral("environment")));
        // Our format now, analysed like any other comparison.
        const QJsonObject doc = comparisonDocument(c);
        QCOMPARE(doc.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("fastercodes.comparison/1"));
        QCOMPARE(doc.value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("faster"))
                     .toString(),
                 QStringLiteral("B"));
    }

    void honoursTheSystemProxyButNotForThisMachine()
    {
        const Comparison sample = sampleComparison();
        LocalHttpServer proxy([&](const HttpRequest &) {
            return HttpResponse::json(200, documentOf(sample, QStringLiteral("abc")));
        });
        LocalHttpServer direct([&](const HttpRequest &) {
            return HttpResponse::json(200, documentOf(sample, QStringLiteral("abc")));
        });
        QVERIFY(proxy.start());
        QVERIFY(direct.start());
        qputenv("http_proxy", proxy.origin().toLatin1());
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        BackendClient client;
        // A remote site goes through the proxy (which answers itself: nothing leaves the machine).
        PermalinkContext context;
        const auto remote = parsePermalink(QStringLiteral("http://fc.example.invalid/?runId=abc"),
                                           context, nullptr);
        const FetchOutcome viaProxy = QCoro::waitFor(client.fetch(*remote));
        QVERIFY2(viaProxy.comparison.has_value(), qPrintable(viaProxy.problem.message));
        QCOMPARE(proxy.requests.size(), 1);
        QCOMPARE(proxy.requests.first().target,
                 QByteArray("http://fc.example.invalid/api/runs/abc"));
        // This machine is reached directly.
        const FetchOutcome local =
            QCoro::waitFor(client.fetch(linkTo(direct.origin(), QStringLiteral("abc"))));
        QVERIFY2(local.comparison.has_value(), qPrintable(local.problem.message));
        QCOMPARE(direct.requests.size(), 1);
        QCOMPARE(proxy.requests.size(), 1);
        qunsetenv("http_proxy");
    }

    void untrustedCertificateIsATlsProblem()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QSslServer server;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(kCert));
        config.setPrivateKey(QSslKey(kKey, QSsl::Ec));
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        BackendClient client;
        client.setLimits(quick());
        const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort());
        const UploadOutcome out =
            QCoro::waitFor(client.upload(QUrl(origin), "{}", QStringLiteral("k")));
        QVERIFY(!out.run);
        QCOMPARE(out.problem.kind, NetworkProblem::Kind::Tls);
        QVERIFY2(out.problem.message.contains(QLatin1String("certificate")),
                 qPrintable(out.problem.message));
        QVERIFY2(out.problem.message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(out.problem.message));
    }

    void deletesWithTheWriteToken()
    {
        LocalHttpServer server([&](const HttpRequest &r) {
            if (r.method == "DELETE" && r.header("authorization") == "Bearer " + kToken)
                return HttpResponse::json(204, {});
            return HttpResponse::json(
                401,
                R"({"error":{"code":"unauthorized","message":"the write token is not valid for this run"}})");
        });
        QVERIFY(server.start());
        BackendClient client;
        const RemoteDeletion ok = QCoro::waitFor(client.removeRun(
            QUrl(server.origin()), QStringLiteral("abc"), QString::fromLatin1(kToken)));
        QVERIFY2(ok.deleted, qPrintable(ok.problem.message));
        QCOMPARE(server.requests.last().target, QByteArray("/api/runs/abc"));
        const RemoteDeletion bad = QCoro::waitFor(client.removeRun(
            QUrl(server.origin()), QStringLiteral("abc"), QStringLiteral("fcw_wrong")));
        QVERIFY(!bad.deleted);
        QCOMPARE(bad.problem.httpStatus, 401);
        QVERIFY2(bad.problem.message.contains(QLatin1String("write token is not valid")),
                 qPrintable(bad.problem.message));
    }
};

QTEST_GUILESS_MAIN(TestCloudClient)
#include "tst_cloud_client.moc"
