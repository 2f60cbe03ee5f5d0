#include "cloud/shareddocument.h"
#include "cloud/syncservice.h"
#include "cloud/syncsettings.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "tst_cloud_httpserver.h"
#include "tst_history_sample.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace fc;
using namespace fc::testing;
using namespace std::chrono_literals;

namespace {

// Behaves like the backend's create: one run per Idempotency-Key (a repeat gets the same run
// back with 200), so the tests can count how many runs the server really made.
class IdempotentBackend
{
public:
    IdempotentBackend()
        : server([this](const HttpRequest &r) { return handle(r); })
    {}
    HttpResponse handle(const HttpRequest &r)
    {
        const QByteArray key = r.header("idempotency-key");
        const bool known = runs.contains(key);
        if (!known)
            runs.insert(key, "run" + QByteArray::number(runs.size() + 1));
        if (dropNextAnswers > 0) { // the run is made, but its answer never arrives
            --dropNextAnswers;
            HttpResponse lost;
            lost.mode = HttpResponse::Mode::Drop;
            return lost;
        }
        const QByteArray id = runs.value(key);
        return HttpResponse::json(known ? 200 : 201,
                                  "{\"runId\":\"" + id + "\",\"writeToken\":\"fcw_" +
                                      QByteArray(43, 't') + "\",\"permalink\":\"" +
                                      server.origin().toUtf8() + "/?runId=" + id + "\"}");
    }
    LocalHttpServer server;
    QHash<QByteArray, QByteArray> runs;
    int dropNextAnswers = 0;
};

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort(); // closed again when `probe` goes
}

} // namespace

