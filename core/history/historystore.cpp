#include "history/historystore.h"

#include "history/boundquery.h"
#include "history/historydatabase.h"
#include "history/uploadqueue.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "model/comparisonnames.h"
#include "model/enumtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace fc {

namespace {

using namespace Qt::StringLiterals;

HistoryStore *g_default = nullptr;

// As the uploads table and `history --json` spell them.
constexpr EnumText<SyncState> kSyncStateNames[] = {
    {SyncState::Local, "local"_L1},
    {SyncState::Queued, "queued"_L1},
    {SyncState::Uploaded, "uploaded"_L1},
    {SyncState::Failed, "failed"_L1},
};

Comparison::SourceKind sourceKindFrom(const QString &name)
{
    // An unknown kind (a newer version's) is not the user's own code.
    return sourceKindFromName(name).value_or(name.isEmpty() ? Comparison::SourceKind::Local
                                                            : Comparison::SourceKind::File);
}

// A download is kept once per link (opened again, it replaces the copy); a file is not a link
// and its run id is only its own claim.
bool downloaded(const Comparison &c)
{
    return c.sourceKind == Comparison::SourceKind::Permalink ||
           c.sourceKind == Comparison::SourceKind::Original;
}

Comparison::Status statusFrom(const QString &name)
{
    return comparisonStatusFromName(name).value_or(Comparison::Status::Running);
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

bool exec(QSqlQuery &q, const QVariantList &values, QString *error = nullptr)
{
    return execBound(q, values, "history", error);
}

// The sync state shown: an upload that reached a server if there is one, else the latest attempt.
const QString kEntrySelect =
    QStringLiteral("SELECT c.id, c.saved_at, c.start_time, c.title, c.lang_a, c.lang_b, c.status, "
                   "c.verdict_kind, c.verdict_text, "
                   "c.source_kind, c.source_url, c.remote_run_id, c.starred, u.state, u.backend, "
                   "u.permalink, u.last_error, "
                   "u.attempts, u.next_attempt_at "
                   "FROM comparisons c LEFT JOIN uploads u ON u.id = "
                   "(SELECT id FROM uploads WHERE comparison_id = c.id ORDER BY state = 'uploaded' "
                   "DESC, id DESC LIMIT 1) ");

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.savedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
    e.startTime = q.value(2).toLongLong();
    e.title = q.value(3).toString();
    e.langA = q.value(4).toString();
    e.langB = q.value(5).toString();
    e.status = statusFrom(q.value(6).toString());
    e.verdictKind = q.value(7).toString();
    e.verdictText = q.value(8).toString();
    e.sourceKind = sourceKindFrom(q.value(9).toString());
    e.sourceUrl = q.value(10).toString();
    e.remoteRunId = q.value(11).toString();
    e.starred = q.value(12).toBool();
    // No upload (NULL), or one in a state this version does not know: local.
    e.syncState = valueOf(kSyncStateNames, q.value(13).toString()).value_or(SyncState::Local);
    e.backend = q.value(14).toString();
    e.permalink = q.value(15).toString();
    e.syncError = q.value(16).toString();
    e.attempts = q.value(17).toInt();
    if (!q.value(18).isNull())
        e.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(18).toLongLong());
    return e;
}

} // namespace

QString syncStateName(SyncState state)
{
    return textOf(kSyncStateNames, state);
}

HistoryStore::HistoryStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_db(std::make_unique<HistoryDatabase>(path))
    , m_uploads(new UploadQueue(m_db->db().connectionName(), this))
{
    connect(m_uploads, &UploadQueue::changed, this, &HistoryStore::entryChanged);
    if (!m_db->notice().isEmpty())
        qWarning("fastercodes: %s", qPrintable(m_db->notice()));
    // Removals older than a day were not undone: drop them for good.
    purgeRemoved(QDateTime::currentDateTime().addDays(-1));
}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

HistoryStore &HistoryStore::defaultStore()
{
    if (!g_default) {
        g_default = new HistoryStore(defaultPath());
        // Closed while Qt SQL is still alive, not by a static destructor after it.
        qAddPostRoutine([] {
            delete g_default;
            g_default = nullptr;
        });
    }
    return *g_default;
}

QString HistoryStore::path() const
{
    return m_db->path();
}

bool HistoryStore::isPersistent() const
{
    return m_db->isPersistent();
}

QString HistoryStore::notice() const
{
    return m_db->notice();
}

QString HistoryStore::movedAsidePath() const
{
    return m_db->movedAsidePath();
}

UploadQueue &HistoryStore::uploads()
{
    return *m_uploads;
}

const UploadQueue &HistoryStore::uploads() const
{
    return *m_uploads;
}

