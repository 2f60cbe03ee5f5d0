#include "cli/command.h"
#include "cli/commands.h"
#include "cloud/syncservice.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <qcoro/qcorotask.h>

namespace fc::app {

namespace {

// Translation context "HistoryCommand": fastercodes history.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

QJsonObject entryToJson(const HistoryEntry &e)
{
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("savedAt"), e.savedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("startTime"), double(e.startTime)},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("languages"), QJsonArray{e.langA, e.langB}},
            {QStringLiteral("status"), statusName(e.status)},
            {QStringLiteral("verdict"), QJsonObject{{QStringLiteral("kind"), e.verdictKind},
                                                    {QStringLiteral("text"), e.verdictText}}},
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("kind"), sourceKindName(e.sourceKind)},
                         {QStringLiteral("url"), orNull(e.sourceUrl)},
                         {QStringLiteral("runId"), orNull(e.remoteRunId)}}},
            {QStringLiteral("starred"), e.starred},
            {QStringLiteral("sync"),
             QJsonObject{{QStringLiteral("state"), syncStateName(e.syncState)},
                         {QStringLiteral("backend"), orNull(e.backend)},
                         {QStringLiteral("permalink"), orNull(e.permalink)},
                         {QStringLiteral("error"), orNull(e.syncError)},
                         {QStringLiteral("attempts"), e.attempts},
                         {QStringLiteral("nextAttempt"),
                          e.syncState == SyncState::Queued && e.nextAttemptAt.isValid()
                              ? QJsonValue(e.nextAttemptAt.toUTC().toString(Qt::ISODate))
                              : QJsonValue()}}}};
}

QString syncText(const HistoryEntry &e)
{
    switch (e.syncState) {
    case SyncState::Local:
        return e.isDownloaded() ? Text::tr("downloaded") : Text::tr("local");
    case SyncState::Queued:
        return Text::tr("queued");
    case SyncState::Uploaded:
        return e.permalink;
    case SyncState::Failed:
        return Text::tr("failed: %1").arg(e.syncError);
    }
    return {};
}

// Entry ids given to --show, --delete ...: whole numbers of existing entries.
std::optional<qint64> entryId(const HistoryStore &store, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || !store.entry(id))
        return std::nullopt;
    return id;
}

} // namespace

int historyCommand(const QStringList &arguments, Console &console)
{
    Command command(
        QStringLiteral("history"),
        Text::tr("Lists the saved comparisons, newest first; shows, stars or deletes one."),
        console);
    const QCommandLineOption json =
        command.option(QStringLiteral("json"), Text::tr("Print the list as a JSON array."));
    const QCommandLineOption search = command.option(
        QStringLiteral("search"),
        Text::tr("Only entries whose title, code, languages or verdict contain every word."),
        QStringLiteral("TEXT"));
    const QCommandLineOption language = command.option(
        QStringLiteral("language"), Text::tr("Only entries with this language on either side."),
        QStringLiteral("ID"));
    const QCommandLineOption starred =
        command.option(QStringLiteral("starred"), Text::tr("Only starred entries."));
    const QCommandLineOption limit = command.option(
        QStringLiteral("limit"), Text::tr("At most N entries."), QStringLiteral("N"));
    const QCommandLineOption show =
        command.option(QStringLiteral("show"),
                       Text::tr("Print entry ID's whole document (fastercodes.comparison/1)."),
                       QStringLiteral("ID"));
    const QCommandLineOption star =
        command.option(QStringLiteral("star"), Text::tr("Star entry ID."), QStringLiteral("ID"));
    const QCommandLineOption unstar = command.option(
        QStringLiteral("unstar"), Text::tr("Unstar entry ID."), QStringLiteral("ID"));
    const QCommandLineOption remove =
        command.option(QStringLiteral("delete"), Text::tr("Delete entry ID from the history."),
                       QStringLiteral("ID"));
    const QCommandLineOption removeRemote = command.option(
        QStringLiteral("delete-remote"),
        Text::tr("Delete entry ID's upload from its server (with the kept write token)."),
        QStringLiteral("ID"));
    if (const auto done = command.parse(arguments))
        return *done;
    if (!command.operands().isEmpty())
        return command.usage(Text::tr("unexpected argument '%1'").arg(command.operands().first()));

    QTextStream &out = command.out();
    HistoryStore &store = command.history();

    const QList<const QCommandLineOption *> actions{&show, &star, &unstar, &remove, &removeRemote};
    for (const QCommandLineOption *action : actions) {
        if (!command.isSet(*action))
            continue;
        const auto id = entryId(store, command.value(*action));
        if (!id)
            return command.usage(
                Text::tr("there is no history entry '%1'").arg(command.value(*action)));
        if (action == &show) {
            out << QString::fromUtf8(QJsonDocument::fromJson(store.document(*id)).toJson())
                << Qt::flush;
        } else if (action == &star || action == &unstar) {
            store.setStarred(*id, action == &star);
        } else if (action == &remove) {
            store.remove(*id);
            out << Text::tr("Deleted comparison %1.").arg(*id) << Qt::endl;
        } else {
            SyncService sync(store);
            const QString problem = QCoro::waitFor(sync.deleteFromServer(*id));
            if (!problem.isEmpty())
                return command.fail(problem);
            out << Text::tr("Deleted comparison %1 from its server.").arg(*id) << Qt::endl;
        }
        return 0;
    }

    HistoryQuery query;
    query.text = command.value(search);
    query.language = command.value(language);
    query.starredOnly = command.isSet(starred);
    if (command.isSet(limit)) {
        bool ok = false;
        query.limit = command.value(limit).toInt(&ok);
        if (!ok || query.limit < 1)
            return command.usage(Text::tr("--limit needs a whole number ≥ 1"));
    }
    const QList<HistoryEntry> entries = store.list(query);
    if (command.isSet(json)) {
        QJsonArray array;
        for (const HistoryEntry &e : entries)
            array.append(entryToJson(e));
        out << QString::fromUtf8(QJsonDocument(array).toJson()) << Qt::flush;
        return 0;
    }
    if (entries.isEmpty()) {
        out << (query.text.isEmpty() && query.language.isEmpty() && !query.starredOnly
                    ? Text::tr("No comparisons saved yet.")
                    : Text::tr("No comparison matches."))
            << Qt::endl;
        return 0;
    }
    for (const HistoryEntry &e : entries) {
        out << qSetFieldWidth(5) << Qt::right << e.id << qSetFieldWidth(0) << Qt::left << "  "
            << e.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << (e.starred ? "* " : "  ") << QStringLiteral("%1 vs %2").arg(e.langA, e.langB) << "  "
            << (e.title.isEmpty() ? QString() : e.title + QStringLiteral(" — ")) << e.verdictText
            << "  [" << syncText(e) << ']' << Qt::endl;
    }
    return 0;
}

} // namespace fc::app
