// The command line in-process: each subcommand called with an argument list, what it printed
// and its exit code read back (fc::app::Console into strings). Usage errors, help, the history
// and sync with an empty store, a real small comparison (and share --show of it), and compare's
// flags split by the one splitter the window uses too.
#include "cli/command.h"
#include "cli/commands.h"
#include "cli/compareoptions.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "shellwordcases.h"
#include "toolchains/languageregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fc::app;

namespace {

using Handler = int (*)(const QStringList &, Console &);

struct Printed
{
    int exitCode = -1;
    QString out;
    QString err;
};

Printed run(Handler handler, const QStringList &arguments)
{
    Printed p;
    {
        Console console(&p.out, &p.err);
        p.exitCode = handler(arguments, console);
    } // the console's streams flush as it goes
    return p;
}

QString data(const char *name)
{
    return QStringLiteral(FC_TEST_DATA_DIR "/cli/") + QLatin1String(name);
}

Handler handler(const QString &name)
{
    if (name == QLatin1String("compare"))
        return compareCommand;
    if (name == QLatin1String("languages"))
        return languagesCommand;
    if (name == QLatin1String("history"))
        return historyCommand;
    if (name == QLatin1String("share"))
        return shareCommand;
    if (name == QLatin1String("sync"))
        return syncCommand;
    return fetchCommand;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // History, settings and the toolchain cache in the test's own folder.
        for (const char *var : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            qputenv(var, QFile::encodeName(m_home.path() + QLatin1Char('/') + QLatin1String(var)));
        qunsetenv("FASTERCODES_BACKEND");
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        const auto args = [](std::initializer_list<QString> rest) {
            return QStringList{QStringLiteral("fastercodes")} + QStringList(rest);
        };
        const QString fast = data("fast.c"), slow = data("slow.c");
        using namespace Qt::StringLiterals;
        for (const QString &c :
             {u"compare"_s, u"languages"_s, u"history"_s, u"share"_s, u"sync"_s, u"fetch"_s}) {
            QTest::addRow("%s --help", qPrintable(c))
                << args({c, u"--help"_s}) << 0 << u"Usage:"_s << QString();
            QTest::addRow("%s --bogus", qPrintable(c)) << args({c, u"--bogus"_s}) << 2 << QString()
                                                       << u"Try 'fastercodes %1 --help'."_s.arg(c);
        }
        QTest::newRow("compare one file")
            << args({u"compare"_s, fast}) << 2 << QString()
            << u"fastercodes compare: expected two source files, got 1"_s;
        QTest::newRow("compare missing file") << args({u"compare"_s, fast, u"/no/such/file.c"_s})
                                              << 2 << QString() << u"cannot read /no/such/file.c"_s;
        QTest::newRow("compare unknown language")
            << args({u"compare"_s, u"--lang-a"_s, u"cobol"_s, fast, slow}) << 2 << QString()
            << u"unknown language 'cobol'"_s;
        QTest::newRow("compare runs 0") << args({u"compare"_s, u"--runs"_s, u"0"_s, fast, slow})
                                        << 2 << QString() << u"--runs needs a whole number ≥ 1"_s;
        QTest::newRow("compare timeout text")
            << args({u"compare"_s, u"--timeout"_s, u"soon"_s, fast, slow}) << 2 << QString()
            << u"--timeout needs a number ≥ 0.001"_s;
        QTest::newRow("compare runs with adaptive")
            << args({u"compare"_s, u"--runs"_s, u"5"_s, u"--max-runs"_s, u"9"_s, fast, slow}) << 2
            << QString() << u"--runs is a fixed count"_s;
        QTest::newRow("compare max below min")
            << args({u"compare"_s, u"--min-runs"_s, u"9"_s, u"--max-runs"_s, u"5"_s, fast, slow})
            << 2 << QString() << u"--max-runs (5) is below --min-runs (9)"_s;
        QTest::newRow("compare open quote")
            << args({u"compare"_s, u"--flags-b"_s, u"-O2 '-g"_s, fast, slow}) << 2 << QString()
            << u"--flags-b: a single quote (') is not closed"_s;
        QTest::newRow("history empty")
            << args({u"history"_s}) << 0 << u"No comparisons saved yet."_s << QString();
        QTest::newRow("history limit 0") << args({u"history"_s, u"--limit"_s, u"0"_s}) << 2
                                         << QString() << u"--limit needs a whole number ≥ 1"_s;
        QTest::newRow("history show unknown") << args({u"history"_s, u"--show"_s, u"99"_s}) << 2
                                              << QString() << u"there is no history entry '99'"_s;
        QTest::newRow("history extra")
            << args({u"history"_s, u"x"_s}) << 2 << QString() << u"unexpected argument 'x'"_s;
        QTest::newRow("sync empty")
            << args({u"sync"_s}) << 0 << u"Nothing to send: the upload queue is empty."_s
            << QString();
        QTest::newRow("sync extra")
            << args({u"sync"_s, u"x"_s}) << 2 << QString() << u"sync takes no arguments"_s;
        QTest::newRow("share nothing") << args({u"share"_s}) << 2 << QString()
                                       << u"expected one result file or history id, got 0"_s;
        QTest::newRow("share unknown id") << args({u"share"_s, u"--show"_s, u"99"_s}) << 2
                                          << QString() << u"there is no history entry '99'"_s;
        QTest::newRow("share not a comparison")
            << args({u"share"_s, fast}) << 2 << QString() << u"is not a comparison"_s;
        QTest::newRow("fetch nothing")
            << args({u"fetch"_s}) << 2 << QString() << u"expected one link, got 0"_s;
        QTest::newRow("fetch bad backend")
            << args({u"fetch"_s, u"k3x9q2m7ra"_s, u"--backend"_s, u"ftp://example.org"_s}) << 2
            << QString() << u"'ftp://example.org' is not a usable backend address"_s;
        QTest::newRow("fetch bad original api")
            << args({u"fetch"_s, u"k3x9q2m7ra"_s, u"--original-api"_s, u"https://"_s}) << 2
            << QString() << u"'https://' is not a usable backend address: it has no host"_s;
        QTest::newRow("share bad backend")
            << args({u"share"_s, u"1"_s, u"--backend"_s, u"http://u@example.org"_s}) << 2
            << QString() << u"it must not contain a user name, a query or a fragment"_s;
        QTest::newRow("languages extra")
            << args({u"languages"_s, u"x"_s}) << 2 << QString() << u"unexpected argument 'x'"_s;
    }
    void commands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        const Printed p = run(handler(arguments.at(1)), arguments);
        QVERIFY2(
            p.exitCode == exitCode,
            qPrintable(
                QStringLiteral("exit %1\nout: %2\nerr: %3").arg(p.exitCode).arg(p.out, p.err)));
        QVERIFY2(p.out.contains(out), qPrintable(p.out));
        QVERIFY2(p.err.contains(err), qPrintable(p.err));
        if (exitCode == 2) // a usage error says so and prints nothing on stdout
            QVERIFY2(p.out.isEmpty(), qPrintable(p.out));
    }

