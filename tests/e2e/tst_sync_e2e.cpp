#include "cloud/shareddocument.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "tst_history_sample.h"
#include "tst_sync_support.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace fc;
using namespace fc::testing;

namespace {

QJsonArray historyJson(const Cli &cli)
{
    const CliResult r = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (r.exitCode != 0 || error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("history --json: %s", qPrintable(r.describe()));
    return doc.array();
}

QString runIdOf(const QString &permalink)
{
    return QUrlQuery(QUrl(permalink)).queryItemValue(QStringLiteral("runId"));
}

// What a download must give back: the comparison as it was shared (the CLI's private paths taken
// out: its home folder and the runner's work folders), with the server's ids and its source.
Comparison asDownloaded(const Comparison &local, const Cli &cli, const QString &runId,
                        const QString &link)
{
    const PrivatePaths paths{QDir::tempPath(), cli.home()};
    QString error;
    auto shared = comparisonFromJson(withoutPrivateDetails(comparisonToJson(local), paths), &error);
    if (!shared) {
        qWarning("the shared form of the comparison does not read back: %s", qPrintable(error));
        return local;
    }
    Comparison c = *shared;
    c.runId = runId;
    c.a().id = runId + QStringLiteral("-a");
    c.b().id = runId + QStringLiteral("-b");
    c.sourceKind = Comparison::SourceKind::Permalink;
    c.sourceUrl = link;
    return c;
}

} // namespace

// Sharing, the upload queue and downloads through the real app and the real backend
// (wrangler dev on a loopback port, started by the ctest fixture).
class TestSyncE2E : public QObject
{
    Q_OBJECT

    QString m_backend;
    QRegularExpression m_link;

private slots:
    void initTestCase()
    {
        m_backend = fixtureBackend();
        QVERIFY2(m_backend.startsWith(QLatin1String("http://127.0.0.1:")),
                 "the e2e backend fixture did not start (see e2e_backend_start)");
        QVERIFY(QFileInfo::exists(Cli::program()));
        m_link = QRegularExpression(QStringLiteral("^%1/\\?runId=([0-9a-z]{1,32})$")
                                        .arg(QRegularExpression::escape(m_backend)));
    }

