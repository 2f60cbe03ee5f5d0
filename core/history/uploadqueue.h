#pragma once

#include "history/uploaditem.h"

#include <QList>
#include <QObject>
#include <optional>

namespace fc {

/// The upload queue, kept in the history database so that it survives restarts. One row per
/// comparison and backend; its idempotency key and body never change, so every retry is the
/// same request and the server creates the run at most once.
class UploadQueue : public QObject
{
    Q_OBJECT
public:
    /// Works on the open database connection `connectionName` (owned by HistoryStore).
    explicit UploadQueue(QString connectionName, QObject *parent = nullptr);

    /// Queues `comparisonId` for `backend`. A comparison already queued or uploaded there is
    /// returned as it is; one that failed is queued again with its original key and body.
    std::optional<UploadItem> enqueue(qint64 comparisonId, const QUrl &backend,
                                      const QByteArray &body, QString *error = nullptr);

    std::optional<UploadItem> item(qint64 uploadId) const;
    std::optional<UploadItem> find(qint64 comparisonId, const QUrl &backend) const;
    QList<UploadItem> forComparison(qint64 comparisonId) const;
    /// Queued rows of comparisons not deleted, oldest first; with `dueBy` valid only those whose
    /// next attempt is due by then.
    QList<UploadItem> queued(const QDateTime &dueBy = {}) const;
    /// When the earliest queued row is due; invalid when nothing is queued.
    QDateTime nextDue() const;

    bool markUploaded(qint64 uploadId, const QString &runId, const QString &writeToken,
                      const QString &permalink);
    /// A failed attempt that will be retried at `next`; `notBefore` (valid when the server said
    /// Retry-After) is the time before which no attempt at all may be made.
    bool markRetry(qint64 uploadId, const QString &reason, const QDateTime &next,
                   const QDateTime &notBefore = {});
    /// A failure that needs the user (the server refused the document, or answered nonsense).
    bool markFailed(qint64 uploadId, const QString &reason);
    /// Forgets the row (after "Delete from server"); a later share gets a new key.
    bool remove(qint64 uploadId);

    /// The backend origin as stored: scheme://host[:port][/path] without a trailing slash.
    static QString backendKey(const QUrl &backend);

signals:
    /// Any row of this comparison changed.
    void changed(qint64 comparisonId);

private:
    std::optional<UploadItem> one(const QString &where, const QVariantList &values) const;
    QList<UploadItem> many(const QString &where, const QVariantList &values) const;
    bool update(qint64 uploadId, const QString &assignments, const QVariantList &values);

    QString m_connection;
};

} // namespace fc
