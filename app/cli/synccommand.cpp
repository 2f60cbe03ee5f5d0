#include "cli/commands.h"
#include "cloud/syncservice.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <qcoro/qcorotask.h>

namespace fc::app {

namespace {

// Translation context "SyncCommand": fastercodes sync.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

int usage(const QString &message)
{
    QTextStream(stderr) << "fastercodes sync: " << message << "\n"
                        << Text::tr("Try 'fastercodes sync --help'.") << Qt::endl;
    return 2;
}

} // namespace

int syncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Delivers the upload queue now, each entry to the backend "
                 "it was shared to, and prints one permalink per "
                 "delivered entry. Exit code 0 when the queue is empty "
                 "afterwards, 1 when something is still queued or failed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), Text::tr("The command."),
                                 QStringLiteral("sync"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(Text::tr("sync takes no arguments"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    HistoryStore &store = HistoryStore::defaultStore();
    if (!store.notice().isEmpty())
        err << "fastercodes: " << store.notice() << Qt::endl;
    SyncService sync(store);
    // Everything queued, due or not: the user asked for it now.
    const QList<Delivery> results = QCoro::waitFor(sync.deliverQueued(false));
    if (results.isEmpty()) {
        out << Text::tr("Nothing to send: the upload queue is empty.") << Qt::endl;
        return 0;
    }
    int undelivered = 0;
    for (const Delivery &d : results) {
        if (d.result == Delivery::Result::Delivered) {
            out << d.permalink << Qt::endl;
            continue;
        }
        ++undelivered;
        const QString what =
            d.result == Delivery::Result::Queued ? Text::tr("still queued") : Text::tr("failed");
        err << "fastercodes sync: "
            << Text::tr("comparison %1 (%2): %3: %4")
                   .arg(d.comparisonId)
                   .arg(UploadQueue::backendKey(d.backend), what, d.message)
            << Qt::endl;
    }
    return undelivered == 0 ? 0 : 1;
}

} // namespace fc::app