    // --flags-a/--args-a become the words the window would make of the same text.
    void compareSplitsFlagsLikeTheWindow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        for (const shellwords::Case &c : shellwords::cases())
            QTest::newRow(c.name) << c.text << c.words;
    }
    void compareSplitsFlagsLikeTheWindow()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QString out, err;
        Console console(&out, &err);
        Command command(QStringLiteral("compare"), QString(), console);
        const fc::LanguageRegistry registry = fc::LanguageRegistry::createDefault();
        int exitCode = -1;
        const auto job = parseCompare(
            command,
            {QStringLiteral("fastercodes"), QStringLiteral("compare"), QStringLiteral("--flags-a"),
             text, QStringLiteral("--args-b"), text, data("fast.c"), data("slow.c")},
            registry, exitCode);
        QVERIFY2(job, qPrintable(err));
        QCOMPARE(exitCode, 0);
        QCOMPARE(job->request.sides[0].flags.value_or(QStringList{QStringLiteral("<none>")}),
                 words);
        QCOMPARE(job->request.sides[1].args, words);
        QVERIFY(!job->request.sides[1].flags); // B keeps its language's defaults
    }

    // A real comparison, in-process: report on stdout, the JSON file written, exit code 0.
    void compareRunsAndWrites()
    {
        const QString json = m_home.filePath(QStringLiteral("result.json"));
        const Printed p =
            run(compareCommand,
                {QStringLiteral("fastercodes"), QStringLiteral("compare"), QStringLiteral("--runs"),
                 QStringLiteral("4"), QStringLiteral("--warmup"), QStringLiteral("0"),
                 QStringLiteral("--no-save"), QStringLiteral("--json"), json, data("fast.c"),
                 data("slow.c")});
        QVERIFY2(p.exitCode == 0, qPrintable(p.out + p.err));
        QVERIFY2(p.out.contains(QLatin1String("Wall time")), qPrintable(p.out));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("fastercodes.comparison/1"));
        // --no-save: the history stays empty.
        const Printed history =
            run(historyCommand, {QStringLiteral("fastercodes"), QStringLiteral("history")});
        QVERIFY2(history.out.contains(QLatin1String("No comparisons saved yet.")),
                 qPrintable(history.out));
    }

    // share --show prints the bytes a share would upload, and sends and saves nothing: the
    // queued body of the real share that follows is exactly what it printed, by file and by id.
    void shareShowPrintsWhatWouldBeSent()
    {
        const QString json = m_home.filePath(QStringLiteral("result.json")); // compare's, above
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const QString workFolder = QDir::tempPath() + QStringLiteral("/fastercodes-");
        QVERIFY2(original.contains(workFolder.toUtf8()),
                 "the compile commands name the work folder");

        QTcpServer backend; // the site the document would go to: it must see no connection
        QVERIFY(backend.listen(QHostAddress::LocalHost));
        const QString site = QStringLiteral("http://127.0.0.1:%1").arg(backend.serverPort());
        const QString app = QStringLiteral("fastercodes"), share = QStringLiteral("share");
        const QString show = QStringLiteral("--show"), backendOption = QStringLiteral("--backend");
        const Printed shown = run(shareCommand, {app, share, show, backendOption, site, json});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY(!backend.waitForNewConnection(0));
        fc::HistoryStore &store = fc::HistoryStore::defaultStore();
        QCOMPARE(store.count(), 0);
        const QJsonDocument doc = QJsonDocument::fromJson(shown.out.toUtf8());
        QVERIFY2(doc.isObject(), qPrintable(shown.out));
        QVERIFY(!doc.object()
                     .value(QStringLiteral("environment"))
                     .toObject()
                     .contains(QStringLiteral("hostname")));
        QVERIFY2(!shown.out.contains(workFolder), qPrintable(shown.out));
        QVERIFY2(!shown.out.contains(QDir::homePath()), qPrintable(shown.out));

        // Shared for real to a port nobody listens on: saved and queued, with that very body.
        backend.close();
        const Printed shared = run(shareCommand, {app, share, backendOption, site, json});
        QVERIFY2(shared.exitCode == 0 && shared.out.startsWith(QLatin1String("queued: ")),
                 qPrintable(shared.out + shared.err));
        QCOMPARE(store.count(), 1);
        const qint64 id = store.list().first().id;
        const auto queued = store.uploads().find(id, QUrl(site));
        QVERIFY(queued);
        QCOMPARE(QString::fromUtf8(queued->body) + QLatin1Char('\n'), shown.out);

        const Printed byId = run(shareCommand, {app, share, show, QString::number(id)});
        QVERIFY2(byId.exitCode == 0, qPrintable(byId.err));
        QCOMPARE(byId.out, shown.out);
        QCOMPARE(store.count(), 1);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
