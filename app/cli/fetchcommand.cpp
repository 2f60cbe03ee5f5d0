#include "cli/command.h"
#include "cli/commands.h"
#include "cloud/backendclient.h"
#include "cloud/permalink.h"
#include "cloud/syncsettings.h"
#include "export/comparisonexporter.h"
#include "history/historystore.h"
#include "model/analysis.h"

#include <QCoreApplication>
#include <QTextStream>
#include <qcoro/qcorotask.h>

namespace fc::app {

namespace {

// Translation context "FetchCommand": fastercodes fetch.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)
};

} // namespace

int fetchCommand(const QStringList &arguments, Console &console)
{
    Command command(
        QStringLiteral("fetch"),
        Text::tr("Downloads a permalink, this project's or the original faster.codes service's, "
                 "in this project's format (fastercodes.comparison/1): on standard output, or "
                 "into a file with --json. The comparison is saved to the history as downloaded "
                 "(its code is someone else's: it is never run)."),
        console);
    command.operand(QStringLiteral("LINK"),
                    Text::tr("<site>/?runId=ID, <site>/?r=ID, fastercodes://HOST/?runId=ID, "
                             "fastercodes://run/ID or a bare ID."));
    const QCommandLineOption json =
        command.option(QStringLiteral("json"),
                       Text::tr("Write the comparison to PATH instead of standard output."),
                       QStringLiteral("PATH"));
    const QCommandLineOption backend =
        command.option(QStringLiteral("backend"),
                       Text::tr("The backend for bare ids and fastercodes://run/ID links."),
                       QStringLiteral("URL"));
    const QCommandLineOption originalApi =
        command.option(QStringLiteral("original-api"),
                       Text::tr("Where links of the original service are fetched from "
                                "(default https://api.faster.codes)."),
                       QStringLiteral("URL"));
    const QCommandLineOption noSave = command.option(
        QStringLiteral("no-save"), Text::tr("Do not save the comparison to the history."));
    if (const auto done = command.parse(arguments))
        return *done;
    const QStringList links = command.operands();
    if (links.size() != 1)
        return command.usage(Text::tr("expected one link, got %1").arg(links.size()));

    PermalinkContext context = syncsettings::permalinkContext();
    QString error;
    if (!command.readSite(backend, &context.backend, &error) ||
        !command.readSite(originalApi, &context.originalApi, &error))
        return command.usage(error);
    const auto link = parsePermalink(links.first(), context, &error);
    if (!link)
        return command.usage(error);

    BackendClient client;
    const FetchOutcome fetched = QCoro::waitFor(client.fetch(*link));
    if (!fetched.comparison)
        return command.fail(fetched.problem.message);
    const Comparison &c = *fetched.comparison;
    if (!c.missingFields.isEmpty())
        command.warn(Text::tr("note: the source did not record: %1")
                         .arg(c.missingFields.join(QStringLiteral(", "))));
    if (!command.isSet(noSave))
        command.saveToHistory(c);
    const Analysis analysis = analyze(c);
    if (!command.isSet(json)) {
        command.out() << QString::fromUtf8(comparisonBytes(c, analysis, DataFormat::Json))
                      << Qt::flush;
        return 0;
    }
    if (!exportComparison(c, analysis, command.value(json), DataFormat::Json, &error))
        return command.fail(error);
    command.out() << Text::tr("%1 (%2 vs %3): %4")
                         .arg(c.title.isEmpty() ? link->webUrl.toString() : c.title, c.a().lang,
                              c.b().lang, analysis.verdict.sentence())
                  << Qt::endl;
    return 0;
}

} // namespace fc::app
