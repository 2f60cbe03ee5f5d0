#include "cloud/liveshare.h"
#include "cloud/shareddocument.h"
#include "tst_cloud_httpserver.h"
#include "tst_history_sample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace fc;
using namespace fc::testing;
using namespace std::chrono_literals;

namespace {

const PrivatePaths kPaths{QStringLiteral("/tmp"), QStringLiteral("/home/ada")};

// `doc` with one field of side A set ("code", "compile/command", "output/stderr" ...).
QJsonObject withField(QJsonObject doc, const QString &pointer, const QJsonValue &value)
{
    QJsonArray sides = doc.value(QStringLiteral("codeRuns")).toArray();
    QJsonObject a = sides.at(0).toObject();
    const QStringList parts = pointer.split(QLatin1Char('/'));
    if (parts.size() == 2 && parts[0] == QLatin1String("compile")) {
        QJsonObject compile = a.value(QStringLiteral("compile")).toObject();
        compile.insert(parts[1], value);
        a.insert(QStringLiteral("compile"), compile);
    } else if (parts.size() == 2 && parts[0] == QLatin1String("output")) {
        QJsonObject output = a.value(QStringLiteral("output")).toObject();
        output.insert(parts[1], value);
        a.insert(QStringLiteral("output"), output);
    } else {
        a.insert(pointer, value);
    }
    sides[0] = a;
    doc.insert(QStringLiteral("codeRuns"), sides);
    return doc;
}

QJsonValue fieldOf(const QJsonObject &doc, const QString &pointer)
{
    QJsonObject a = doc.value(QStringLiteral("codeRuns")).toArray().at(0).toObject();
    const QStringList parts = pointer.split(QLatin1Char('/'));
    if (parts.size() == 2)
        return a.value(parts[0]).toObject().value(parts[1]);
    return a.value(pointer);
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// The backend's create, update and finish, as far as a live share needs them; records what came.
class LiveBackend
{
public:
    LiveBackend()
        : server([this](const HttpRequest &r) { return handle(r); })
    {}
    HttpResponse handle(const HttpRequest &r)
    {
        requests << r;
        if (r.method == "POST" && r.target == "/api/runs")
            return HttpResponse::json(201, "{\"runId\":\"abcdefghij\",\"writeToken\":\"fcw_" +
                                               QByteArray(43, 't') + "\",\"permalink\":\"" +
                                               server.origin().toUtf8() + "/?runId=abcdefghij\"}");
        if (r.header("authorization") != "Bearer fcw_" + QByteArray(43, 't'))
            return HttpResponse::json(401, "{\"error\":{\"code\":\"unauthorized\"}}");
        if (failUpdates > 0 && r.method == "PUT") {
            --failUpdates;
            HttpResponse busy =
                HttpResponse::json(503, "{\"error\":{\"code\":\"internal\",\"message\":\"busy\"}}");
            busy.headers << std::pair<QByteArray, QByteArray>("Retry-After", "1");
            return busy;
        }
        if (r.method == "PUT" && r.target == "/api/runs/abcdefghij")
            return HttpResponse::json(200, "{\"runId\":\"abcdefghij\",\"finished\":false}");
        if (r.method == "POST" && r.target == "/api/runs/abcdefghij/finish")
            return HttpResponse::json(200, "{\"runId\":\"abcdefghij\",\"status\":\"SUCCESS\"}");
        return HttpResponse::json(404, "{\"error\":{\"code\":\"not_found\"}}");
    }
    QList<QByteArray> methods() const
    {
        QList<QByteArray> m;
        for (const HttpRequest &r : requests)
            m << r.method + ' ' + r.target;
        return m;
    }
    LocalHttpServer server;
    QList<HttpRequest> requests;
    int failUpdates = 0;
};

Comparison running(int runsPerSide)
{
    Comparison c = sampleComparison();
    c.status = Comparison::Status::Running;
    for (Side &s : c.sides) {
        s.status = Side::Status::Running;
        s.runs.resize(qMin<qsizetype>(s.runs.size(), runsPerSide));
    }
    return c;
}

int runsInBody(const QByteArray &body)
{
    const QJsonArray sides =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("codeRuns")).toArray();
    int n = 0;
    for (const QJsonValue &s : sides)
        n += int(s.toObject().value(QStringLiteral("runs")).toArray().size());
    return n;
}

} // namespace

