#include "cli/command.h"
#include "cli/commands.h"
#include "cloud/permalink.h"
#include "cloud/syncservice.h"
#include "cloud/syncsettings.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "model/comparisonjson.h"

#include <QCommandLineParser>
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

} // namespace

int shareCommand(const QStringList &arguments, Console &console)
{
    Command command(
        QStringLiteral("share"),
        Text::tr(
            "Uploads a finished comparison to a backend and prints its permalink. When the backend "
            "cannot be reached, "
            "the upload is queued and 'fastercodes sync' (or the app) delivers it later."),
        console);
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(
        QStringLiteral("RESULT.json"),
        Text::tr("A comparison written by 'fastercodes compare --json' or exported by the app."));
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        Text::tr("The backend's site, e.g. http://127.0.0.1:8787 (default: "
                 "the settings, or $FASTERCODES_BACKEND)."),
        QStringLiteral("URL"));
    parser.addOption(backend);
    const QCommandLineOption insecure(
        QStringLiteral("allow-insecure-http"),
        Text::tr("Share to a plain http:// backend on another machine even though the run's "
                 "write token then travels unencrypted (refused otherwise)."));
    parser.addOption(insecure);
    if (const auto done = command.parse(arguments))
        return *done;
    const QStringList files = command.operands();
    if (files.size() != 1)
        return command.usage(Text::tr("expected one result file, got %1").arg(files.size()));

    QUrl site = syncsettings::backendUrl();
    if (parser.isSet(backend)) {
        QString error;
        const auto given = normalizedSite(parser.value(backend), &error);
        if (!given)
            return command.usage(error);
        site = *given;
    }

    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return command.usage(
            Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return command.usage(Text::tr("%1 is too large to be a comparison").arg(file.fileName()));
    QString error;
    const auto comparison = comparisonFromJson(file.readAll(), &error);
    if (!comparison)
        return command.usage(Text::tr("%1 is not a comparison: %2").arg(file.fileName(), error));

    HistoryStore &store = command.history();
    // The entry `compare` saved, when there is one: its queue row and link belong there.
    qint64 id = store.findByContent(*comparison);
    if (id == 0) {
        // The history does not know it: whatever the file says, its code was not written or run
        // on this machine as far as anyone can tell, so it is kept as foreign ("file"), and the
        // app asks before running it. Only the file's name is kept: a path says too much once
        // the comparison is shared.
        Comparison fromFile = *comparison;
        if (fromFile.sourceKind == Comparison::SourceKind::Local) {
            fromFile.sourceKind = Comparison::SourceKind::File;
            fromFile.sourceUrl = QFileInfo(file.fileName()).fileName();
        }
        id = store.findByContent(fromFile); // shared before
        if (id == 0)
            id = store.save(fromFile, &error);
    }
    if (id == 0)
        return command.fail(Text::tr("cannot save to the history: %1").arg(error));

    SyncService sync(store);
    sync.setCleartextAllowed(parser.isSet(insecure));
    const Delivery d = QCoro::waitFor(sync.share(id, site));
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
