#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "tst_history_sample.h"
#include "tst_sync_support.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace fc;
using namespace fc::testing;

namespace {

// The Retry-After of a raw HTTP answer, -1 if it has none.
int retryAfterOf(const QByteArray &answer)
{
    const QByteArray head = answer.left(answer.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("retry-after:"))
            return line.mid(12).trimmed().toInt();
    }
    return -1;
}

// `request` (a whole HTTP/1.1 request) sent straight to the backend on `port`; its answer.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(30000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (!Forwarder::complete(answer) && socket.waitForReadyRead(30000))
        answer += socket.readAll();
    return answer;
}

// A create like `request`, with an Idempotency-Key of its own: a different run.
QByteArray anotherCreate(const QByteArray &request)
{
    static const QRegularExpression key(QStringLiteral("(?im)^idempotency-key:[^\r\n]*"));
    QString text = QString::fromLatin1(request);
    text.replace(key, QStringLiteral("Idempotency-Key: ") +
                          QUuid::createUuid().toString(QUuid::WithoutBraces));
    return text.toLatin1();
}

} // namespace

// The real backend's "try again later", through the real app: a backend (wrangler dev, started by
// the ctest fixture e2e_backend_limited_start) that allows 2 creates per 4 s answers one over that
// with 429 rate_limited and Retry-After. The share is queued, not failed; `fastercodes sync` sends
// nothing until Retry-After has passed; then one request delivers it.
// (The backend's 503 run_finishing cannot be provoked on purpose: tests/core/tst_cloud_retry.)
class TestRetryE2E : public QObject
{
    Q_OBJECT

    QString m_backend;

private slots:
    void initTestCase()
    {
        m_backend = fixtureBackend();
        QVERIFY2(m_backend.startsWith(QLatin1String("http://127.0.0.1:")),
                 "the rate-limited backend fixture did not start (see e2e_backend_limited_start)");
        QVERIFY(QFileInfo::exists(Cli::program()));
    }

    void aRateLimitedShareWaitsForRetryAfterAndIsDeliveredOnce()
    {
        // Every request passes through a forwarder that notes when it went to the backend.
        Forwarder forwarder(QUrl(m_backend).port());
        QVERIFY(forwarder.listen(QHostAddress::LocalHost));
        const QString site = QStringLiteral("http://127.0.0.1:%1").arg(forwarder.serverPort());
        const QRegularExpression link(
            QStringLiteral("^%1/\\?runId=[0-9a-z]{1,32}$").arg(QRegularExpression::escape(site)));
        Cli cli;
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            files << cli.file(QStringLiteral("r%1.json").arg(i));
            QVERIFY(writeFile(files.last(),
                              QJsonDocument(comparisonDocument(sampleComparison(
                                                QStringLiteral("c"), QStringLiteral("python"),
                                                QStringLiteral("limited %1").arg(i))))
                                  .toJson()));
        }
        for (int i = 0; i < 2; ++i) {
            const CliResult shared =
                cli.run({QStringLiteral("share"), files[i], QStringLiteral("--backend"), site});
            QVERIFY2(shared.exitCode == 0 && link.match(shared.outText().trimmed()).hasMatch(),
                     qPrintable(shared.describe()));
        }

        // The third over the limit: 429 with Retry-After, queued. When its create reaches the
        // forwarder, the window is filled straight away with other creates (the limit is 2) until
        // the backend refuses one, and then the app's create goes: the one over the limit, however
        // long the app took to start (seconds in the asan preset, longer than the whole window).
        const quint16 backendPort = QUrl(m_backend).port();
        int fillers = 0;
        bool full = false;
        forwarder.beforeForward = [&](const QByteArray &request) {
            if (!request.startsWith("POST /api/runs "))
                return;
            for (; !full && fillers < 3; ++fillers)
                full = exchange(backendPort, anotherCreate(request)).startsWith("HTTP/1.1 429");
        };
        const CliResult limited =
            cli.run({QStringLiteral("share"), files[2], QStringLiteral("--backend"), site});
        forwarder.beforeForward = nullptr;
        QVERIFY2(full, "the backend took 3 creates in a row without a 429");
        QVERIFY2(limited.exitCode == 0, qPrintable(limited.describe()));
        QVERIFY2(limited.outText().startsWith(QLatin1String("queued:")) &&
                     limited.outText().contains(QLatin1String("429")),
                 qPrintable(limited.describe()));
        const QByteArray refusal = forwarder.passedAnswers.last();
        QVERIFY2(refusal.startsWith("HTTP/1.1 429"), refusal.constData());
        QVERIFY2(refusal.contains("rate_limited"), refusal.constData());
        const int retryAfter = retryAfterOf(refusal);
        QVERIFY2(retryAfter >= 1 && retryAfter <= 4, refusal.constData());
        const QDateTime refusedAt = forwarder.requestTimes.last();
        const qsizetype sent = forwarder.requests.size();
        const QJsonObject sync = [&] {
            const CliResult r = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out)
                .array()
                .first()[QStringLiteral("sync")]
                .toObject();
        }();
        QCOMPARE(sync[QStringLiteral("state")].toString(), QStringLiteral("queued"));

        // `sync` at once: the row is named as still queued, and nothing goes to the server.
        const CliResult early = cli.run({QStringLiteral("sync")});
        if (QDateTime::currentDateTime() >= refusedAt.addSecs(retryAfter)) {
            qWarning("this machine took longer than Retry-After (%d s) to run `sync` once: the "
                     "early sync is not checked",
                     retryAfter);
        } else {
            QCOMPARE(early.exitCode, 1);
            QVERIFY2(early.out.trimmed().isEmpty(), qPrintable(early.describe()));
            QVERIFY2(early.errText().contains(QLatin1String("still queued")) &&
                         early.errText().contains(QLatin1String("asked to wait until")),
                     qPrintable(early.describe()));
            QCOMPARE(forwarder.requests.size(), sent);
        }

        // Asked again and again: delivered by the first request after Retry-After, once.
        CliResult delivered;
        for (int i = 0; i < 40; ++i) {
            delivered = cli.run({QStringLiteral("sync")});
            if (delivered.exitCode == 0)
                break;
            QTest::qWait(250);
        }
        QVERIFY2(delivered.exitCode == 0 && link.match(delivered.outText().trimmed()).hasMatch(),
                 qPrintable(delivered.describe()));
        QCOMPARE(forwarder.requests.size(), sent + 1);
        const qint64 waited = refusedAt.msecsTo(forwarder.requestTimes.last());
        QVERIFY2(waited >= retryAfter * 1000 - 100,
                 qPrintable(QStringLiteral("sent again after %1 ms; Retry-After: %2 s")
                                .arg(waited)
                                .arg(retryAfter)));
        QVERIFY(forwarder.passedAnswers.last().startsWith("HTTP/1.1 201"));
        qInfo("429 with Retry-After: %d s; the next request went out %lld ms later", retryAfter,
              waited);
        const CliResult nothing = cli.run({QStringLiteral("sync")});
        QVERIFY2(nothing.exitCode == 0 && nothing.outText().contains(QLatin1String("Nothing")),
                 qPrintable(nothing.describe()));

        // The link works and gives back the comparison that was queued.
        const CliResult fetched = cli.run(
            {QStringLiteral("fetch"), delivered.outText().trimmed(), QStringLiteral("--no-save")});
        QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.describe()));
        QVERIFY2(fetched.outText().contains(QLatin1String("limited 2")),
                 qPrintable(fetched.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRetryE2E)
#include "tst_retry_e2e.moc"
