#include "history/uploadqueue.h"

#include "history/boundquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace fc {

namespace {

const QString kColumns = QStringLiteral(
    "u.id, u.comparison_id, u.backend, u.idempotency_key, u.body, u.state, u.attempts, "
    "u.queued_at, "
    "u.next_attempt_at, u.last_error, u.run_id, u.write_token, u.permalink, u.uploaded_at, "
    "u.not_before");

UploadItem::State stateFrom(const QString &name)
{
    if (name == QLatin1String("uploaded"))
        return UploadItem::State::Uploaded;
    if (name == QLatin1String("failed"))
        return UploadItem::State::Failed;
    return UploadItem::State::Queued;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}

UploadItem itemFrom(const QSqlQuery &q)
{
    UploadItem u;
    u.id = q.value(0).toLongLong();
    u.comparisonId = q.value(1).toLongLong();
    u.backend = QUrl(q.value(2).toString());
    u.idempotencyKey = q.value(3).toString();
    u.body = q.value(4).toByteArray();
    u.state = stateFrom(q.value(5).toString());
    u.attempts = q.value(6).toInt();
    u.queuedAt = fromMs(q.value(7));
    u.nextAttemptAt = fromMs(q.value(8));
    u.lastError = q.value(9).toString();
    u.runId = q.value(10).toString();
    u.writeToken = q.value(11).toString();
    u.permalink = q.value(12).toString();
    u.uploadedAt = fromMs(q.value(13));
    if (const qint64 notBefore = q.value(14).toLongLong(); notBefore > 0)
        u.notBefore = QDateTime::fromMSecsSinceEpoch(notBefore);
    return u;
}

bool run(QSqlQuery &q, const QVariantList &values, QString *error = nullptr)
{
    return execBound(q, values, "upload queue", error);
}

} // namespace

UploadQueue::UploadQueue(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
{}

QString UploadQueue::backendKey(const QUrl &backend)
{
    QUrl u = backend.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                              QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    if (u.path() == QLatin1String("/"))
        u.setPath(QString());
    return u.toString(QUrl::FullyEncoded);
}

std::optional<UploadItem> UploadQueue::enqueue(qint64 comparisonId, const QUrl &backend,
                                               const QByteArray &body, QString *error)
{
    if (auto existing = find(comparisonId, backend)) {
        if (existing->state != UploadItem::State::Failed)
            return existing;
        // Same key and body as before: if an earlier attempt did reach the server, the retry
        // gets that run back instead of a second one.
        if (!update(existing->id,
                    QStringLiteral("state = 'queued', attempts = 0, next_attempt_at = ?, "
                                   "last_error = '', not_before = 0"),
                    {QDateTime::currentMSecsSinceEpoch()}))
            return std::nullopt;
        return item(existing->id);
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO uploads (comparison_id, backend, idempotency_key, body, state, queued_at, "
        "next_attempt_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // 32 hex digits of randomness: well within the backend's 64 visible ASCII characters.
    const QString key = QUuid::createUuid().toString(QUuid::Id128);
    if (!run(q, {comparisonId, backendKey(backend), key, body, now, now}, error))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    emit changed(comparisonId);
    return item(id);
}

std::optional<UploadItem> UploadQueue::one(const QString &where, const QVariantList &values) const
{
    const QList<UploadItem> items = many(where, values);
    if (items.isEmpty())
        return std::nullopt;
    return items.first();
}

QList<UploadItem> UploadQueue::many(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM uploads u JOIN comparisons c ON c.id = u.comparison_id WHERE %2")
                  .arg(kColumns, where));
    QList<UploadItem> items;
    if (!run(q, values))
        return items;
    while (q.next())
        items << itemFrom(q);
    return items;
}

std::optional<UploadItem> UploadQueue::item(qint64 uploadId) const
{
    return one(QStringLiteral("u.id = ?"), {uploadId});
}

std::optional<UploadItem> UploadQueue::find(qint64 comparisonId, const QUrl &backend) const
{
    return one(QStringLiteral("u.comparison_id = ? AND u.backend = ?"),
               {comparisonId, backendKey(backend)});
}

QList<UploadItem> UploadQueue::forComparison(qint64 comparisonId) const
{
    return many(QStringLiteral("u.comparison_id = ? ORDER BY u.id"), {comparisonId});
}

QList<UploadItem> UploadQueue::queued(const QDateTime &dueBy) const
{
    if (dueBy.isValid())
        return many(QStringLiteral("u.state = 'queued' AND c.deleted_at IS NULL AND "
                                   "u.next_attempt_at <= ? ORDER BY u.id"),
                    {dueBy.toMSecsSinceEpoch()});
    return many(QStringLiteral("u.state = 'queued' AND c.deleted_at IS NULL ORDER BY u.id"), {});
}

QDateTime UploadQueue::nextDue() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT MIN(u.next_attempt_at) FROM uploads u JOIN comparisons c ON c.id = u.comparison_id "
        "WHERE u.state = 'queued' AND c.deleted_at IS NULL"));
    if (!run(q, {}) || !q.next())
        return {};
    return fromMs(q.value(0));
}

bool UploadQueue::update(qint64 uploadId, const QString &assignments, const QVariantList &values)
{
    const auto before = item(uploadId);
    if (!before)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE uploads SET %1 WHERE id = ?").arg(assignments));
    QVariantList all = values;
    all << uploadId;
    if (!run(q, all))
        return false;
    emit changed(before->comparisonId);
    return true;
}

bool UploadQueue::markUploaded(qint64 uploadId, const QString &runId, const QString &writeToken,
                               const QString &permalink)
{
    return update(
        uploadId,
        QStringLiteral("state = 'uploaded', attempts = attempts + 1, last_error = '', run_id = ?, "
                       "write_token = ?, permalink = ?, uploaded_at = ?, not_before = 0"),
        {runId, writeToken, permalink, QDateTime::currentMSecsSinceEpoch()});
}

bool UploadQueue::markRetry(qint64 uploadId, const QString &reason, const QDateTime &next,
                            const QDateTime &notBefore)
{
    return update(uploadId,
                  QStringLiteral("state = 'queued', attempts = attempts + 1, last_error = ?, "
                                 "next_attempt_at = ?, not_before = ?"),
                  {reason,
                   (notBefore.isValid() && notBefore > next ? notBefore : next).toMSecsSinceEpoch(),
                   notBefore.isValid() ? notBefore.toMSecsSinceEpoch() : qint64(0)});
}

bool UploadQueue::markFailed(qint64 uploadId, const QString &reason)
{
    return update(
        uploadId,
        QStringLiteral("state = 'failed', attempts = attempts + 1, last_error = ?, not_before = 0"),
        {reason});
}

bool UploadQueue::remove(qint64 uploadId)
{
    const auto before = item(uploadId);
    if (!before)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM uploads WHERE id = ?"));
    if (!run(q, {uploadId}))
        return false;
    emit changed(before->comparisonId);
    return true;
}

} // namespace fc
