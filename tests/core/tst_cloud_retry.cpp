// "Try again later" from a server, against real sockets on 127.0.0.1: the backend's 503
// run_finishing and 429 rate_limited (docs/backend-api.md), a 409 idempotency_in_progress, the
// same as bare {"error": "code"} bodies and from a server without a JSON body, Retry-After in
// seconds and as an HTTP date. An upload stays queued (never failed) and nothing is sent to that
// server before its Retry-After has passed, whoever asks; a download waits a short one out.
// The real backend's own 429 is in tests/e2e/tst_retry_e2e.cpp.

#include "cloud/backendclient.h"
#include "cloud/syncservice.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "tst_cloud_httpserver.h"
#include "tst_history_sample.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace fc;
using namespace fc::testing;
using namespace std::chrono_literals;

namespace {

QByteArray created(const QString &origin, const QByteArray &id)
{
    return "{\"runId\":\"" + id + "\",\"writeToken\":\"fcw_" + QByteArray(43, 't') +
           "\",\"permalink\":\"" + origin.toUtf8() + "/?runId=" + id + "\"}";
}

QByteArray documentOf(Comparison c, const QString &runId)
{
    c.runId = runId;
    c.a().id = runId + QStringLiteral("-a");
    c.b().id = runId + QStringLiteral("-b");
    return QJsonDocument(comparisonDocument(c)).toJson(QJsonDocument::Compact);
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c()
        .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// A Retry-After given as "date+N": the server writes the HTTP date N seconds after it answers,
// as a real server does (not when the test's rows were made, however long ago that was).
constexpr QByteArrayView kDatePrefix = "date+";

// A server that answers "later" a given number of times, then does the real thing; it notes
// when each request arrived, and when it last answered "later".
struct LaterServer
{
    explicit LaterServer(HttpResponse later, int times)
        : later(std::move(later))
        , laterTimes(times)
        , server([this](const HttpRequest &r) {
            arrivals << clock.elapsed();
            if (int(arrivals.size()) <= laterTimes) {
                HttpResponse answer = this->later;
                lastLaterAt = QDateTime::currentDateTimeUtc();
                for (auto &[name, value] : answer.headers) {
                    if (name == "Retry-After" && value.startsWith(kDatePrefix))
                        value =
                            httpDate(lastLaterAt.addSecs(value.mid(kDatePrefix.size()).toInt()));
                }
                return answer;
            }
            return ok ? ok(r) : HttpResponse::json(201, created(server.origin(), "run1"));
        })
    {
        clock.start();
    }
    HttpResponse later;
    int laterTimes;
    std::function<HttpResponse(const HttpRequest &)> ok;
    QElapsedTimer clock;
    QList<qint64> arrivals;
    QDateTime lastLaterAt;
    LocalHttpServer server;
};

HttpResponse answer(int status, const QByteArray &body, const QByteArray &retryAfter,
                    const QByteArray &type = "application/json")
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = {{"Content-Type", type}};
    if (!retryAfter.isEmpty())
        r.headers.append({"Retry-After", retryAfter});
    return r;
}

} // namespace