QString HistoryStore::contentHash(const Comparison &comparison)
{
    const QByteArray json =
        QJsonDocument(comparisonToJson(comparison)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

qint64 HistoryStore::save(const Comparison &c, QString *error)
{
    const Analysis analysis = analyze(c);
    const QJsonObject doc = comparisonDocument(c, analysis);
    const QString verdictKind =
        doc.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("kind")).toString();
    const QVariantList columns{
        QDateTime::currentMSecsSinceEpoch(),
        c.startTime,
        c.title,
        c.a().lang,
        c.b().lang,
        c.a().code,
        c.b().code,
        statusName(c.status),
        verdictKind,
        analysis.verdict.sentence(),
        sourceKindName(c.sourceKind),
        c.sourceUrl,
        downloaded(c) ? c.runId : QString(),
        contentHash(c),
        QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))};
    QSqlDatabase db = m_db->db();

    if (downloaded(c) && !c.sourceUrl.isEmpty()) {
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM comparisons WHERE source_url = ? AND "
                                    "source_kind = ? AND deleted_at IS NULL "
                                    "ORDER BY id DESC LIMIT 1"));
        if (exec(find, {c.sourceUrl, sourceKindName(c.sourceKind)}, error) && find.next()) {
            const qint64 id = find.value(0).toLongLong();
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "UPDATE comparisons SET saved_at = ?, start_time = ?, title = ?, lang_a = ?, "
                "lang_b = ?, "
                "code_a = ?, code_b = ?, status = ?, verdict_kind = ?, verdict_text = ?, "
                "source_kind = ?, "
                "source_url = ?, remote_run_id = ?, content_hash = ?, document = ? WHERE id = ?"));
            QVariantList values = columns;
            values << id;
            if (!exec(q, values, error))
                return 0;
            emit entryChanged(id);
            return id;
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO comparisons (saved_at, start_time, title, lang_a, "
                             "lang_b, code_a, code_b, status, "
                             "verdict_kind, verdict_text, source_kind, source_url, remote_run_id, "
                             "content_hash, document) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!exec(q, columns, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    emit entryAdded(id);
    return id;
}

QByteArray HistoryStore::document(qint64 id) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT document FROM comparisons WHERE id = ?"));
    if (!exec(q, {id}) || !q.next())
        return {};
    return q.value(0).toString().toUtf8();
}

std::optional<Comparison> HistoryStore::load(qint64 id, QString *error) const
{
    const QByteArray bytes = document(id);
    if (bytes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("History", "there is no history entry %1").arg(id);
        return std::nullopt;
    }
    QString why;
    auto c = comparisonFromJson(bytes, &why);
    if (!c && error)
        *error = QCoreApplication::translate("History", "history entry %1 cannot be read: %2")
                     .arg(id)
                     .arg(why);
    return c;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    QSqlQuery q(m_db->db());
    q.prepare(kEntrySelect + QStringLiteral("WHERE c.id = ? AND c.deleted_at IS NULL"));
    if (!exec(q, {id}) || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

QList<HistoryEntry> HistoryStore::list(const HistoryQuery &query) const
{
    QStringList where{QStringLiteral("c.deleted_at IS NULL")};
    QVariantList values;
    const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        where << QStringLiteral(
            "(c.title LIKE ? ESCAPE '\\' OR c.code_a LIKE ? ESCAPE '\\' OR c.code_b LIKE ? ESCAPE "
            "'\\' "
            "OR c.lang_a LIKE ? ESCAPE '\\' OR c.lang_b LIKE ? ESCAPE '\\' "
            "OR c.verdict_text LIKE ? ESCAPE '\\' OR c.source_url LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 7; ++i)
            values << likePattern(word);
    }
    if (!query.language.isEmpty()) {
        where << QStringLiteral("(c.lang_a = ? OR c.lang_b = ?)");
        values << query.language << query.language;
    }
    if (query.starredOnly)
        where << QStringLiteral("c.starred = 1");
    QString sql = kEntrySelect + QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")) +
                  QStringLiteral(" ORDER BY c.saved_at DESC, c.id DESC");
    if (query.limit > 0)
        sql +=
            QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(std::max(0, query.offset));
    QSqlQuery q(m_db->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    QList<HistoryEntry> entries;
    if (!exec(q, values))
        return entries;
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

int HistoryStore::count() const
{
    QSqlQuery q(m_db->db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM comparisons WHERE deleted_at IS NULL")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

qint64 HistoryStore::findByContent(const Comparison &comparison) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT id FROM comparisons WHERE content_hash = ? AND deleted_at IS "
                             "NULL ORDER BY id DESC LIMIT 1"));
    if (!exec(q, {contentHash(comparison)}) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QStringList HistoryStore::languages() const
{
    QSqlQuery q(m_db->db());
    QStringList out;
    if (!q.exec(
            QStringLiteral("SELECT lang_a FROM comparisons WHERE deleted_at IS NULL UNION "
                           "SELECT lang_b FROM comparisons WHERE deleted_at IS NULL ORDER BY 1")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool HistoryStore::setStarred(qint64 id, bool starred)
{
    QSqlQuery q(m_db->db());
    q.prepare(
        QStringLiteral("UPDATE comparisons SET starred = ? WHERE id = ? AND deleted_at IS NULL"));
    if (!exec(q, {starred ? 1 : 0, id}) || q.numRowsAffected() != 1)
        return false;
    emit entryChanged(id);
    return true;
}

bool HistoryStore::remove(qint64 id)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "UPDATE comparisons SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    if (!exec(q, {QDateTime::currentMSecsSinceEpoch(), id}) || q.numRowsAffected() != 1)
        return false;
    emit entryRemoved(id);
    return true;
}

bool HistoryStore::restore(qint64 id)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "UPDATE comparisons SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"));
    if (!exec(q, {id}) || q.numRowsAffected() != 1)
        return false;
    emit entryRestored(id);
    return true;
}

int HistoryStore::purgeRemoved(const QDateTime &removedBefore)
{
    QSqlQuery q(m_db->db());
    if (removedBefore.isValid()) {
        q.prepare(QStringLiteral(
            "DELETE FROM comparisons WHERE deleted_at IS NOT NULL AND deleted_at < ?"));
        if (!exec(q, {removedBefore.toMSecsSinceEpoch()}))
            return 0;
    } else if (!q.exec(QStringLiteral("DELETE FROM comparisons WHERE deleted_at IS NOT NULL"))) {
        return 0;
    }
    return q.numRowsAffected();
}

} // namespace fc
