#pragma once

#include <QSqlDatabase>
#include <QString>

namespace fc {

/// The SQLite file behind the history, opened in WAL mode and migrated to the current schema.
/// Opening never fails: a corrupt or unreadable file (or one written by a newer app) is moved
/// aside, kept for the user, and a fresh database is started; if not even that is possible
/// (a read-only data folder), the history lives in memory for this session. notice() says
/// what happened in words for the user.
class HistoryDatabase
{
public:
    explicit HistoryDatabase(const QString &path);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    QSqlDatabase db() const;
    /// The file in use; ":memory:" when nothing could be written.
    QString path() const { return m_path; }
    bool isPersistent() const { return m_persistent; }
    /// Empty when the file opened normally.
    QString notice() const { return m_notice; }
    /// Where an unusable file was moved to, empty if none was.
    QString movedAsidePath() const { return m_movedTo; }

private:
    enum class Outcome
    {
        Ok,
        Busy,
        Unusable
    };
    Outcome tryOpen(const QString &file, QString *error);
    void dropConnection();
    QString moveAside(const QString &file, QString *error);

    QString m_connection;
    QString m_path;
    bool m_persistent = false;
    QString m_notice;
    QString m_movedTo;
};

} // namespace fc
