#include "cli/commands.h"
#include "cloud/backendclient.h"
#include "cloud/permalink.h"
#include "cloud/syncsettings.h"
#include "export/comparisonexporter.h"
#include "history/historystore.h"
#include "model/analysis.h"

#include <QCommandLineParser>
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

int usage(const QString &message)
{
    QTextStream(stderr) << "fastercodes fetch: " << message << "\n"
                        << Text::tr("Try 'fastercodes fetch --help'.") << Qt::endl;
    return 2;
}

} // namespace

int fetchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Downloads a permalink, this project's or the original faster.codes service's, in this "
        "project's format "
        "(fastercodes.comparison/1): on standard output, or into a file with --json. The "
        "comparison is saved to "
        "the history as downloaded (its code is someone else's: it is never run)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("fetch"), Text::tr("The command."),
                                 QStringLiteral("fetch"));
    parser.addPositionalArgument(
        QStringLiteral("LINK"),
        Text::tr("<site>/?runId=ID, <site>/?r=ID, fastercodes://HOST/?runId=ID, "
                 "fastercodes://run/ID or a bare ID."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        Text::tr("Write the comparison to PATH instead of standard output."),
        QStringLiteral("PATH"));
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        Text::tr("The backend for bare ids and fastercodes://run/ID links."),
        QStringLiteral("URL"));
    const QCommandLineOption originalApi(
        QStringLiteral("original-api"),
        Text::tr("Where links of the original service are fetched from "
                 "(default https://api.faster.codes)."),
        QStringLiteral("URL"));
    const QCommandLineOption noSave(QStringLiteral("no-save"),
                                    Text::tr("Do not save the comparison to the history."));
    parser.addOptions({json, backend, originalApi, noSave});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList links = parser.positionalArguments().mid(1);
    if (links.size() != 1)
        return usage(Text::tr("expected one link, got %1").arg(links.size()));

    PermalinkContext context = syncsettings::permalinkContext();
    QString error;
    if (parser.isSet(backend)) {
        const auto site = normalizedSite(parser.value(backend), &error);
        if (!site)
            return usage(error);
        context.backend = *site;
    }
    if (parser.isSet(originalApi)) {
        const auto site = normalizedSite(parser.value(originalApi), &error);
        if (!site)
            return usage(error);
        context.originalApi = *site;
    }
    const auto link = parsePermalink(links.first(), context, &error);
    if (!link)
        return usage(error);

    QTextStream out(stdout);
    QTextStream err(stderr);
    BackendClient client;
    const FetchOutcome fetched = QCoro::waitFor(client.fetch(*link));
    if (!fetched.comparison) {
        err << "fastercodes fetch: " << fetched.problem.message << Qt::endl;
        return 1;
    }
    const Comparison &c = *fetched.comparison;
    if (!c.missingFields.isEmpty())
        err << "fastercodes fetch: "
            << Text::tr("note: the source did not record: %1")
                   .arg(c.missingFields.join(QStringLiteral(", ")))
            << Qt::endl;
    if (!parser.isSet(noSave)) {
        HistoryStore &store = HistoryStore::defaultStore();
        if (!store.notice().isEmpty())
            err << "fastercodes: " << store.notice() << Qt::endl;
        if (store.save(c, &error) == 0)
            err << "fastercodes fetch: " << Text::tr("not saved to the history: %1").arg(error)
                << Qt::endl;
    }
    const Analysis analysis = analyze(c);
    if (!parser.isSet(json)) {
        out << QString::fromUtf8(comparisonBytes(c, analysis, DataFormat::Json)) << Qt::flush;
        return 0;
    }
    if (!exportComparison(c, analysis, parser.value(json), DataFormat::Json, &error)) {
        err << "fastercodes fetch: " << error << Qt::endl;
        return 1;
    }
    out << Text::tr("%1 (%2 vs %3): %4")
               .arg(c.title.isEmpty() ? link->webUrl.toString() : c.title, c.a().lang, c.b().lang,
                    analysis.verdict.sentence())
        << Qt::endl;
    return 0;
}

} // namespace fc::app
