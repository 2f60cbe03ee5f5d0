#include "model/analysis.h"
#include "tst_history_sample.h"
#include "tst_sync_support.h"

#include <QJsonArray>
#include <QTest>

using namespace fc;
using namespace fc::testing;

// The history through the real app: a damaged file never stops it, and search, star and delete
// work from the command line.
class TestHistoryE2E : public QObject
{
    Q_OBJECT

    static QJsonArray list(const Cli &cli, const QStringList &options = {})
    {
        const CliResult r =
            cli.run(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + options);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (r.exitCode != 0 || error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("history --json: %s", qPrintable(r.describe()));
        return doc.array();
    }

    static QStringList titles(const QJsonArray &entries)
    {
        QStringList out;
        for (const QJsonValue &e : entries)
            out << e[QStringLiteral("title")].toString();
        return out;
    }

    // Saves through the app: `share` to a backend that is down saves the comparison, queued.
    static void save(const Cli &cli, const Comparison &c, const QString &name)
    {
        const QString path = cli.file(name + QStringLiteral(".json"));
        QVERIFY(writeFile(path, QJsonDocument(comparisonDocument(c)).toJson()));
        const CliResult r = cli.run({QStringLiteral("share"), path, QStringLiteral("--backend"),
                                     QStringLiteral("http://127.0.0.1:9")});
        QVERIFY2(r.exitCode == 0 && r.outText().contains(QLatin1String("queued")),
                 qPrintable(r.describe()));
    }

private slots:
    void aCorruptDatabaseIsMovedAsideAndTheAppStarts()
    {
        Cli cli;
        QVERIFY(QDir().mkpath(QFileInfo(cli.historyPath()).absolutePath()));
        const QByteArray garbage =
            QByteArray("not a database, the remains of a crash\n").repeated(500);
        QVERIFY(writeFile(cli.historyPath(), garbage));

        const CliResult first = cli.run({QStringLiteral("history")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QVERIFY2(first.outText().contains(QLatin1String("No comparisons saved yet")),
                 qPrintable(first.describe()));
        QVERIFY2(first.errText().contains(QLatin1String("could not be used")) &&
                     first.errText().contains(QLatin1String("moved to")),
                 qPrintable(first.describe()));
        const QFileInfo info(cli.historyPath());
        const QStringList aside =
            info.dir().entryList({info.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(info.dir().filePath(aside.first())), garbage); // kept, untouched
        QVERIFY2(first.errText().contains(aside.first()), qPrintable(first.describe()));

        // The fresh history works and keeps what is saved; the notice is not repeated.
        save(cli, sampleComparison(), QStringLiteral("one"));
        const CliResult second = cli.run({QStringLiteral("history")});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.isEmpty(), qPrintable(second.describe()));
        QVERIFY2(second.outText().contains(QLatin1String("sum of squares")),
                 qPrintable(second.describe()));
    }

    void aFileThatClaimsToBeLocalIsKeptAsForeign()
    {
        // A comparison file from anywhere (a mail, a download) that says source.kind "local":
        // the history does not know it, so `share` keeps it as a file's, never as code written
        // and run here (the app then asks before running it: tst_consent).
        Cli cli;
        Comparison c = sampleComparison(QStringLiteral("c"), QStringLiteral("python"),
                                        QStringLiteral("claims to be mine"));
        c.sourceKind = Comparison::SourceKind::Local;
        save(cli, c, QStringLiteral("from-elsewhere"));
        QJsonArray entries = list(cli);
        QCOMPARE(entries.size(), 1);
        QJsonObject source = entries.first()[QStringLiteral("source")].toObject();
        QCOMPARE(source[QStringLiteral("kind")].toString(), QStringLiteral("file"));
        QCOMPARE(source[QStringLiteral("url")].toString(), QStringLiteral("from-elsewhere.json"));

        // Shared again: the same entry, still the file's, not made local by its claim.
        save(cli, c, QStringLiteral("from-elsewhere"));
        entries = list(cli);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()[QStringLiteral("source")][QStringLiteral("kind")].toString(),
                 QStringLiteral("file"));
    }

    void shareRefusesPlainHttpElsewhereUnlessAsked()
    {
        // The upload's answer carries the write token: plain http to another machine is
        // refused with the way out named, nothing is sent, and the comparison stays saved.
        Cli cli;
        const QString path = cli.file(QStringLiteral("mine.json"));
        QVERIFY(writeFile(path, QJsonDocument(comparisonDocument(sampleComparison())).toJson()));
        const CliResult r = cli.run({QStringLiteral("share"), path, QStringLiteral("--backend"),
                                     QStringLiteral("http://192.0.2.7:8787")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QLatin1String("--allow-insecure-http")),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(list(cli).size(), 1);
        const CliResult help = cli.run({QStringLiteral("share"), QStringLiteral("--help")});
        QVERIFY2(help.outText().contains(QLatin1String("--allow-insecure-http")),
                 qPrintable(help.describe()));
    }

    void searchStarAndDelete()
    {
        Cli cli;
        save(cli,
             sampleComparison(QStringLiteral("c"), QStringLiteral("python"),
                              QStringLiteral("sum of squares")),
             QStringLiteral("a"));
        save(cli,
             sampleComparison(QStringLiteral("rust"), QStringLiteral("java"),
                              QStringLiteral("hash maps")),
             QStringLiteral("b"));
        save(cli,
             sampleComparison(QStringLiteral("go"), QStringLiteral("python"),
                              QStringLiteral("regex engines")),
             QStringLiteral("c"));

        const QJsonArray all = list(cli);
        QCOMPARE(titles(all),
                 (QStringList{QStringLiteral("regex engines"), QStringLiteral("hash maps"),
                              QStringLiteral("sum of squares")}));
        const QJsonObject first = all.last().toObject();
        QCOMPARE(first[QStringLiteral("languages")].toArray(),
                 (QJsonArray{QStringLiteral("c"), QStringLiteral("python")}));
        QCOMPARE(first[QStringLiteral("status")].toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(first[QStringLiteral("verdict")][QStringLiteral("kind")].toString(),
                 QStringLiteral("faster"));
        QCOMPARE(first[QStringLiteral("sync")][QStringLiteral("state")].toString(),
                 QStringLiteral("queued"));
        QVERIFY(first[QStringLiteral("sync")][QStringLiteral("error")].toString().contains(
            QLatin1String("refused")));

        QCOMPARE(titles(list(cli, {QStringLiteral("--search"), QStringLiteral("hash")})),
                 QStringList{QStringLiteral("hash maps")});
        QCOMPARE(titles(list(cli, {QStringLiteral("--language"), QStringLiteral("python")})),
                 (QStringList{QStringLiteral("regex engines"), QStringLiteral("sum of squares")}));
        QCOMPARE(titles(list(cli, {QStringLiteral("--search"), QStringLiteral("squares"),
                                   QStringLiteral("--language"), QStringLiteral("go")})),
                 QStringList{});

        const QString hashId =
            QString::number(list(cli, {QStringLiteral("--search"), QStringLiteral("hash")})
                                .first()[QStringLiteral("id")]
                                .toInteger());
        QCOMPARE(cli.run({QStringLiteral("history"), QStringLiteral("--star"), hashId}).exitCode,
                 0);
        QCOMPARE(titles(list(cli, {QStringLiteral("--starred")})),
                 QStringList{QStringLiteral("hash maps")});

        // The whole document of an entry, as saved.
        const CliResult shown =
            cli.run({QStringLiteral("history"), QStringLiteral("--show"), hashId});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(doc[QStringLiteral("title")].toString(), QStringLiteral("hash maps"));
        QCOMPARE(doc[QStringLiteral("codeRuns")][0][QStringLiteral("runs")].toArray().size(), 9);

        const CliResult deleted =
            cli.run({QStringLiteral("history"), QStringLiteral("--delete"), hashId});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
        QCOMPARE(titles(list(cli)),
                 (QStringList{QStringLiteral("regex engines"), QStringLiteral("sum of squares")}));
        QVERIFY(titles(list(cli, {QStringLiteral("--search"), QStringLiteral("hash")})).isEmpty());
        // A deleted entry is not uploaded either: sync only tries the two left.
        const CliResult sync = cli.run({QStringLiteral("sync")});
        QCOMPARE(sync.errText().count(QLatin1String("still queued")), 2);

        QCOMPARE(cli.run({QStringLiteral("history"), QStringLiteral("--delete"), hashId}).exitCode,
                 2); // gone
        QCOMPARE(cli.run({QStringLiteral("history"), QStringLiteral("--show"), QStringLiteral("x")})
                     .exitCode,
                 2);

        // The plain listing: one line per entry, newest first.
        const CliResult text = cli.run({QStringLiteral("history")});
        const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().contains(QLatin1String("go vs python")) &&
                     lines.first().contains(QLatin1String("[queued]")),
                 qPrintable(text.outText()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryE2E)
#include "tst_history_e2e.moc"