// Sharing and the upload queue end to end against sockets on 127.0.0.1: offline, lost answers,
// refusals and nonsense, retries with backoff, restarts. Exactly one run per comparison.
class TestCloudSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shareDeliversAndKeepsTheToken()
    {
        IdempotentBackend backend;
        QVERIFY(backend.server.start());
        HistoryStore store(freshPath());
        SyncService sync(store);
        const qint64 id = store.save(sampleComparison());
        QSignalSpy delivered(&sync, &SyncService::delivered);
        const Delivery d = QCoro::waitFor(sync.share(id, QUrl(backend.server.origin())));
        QCOMPARE(d.result, Delivery::Result::Delivered);
        QCOMPARE(d.permalink, backend.server.origin() + QStringLiteral("/?runId=run1"));
        QCOMPARE(delivered.count(), 1);
        const auto entry = store.entry(id);
        QCOMPARE(entry->syncState, SyncState::Uploaded);
        QCOMPARE(entry->permalink, d.permalink);
        const UploadItem item = store.uploads().forComparison(id).first();
        QCOMPARE(item.writeToken, QStringLiteral("fcw_") + QString(43, QLatin1Char('t')));
        QCOMPARE(item.runId, QStringLiteral("run1"));
        // The body sent is the saved document without the machine's name, byte for byte.
        QCOMPARE(backend.server.requests.first().body, item.body);
        const QJsonObject saved = QJsonDocument::fromJson(store.document(id)).object();
        QCOMPARE(item.body,
                 QJsonDocument(withoutPrivateDetails(saved)).toJson(QJsonDocument::Compact));
        QVERIFY(store.document(id).contains("testhost"));
        QVERIFY(!item.body.contains("testhost"));

        // Shared again: the link comes back without asking the server.
        const Delivery again = QCoro::waitFor(sync.share(id, QUrl(backend.server.origin())));
        QCOMPARE(again.permalink, d.permalink);
        QCOMPARE(backend.server.requests.size(), 1);
    }

    void closedMidUploadStaysQueued()
    {
        // The app closes while an upload waits for its answer (the server reads it and never
        // answers): the service goes, its request ends with it (LeakSanitizer checks that
        // nothing is left in the asan preset), nobody hears of it, and the row stays queued for
        // the next start.
        LocalHttpServer silent([](const HttpRequest &) {
            HttpResponse r;
            r.mode = HttpResponse::Mode::Silent;
            return r;
        });
        QVERIFY(silent.start());
        HistoryStore store(freshPath());
        const qint64 id = store.save(sampleComparison());
        bool answered = false;
        {
            SyncService sync(store);
            QCoro::connect(sync.share(id, QUrl(silent.origin())), &sync,
                           [&answered](const Delivery &) { answered = true; });
            QTRY_COMPARE_WITH_TIMEOUT(silent.requests.size(), 1, 30000);
        }
        // Its connection closes; the upload's end is queued behind the destruction: let it run.
        QTRY_VERIFY_WITH_TIMEOUT(silent.findChildren<QTcpSocket *>().isEmpty(), 30000);
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        const UploadItem item = store.uploads().forComparison(id).first();
        QCOMPARE(item.state, UploadItem::State::Queued);
        QCOMPARE(store.entry(id)->syncState, SyncState::Queued);
    }

    void offlineThenOnlineDeliversOnce()
    {
        const quint16 port = unusedPort();
        const QUrl site(QStringLiteral("http://127.0.0.1:%1").arg(port));
        HistoryStore store(freshPath());
        SyncService sync(store);
        sync.setBackoff(Backoff(10s, 60s));
        const qint64 id = store.save(sampleComparison());

        const QDateTime before = QDateTime::currentDateTime();
        const Delivery offline = QCoro::waitFor(sync.share(id, site));
        QCOMPARE(offline.result, Delivery::Result::Queued);
        QVERIFY2(offline.message.contains(QLatin1String("refused")), qPrintable(offline.message));
        // First retry after 5 to 10 s (10 s step, jitter down to half).
        QVERIFY(offline.retryAt >= before.addMSecs(5000 - 50));
        QVERIFY(offline.retryAt <= QDateTime::currentDateTime().addMSecs(10000 + 50));
        auto entry = store.entry(id);
        QCOMPARE(entry->syncState, SyncState::Queued);
        QCOMPARE(entry->syncError, offline.message);
        QCOMPARE(entry->attempts, 1);
        // Not due yet: the background pass leaves it alone.
        QVERIFY(QCoro::waitFor(sync.deliverQueued(true)).isEmpty());

        IdempotentBackend backend;
        QVERIFY(backend.server.start(port));
        const QList<Delivery> results =
            QCoro::waitFor(sync.deliverQueued(false)); // like `fastercodes sync`
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().result, Delivery::Result::Delivered);
        QCOMPARE(store.entry(id)->syncState, SyncState::Uploaded);
        QCOMPARE(backend.runs.size(), 1);
        QCOMPARE(backend.server.requests.first().header("idempotency-key"),
                 store.uploads().forComparison(id).first().idempotencyKey.toLatin1());
        // Nothing left: a second sync sends nothing.
        QVERIFY(QCoro::waitFor(sync.deliverQueued(false)).isEmpty());
        QCOMPARE(backend.server.requests.size(), 1);
    }

    void aLostAnswerDoesNotMakeASecondRun()
    {
        IdempotentBackend backend;
        QVERIFY(backend.server.start());
        // Qt itself re-sends a request once when the connection closes without an answer: lose
        // more answers than that, so that the attempt fails.
        backend.dropNextAnswers = 3;
        HistoryStore store(freshPath());
        SyncService sync(store);
        const qint64 id = store.save(sampleComparison());
        const Delivery lost = QCoro::waitFor(sync.share(id, QUrl(backend.server.origin())));
        QCOMPARE(lost.result, Delivery::Result::Queued);
        QVERIFY(backend.server.requests.size() >= 1);
        QCOMPARE(backend.runs.size(), 1); // the server did make it

        backend.dropNextAnswers = 0;
        const QList<Delivery> retry = QCoro::waitFor(sync.deliverQueued(false));
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().result, Delivery::Result::Delivered);
        QCOMPARE(retry.first().permalink, backend.server.origin() + QStringLiteral("/?runId=run1"));
        QCOMPARE(backend.runs.size(), 1);
        QVERIFY(backend.server.requests.size() >= 2);
        // Same key, same bytes every time: that is what lets the server recognise the retry.
        for (const HttpRequest &r : std::as_const(backend.server.requests)) {
            QCOMPARE(r.header("idempotency-key"),
                     backend.server.requests.first().header("idempotency-key"));
            QCOMPARE(r.body, backend.server.requests.first().body);
        }
    }

    void refusalsWaitForTheUser()
    {
        int status = 422;
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(
                status,
                R"({"error":{"code":"schema_violation","message":"codeRuns[1].lang must match pattern"}})");
        });
        QVERIFY(server.start());
        HistoryStore store(freshPath());
        SyncService sync(store);
        QSignalSpy failed(&sync, &SyncService::deliveryFailed);
        const qint64 id = store.save(sampleComparison());
        const Delivery d = QCoro::waitFor(sync.share(id, QUrl(server.origin())));
        QCOMPARE(d.result, Delivery::Result::Failed);
        QVERIFY2(d.message.contains(QLatin1String("codeRuns[1].lang")), qPrintable(d.message));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(2).toBool(), false);
        const auto entry = store.entry(id);
        QCOMPARE(entry->syncState, SyncState::Failed);
        QCOMPARE(entry->syncError, d.message);
        QVERIFY(entry->permalink.isEmpty());
        QVERIFY(store.uploads().queued().isEmpty()); // not retried by itself
        QVERIFY(QCoro::waitFor(sync.deliverQueued(false)).isEmpty());
        QCOMPARE(server.requests.size(), 1);
    }

    void nonsenseChangesNothing()
    {
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(201, R"({"runId":"abc","writeToken":"x"})");
        });
        QVERIFY(server.start());
        HistoryStore store(freshPath());
        SyncService sync(store);
        const Comparison c = sampleComparison();
        const qint64 id = store.save(c);
        const QByteArray before = store.document(id);
        const Delivery d = QCoro::waitFor(sync.share(id, QUrl(server.origin())));
        QCOMPARE(d.result, Delivery::Result::Failed);
        QVERIFY2(d.message.contains(QLatin1String("cannot use")), qPrintable(d.message));
        const UploadItem item = store.uploads().forComparison(id).first();
        QVERIFY(item.runId.isEmpty());
        QVERIFY(item.writeToken.isEmpty());
        QVERIFY(item.permalink.isEmpty());
        QCOMPARE(store.document(id), before);
        QCOMPARE(store.load(id).value(), c);
    }

    void retryAfterIsHonoured()
    {
        LocalHttpServer server([&](const HttpRequest &) {
            HttpResponse r = HttpResponse::json(
                429, R"({"error":{"code":"rate_limited","message":"slow down"}})");
            r.headers.append({QByteArray("Retry-After"), QByteArray("120")});
            return r;
        });
        QVERIFY(server.start());
        HistoryStore store(freshPath());
        SyncService sync(store);
        sync.setBackoff(Backoff(1s, 2s));
        const Delivery d =
            QCoro::waitFor(sync.share(store.save(sampleComparison()), QUrl(server.origin())));
        QCOMPARE(d.result, Delivery::Result::Queued);
        QVERIFY(d.retryAt >= QDateTime::currentDateTime().addSecs(119));
    }

    void backoffGrowsWithEachFailure()
    {
        const QUrl site(QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()));
        HistoryStore store(freshPath());
        SyncService sync(store);
        sync.setBackoff(Backoff(1s, 1h));
        const qint64 id = store.save(sampleComparison());
        QCoro::waitFor(sync.share(id, site));
        qint64 lastMin = 0;
        for (int attempt = 2; attempt <= 5; ++attempt) {
            const QDateTime t0 = QDateTime::currentDateTime();
            const QList<Delivery> r = QCoro::waitFor(sync.deliverQueued(false));
            QCOMPARE(r.size(), 1);
            const qint64 wait = t0.msecsTo(r.first().retryAt);
            const qint64 step = 1000LL << (attempt - 1);
            QVERIFY2(wait >= step / 2 - 100 && wait <= step + 100,
                     qPrintable(QStringLiteral("attempt %1 waits %2 ms").arg(attempt).arg(wait)));
            QVERIFY(wait > lastMin);
            lastMin = step / 2 - 100;
            QCOMPARE(store.entry(id)->attempts, attempt);
        }
    }

    void theQueueSurvivesARestart()
    {
        const quint16 port = unusedPort();
        const QUrl site(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString path = freshPath();
        qint64 id = 0;
        {
            HistoryStore store(path);
            SyncService sync(store);
            id = store.save(sampleComparison());
            QCOMPARE(QCoro::waitFor(sync.share(id, site)).result, Delivery::Result::Queued);
        }
        IdempotentBackend backend;
        QVERIFY(backend.server.start(port));
        HistoryStore store(path);
        SyncService sync(store);
        const QList<Delivery> r = QCoro::waitFor(sync.deliverQueued(false));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().result, Delivery::Result::Delivered);
        QCOMPARE(r.first().comparisonId, id);
        QCOMPARE(backend.runs.size(), 1);
    }

    void backgroundRetriesDeliverWhenTheServerComesBack()
    {
        const quint16 port = unusedPort();
        HistoryStore store(freshPath());
        SyncService sync(store);
        sync.setBackoff(Backoff(200ms, 400ms));
        const qint64 id = store.save(sampleComparison());
        QCOMPARE(
            QCoro::waitFor(sync.share(id, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))))
                .result,
            Delivery::Result::Queued);
        QSignalSpy delivered(&sync, &SyncService::delivered);
        sync.startBackgroundRetries(1s);
        QTest::qWait(300); // at least one more failed attempt in the background
        IdempotentBackend backend;
        QVERIFY(backend.server.start(port));
        QVERIFY(delivered.wait(5000));
        QCOMPARE(delivered.first().first().toLongLong(), id);
        QCOMPARE(store.entry(id)->syncState, SyncState::Uploaded);
        QCOMPARE(backend.runs.size(), 1);
        sync.stopBackgroundRetries();
    }

    void deleteFromServerUsesTheToken()
    {
        IdempotentBackend backend;
        bool deleted = false;
        LocalHttpServer server([&](const HttpRequest &r) {
            if (r.method == "DELETE") {
                deleted = r.target == "/api/runs/run1" &&
                          r.header("authorization") == "Bearer fcw_" + QByteArray(43, 't');
                return HttpResponse::json(deleted ? 204 : 401, {});
            }
            return backend.handle(r);
        });
        QVERIFY(server.start());
        HistoryStore store(freshPath());
        SyncService sync(store);
        const qint64 id = store.save(sampleComparison());
        QCOMPARE(QCoro::waitFor(sync.share(id, QUrl(server.origin()))).result,
                 Delivery::Result::Delivered);
        const QString error = QCoro::waitFor(sync.deleteFromServer(id));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(deleted);
        QCOMPARE(store.entry(id)->syncState, SyncState::Local);
        QVERIFY(store.uploads().forComparison(id).isEmpty());
        QVERIFY(!QCoro::waitFor(sync.deleteFromServer(id)).isEmpty()); // nothing left to delete
    }

    void noTokenOverPlainHttpToAnotherMachine()
    {
        // The answer to an upload is the write token: not over plain http to another machine
        // unless the user agreed (settings) or asked (--allow-insecure-http). Refused before
        // anything is sent or queued; the comparison stays in the history.
        HistoryStore store(freshPath());
        SyncService sync(store);
        const QUrl remote(QStringLiteral("http://192.0.2.7:8787")); // TEST-NET: never reached
        const qint64 id = store.save(sampleComparison());
        const Delivery d = QCoro::waitFor(sync.share(id, remote));
        QCOMPARE(d.result, Delivery::Result::Failed);
        QVERIFY2(d.message.contains(QLatin1String("plain http")) &&
                     d.message.contains(QLatin1String("--allow-insecure-http")),
                 qPrintable(d.message));
        QVERIFY(store.uploads().queued().isEmpty());
        QVERIFY(store.uploads().forComparison(id).isEmpty());
        QVERIFY(store.load(id).has_value());

        // Agreed to in the settings: this site only.
        syncsettings::setCleartextAllowed(remote, true);
        QVERIFY(syncsettings::cleartextAllowed(remote));
        QVERIFY(!syncsettings::cleartextAllowed(QUrl(QStringLiteral("http://192.0.2.8:8787"))));
        QVERIFY(syncsettings::cleartextAllowed(QUrl(QStringLiteral("https://fc.example.org"))));
        QVERIFY(syncsettings::cleartextAllowed(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        syncsettings::setCleartextAllowed(remote, false);
        QVERIFY(!syncsettings::cleartextAllowed(remote));
    }

    void onlyFinishedComparisonsAreShared()
    {
        HistoryStore store(freshPath());
        SyncService sync(store);
        Comparison c = sampleComparison();
        c.status = Comparison::Status::Running;
        const Delivery d =
            QCoro::waitFor(sync.share(store.save(c), QUrl(QStringLiteral("http://127.0.0.1:9"))));
        QCOMPARE(d.result, Delivery::Result::Failed);
        QVERIFY2(d.message.contains(QLatin1String("finished")), qPrintable(d.message));
        QVERIFY(store.uploads().queued().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudSync)
#include "tst_cloud_sync.moc"
