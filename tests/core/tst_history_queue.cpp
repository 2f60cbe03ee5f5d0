#include "history/backoff.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "tst_history_sample.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace std::chrono_literals;
using fc::testing::sampleComparison;

// The upload queue in the history database, and the backoff of its retries.
class TestHistoryQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("q%1.sqlite").arg(++m_n)); }
    const QUrl backend{QStringLiteral("http://127.0.0.1:8787")};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void oneRowPerComparisonAndBackend()
    {
        HistoryStore store(freshPath());
        const qint64 id = store.save(sampleComparison());
        QSignalSpy changed(&store, &HistoryStore::entryChanged);
        const auto first = store.uploads().enqueue(id, backend, "BODY-1");
        QVERIFY(first.has_value());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(first->comparisonId, id);
        QCOMPARE(first->state, UploadItem::State::Queued);
        QCOMPARE(first->body, QByteArray("BODY-1"));
        QCOMPARE(first->backend, backend);
        QCOMPARE(first->attempts, 0);
        QVERIFY(first->idempotencyKey.size() >= 16 && first->idempotencyKey.size() <= 64);
        // Sharing again, even with a "slash" or a new body, is the same row: same key, same bytes.
        const auto again =
            store.uploads().enqueue(id, QUrl(QStringLiteral("http://127.0.0.1:8787/")), "BODY-2");
        QCOMPARE(again->id, first->id);
        QCOMPARE(again->idempotencyKey, first->idempotencyKey);
        QCOMPARE(again->body, QByteArray("BODY-1"));
        // Another backend, another row with its own key.
        const auto other =
            store.uploads().enqueue(id, QUrl(QStringLiteral("https://example.org")), "BODY-1");
        QVERIFY(other->id != first->id);
        QVERIFY(other->idempotencyKey != first->idempotencyKey);
        // Another comparison, another key.
        const auto second = store.uploads().enqueue(store.save(sampleComparison()), backend, "B");
        QVERIFY(second->idempotencyKey != first->idempotencyKey);
        QCOMPARE(store.uploads().queued().size(), 3);

        const auto entry = store.entry(id);
        QCOMPARE(entry->syncState, SyncState::Queued);
        QCOMPARE(entry->backend, QStringLiteral("https://example.org")); // the latest row
    }

    void statesAndTheirEntry()
    {
        HistoryStore store(freshPath());
        const qint64 id = store.save(sampleComparison());
        const auto item = store.uploads().enqueue(id, backend, "B");
        const QDateTime later = QDateTime::currentDateTime().addSecs(60);
        QVERIFY(store.uploads().markRetry(item->id, QStringLiteral("connection refused"), later));
        auto entry = store.entry(id);
        QCOMPARE(entry->syncState, SyncState::Queued);
        QCOMPARE(entry->syncError, QStringLiteral("connection refused"));
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(entry->nextAttemptAt.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());

        QVERIFY(store.uploads().markFailed(item->id,
                                           QStringLiteral("422: codeRuns[0].lang is invalid")));
        entry = store.entry(id);
        QCOMPARE(entry->syncState, SyncState::Failed);
        QCOMPARE(entry->attempts, 2);
        QVERIFY(store.uploads().queued().isEmpty());
        // Sharing a failed one again queues it with the same key and body.
        const auto requeued = store.uploads().enqueue(id, backend, "DIFFERENT");
        QCOMPARE(requeued->state, UploadItem::State::Queued);
        QCOMPARE(requeued->idempotencyKey, item->idempotencyKey);
        QCOMPARE(requeued->body, QByteArray("B"));
        QCOMPARE(requeued->attempts, 0);

        QVERIFY(store.uploads().markUploaded(item->id, QStringLiteral("k3x9"),
                                             QStringLiteral("fcw_token"),
                                             QStringLiteral("http://127.0.0.1:8787/?runId=k3x9")));
        entry = store.entry(id);
        QCOMPARE(entry->syncState, SyncState::Uploaded);
        QCOMPARE(entry->permalink, QStringLiteral("http://127.0.0.1:8787/?runId=k3x9"));
        QVERIFY(entry->syncError.isEmpty());
        const auto uploaded = store.uploads().item(item->id);
        QCOMPARE(uploaded->writeToken, QStringLiteral("fcw_token"));
        QCOMPARE(uploaded->runId, QStringLiteral("k3x9"));
        QVERIFY(uploaded->uploadedAt.isValid());
        // Already uploaded: sharing again changes nothing.
        QCOMPARE(store.uploads().enqueue(id, backend, "X")->state, UploadItem::State::Uploaded);

        // Deleted from the server: the row goes, a new share is a new request.
        QVERIFY(store.uploads().remove(item->id));
        QCOMPARE(store.entry(id)->syncState, SyncState::Local);
        QVERIFY(store.uploads().enqueue(id, backend, "B")->idempotencyKey != item->idempotencyKey);
    }

    void dueRowsOnly()
    {
        HistoryStore store(freshPath());
        const auto now = store.uploads().enqueue(store.save(sampleComparison()), backend, "1");
        const auto later = store.uploads().enqueue(store.save(sampleComparison()), backend, "2");
        const QDateTime in10min = QDateTime::currentDateTime().addSecs(600);
        QVERIFY(store.uploads().markRetry(later->id, QStringLiteral("timeout"), in10min));
        const QList<UploadItem> due = store.uploads().queued(QDateTime::currentDateTime());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, now->id);
        QCOMPARE(store.uploads().queued().size(), 2);
        QCOMPARE(store.uploads().queued(in10min).size(), 2);
        QVERIFY(store.uploads().nextDue() <= QDateTime::currentDateTime());
        QVERIFY(store.uploads().markUploaded(now->id, QStringLiteral("a"), QStringLiteral("t"),
                                             QStringLiteral("p")));
        QCOMPARE(store.uploads().nextDue().toMSecsSinceEpoch(), in10min.toMSecsSinceEpoch());
    }

    void survivesARestart()
    {
        const QString path = freshPath();
        UploadItem before;
        {
            HistoryStore store(path);
            before = *store.uploads().enqueue(store.save(sampleComparison()), backend,
                                              QByteArray("{\"exact\": \"bytes\"}"));
            QVERIFY(store.uploads().markRetry(before.id, QStringLiteral("offline"),
                                              QDateTime::currentDateTime()));
        }
        HistoryStore store(path);
        const QList<UploadItem> queued = store.uploads().queued();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().idempotencyKey, before.idempotencyKey);
        QCOMPARE(queued.first().body, before.body);
        QCOMPARE(queued.first().backend, backend);
        QCOMPARE(queued.first().attempts, 1);
        QCOMPARE(queued.first().lastError, QStringLiteral("offline"));
    }

    void backoffSteps_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("unit");
        QTest::addColumn<qint64>("expectedMs");
        // base 1 s, cap 60 s: the step doubles, the jitter takes it down to half at most.
        QTest::newRow("first, full") << 1 << 1.0 << qint64(1000);
        QTest::newRow("first, half") << 1 << 0.0 << qint64(500);
        QTest::newRow("second") << 2 << 1.0 << qint64(2000);
        QTest::newRow("third, middle") << 3 << 0.5 << qint64(3000);
        QTest::newRow("sixth") << 6 << 1.0 << qint64(32000);
        QTest::newRow("capped") << 7 << 1.0 << qint64(60000);
        QTest::newRow("capped, half") << 7 << 0.0 << qint64(30000);
        QTest::newRow("far beyond") << 500 << 1.0 << qint64(60000);
        QTest::newRow("zero failures act as one") << 0 << 1.0 << qint64(1000);
        QTest::newRow("unit clamped") << 2 << 7.0 << qint64(2000);
    }

    void backoffSteps()
    {
        QFETCH(int, failures);
        QFETCH(double, unit);
        QFETCH(qint64, expectedMs);
        QCOMPARE(Backoff(1s, 60s).delay(failures, unit).count(), expectedMs);
    }

    void backoffJitters()
    {
        const Backoff backoff(1s, 60s);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            const qint64 ms = backoff.delay(4).count();
            QVERIFY2(ms >= 4000 && ms <= 8000, qPrintable(QString::number(ms)));
            seen.insert(ms);
        }
        QVERIFY2(seen.size() > 10, "the jitter should spread retries");
    }
};

QTEST_GUILESS_MAIN(TestHistoryQueue)
#include "tst_history_queue.moc"
