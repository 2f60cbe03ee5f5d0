#include "cli/command.h"
#include "cli/commands.h"
#include "cloud/syncservice.h"
#include "cloud/syncsettings.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "model/comparisonjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <qcoro/qcorotask.h>

namespace fc::app {

namespace {

// Translation context "ShareCommand": fastercodes share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShareCommand)
};

// What the operand names: an existing file is read as a comparison; otherwise a whole number is
// a history entry's id. The history entry it is (or would be saved as) comes with it; `save` adds
// a file the history does not know, as a share must (--show saves nothing).
struct Target
{
    qint64 id = 0; ///< 0: not in the history (only with save == false)
    Comparison comparison;
};

std::optional<Target> resolve(Command &command, const QString &operand, bool save, int &exitCode)
{
    HistoryStore &store = command.history();
    QString error;
    bool isNumber = false;
    const qint64 entryId = operand.toLongLong(&isNumber);
    if (!QFileInfo::exists(operand) && isNumber) {
        if (!store.entry(entryId)) {
            exitCode = command.usage(Text::tr("there is no history entry '%1'").arg(operand));
            return std::nullopt;
        }
        auto saved = store.load(entryId, &error);
        if (!saved) {
            exitCode = command.fail(error);
            return std::nullopt;
        }
        return Target{entryId, *saved};
    }

    QFile file(operand);
    if (!file.open(QIODevice::ReadOnly)) {
        exitCode =
            command.usage(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > 64 * 1024 * 1024) {
        exitCode =
            command.usage(Text::tr("%1 is too large to be a comparison").arg(file.fileName()));
        return std::nullopt;
    }
    const auto comparison = comparisonFromJson(file.readAll(), &error);
    if (!comparison) {
        exitCode =
            command.usage(Text::tr("%1 is not a comparison: %2").arg(file.fileName(), error));
        return std::nullopt;
    }
    // The entry `compare` saved, when there is one: its queue row and link belong there.
    Target target{store.findByContent(*comparison), *comparison};
    if (target.id == 0) {
        // The history does not know it: whatever the file says, its code was not written or run
        // on this machine as far as anyone can tell, so it is kept as foreign ("file"), and the
        // app asks before running it. Only the file's name is kept: a path says too much once
        // the comparison is shared.
        if (target.comparison.sourceKind == Comparison::SourceKind::Local) {
            target.comparison.sourceKind = Comparison::SourceKind::File;
            target.comparison.sourceUrl = QFileInfo(file.fileName()).fileName();
        }
        target.id = store.findByContent(target.comparison); // shared before
        if (target.id == 0 && save) {
            target.id = store.save(target.comparison, &error);
            if (target.id == 0) {
                exitCode = command.fail(Text::tr("cannot save to the history: %1").arg(error));
                return std::nullopt;
            }
        }
    }
    if (target.id != 0) { // what share() sends is the entry as the history keeps it
        auto saved = store.load(target.id, &error);
        if (!saved) {
            exitCode = command.fail(error);
            return std::nullopt;
        }
        target.comparison = *saved;
    }
    return target;
}

} // namespace

int shareCommand(const QStringList &arguments, Console &console)
{
    Command command(
        QStringLiteral("share"),
        Text::tr("Uploads a finished comparison to a backend and prints its permalink. When the "
                 "backend cannot be reached, the upload is queued and 'fastercodes sync' (or the "
                 "app) delivers it later."),
        console);
    command.operand(
        QStringLiteral("RESULT.json|ID"),
        Text::tr("A comparison written by 'fastercodes compare --json' or exported by the app, "
                 "or the id of a history entry ('fastercodes history')."));
    const QCommandLineOption backend =
        command.option(QStringLiteral("backend"),
                       Text::tr("The backend's site, e.g. http://127.0.0.1:8787 (default: "
                                "the settings, or $FASTERCODES_BACKEND)."),
                       QStringLiteral("URL"));
    const QCommandLineOption insecure = command.option(
        QStringLiteral("allow-insecure-http"),
        Text::tr("Share to a plain http:// backend on another machine even though the run's "
                 "write token then travels unencrypted (refused otherwise)."));
    const QCommandLineOption show = command.option(
        QStringLiteral("show"),
        Text::tr("Print the document that would be uploaded, byte for byte (compact JSON: no host "
                 "name, the work folders relative, the home folder as ~), and send and save "
                 "nothing."));
    if (const auto done = command.parse(arguments))
        return *done;
    const QStringList files = command.operands();
    if (files.size() != 1)
        return command.usage(
            Text::tr("expected one result file or history id, got %1").arg(files.size()));

    QUrl site = syncsettings::backendUrl();
    if (QString error; !command.readSite(backend, &site, &error))
        return command.usage(error);

    int exitCode = 0;
    const auto target = resolve(command, files.first(), !command.isSet(show), exitCode);
    if (!target)
        return exitCode;

    if (command.isSet(show)) {
        QString error;
        const auto body = SyncService::uploadBody(target->comparison, &error);
        if (!body)
            return command.fail(error);
        if (target->id != 0) {
            const auto upload = command.history().uploads().find(target->id, site);
            if (upload && upload->state == UploadItem::State::Uploaded)
                command.warn(Text::tr("already shared to %1 as %2: 'share' would send nothing "
                                      "again and print that link")
                                 .arg(UploadQueue::backendKey(site), upload->permalink));
        }
        command.out() << QString::fromUtf8(*body) << Qt::endl;
        return 0;
    }

    HistoryStore &store = command.history();
    SyncService sync(store);
    sync.setCleartextAllowed(command.isSet(insecure));
    const Delivery d = QCoro::waitFor(sync.share(target->id, site));
    switch (d.result) {
    case Delivery::Result::Delivered:
        command.out() << d.permalink << Qt::endl;
        return 0;
    case Delivery::Result::Queued:
        // "queued:" stays English in every language: scripts look for it.
        command.out() << QStringLiteral("queued: ")
                      << Text::tr("%1; 'fastercodes sync' or the app will deliver it to %2")
                             .arg(d.message, UploadQueue::backendKey(site))
                      << Qt::endl;
        return 0;
    case Delivery::Result::Failed:
        break;
    }
    return command.fail(d.message);
}

} // namespace fc::app
