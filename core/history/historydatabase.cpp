#include "history/historydatabase.h"

#include "history/historyschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace fc {

namespace {

constexpr auto kMemory = ":memory:";

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("fc-history-%1").arg(++counter);
}

// The history holds write tokens: the file and its journals are for this user only.
void restrictToOwner(const QString &file)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file + suffix))
            QFile::setPermissions(file + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
}

// SQLite's primary result codes for "another process holds the file": not a reason to move it.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6");
}

} // namespace

HistoryDatabase::HistoryDatabase(const QString &path)
    : m_path(path)
{
    QString error;
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
        error = QCoreApplication::translate("History", "the folder %1 cannot be created")
                    .arg(folder.absolutePath());

    Outcome outcome = error.isEmpty() ? tryOpen(path, &error) : Outcome::Unusable;
    if (outcome == Outcome::Ok) {
        m_persistent = true;
        restrictToOwner(path);
        return;
    }
    if (outcome == Outcome::Unusable && QFileInfo::exists(path)) {
        const QString reason = error;
        m_movedTo = moveAside(path, &error);
        if (!m_movedTo.isEmpty()) {
            outcome = tryOpen(path, &error);
            if (outcome == Outcome::Ok) {
                m_persistent = true;
                restrictToOwner(path);
                m_notice = QCoreApplication::translate(
                               "History",
                               "The history database %1 could not be used (%2). It was moved to %3 "
                               "and a new, empty history was started.")
                               .arg(QDir::toNativeSeparators(path), reason,
                                    QDir::toNativeSeparators(m_movedTo));
                return;
            }
        } else {
            error = reason + QStringLiteral("; ") + error;
        }
    }
    // Last resort: the app starts anyway, with a history that lasts for this session only.
    m_path = QLatin1String(kMemory);
    QString memoryError;
    if (tryOpen(m_path, &memoryError) != Outcome::Ok)
        qWarning("fastercodes: even an in-memory history failed: %s", qPrintable(memoryError));
    m_notice = outcome == Outcome::Busy
                   ? QCoreApplication::translate(
                         "History", "The history database %1 is locked by another program (%2). "
                                    "Comparisons of this session are kept in memory only.")
                         .arg(QDir::toNativeSeparators(path), error)
                   : QCoreApplication::translate(
                         "History", "The history database %1 cannot be used (%2). "
                                    "Comparisons of this session are kept in memory only.")
                         .arg(QDir::toNativeSeparators(path), error);
}

HistoryDatabase::~HistoryDatabase()
{
    dropConnection();
}

QSqlDatabase HistoryDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void HistoryDatabase::dropConnection()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

HistoryDatabase::Outcome HistoryDatabase::tryOpen(const QString &file, QString *error)
{
    dropConnection();
    m_connection = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(file);
    // Wait for a writer in another process (the GUI and the command line share the file).
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const auto fail = [&](const QSqlError &e, const QString &what) {
        *error = what.isEmpty() ? e.text() : what;
        const Outcome outcome = isBusy(e) ? Outcome::Busy : Outcome::Unusable;
        db = QSqlDatabase();
        dropConnection();
        return outcome;
    };
    if (QFileInfo(file).isDir())
        return fail({}, QCoreApplication::translate("History", "it is a folder, not a file"));
    if (!db.open())
        return fail(db.lastError(), {});

    QSqlQuery q(db);
    // Checked before anything writes, so that a file moved aside is exactly as it was found.
    // The first statement that reads the file: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        return fail(q.lastError(), {});
    if (const QString check = q.value(0).toString(); check != QLatin1String("ok"))
        return fail({}, QCoreApplication::translate("History", "the file is damaged: %1")
                            .arg(check.section(QLatin1Char('\n'), 0, 0).left(300)));
    SchemaMigrator migrator(historyMigrations());
    QString why;
    if (const int version = SchemaMigrator::versionOf(db, &why); version < 0)
        return fail(db.lastError(), why);
    else if (version > migrator.latestVersion())
        return fail({}, QCoreApplication::translate(
                            "History", "it was written by a newer version of the app "
                                       "(schema version %1; this version knows up to %2)")
                            .arg(version)
                            .arg(migrator.latestVersion()));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return fail(q.lastError(), {});
    const QString mode = q.value(0).toString();
    if (file != QLatin1String(kMemory) &&
        mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail({}, QCoreApplication::translate(
                            "History", "write-ahead logging is not available (journal mode %1)")
                            .arg(mode));
    // WAL makes NORMAL durable across application crashes; only a power loss can lose the last
    // commit.
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(q.lastError(), {});
    if (!migrator.migrate(db, &why)) {
        const QSqlError last = db.lastError();
        return fail(isBusy(last) ? last : QSqlError(), why);
    }
    return Outcome::Ok;
}

QString HistoryDatabase::moveAside(const QString &file, QString *error)
{
    dropConnection();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.unreadable-%2").arg(file, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.unreadable-%2-%3").arg(file, stamp).arg(n);
    if (!QFile::rename(file, target) && !QDir().rename(file, target)) {
        *error =
            QCoreApplication::translate("History", "it could not be moved aside to %1").arg(target);
        return {};
    }
    // The journal files belong to the moved file, not to the fresh one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file + suffix))
            QFile::rename(file + suffix, target + suffix);
    }
    return target;
}

} // namespace fc
