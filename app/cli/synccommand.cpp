#include "cli/command.h"
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

} // namespace

int syncCommand(const QStringList &arguments, Console &console)
{
    Command command(QStringLiteral("sync"),
                    Text::tr("Delivers the upload queue now, each entry to the backend "
                             "it was shared to, and prints one permalink per "
                             "delivered entry. Exit code 0 when the queue is empty "
                             "afterwards, 1 when something is still queued or failed."),
                    console);
    if (const auto done = command.parse(arguments))
        return *done;
    if (!command.operands().isEmpty())
        return command.usage(Text::tr("sync takes no arguments"));

    SyncService sync(command.history());
    // Everything queued, due or not: the user asked for it now.
    const QList<Delivery> results = QCoro::waitFor(sync.deliverQueued(false));
    if (results.isEmpty()) {
        command.out() << Text::tr("Nothing to send: the upload queue is empty.") << Qt::endl;
        return 0;
    }
    int undelivered = 0;
    for (const Delivery &d : results) {
        if (d.result == Delivery::Result::Delivered) {
            command.out() << d.permalink << Qt::endl;
            continue;
        }
        ++undelivered;
        const QString what =
            d.result == Delivery::Result::Queued ? Text::tr("still queued") : Text::tr("failed");
        command.warn(Text::tr("comparison %1 (%2): %3: %4")
                         .arg(d.comparisonId)
                         .arg(UploadQueue::backendKey(d.backend), what, d.message));
    }
    return undelivered == 0 ? 0 : 1;
}

} // namespace fc::app