// What leaves the machine when a comparison is shared, and the live share's traffic against a
// loopback server that answers as the backend does (the real backend: tst_liveshare_e2e).
class TestCloudShare : public QObject
{
    Q_OBJECT
private slots:
    void pathsBecomeRelative_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("written");
        QTest::addColumn<QJsonValue>("shared");
        const auto list = [](std::initializer_list<const char *> items) {
            QJsonArray a;
            for (const char *i : items)
                a.append(QString::fromUtf8(i));
            return QJsonValue(a);
        };
        QTest::newRow("compile command")
            << "compile/command"
            << list({"/usr/bin/g++", "-O2", "-o", "/tmp/fastercodes-Ab12Cd/main",
                     "/tmp/fastercodes-Ab12Cd/main.cpp"})
            << list({"/usr/bin/g++", "-O2", "-o", "main", "main.cpp"});
        QTest::newRow("joined option and folder alone")
            << "compile/command"
            << list({"javac", "-d", "/tmp/fastercodes-Ab12Cd", "-o/tmp/fastercodes-Ab12Cd/x"})
            << list({"javac", "-d", ".", "-ox"});
        QTest::newRow("older work folder, named by its command")
            << "compile/command"
            << list({"gcc", "/tmp/tst_runner-QQ99zz/main.c", "-I/tmp/tst_runner-QQ99zz"})
            << list({"gcc", "main.c", "-I."});
        QTest::newRow("home folder in a cache path")
            << "compile/command" << list({"go", "build", "-C", "/home/ada/.cache/fastercodes/go"})
            << list({"go", "build", "-C", "~/.cache/fastercodes/go"});
        QTest::newRow("compiler output")
            << "compile/output"
            << QJsonValue(QStringLiteral(
                   "/tmp/fastercodes-Ab12Cd/main.cpp:7:3: error: x\n/home/ada: here"))
            << QJsonValue(QStringLiteral("main.cpp:7:3: error: x\n~: here"));
        QTest::newRow("program stderr")
            << "output/stderr"
            << QJsonValue(QStringLiteral("File \"/tmp/fastercodes-Zz00Yy/main.py\", line 1"))
            << QJsonValue(QStringLiteral("File \"main.py\", line 1"));
        QTest::newRow("a longer name that starts like home")
            << "output/stdout" << QJsonValue(QStringLiteral("/home/adam/x /srv/home/ada/y"))
            << QJsonValue(QStringLiteral("/home/adam/x /srv/home/ada/y"));
        QTest::newRow("other temporary files stay")
            << "output/stdout" << QJsonValue(QStringLiteral("/tmp/data.txt"))
            << QJsonValue(QStringLiteral("/tmp/data.txt"));
        QTest::newRow("code is the user's")
            << "code"
            << QJsonValue(QStringLiteral("open('/home/ada/data') # /tmp/fastercodes-Ab12Cd/x"))
            << QJsonValue(QStringLiteral("open('/home/ada/data') # /tmp/fastercodes-Ab12Cd/x"));
        QTest::newRow("arguments are the user's")
            << "args" << list({"/home/ada/in.txt"}) << list({"/home/ada/in.txt"});
        QTest::newRow("toolchain")
            << "toolchain" << QJsonValue(QStringLiteral("go1.24 /home/ada/sdk/go"))
            << QJsonValue(QStringLiteral("go1.24 ~/sdk/go"));
    }
    void pathsBecomeRelative()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, written);
        QFETCH(QJsonValue, shared);
        // A work folder of an older version, known from the compile command.
        QJsonObject doc = withField(
            comparisonDocument(sampleComparison()), QStringLiteral("compile/command"),
            QJsonArray{QStringLiteral("cc"), QStringLiteral("/tmp/tst_runner-QQ99zz/m.c")});
        doc = withField(doc, field, written);
        const QJsonObject out = withoutPrivateDetails(doc, kPaths);
        QCOMPARE(fieldOf(out, field), shared);
    }

    void noHostName()
    {
        Comparison c = sampleComparison();
        QVERIFY(comparisonDocument(c)
                    .value(QStringLiteral("environment"))
                    .toObject()
                    .contains(QStringLiteral("hostname")));
        const QJsonObject env = sharedDocument(c).value(QStringLiteral("environment")).toObject();
        QVERIFY(!env.contains(QStringLiteral("hostname")));
        QCOMPARE(env.value(QStringLiteral("cpuModel")).toString(), c.environment.cpuModel);
        const QByteArray bytes = QJsonDocument(sharedDocument(c)).toJson();
        QVERIFY(!bytes.contains("testhost"));
    }

    void verdictAndErrorsToo()
    {
        Comparison c = sampleComparison();
        c.status = Comparison::Status::Failed;
        c.sides[0].status = Side::Status::Failed;
        c.sides[0].compile.performed = true;
        c.sides[0].compile.command = {QStringLiteral("gcc"),
                                      QStringLiteral("/tmp/fastercodes-Ab12Cd/main.c")};
        c.sides[0].compile.exitCode = 1;
        c.sides[0].compile.diagnostics = {
            Diagnostic{QStringLiteral("/tmp/fastercodes-Ab12Cd/main.c"), 3, 1,
                       QStringLiteral("error"), QStringLiteral("oops")}};
        c.sides[0].error =
            SideError{QStringLiteral("compile"),
                      QStringLiteral("did not compile: /tmp/fastercodes-Ab12Cd/main.c:3: oops")};
        const QJsonObject out = withoutPrivateDetails(comparisonDocument(c, analyze(c)), kPaths);
        const QByteArray bytes = QJsonDocument(out).toJson();
        QVERIFY2(!bytes.contains("/tmp/fastercodes-"), bytes.constData());
        QVERIFY(bytes.contains("did not compile: main.c:3: oops"));
    }

    void liveShareBatchesAndFinishes()
    {
        LiveBackend backend;
        QVERIFY(backend.server.start());
        LiveShare share(QUrl(backend.server.origin()));
        share.setMinInterval(300ms);
        QSignalSpy started(&share, &LiveShare::started);
        QSignalSpy finished(&share, &LiveShare::finished);
        share.start(running(0));
        QCOMPARE(share.state(), LiveShare::State::Creating);
        // Runs arrive much faster than the share may send: 9 per side, one per event-loop turn.
        for (int n = 1; n <= 9; ++n) {
            share.update(running(n));
            QTest::qWait(10);
        }
        QTRY_VERIFY_WITH_TIMEOUT(started.size() == 1, 30000);
        QCOMPARE(started.at(0).at(0).toString(),
                 backend.server.origin() + QStringLiteral("/?runId=abcdefghij"));
        QTRY_VERIFY_WITH_TIMEOUT(share.updatesSent() >= 1 && !backend.requests.isEmpty() &&
                                     runsInBody(backend.requests.last().body) == 18,
                                 30000);
        Comparison final = sampleComparison();
        share.finish(final, analyze(final));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 30000);
        QCOMPARE(share.state(), LiveShare::State::Finished);
        const QList<QByteArray> m = backend.methods();
        QCOMPARE(m.first(), QByteArray("POST /api/runs"));
        QCOMPARE(m.last(), QByteArray("POST /api/runs/abcdefghij/finish"));
        // Batched: nine changes, far fewer updates, the last with every run.
        QVERIFY2(m.count("PUT /api/runs/abcdefghij") < 9, m.join(", ").constData());
        const QJsonObject created = QJsonDocument::fromJson(backend.requests.first().body).object();
        QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
        QVERIFY(!created.value(QStringLiteral("environment"))
                     .toObject()
                     .contains(QStringLiteral("hostname")));
        const QJsonObject last = QJsonDocument::fromJson(backend.requests.last().body).object();
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        QVERIFY(last.contains(QStringLiteral("verdict")));
        for (const HttpRequest &r : std::as_const(backend.requests)) {
            QCOMPARE(r.header("content-type"), QByteArray("application/json"));
            QVERIFY(r.header("origin").isEmpty());
        }
        qint64 bytes = 0;
        for (const HttpRequest &r : std::as_const(backend.requests))
            bytes += r.body.size();
        QCOMPARE(share.bytesSent(), bytes);
        QCOMPARE(share.requestsSent(), backend.requests.size());
    }

    void liveShareRidesOutABusyServer()
    {
        LiveBackend backend;
        backend.failUpdates = 1; // 503 with Retry-After: 1
        QVERIFY(backend.server.start());
        LiveShare share(QUrl(backend.server.origin()));
        share.setMinInterval(50ms);
        QSignalSpy problems(&share, &LiveShare::problemOccurred);
        share.start(running(1));
        share.update(running(2));
        QTRY_VERIFY_WITH_TIMEOUT(problems.size() == 1, 30000);
        QCOMPARE(problems.at(0).at(1).toBool(), false); // not fatal
        QVERIFY(share.problem().contains(QLatin1String("503")) || !share.problem().isEmpty());
        // Nothing newer came: the same document again, after the server's wait.
        QTRY_VERIFY_WITH_TIMEOUT(share.updatesSent() == 1, 30000);
        QVERIFY(share.problem().isEmpty());
        QCOMPARE(runsInBody(backend.requests.last().body), 4);
        QCOMPARE(share.state(), LiveShare::State::Live);
    }

    void deadNetworkStopsTheShareOnly()
    {
        const QUrl site(QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()));
        LiveShare share(site);
        QSignalSpy problems(&share, &LiveShare::problemOccurred);
        share.start(running(0));
        QTRY_VERIFY_WITH_TIMEOUT(problems.size() == 1, 30000);
        QCOMPARE(problems.at(0).at(1).toBool(), true);
        QCOMPARE(share.state(), LiveShare::State::Failed);
        QVERIFY2(share.problem().contains(QLatin1String("127.0.0.1")), qPrintable(share.problem()));
        // Later calls are harmless and send nothing.
        share.update(running(3));
        Comparison final = sampleComparison();
        share.finish(final, analyze(final));
        QCOMPARE(share.state(), LiveShare::State::Failed);
        QCOMPARE(share.requestsSent(), 1);
    }

    void endedBeforeItBeganIsAnOrdinaryShare()
    {
        LiveBackend backend;
        QVERIFY(backend.server.start());
        LiveShare share(QUrl(backend.server.origin()));
        QSignalSpy finished(&share, &LiveShare::finished);
        Comparison final = sampleComparison();
        final.status = Comparison::Status::Failed;
        share.finish(final, analyze(final));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 30000);
        QCOMPARE(backend.methods(), QList<QByteArray>{"POST /api/runs"});
        QCOMPARE(QJsonDocument::fromJson(backend.requests.first().body)
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("FAILED"));
    }
};

QTEST_GUILESS_MAIN(TestCloudShare)
#include "tst_cloud_share.moc"