    void compareShareFetchGivesBackTheSameData()
    {
        Cli cli;
        QVERIFY(writeFile(cli.file(QStringLiteral("a.c")),
                          "#include <stdio.h>\nint main(void) {\n    volatile long s = 0;\n"
                          "    for (long i = 0; i < 2000000; i++) s += i;\n    printf(\"%ld\\n\", "
                          "(long)s);\n    return 0;\n}\n"));
        QVERIFY(writeFile(cli.file(QStringLiteral("b.c")),
                          "#include <stdio.h>\nint main(void) {\n    long n = 1999999;\n    "
                          "printf(\"%ld\\n\", n * (n + 1) / 2);\n"
                          "    return 0;\n}\n"));
        const QString result = cli.file(QStringLiteral("result.json"));
        const CliResult compared =
            cli.run({QStringLiteral("compare"), cli.file(QStringLiteral("a.c")),
                     cli.file(QStringLiteral("b.c")), QStringLiteral("--runs"), QStringLiteral("5"),
                     QStringLiteral("--json"), result, QStringLiteral("--quiet")},
                    180000);
        QVERIFY2(compared.exitCode == 0, qPrintable(compared.describe()));
        const QByteArray original = readFile(result);
        QString error;
        const auto local = comparisonFromJson(original, &error);
        QVERIFY2(local.has_value(), qPrintable(error));

        const CliResult shared =
            cli.run({QStringLiteral("share"), result, QStringLiteral("--backend"), m_backend});
        QVERIFY2(shared.exitCode == 0, qPrintable(shared.describe()));
        const QString link = shared.outText().trimmed();
        const auto match = m_link.match(link);
        QVERIFY2(match.hasMatch(), qPrintable(shared.describe()));
        const QString runId = match.captured(1);

        // The history knows where it went.
        const QJsonArray entries = historyJson(cli);
        QCOMPARE(entries.size(), 1);
        const QJsonObject sync = entries.first()[QStringLiteral("sync")].toObject();
        QCOMPARE(sync[QStringLiteral("state")].toString(), QStringLiteral("uploaded"));
        QCOMPARE(sync[QStringLiteral("permalink")].toString(), link);

        // Every form of the link downloads the same data.
        const QStringList forms{
            link, QStringLiteral("%1/?r=%2").arg(m_backend, runId),
            QStringLiteral("fastercodes://%1/?runId=%2").arg(QUrl(m_backend).authority(), runId),
            QStringLiteral("fastercodes://run/%1").arg(runId), runId};
        for (const QString &form : forms) {
            const QString out = cli.file(QStringLiteral("fetched.json"));
            QFile::remove(out);
            const CliResult fetched =
                cli.run({QStringLiteral("fetch"), form, QStringLiteral("--backend"), m_backend,
                         QStringLiteral("--json"), out});
            QVERIFY2(fetched.exitCode == 0,
                     qPrintable(form + QLatin1Char('\n') + fetched.describe()));
            const QByteArray bytes = readFile(out);
            const auto back = comparisonFromJson(bytes, &error);
            QVERIFY2(back.has_value(), qPrintable(error));
            QCOMPARE(*back, asDownloaded(*local, cli, runId, link));
            // Statistics and verdict are recomputed from the runs: identical too.
            const QJsonObject a = QJsonDocument::fromJson(original).object();
            const QJsonObject b = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(b[QStringLiteral("verdict")], a[QStringLiteral("verdict")]);
            QCOMPARE(b[QStringLiteral("comparison")], a[QStringLiteral("comparison")]);
        }
        // Without --json the document is on stdout, and nothing else is.
        const CliResult toStdout = cli.run({QStringLiteral("fetch"), link});
        QVERIFY2(toStdout.exitCode == 0, qPrintable(toStdout.describe()));
        QVERIFY(comparisonFromJson(toStdout.out, &error).has_value());

        // The download is in the history once, marked as downloaded from the link.
        const QJsonArray after = historyJson(cli);
        QCOMPARE(after.size(), 2);
        const QJsonObject downloaded = after.first().toObject();
        QCOMPARE(downloaded[QStringLiteral("source")][QStringLiteral("kind")].toString(),
                 QStringLiteral("permalink"));
        QCOMPARE(downloaded[QStringLiteral("source")][QStringLiteral("url")].toString(), link);
        QCOMPARE(downloaded[QStringLiteral("source")][QStringLiteral("runId")].toString(), runId);

        // Sharing again gives the same link without a second run.
        const CliResult again =
            cli.run({QStringLiteral("share"), result, QStringLiteral("--backend"), m_backend});
        QCOMPARE(again.outText().trimmed(), link);
    }

    void offlineShareIsQueuedAndSyncDeliversItOnce()
    {
        Cli cli;
        const QString result = cli.file(QStringLiteral("r.json"));
        QVERIFY(writeFile(result, QJsonDocument(comparisonDocument(sampleComparison())).toJson()));
        Forwarder forwarder(QUrl(m_backend).port());
        QVERIFY(forwarder.listen(QHostAddress::LocalHost));
        const quint16 port = forwarder.serverPort();
        forwarder.close(); // the backend is "down": nothing listens on its address
        const QString site = QStringLiteral("http://127.0.0.1:%1").arg(port);

        const CliResult offline =
            cli.run({QStringLiteral("share"), result, QStringLiteral("--backend"), site});
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.describe()));
        QVERIFY2(offline.outText().contains(QLatin1String("queued")),
                 qPrintable(offline.describe()));
        QVERIFY2(!offline.outText().contains(QLatin1String("runId=")),
                 qPrintable(offline.describe()));
        QCOMPARE(
            historyJson(cli).first()[QStringLiteral("sync")][QStringLiteral("state")].toString(),
            QStringLiteral("queued"));

        const CliResult stillDown = cli.run({QStringLiteral("sync")});
        QCOMPARE(stillDown.exitCode, 1);
        QVERIFY2(stillDown.out.trimmed().isEmpty(), qPrintable(stillDown.describe()));
        QVERIFY2(stillDown.errText().contains(QLatin1String("still queued")),
                 qPrintable(stillDown.describe()));

        // Up, but every answer is lost on its way back: the runs are made, the app never hears.
        QVERIFY(forwarder.listen(QHostAddress::LocalHost, port));
        forwarder.dropAnswers = true;
        const CliResult lost = cli.run({QStringLiteral("sync")});
        QCOMPARE(lost.exitCode, 1);
        QVERIFY2(!forwarder.lostAnswers.isEmpty(), qPrintable(lost.describe()));
        QCOMPARE(
            historyJson(cli).first()[QStringLiteral("sync")][QStringLiteral("state")].toString(),
            QStringLiteral("queued"));

