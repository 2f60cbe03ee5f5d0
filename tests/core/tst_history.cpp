#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "model/comparisonjson.h"
#include "tst_history_sample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using fc::testing::sampleComparison;

// The history store: complete saves, search, star, delete with undo, downloads replacing
// their own entry. Every store lives in a temporary folder.
class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<HistoryStore> m_searchStore;
    QString freshPath() { return m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_searchStore.reset(); }

    void defaultPathIsInTheAppDataFolder()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!appData.isEmpty());
        QCOMPARE(HistoryStore::defaultPath(), appData + QStringLiteral("/history.sqlite"));
        // Test mode: never the user's real data folder.
        QVERIFY2(appData.contains(QLatin1String(".qttest")), qPrintable(appData));
    }

    void savesEverythingAndLoadsItBack()
    {
        HistoryStore store(freshPath());
        QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
        QVERIFY(store.isPersistent());
        Comparison c = sampleComparison();
        c.a().compile.performed = true;
        c.a().compile.command = {QStringLiteral("cc"), QStringLiteral("-O2"),
                                 QStringLiteral("main.c")};
        c.a().compile.diagnostics << Diagnostic{
            QStringLiteral("main.c"), 2, 5, QStringLiteral("warning"), QStringLiteral("unused")};
        c.b().stdinText = QStringLiteral("ünïcode ✓\n");
        c.outputsMatch = true;
        QSignalSpy added(&store, &HistoryStore::entryAdded);
        QString error;
        const qint64 id = store.save(c, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toLongLong(), id);

        const auto back = store.load(id, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->a(), c.a());
        QCOMPARE(back->b(), c.b());
        QCOMPARE(*back, c);

        // The stored document is the full one: statistics and verdict included.
        const QJsonObject doc = QJsonDocument::fromJson(store.document(id)).object();
        QCOMPARE(doc.value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("faster"));
        QVERIFY(doc.value(QStringLiteral("codeRuns"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .contains(QStringLiteral("summary")));

        const auto entry = store.entry(id);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->langA, QStringLiteral("c"));
        QCOMPARE(entry->langB, QStringLiteral("python"));
        QCOMPARE(entry->title, QStringLiteral("sum of squares"));
        QCOMPARE(entry->status, Comparison::Status::Success);
        QCOMPARE(entry->verdictKind, QStringLiteral("faster"));
        QVERIFY2(entry->verdictText.startsWith(QLatin1String("A is 3")),
                 qPrintable(entry->verdictText));
        QCOMPARE(entry->sourceKind, Comparison::SourceKind::Local);
        QCOMPARE(entry->syncState, SyncState::Local);
        QVERIFY(!entry->starred);
        QVERIFY(qAbs(entry->savedAt.secsTo(QDateTime::currentDateTime())) < 60);
    }

    void keepsEntriesAcrossReopenInWalMode()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            HistoryStore store(path);
            id = store.save(sampleComparison());
            QVERIFY(id > 0);
        }
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal")); // WAL is persistent in the file
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        HistoryStore again(path);
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.load(id).value(), sampleComparison());
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("starredOnly");
        QTest::addColumn<QStringList>("titles"); // newest first

        const QStringList all{QStringLiteral("regex 100% fast"), QStringLiteral("hash maps"),
                              QStringLiteral("sum of squares")};
        QTest::newRow("everything") << QString() << QString() << false << all;
        QTest::newRow("title word") << QStringLiteral("hash") << QString() << false
                                    << QStringList{QStringLiteral("hash maps")};
        QTest::newRow("case-insensitive") << QStringLiteral("HASH") << QString() << false
                                          << QStringList{QStringLiteral("hash maps")};
        QTest::newRow("language as text") << QStringLiteral("rust") << QString() << false
                                          << QStringList{QStringLiteral("hash maps")};
        QTest::newRow("in the code") << QStringLiteral("range(1000)") << QString() << false << all;
        QTest::newRow("all words must match") << QStringLiteral("sum squares") << QString() << false
                                              << QStringList{QStringLiteral("sum of squares")};
        QTest::newRow("one word missing")
            << QStringLiteral("sum cubes") << QString() << false << QStringList{};
        QTest::newRow("percent is literal") << QStringLiteral("100%") << QString() << false
                                            << QStringList{QStringLiteral("regex 100% fast")};
        QTest::newRow("underscore is literal")
            << QStringLiteral("hash_") << QString() << false << QStringList{};
        QTest::newRow("verdict text") << QStringLiteral("faster") << QString() << false << all;
        QTest::newRow("language filter, side A") << QString() << QStringLiteral("go") << false
                                                 << QStringList{QStringLiteral("regex 100% fast")};
        QTest::newRow("language filter, either side")
            << QString() << QStringLiteral("python") << false
            << QStringList{QStringLiteral("regex 100% fast"), QStringLiteral("sum of squares")};
        QTest::newRow("language filter is exact")
            << QString() << QStringLiteral("py") << false << QStringList{};
        QTest::newRow("text and language")
            << QStringLiteral("regex") << QStringLiteral("c") << false << QStringList{};
        QTest::newRow("starred only")
            << QString() << QString() << true << QStringList{QStringLiteral("hash maps")};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(bool, starredOnly);
        QFETCH(QStringList, titles);
        // One store for all rows: saving analyses each comparison, which is not free.
        if (!m_searchStore) {
            m_searchStore = std::make_unique<HistoryStore>(freshPath());
            HistoryStore &s = *m_searchStore;
            QVERIFY(s.save(sampleComparison(QStringLiteral("c"), QStringLiteral("python"),
                                            QStringLiteral("sum of squares"))) > 0);
            QTest::qWait(2); // distinct saved_at, newest first
            const qint64 hash = s.save(sampleComparison(
                QStringLiteral("rust"), QStringLiteral("java"), QStringLiteral("hash maps")));
            QTest::qWait(2);
            QVERIFY(s.save(sampleComparison(QStringLiteral("go"), QStringLiteral("python"),
                                            QStringLiteral("regex 100% fast"))) > 0);
            QVERIFY(s.setStarred(hash, true));
        }
        HistoryStore &store = *m_searchStore;

        HistoryQuery query;
        query.text = text;
        query.language = language;
        query.starredOnly = starredOnly;
        QStringList got;
        for (const HistoryEntry &e : store.list(query))
            got << e.title;
        QCOMPARE(got, titles);
    }

    void listsLanguagesAndPages()
    {
        HistoryStore store(freshPath());
        store.save(sampleComparison(QStringLiteral("c"), QStringLiteral("python")));
        store.save(sampleComparison(QStringLiteral("rust"), QStringLiteral("c")));
        QCOMPARE(store.languages(), (QStringList{QStringLiteral("c"), QStringLiteral("python"),
                                                 QStringLiteral("rust")}));
        HistoryQuery page;
        page.limit = 1;
        QCOMPARE(store.list(page).size(), 1);
        page.offset = 1;
        QCOMPARE(store.list(page).size(), 1);
        page.offset = 2;
        QCOMPARE(store.list(page).size(), 0);
    }

    void starsAndUnstars()
    {
        HistoryStore store(freshPath());
        const qint64 id = store.save(sampleComparison());
        QSignalSpy changed(&store, &HistoryStore::entryChanged);
        QVERIFY(store.setStarred(id, true));
        QVERIFY(store.entry(id)->starred);
        QVERIFY(store.setStarred(id, false));
        QVERIFY(!store.entry(id)->starred);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!store.setStarred(id + 100, true)); // no such entry
    }

    void deleteCanBeUndoneThenPurged()
    {
        HistoryStore store(freshPath());
        const qint64 keep = store.save(
            sampleComparison(QStringLiteral("c"), QStringLiteral("go"), QStringLiteral("keep")));
        const qint64 gone = store.save(
            sampleComparison(QStringLiteral("c"), QStringLiteral("go"), QStringLiteral("gone")));
        QVERIFY(store.uploads()
                    .enqueue(gone, QUrl(QStringLiteral("http://127.0.0.1:9")), "{}")
                    .has_value());
        QSignalSpy removed(&store, &HistoryStore::entryRemoved);
        QVERIFY(store.remove(gone));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.list().first().id, keep);
        QVERIFY(store.uploads().queued().isEmpty()); // a deleted entry is not uploaded
        QVERIFY(!store.remove(gone));                // already removed

        QVERIFY(store.restore(gone));
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.uploads().queued().size(), 1);

        QVERIFY(store.remove(gone));
        QCOMPARE(store.purgeRemoved(), 1);
        QVERIFY(!store.restore(gone));
        QVERIFY(!store.entry(gone).has_value());
        QVERIFY(store.uploads().forComparison(gone).isEmpty()); // its queue rows went with it
        QVERIFY(store.entry(keep).has_value());
    }

    void recentRemovalsSurviveReopenOldOnesAreDropped()
    {
        const QString path = freshPath();
        qint64 recent = 0;
        qint64 old = 0;
        {
            HistoryStore store(path);
            recent = store.save(sampleComparison());
            old = store.save(sampleComparison());
            QVERIFY(store.remove(recent));
            QVERIFY(store.remove(old));
            QCOMPARE(store.purgeRemoved(QDateTime::currentDateTime().addSecs(-3600)), 0);
        }
        {
            // Age one removal by two days, as if it had happened then.
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            q.prepare(QStringLiteral(
                "UPDATE comparisons SET deleted_at = deleted_at - 172800000 WHERE id = ?"));
            q.addBindValue(old);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        HistoryStore again(path);
        QVERIFY(again.restore(recent));
        QVERIFY(!again.restore(old));
    }

    void findsTheSameContentAfterAJsonRoundTrip()
    {
        HistoryStore store(freshPath());
        const Comparison c = sampleComparison();
        const qint64 id = store.save(c);
        QString error;
        const auto reread = comparisonFromJson(store.document(id), &error);
        QVERIFY2(reread.has_value(), qPrintable(error));
        QCOMPARE(store.findByContent(*reread), id);
        Comparison other = c;
        other.b().runs[3].wallMs += 0.001;
        QCOMPARE(store.findByContent(other), 0);
    }

    void aDownloadReplacesItsEarlierCopy()
    {
        HistoryStore store(freshPath());
        Comparison c = sampleComparison();
        c.runId = QStringLiteral("abc123");
        c.sourceKind = Comparison::SourceKind::Permalink;
        c.sourceUrl = QStringLiteral("http://127.0.0.1:8787/?runId=abc123");
        const qint64 first = store.save(c);
        c.title = QStringLiteral("renamed on the server");
        QSignalSpy changed(&store, &HistoryStore::entryChanged);
        QCOMPARE(store.save(c), first);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.count(), 1);
        const auto entry = store.entry(first);
        QCOMPARE(entry->title, QStringLiteral("renamed on the server"));
        QCOMPARE(entry->remoteRunId, QStringLiteral("abc123"));
        QCOMPARE(entry->sourceKind, Comparison::SourceKind::Permalink);
        QVERIFY(entry->isDownloaded());
        // A local comparison is never merged, even with identical content.
        const Comparison local = sampleComparison();
        const qint64 a = store.save(local);
        QVERIFY(store.save(local) != a);
    }

    void failedComparisonsAreSavedToo()
    {
        HistoryStore store(freshPath());
        Comparison c = sampleComparison();
        c.status = Comparison::Status::Failed;
        c.b().status = Side::Status::Failed;
        c.b().error =
            SideError{QStringLiteral("compile"), QStringLiteral("main.py:1: SyntaxError")};
        const qint64 id = store.save(c);
        QVERIFY(id > 0);
        QCOMPARE(store.entry(id)->status, Comparison::Status::Failed);
        QCOMPARE(store.entry(id)->verdictKind, QStringLiteral("failed"));
        QVERIFY(store.entry(id)->verdictText.contains(QLatin1String("SyntaxError")));
        QCOMPARE(store.load(id).value(), c);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
