#include "history/historydatabase.h"
#include "history/historyschema.h"
#include "history/historystore.h"
#include "history/schemamigrator.h"
#include "tst_history_sample.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using fc::testing::sampleComparison;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A plain connection to `path`, for setting up files the way other versions would leave them.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const { return QSqlQuery(db()).exec(sql); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QStringList asideFiles(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral(".unreadable-*")},
                                QDir::Files | QDir::Dirs);
}

} // namespace

// Opening the history file: migrations, and every way a file can be unusable. The app must
// always start, and the old file must be kept.
class TestHistoryDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("case%1/history.sqlite").arg(++m_n));
    }

    static QList<Migration> toyMigrations()
    {
        return {{1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE t (a INTEGER)")}},
                {2,
                 QStringLiteral("two"),
                 {QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'")}},
                {3,
                 QStringLiteral("three"),
                 {QStringLiteral("CREATE TABLE u (c INTEGER)"),
                  QStringLiteral("INSERT INTO u VALUES (3)")}}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aNewFileGetsTheLatestSchema()
    {
        const QString path = freshPath();
        {
            HistoryDatabase db(path);
            QVERIFY(db.isPersistent());
            QVERIFY(db.notice().isEmpty());
            QVERIFY(QFileInfo::exists(path)); // the folder was created too
#ifdef Q_OS_UNIX
            // It holds write tokens: for this user only.
            const QFile::Permissions others =
                QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
            QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
            QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & others,
                     QFile::Permissions());
#endif
            QCOMPARE(SchemaMigrator::versionOf(db.db()),
                     SchemaMigrator(historyMigrations()).latestVersion());
        }
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QVERIFY(
            raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'uploads'"))
                .toInt() == 1);
    }

    void migratesStepByStepKeepingData()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        RawDb raw(path);
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY2(SchemaMigrator(toyMigrations().mid(0, 1)).migrate(db, &error), qPrintable(error));
        QCOMPARE(SchemaMigrator::versionOf(db), 1);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO t (a) VALUES (42)")));
        QVERIFY2(SchemaMigrator(toyMigrations()).migrate(db, &error), qPrintable(error));
        QCOMPARE(SchemaMigrator::versionOf(db), 3);
        QCOMPARE(raw.value(QStringLiteral("SELECT a || b FROM t")).toString(),
                 QStringLiteral("42x"));
        QCOMPARE(raw.value(QStringLiteral("SELECT c FROM u")).toInt(), 3);
        // Already current: nothing runs again (a second INSERT INTO u would show).
        QVERIFY(SchemaMigrator(toyMigrations()).migrate(db, &error));
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM u")).toInt(), 1);
    }

    void aFailingStepLeavesThePreviousVersionIntact()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        RawDb raw(path);
        QSqlDatabase db = raw.db();
        QList<Migration> broken = toyMigrations();
        broken[2].statements = {QStringLiteral("CREATE TABLE u (c INTEGER)"),
                                QStringLiteral("THIS IS NOT SQL")};
        QString error;
        QVERIFY(!SchemaMigrator(broken).migrate(db, &error));
        QVERIFY2(error.contains(QLatin1String("version 3")), qPrintable(error));
        QCOMPARE(SchemaMigrator::versionOf(db), 2);
        // Step 3's first statement was rolled back with it.
        QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'"))
                     .toInt(),
                 0);
        QVERIFY(SchemaMigrator(toyMigrations()).migrate(db, &error));
        QCOMPARE(SchemaMigrator::versionOf(db), 3);
    }

    void refusesANewerSchema()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 7")));
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY(!SchemaMigrator(toyMigrations()).migrate(db, &error));
        QVERIFY2(error.contains(QLatin1String("newer")) && error.contains(QLatin1String("7")),
                 qPrintable(error));
        QCOMPARE(SchemaMigrator::versionOf(db), 7);
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not a database");
        QTest::newRow("damaged pages") << QStringLiteral("damaged") << QString();
        QTest::newRow("newer app") << QStringLiteral("newer") << QStringLiteral("newer version");
        QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("folder");
    }

    // The file is moved aside untouched, a fresh history starts, and the notice names both files.
    void unusableFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reasonPart);
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (kind == QLatin1String("garbage")) {
            QVERIFY(writeAll(
                path, QByteArray("this is not SQLite, just some text that happens to be here\n")
                          .repeated(200)));
        } else if (kind == QLatin1String("damaged")) {
            {
                HistoryStore store(path);
                for (int i = 0; i < 12; ++i)
                    QVERIFY(store.save(sampleComparison()) > 0);
            }
            { // fold the WAL into the file, then trample on pages in the middle
                RawDb raw(path);
                raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                raw.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            }
            QByteArray bytes = readAll(path);
            QVERIFY(bytes.size() > 8 * 4096);
            for (qsizetype i = 4096; i < bytes.size() - 4096; i += 4096)
                bytes.replace(i, 64, QByteArray(64, '\xa5'));
            QVERIFY(writeAll(path, bytes));
        } else if (kind == QLatin1String("newer")) {
            {
                HistoryStore store(path);
            }
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        } else {
            QVERIFY(QDir().mkpath(path));
        }
        const QByteArray before = QFileInfo(path).isFile() ? readAll(path) : QByteArray();

        HistoryStore store(path);
        QVERIFY(store.isPersistent());
        QCOMPARE(store.path(), path);
        const QString notice = store.notice();
        QVERIFY2(notice.contains(QDir::toNativeSeparators(path)), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String("moved to")), qPrintable(notice));
        QVERIFY2(reasonPart.isEmpty() || notice.contains(reasonPart), qPrintable(notice));
        const QString aside = store.movedAsidePath();
        QVERIFY(!aside.isEmpty());
        QVERIFY2(notice.contains(QDir::toNativeSeparators(aside)), qPrintable(notice));
        QCOMPARE(asideFiles(path).size(), 1);
        if (!before.isEmpty())
            QCOMPARE(readAll(aside), before); // kept as it was, for the user or a recovery tool
        else
            QVERIFY(QFileInfo(aside).isDir());

        QCOMPARE(store.count(), 0);
        const qint64 id = store.save(sampleComparison());
        QVERIFY(id > 0);
        QCOMPARE(store.load(id).value(), sampleComparison());
    }

    void aFolderThatCannotBeCreatedFallsBackToMemory()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeAll(blocker, "x"));
        const QString path = blocker + QStringLiteral("/sub/history.sqlite");
        HistoryStore store(path);
        QVERIFY(!store.isPersistent());
        QVERIFY2(store.notice().contains(QLatin1String("memory only")), qPrintable(store.notice()));
        QVERIFY(store.movedAsidePath().isEmpty());
        QVERIFY(store.save(sampleComparison()) > 0); // the session still works
        QCOMPARE(store.count(), 1);
        QCOMPARE(readAll(blocker), QByteArray("x"));
    }

    void aLockedFileIsNotMovedAside()
    {
        const QString path = freshPath();
        {
            HistoryStore store(path);
            store.save(sampleComparison());
        }
        RawDb holder(path);
        QVERIFY(holder.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(holder.exec(QStringLiteral(
            "INSERT INTO comparisons (saved_at, lang_a, lang_b, code_a, code_b, status, "
            "source_kind, content_hash, document) VALUES (1, 'c', 'c', '', '', 'SUCCESS', "
            "'local', '', '{}')")));
        HistoryStore store(path); // waits for the busy timeout, then gives up on the file
        QVERIFY(!store.isPersistent());
        QVERIFY2(store.notice().contains(QLatin1String("locked")), qPrintable(store.notice()));
        QVERIFY(asideFiles(path).isEmpty());
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_history_database.moc"