        // Answers get through again: the same run comes back, not a second one.
        forwarder.dropAnswers = false;
        const CliResult delivered = cli.run({QStringLiteral("sync")});
        QVERIFY2(delivered.exitCode == 0, qPrintable(delivered.describe()));
        const QStringList links = delivered.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(links.size(), 1);
        const QString runId = runIdOf(links.first());
        QVERIFY2(!runId.isEmpty(), qPrintable(delivered.describe()));
        QSet<QString> created;
        for (const QByteArray &answer : forwarder.lostAnswers + forwarder.passedAnswers) {
            const QJsonObject body = QJsonDocument::fromJson(httpBody(answer)).object();
            created.insert(body[QStringLiteral("runId")].toString());
        }
        QVERIFY2(created == QSet<QString>{runId},
                 forwarder.passedAnswers.value(0).constData()); // every attempt got the one run
        QVERIFY2(forwarder.passedAnswers.last().contains("Idempotent-Replayed: true") ||
                     forwarder.passedAnswers.last().contains("idempotent-replayed: true"),
                 forwarder.passedAnswers.last().constData());
        // Every attempt carried the same key.
        QSet<QByteArray> keys;
        for (const QByteArray &request : std::as_const(forwarder.requests)) {
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("idempotency-key:"))
                    keys.insert(line.mid(16).trimmed());
            }
        }
        QCOMPARE(keys.size(), 1);

        const QJsonObject entry = historyJson(cli).first().toObject();
        QCOMPARE(entry[QStringLiteral("sync")][QStringLiteral("state")].toString(),
                 QStringLiteral("uploaded"));
        QCOMPARE(entry[QStringLiteral("sync")][QStringLiteral("permalink")].toString(),
                 links.first());

        // Nothing left to send: said so, and no link.
        const CliResult empty = cli.run({QStringLiteral("sync")});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY2(empty.outText().contains(QLatin1String("Nothing to send")),
                 qPrintable(empty.describe()));
        QVERIFY(!empty.outText().contains(QLatin1String("runId=")));

        // The run is really there, once, under that id.
        const CliResult fetched =
            cli.run({QStringLiteral("fetch"), runId, QStringLiteral("--backend"), m_backend,
                     QStringLiteral("--no-save")});
        QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.describe()));
    }

    void deleteFromServerWithTheKeptToken()
    {
        Cli cli;
        const QString result = cli.file(QStringLiteral("r.json"));
        QVERIFY(writeFile(result, QJsonDocument(comparisonDocument(sampleComparison(
                                                    QStringLiteral("go"), QStringLiteral("rust"))))
                                      .toJson()));
        const CliResult shared =
            cli.run({QStringLiteral("share"), result, QStringLiteral("--backend"), m_backend});
        QVERIFY2(shared.exitCode == 0 && m_link.match(shared.outText().trimmed()).hasMatch(),
                 qPrintable(shared.describe()));
        const QString runId = runIdOf(shared.outText().trimmed());
        const QString id =
            QString::number(historyJson(cli).first()[QStringLiteral("id")].toInteger());
        const CliResult removed =
            cli.run({QStringLiteral("history"), QStringLiteral("--delete-remote"), id});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        const CliResult gone = cli.run({QStringLiteral("fetch"), runId, QStringLiteral("--backend"),
                                        m_backend, QStringLiteral("--no-save")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.errText().contains(QLatin1String("there is no run")),
                 qPrintable(gone.describe()));
        QCOMPARE(
            historyJson(cli).first()[QStringLiteral("sync")][QStringLiteral("state")].toString(),
            QStringLiteral("local"));
    }

    void malformedServerAnswersAreRejected_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("messagePart");
        const QByteArray json =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
        const auto withBody = [&](const QByteArray &body) {
            return json + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        QTest::newRow("not JSON") << withBody("<html>hi!") << QStringLiteral("not JSON");
        QTest::newRow("wrong schema")
            << withBody(R"({"schema":"fastercodes.comparison/1","runId":"abc","x":1})")
            << QStringLiteral("not a valid comparison");
        QTest::newRow("huge") << json + "Content-Length: 900000000\r\n\r\n{"
                              << QStringLiteral("larger than");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << QString();
    }

    // A hostile server: the app says what is wrong, exits 1, and the history is as it was.
    void malformedServerAnswersAreRejected()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, messagePart);
        QTcpServer hostile;
        connect(&hostile, &QTcpServer::pendingConnectionAvailable, &hostile, [&] {
            while (QTcpSocket *s = hostile.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, answer] {
                    s->readAll();
                    s->write(answer);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        QVERIFY(hostile.listen(QHostAddress::LocalHost));
        const QString site = QStringLiteral("http://127.0.0.1:%1").arg(hostile.serverPort());
        Cli cli;
        const QString result = cli.file(QStringLiteral("r.json"));
        QVERIFY(writeFile(result, QJsonDocument(comparisonDocument(sampleComparison())).toJson()));
        QVERIFY(cli.run({QStringLiteral("share"), result, QStringLiteral("--backend"), m_backend})
                    .exitCode == 0);
        const QByteArray before =
            cli.run({QStringLiteral("history"), QStringLiteral("--json")}).out;

        const CliResult fetched =
            cli.run({QStringLiteral("fetch"), QStringLiteral("%1/?runId=abc").arg(site)});
        QCOMPARE(fetched.exitCode, 1);
        QVERIFY(fetched.out.isEmpty());
        QVERIFY2(fetched.errText().contains(messagePart), qPrintable(fetched.describe()));
        QCOMPARE(cli.run({QStringLiteral("history"), QStringLiteral("--json")}).out, before);

        // The same server answering a share: refused, the entry is not marked as uploaded.
        const CliResult shared =
            cli.run({QStringLiteral("share"), result, QStringLiteral("--backend"), site});
        QVERIFY2(!shared.outText().contains(QLatin1String("runId=")),
                 qPrintable(shared.describe()));
        const QJsonArray entries = historyJson(cli);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()[QStringLiteral("sync")][QStringLiteral("permalink")].toString(),
                 QJsonDocument::fromJson(before)
                     .array()
                     .first()[QStringLiteral("sync")][QStringLiteral("permalink")]
                     .toString());
    }

    void originalServiceLinksAreConverted()
    {
        QFile payload(QStringLiteral(FC_SOURCE_DIR "/tests/core/data/original-31q3.json"));
        QVERIFY(payload.open(QIODevice::ReadOnly));
        const QByteArray body = payload.readAll();
        QTcpServer api;
        QByteArray requested;
        connect(&api, &QTcpServer::pendingConnectionAvailable, &api, [&] {
            while (QTcpSocket *s = api.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &body, &requested] {
                    requested = s->readAll().split('\n').value(0).trimmed();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                             "close\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        QVERIFY(api.listen(QHostAddress::LocalHost));
        Cli cli;
        const QString out = cli.file(QStringLiteral("original.json"));
        const CliResult fetched =
            cli.run({QStringLiteral("fetch"), QStringLiteral("https://faster.codes/?runId=31q3"),
                     QStringLiteral("--original-api"),
                     QStringLiteral("http://127.0.0.1:%1").arg(api.serverPort()),
                     QStringLiteral("--json"), out});
        QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.describe()));
        QCOMPARE(requested, QByteArray("GET /31q3 HTTP/1.1"));
        QVERIFY2(fetched.errText().contains(QLatin1String("did not record: environment")),
                 qPrintable(fetched.describe()));
        const QJsonObject doc = QJsonDocument::fromJson(readFile(out)).object();
        QCOMPARE(doc[QStringLiteral("schema")].toString(),
                 QStringLiteral("fastercodes.comparison/1"));
        QCOMPARE(doc[QStringLiteral("source")][QStringLiteral("kind")].toString(),
                 QStringLiteral("original"));
        QVERIFY(doc[QStringLiteral("codeRuns")][0][QStringLiteral("code")].toString().contains(
            QLatin1String("BigInteger")));
        QCOMPARE(doc[QStringLiteral("codeRuns")][1][QStringLiteral("runs")].toArray().size(), 10);
        QCOMPARE(doc[QStringLiteral("verdict")][QStringLiteral("faster")].toString(),
                 QStringLiteral("B"));
        QCOMPARE(
            historyJson(cli).first()[QStringLiteral("source")][QStringLiteral("kind")].toString(),
            QStringLiteral("original"));
    }
};

QTEST_GUILESS_MAIN(TestSyncE2E)
#include "tst_sync_e2e.moc"