class TestCloudRetry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void serverAnswersThatMeanLater_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("waitS"); // what the server asked for
        QTest::addColumn<QString>("code");
        const QByteArray json = "application/json";
        QTest::newRow("503 run_finishing (the backend's)")
            << 503
            << QByteArray(
                   R"({"error":{"code":"run_finishing","message":"the run has just finished and is still being stored; retry in a few seconds"}})")
            << json << QByteArray("5") << 5 << QStringLiteral("run_finishing");
        QTest::newRow("503 bare code") << 503 << QByteArray(R"({"error":"run_finishing"})") << json
                                       << QByteArray("5") << 5 << QStringLiteral("run_finishing");
        QTest::newRow("503 from a proxy, HTML, no Retry-After")
            << 503 << QByteArray("<html><body>Service Unavailable</body></html>")
            << QByteArray("text/html") << QByteArray() << 0 << QString();
        QTest::newRow("429 rate_limited")
            << 429
            << QByteArray(
                   R"({"error":{"code":"rate_limited","message":"too many runs created from this address: at most 30 in 60 s; retry in 47 s"}})")
            << json << QByteArray("47") << 47 << QStringLiteral("rate_limited");
        QTest::newRow("429, Retry-After as an HTTP date")
            << 429 << QByteArray(R"({"error":"rate_limited"})") << json << QByteArray("date+90")
            << 90 << QStringLiteral("rate_limited");
        QTest::newRow("409 idempotency_in_progress, bare code")
            << 409 << QByteArray(R"({"error":"idempotency_in_progress"})") << json
            << QByteArray("1") << 1 << QStringLiteral("idempotency_in_progress");
    }

    void serverAnswersThatMeanLater()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, waitS);
        QFETCH(QString, code);
        LaterServer later(answer(status, body, retryAfter, type), 1000);
        QVERIFY(later.server.start());

        // The client reads the answer as "later", with the server's code and wait.
        BackendClient client;
        const UploadOutcome out =
            QCoro::waitFor(client.upload(QUrl(later.server.origin()), "{}", QStringLiteral("k1")));
        QCOMPARE(out.problem.kind, NetworkProblem::Kind::Http);
        QCOMPARE(out.problem.httpStatus, status);
        QCOMPARE(out.problem.code, code);
        QVERIFY2(out.problem.isTransient(), qPrintable(out.problem.message));
        // Seconds are the wait itself. An HTTP date is a moment: the wait is what is left of it
        // when the client reads it, whole seconds (so up to 1 s less), less the time the answer
        // took to come back (however busy the machine) and the date's own cut to whole seconds.
        const qint64 got = out.problem.retryAfter.count();
        if (retryAfter.startsWith(kDatePrefix)) {
            const qint64 underway = later.lastLaterAt.secsTo(QDateTime::currentDateTimeUtc());
            QVERIFY2(got <= waitS && got >= waitS - 2 - underway,
                     qPrintable(
                         QStringLiteral("%1 s, the answer %2 s underway").arg(got).arg(underway)));
        } else {
            QCOMPARE(got, qint64(waitS));
        }

        // The queue keeps the upload, with the next attempt no sooner than the server asked.
        HistoryStore store(freshPath());
        SyncService sync(store);
        sync.setBackoff(Backoff(1s, 2s)); // shorter than any Retry-After here but 1 s
        const qint64 id = store.save(sampleComparison());
        const QDateTime before = QDateTime::currentDateTime();
        const Delivery d = QCoro::waitFor(sync.share(id, QUrl(later.server.origin())));
        QCOMPARE(d.result, Delivery::Result::Queued);
        QVERIFY2(d.message.contains(QString::number(status)), qPrintable(d.message));
        const UploadItem item = store.uploads().forComparison(id).first();
        QCOMPARE(item.state, UploadItem::State::Queued);
        QCOMPARE(item.attempts, 1);
        QCOMPARE(store.entry(id)->syncState, SyncState::Queued);
        if (waitS > 0) {
            QVERIFY(item.notBefore.isValid());
            QVERIFY2(before.msecsTo(item.notBefore) >= (waitS - 3) * 1000,
                     qPrintable(item.notBefore.toString()));
            QVERIFY(item.nextAttemptAt >= item.notBefore);
            QVERIFY(d.retryAt >= item.notBefore);
        } else {
            QVERIFY(!item.notBefore.isValid()); // only the backoff: 0.5–1 s
            QVERIFY(before.msecsTo(item.nextAttemptAt) >= 400);
        }
    }

    void nothingIsSentBeforeRetryAfterWhoeverAsks()
    {
        LaterServer later(
            answer(429, R"({"error":{"code":"rate_limited","message":"retry in 2 s"}})", "2"), 1);
        QVERIFY(later.server.start());
        HistoryStore store(freshPath());
        SyncService sync(store);
        sync.setBackoff(Backoff(100ms, 200ms));
        const qint64 id = store.save(sampleComparison());
        const QUrl site(later.server.origin());
        QCOMPARE(QCoro::waitFor(sync.share(id, site)).result, Delivery::Result::Queued);
        QCOMPARE(later.arrivals.size(), 1);

        // Share again, `fastercodes sync` (everything queued, due or not), the due rows: not sent.
        const Delivery again = QCoro::waitFor(sync.share(id, site));
        QCOMPARE(again.result, Delivery::Result::Queued);
        QVERIFY2(again.message.contains(QLatin1String("asked to wait until")) &&
                     again.message.contains(QLatin1String("429")),
                 qPrintable(again.message));
        const QList<Delivery> all = QCoro::waitFor(sync.deliverQueued(false));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().result, Delivery::Result::Queued);
        QVERIFY(QCoro::waitFor(sync.deliverQueued(true)).isEmpty());
        QCOMPARE(later.arrivals.size(), 1);
        QCOMPARE(store.uploads().forComparison(id).first().attempts, 1); // nothing was tried

        // The background retries send it once the wait is over, and only then.
        QSignalSpy delivered(&sync, &SyncService::delivered);
        sync.startBackgroundRetries(10s);
        QVERIFY(delivered.wait(6000));
        QCOMPARE(later.arrivals.size(), 2);
        QVERIFY2(later.arrivals[1] - later.arrivals[0] >= 2000 - 50,
                 qPrintable(QString::number(later.arrivals[1] - later.arrivals[0])));
        const UploadItem item = store.uploads().forComparison(id).first();
        QCOMPARE(item.state, UploadItem::State::Uploaded);
        QVERIFY(!item.notBefore.isValid());
        QCOMPARE(item.attempts, 2);
        sync.stopBackgroundRetries();
    }

    void anOldHistoryKeepsItsQueueWhenUpgraded()
    {
        // A history written before the server's wait was kept (schema version 1), with a
        // queued upload: opened by this version, migrated, the row is as it was.
        const QString path = freshPath();
        qint64 uploadId = 0;
        QByteArray key;
        {
            HistoryStore store(path);
            const qint64 id = store.save(sampleComparison());
            const auto item = store.uploads().enqueue(
                id, QUrl(QStringLiteral("http://127.0.0.1:9")), "{\"x\":1}");
            QVERIFY(item);
            uploadId = item->id;
            key = item->idempotencyKey.toLatin1();
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE uploads DROP COLUMN not_before")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        HistoryStore store(path);
        QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
        const auto item = store.uploads().item(uploadId);
        QVERIFY(item);
        QCOMPARE(item->state, UploadItem::State::Queued);
        QCOMPARE(item->idempotencyKey.toLatin1(), key);
        QCOMPARE(item->body, QByteArray("{\"x\":1}"));
        QVERIFY(!item->notBefore.isValid());
    }

    void aDownloadWaitsOutAFinishingRun()
    {
        const Comparison sample = sampleComparison();
        LaterServer later(
            answer(503, R"({"error":{"code":"run_finishing","message":"retry"}})", "1"), 1);
        later.ok = [&](const HttpRequest &) {
            return HttpResponse::json(200, documentOf(sample, QStringLiteral("fin1")));
        };
        QVERIFY(later.server.start());
        PermalinkContext context;
        context.backend = QUrl(later.server.origin());
        BackendClient client;
        const FetchOutcome out =
            QCoro::waitFor(client.fetch(*parsePermalink(QStringLiteral("fin1"), context, nullptr)));
        QVERIFY2(out.problem.ok(), qPrintable(out.problem.message));
        QVERIFY(out.comparison);
        QCOMPARE(out.comparison->runId, QStringLiteral("fin1"));
        QCOMPARE(later.arrivals.size(), 2);
        QVERIFY(later.arrivals[1] - later.arrivals[0] >= 1000 - 50);
    }

    void aDownloadDoesNotWaitLongOrForever()
    {
        PermalinkContext context;
        BackendClient client;
        {
            // A long wait is not waited out: the reason comes back at once.
            LaterServer later(
                answer(503, R"({"error":{"code":"run_finishing","message":"still storing"}})",
                       "3600"),
                1000);
            QVERIFY(later.server.start());
            context.backend = QUrl(later.server.origin());
            const FetchOutcome out = QCoro::waitFor(
                client.fetch(*parsePermalink(QStringLiteral("fin2"), context, nullptr)));
            QVERIFY(!out.comparison);
            QCOMPARE(out.problem.httpStatus, 503);
            QVERIFY2(out.problem.message.contains(QLatin1String("still storing")),
                     qPrintable(out.problem.message));
            QCOMPARE(later.arrivals.size(), 1);
        }
        {
            // Always "in a second": asked kFetchAttempts times, then the reason.
            LaterServer later(answer(503, R"({"error":"run_finishing"})", "1"), 1000);
            QVERIFY(later.server.start());
            context.backend = QUrl(later.server.origin());
            const FetchOutcome out = QCoro::waitFor(
                client.fetch(*parsePermalink(QStringLiteral("fin3"), context, nullptr)));
            QVERIFY(!out.comparison);
            QCOMPARE(out.problem.httpStatus, 503);
            QCOMPARE(later.arrivals.size(), BackendClient::kFetchAttempts);
        }
    }
};

QTEST_GUILESS_MAIN(TestCloudRetry)
#include "tst_cloud_retry.moc"
