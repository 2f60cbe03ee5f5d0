#include "history/schemamigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fc {

SchemaMigrator::SchemaMigrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT(m_migrations.at(i).version == i + 1);
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int SchemaMigrator::versionOf(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool SchemaMigrator::migrate(QSqlDatabase &db, QString *error) const
{
    QString why;
    const int current = versionOf(db, &why);
    if (current < 0) {
        *error = why;
        return false;
    }
    if (current > latestVersion()) {
        *error = QCoreApplication::translate("History",
                                             "it was written by a newer version of the app "
                                             "(schema version %1; this version knows up to %2)")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &m : m_migrations) {
        if (m.version <= current)
            continue;
        QSqlQuery q(db);
        // IMMEDIATE: two processes opening the same file at once must not both migrate it.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = q.lastError().text();
            return false;
        }
        // Another process may have migrated while this one waited for the lock.
        if (versionOf(db) >= m.version) {
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        QStringList statements = m.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(m.version);
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                *error = QCoreApplication::translate("History",
                                                     "migration to version %1 (%2) failed: %3")
                             .arg(m.version)
                             .arg(m.description, q.lastError().text());
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = q.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

} // namespace fc
