#pragma once

#include "history/historyentry.h"
#include "history/historyquery.h"
#include "model/comparison.h"

#include <QObject>
#include <memory>
#include <optional>

namespace fc {

class HistoryDatabase;
class UploadQueue;

/// The local history: every finished comparison, complete (its whole document), with where it
/// came from, a star, and its upload queue rows. SQLite through Qt SQL, in the app's data
/// folder. Opening never fails (see HistoryDatabase); notice() tells what went wrong, if anything.
///
/// Not thread-safe: use it from the thread that created it.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    /// Opens (creating or migrating) the database at `path`.
    explicit HistoryStore(const QString &path, QObject *parent = nullptr);
    ~HistoryStore() override;

    /// `history.sqlite` in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    /// The process-wide store at defaultPath(), opened on first use and closed when the
    /// QCoreApplication ends. The command line's `compare` and the GUI save through it.
    static HistoryStore &defaultStore();

    QString path() const;
    bool isPersistent() const;
    /// What went wrong when opening (file moved aside, kept in memory only), else empty.
    QString notice() const;
    QString movedAsidePath() const;

    /// Saves a comparison completely and returns its entry id (0 on failure, with `error`).
    /// A comparison downloaded from a permalink already in the history replaces that entry's
    /// document instead of adding a second entry; its id is returned.
    qint64 save(const Comparison &comparison, QString *error = nullptr);
    /// The comparison of an entry as it was saved.
    std::optional<Comparison> load(qint64 id, QString *error = nullptr) const;
    /// The saved document (with statistics and verdict) as JSON bytes.
    QByteArray document(qint64 id) const;
    /// The entry, unless there is none or it was removed.
    std::optional<HistoryEntry> entry(qint64 id) const;
    /// Entries, newest first.
    QList<HistoryEntry> list(const HistoryQuery &query = {}) const;
    int count() const;
    /// The id of a saved entry with exactly this content (not deleted), else 0.
    qint64 findByContent(const Comparison &comparison) const;
    /// Language ids that occur in the history, sorted, for a filter list.
    QStringList languages() const;

    bool setStarred(qint64 id, bool starred);
    /// Hides the entry (it and its queue rows stay until purge) so that the deletion can be undone.
    bool remove(qint64 id);
    /// Undoes remove().
    bool restore(qint64 id);
    /// Deletes removed entries for good: those removed before `removedBefore`, or all.
    int purgeRemoved(const QDateTime &removedBefore = {});

    UploadQueue &uploads();
    const UploadQueue &uploads() const;

    /// The hash findByContent() matches: SHA-256 of the comparison's compact JSON.
    static QString contentHash(const Comparison &comparison);

signals:
    void entryAdded(qint64 id);
    /// Star, document, or sync state changed.
    void entryChanged(qint64 id);
    void entryRemoved(qint64 id);
    void entryRestored(qint64 id);

private:
    std::unique_ptr<HistoryDatabase> m_db;
    UploadQueue *m_uploads;
};

} // namespace fc
