#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fc {

/// One step of a database schema: the statements that take version `version - 1` to `version`.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// Applies versioned migrations, each in its own transaction together with the new
/// `PRAGMA user_version`, so a database is always at exactly one known version: a step that
/// fails leaves the previous version intact.
class SchemaMigrator
{
public:
    /// `migrations` must be sorted by version, starting at 1, without gaps.
    explicit SchemaMigrator(QList<Migration> migrations);

    int latestVersion() const;
    /// The database's `PRAGMA user_version`; -1 when it cannot be read.
    static int versionOf(const QSqlDatabase &db, QString *error = nullptr);

    /// Brings `db` to latestVersion(). Refuses a database newer than this code knows (it was
    /// written by a later version of the app). On failure returns false and says why in `error`.
    bool migrate(QSqlDatabase &db, QString *error) const;

private:
    QList<Migration> m_migrations;
};

} // namespace fc
