#include "history/historyschema.h"

namespace fc {

const QList<Migration> &historyMigrations()
{
    static const QList<Migration> migrations{
        {1,
         QStringLiteral("comparisons and the upload queue"),
         {
             // The whole document is the truth; the other columns are copies for listing and
             // searching without parsing every document.
             QStringLiteral("CREATE TABLE comparisons ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " saved_at INTEGER NOT NULL,"
                            " start_time INTEGER NOT NULL DEFAULT 0,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " lang_a TEXT NOT NULL,"
                            " lang_b TEXT NOT NULL,"
                            " code_a TEXT NOT NULL,"
                            " code_b TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " verdict_kind TEXT NOT NULL DEFAULT '',"
                            " verdict_text TEXT NOT NULL DEFAULT '',"
                            " source_kind TEXT NOT NULL,"
                            " source_url TEXT NOT NULL DEFAULT '',"
                            " remote_run_id TEXT NOT NULL DEFAULT '',"
                            " content_hash TEXT NOT NULL,"
                            " starred INTEGER NOT NULL DEFAULT 0,"
                            " deleted_at INTEGER,"
                            " document TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX comparisons_saved ON comparisons(saved_at)"),
             QStringLiteral("CREATE INDEX comparisons_hash ON comparisons(content_hash)"),
             QStringLiteral("CREATE INDEX comparisons_source ON comparisons(source_url)"),
             // One row per comparison and backend; the idempotency key and the exact body are
             // kept so that every retry is the same request (exactly-once on the server).
             QStringLiteral(
                 "CREATE TABLE uploads ("
                 " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,"
                 " backend TEXT NOT NULL,"
                 " idempotency_key TEXT NOT NULL UNIQUE,"
                 " body BLOB NOT NULL,"
                 " state TEXT NOT NULL,"
                 " attempts INTEGER NOT NULL DEFAULT 0,"
                 " queued_at INTEGER NOT NULL,"
                 " next_attempt_at INTEGER NOT NULL,"
                 " last_error TEXT NOT NULL DEFAULT '',"
                 " run_id TEXT NOT NULL DEFAULT '',"
                 " write_token TEXT NOT NULL DEFAULT '',"
                 " permalink TEXT NOT NULL DEFAULT '',"
                 " uploaded_at INTEGER,"
                 " UNIQUE(comparison_id, backend))"),
             QStringLiteral("CREATE INDEX uploads_state ON uploads(state, next_attempt_at)"),
         }},
        {2,
         QStringLiteral("the server's Retry-After kept with a queued upload"),
         {
             // Milliseconds since the epoch before which no attempt is made, by anyone (the
             // background retries, Share, `fastercodes sync`): the server asked for it. 0 = none.
             QStringLiteral("ALTER TABLE uploads ADD COLUMN not_before INTEGER NOT NULL DEFAULT 0"),
         }},
    };
    return migrations;
}

} // namespace fc
