#include "cloud/liveshare.h"
#include "cloud/runpatch.h"
#include "cloud/shareddocument.h"
#include "tst_cloud_livebackend.h"
#include "tst_history_sample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <memory>

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

// A comparison in progress with `runsPerSide` runs on each side (the sample's, over and over).
Comparison growing(int runsPerSide)
{
    Comparison c = running(9);
    for (Side &s : c.sides) {
        const QList<RunRecord> sample = s.runs;
        s.runs.clear();
        for (int i = 0; i < runsPerSide; ++i) {
            RunRecord r = sample.at(i % sample.size());
            r.index = 2 * i + (&s == &c.sides[1] ? 1 : 0);
            r.warmup = i == 0;
            s.runs << r;
        }
    }
    return c;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

int runsIn(const QJsonObject &document)
{
    const QJsonArray sides = document.value(QStringLiteral("codeRuns")).toArray();
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
    // The live share reads the Sync settings (plain http allowed for which sites).
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    // The same on Windows, where folders come with backslashes or slashes and in any case.
    void windowsPathsBecomeRelative_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("written");
        QTest::addColumn<QJsonValue>("shared");
        const QString work =
            QStringLiteral("C:\\Users\\Ada\\AppData\\Local\\Temp\\fastercodes-Ab12Cd");
        QTest::newRow("compile command")
            << "compile/command"
            << QJsonValue(QJsonArray{QStringLiteral("cl.exe"), work + QStringLiteral("\\main.cpp"),
                                     QStringLiteral("/Fe:") + work + QStringLiteral("\\main.exe")})
            << QJsonValue(QJsonArray{QStringLiteral("cl.exe"), QStringLiteral("main.cpp"),
                                     QStringLiteral("/Fe:main.exe")});
        QTest::newRow("slashes")
            << "output/stderr"
            << QJsonValue(QStringLiteral(
                   "C:/Users/Ada/AppData/Local/Temp/fastercodes-Ab12Cd/main.cpp(3): error C2065"))
            << QJsonValue(QStringLiteral("main.cpp(3): error C2065"));
        QTest::newRow("the work folder itself")
            << "output/stderr" << QJsonValue(QStringLiteral("in ") + work + QStringLiteral(": ok"))
            << QJsonValue(QStringLiteral("in .: ok"));
        QTest::newRow("another case")
            << "output/stderr"
            << QJsonValue(QStringLiteral(
                   "c:\\users\\ada\\appdata\\local\\temp\\FASTERCODES-Ab12Cd\\a.obj"))
            << QJsonValue(QStringLiteral("a.obj"));
        QTest::newRow("an older version's folder")
            << "output/stderr"
            << QJsonValue(
                   QStringLiteral("C:\\Users\\Ada\\AppData\\Local\\Temp\\tst_runner-QQ99zz\\m.c:1"))
            << QJsonValue(QStringLiteral("m.c:1"));
        QTest::newRow("home") << "toolchain"
                              << QJsonValue(QStringLiteral("gcc 14 (C:\\Users\\Ada\\scoop\\gcc)"))
                              << QJsonValue(QStringLiteral("gcc 14 (~\\scoop\\gcc)"));
        QTest::newRow("home with slashes")
            << "toolchain" << QJsonValue(QStringLiteral("go1.24 C:/Users/Ada/go/bin/go.exe"))
            << QJsonValue(QStringLiteral("go1.24 ~/go/bin/go.exe"));
        QTest::newRow("another user")
            << "output/stderr" << QJsonValue(QStringLiteral("C:\\Users\\Adam\\x.h; D:\\Users\\Ada"))
            << QJsonValue(QStringLiteral("C:\\Users\\Adam\\x.h; D:\\Users\\Ada"));
        QTest::newRow("code is the user's")
            << "code"
            << QJsonValue(QStringLiteral("fopen(\"C:\\\\Users\\\\Ada\\\\data\") // ") + work)
            << QJsonValue(QStringLiteral("fopen(\"C:\\\\Users\\\\Ada\\\\data\") // ") + work);
    }
    void windowsPathsBecomeRelative()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, written);
        QFETCH(QJsonValue, shared);
        const PrivatePaths windows{QStringLiteral("C:/Users/Ada/AppData/Local/Temp"),
                                   QStringLiteral("C:\\Users\\Ada\\")};
        QJsonObject doc = withField(
            comparisonDocument(sampleComparison()), QStringLiteral("compile/command"),
            QJsonArray{
                QStringLiteral("cl.exe"),
                QStringLiteral("C:\\Users\\Ada\\AppData\\Local\\Temp\\tst_runner-QQ99zz\\m.c")});
        doc = withField(doc, field, written);
        const QJsonObject out = withoutPrivateDetails(doc, windows);
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
        QTRY_VERIFY_WITH_TIMEOUT(share.updatesSent() >= 1 && runsIn(backend.document) == 18, 30000);
        // What the server put together from the changes is the document itself.
        QCOMPARE(backend.document, sharedProgressDocument(running(9)));
        Comparison final = sampleComparison();
        share.finish(final, analyze(final));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 30000);
        QCOMPARE(share.state(), LiveShare::State::Finished);
        const QList<QByteArray> m = backend.methods();
        QCOMPARE(m.first(), QByteArray("POST /api/runs"));
        QCOMPARE(m.last(), QByteArray("POST /api/runs/abcdefghij/finish"));
        // Batched: nine changes, far fewer updates, the last with every run.
        QVERIFY2(m.count("PATCH /api/runs/abcdefghij") < 9, m.join(", ").constData());
        QCOMPARE(m.count("PUT /api/runs/abcdefghij"), 0);
        QCOMPARE(share.patchesSent(), share.updatesSent());
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

    void runPatch_data()
    {
        QTest::addColumn<QJsonObject>("before");
        QTest::addColumn<QJsonObject>("after");
        QTest::addColumn<QByteArray>("ops"); // "null": the whole document must go
        const char *base = R"({"status":"RUNNING","codeRuns":[{"lang":"c","runs":[{"w":1}]},)"
                           R"({"lang":"py","runs":[{"w":2}]}]})";
        QTest::newRow("nothing changed") << json(base) << json(base) << QByteArray("[]");
        QTest::newRow("runs appended")
            << json(base)
            << json(R"({"status":"RUNNING","codeRuns":[{"lang":"c",)"
                    R"("runs":[{"w":1},{"w":3},{"w":4}]},)"
                    R"({"lang":"py","runs":[{"w":2},{"w":5}]}]})")
            << QByteArray(R"([["append",["codeRuns",0,"runs"],1,)"
                          R"([{"w":3},{"w":4}]],)"
                          R"(["append",["codeRuns",1,"runs"],1,[{"w":5}]]])");
        QTest::newRow("fields set and unset")
            << json(base)
            << json(R"({"status":"RUNNING","title":"t","codeRuns":[{"runs":[{"w":1}]},)"
                    R"({"lang":"py","stage":"Run","runs":[{"w":2}]}]})")
            << QByteArray(
                   R"([["unset",["codeRuns",0,"lang"]],["set",["codeRuns",1,"stage"],"Run"],)"
                   R"(["set",["title"],"t"]])");
        QTest::newRow("runs shrank")
            << json(base)
            << json(R"({"status":"RUNNING","codeRuns":[{"lang":"c","runs":[]},)"
                    R"({"lang":"py","runs":[{"w":2}]}]})")
            << QByteArray(R"([["set",["codeRuns",0,"runs"],[]]])");
        QTest::newRow("an earlier run changed")
            << json(base)
            << json(R"({"status":"RUNNING","codeRuns":[{"lang":"c","runs":[{"w":9},{"w":3}]},)"
                    R"({"lang":"py","runs":[{"w":2}]}]})")
            << QByteArray(R"([["set",["codeRuns",0,"runs",0,"w"],9],)"
                          R"(["append",["codeRuns",0,"runs"],1,[{"w":3}]]])");
        QTest::newRow("runs appeared")
            << json(R"({"codeRuns":[{"lang":"c"},{"lang":"py","runs":[]}]})")
            << json(R"({"codeRuns":[{"lang":"c","runs":[{"w":1}]},{"lang":"py","runs":[]}]})")
            << QByteArray(R"([["set",["codeRuns",0,"runs"],[{"w":1}]]])");
        QTest::newRow("values appended deep")
            << json(R"({"codeRuns":[{"stats":{"duration":[1.5],"mem":[7]}},{}]})")
            << json(R"({"codeRuns":[{"stats":{"duration":[1.5,2],"mem":[7]}},{}]})")
            << QByteArray(R"([["append",["codeRuns",0,"stats","duration"],1,[2]]])");
        QTest::newRow("a summary whose every figure moved")
            << json(
                   R"({"codeRuns":[{"s":{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9}},{}]})")
            << json(
                   R"({"codeRuns":[{"s":{"a":2,"b":3,"c":4,"d":5,"e":6,"f":7,"g":8,"h":9,"i":10}},{}]})")
            << QByteArray(
                   R"([["set",["codeRuns",0,"s"],{"a":2,"b":3,"c":4,"d":5,"e":6,"f":7,"g":8,"h":9,"i":10}]])");
        QTest::newRow("deeper than a path may go")
            << json(R"({"a":{"b":{"c":{"d":{"e":{"f":{"g":1}}}}}}})")
            << json(R"({"a":{"b":{"c":{"d":{"e":{"f":{"g":2}}}}}}})")
            << QByteArray(R"([["set",["a","b","c","d","e","f"],{"g":2}]])");
        QTest::newRow("one side") << json(base)
                                  << json(R"({"codeRuns":[{"lang":"c","runs":[{"w":1}]}]})")
                                  << QByteArray(R"([["set",["codeRuns"],[{"lang":"c","runs":)"
                                                R"([{"w":1}]}]],["unset",["status"]]])");
        QJsonObject many = json(base);
        for (int i = 0; i <= kMaxRunPatchOps; ++i)
            many.insert(QStringLiteral("field%1").arg(i), i);
        QTest::newRow("more operations than a patch may have")
            << json(base) << many << QByteArray("null");
    }

    void runPatch()
    {
        QFETCH(QJsonObject, before);
        QFETCH(QJsonObject, after);
        QFETCH(QByteArray, ops);
        const std::optional<QJsonArray> got = runPatchOps(before, after);
        const QByteArray text =
            got ? QJsonDocument(*got).toJson(QJsonDocument::Compact) : QByteArray("null");
        QCOMPARE(text, ops);
    }

    void liveShareSendsOnlyTheNewRuns()
    {
        LiveBackend backend;
        QVERIFY(backend.server.start());
        LiveShare share(QUrl(backend.server.origin()));
        share.setMinInterval(0ms);
        share.start(growing(0));
        constexpr int kRuns = 60;
        for (int n = 1; n <= kRuns; ++n) {
            share.update(growing(n));
            QTRY_VERIFY_WITH_TIMEOUT(runsIn(backend.document) == 2 * n, 30000);
        }
        QCOMPARE(backend.document, sharedProgressDocument(growing(kRuns)));
        QCOMPARE(share.updatesSent(), kRuns);
        QCOMPARE(share.patchesSent(), kRuns);
        // Each update is one run per side, whatever the number before it (give or take the
        // digits of the indices): the upload grows with the run count, not with its square.
        QList<qsizetype> sizes;
        for (const HttpRequest &r : std::as_const(backend.requests))
            if (r.method == "PATCH")
                sizes << r.body.size();
        QCOMPARE(sizes.size(), kRuns);
        QVERIFY2(sizes.last() < sizes.at(1) * 11 / 10,
                 qPrintable(QStringLiteral("%1 then %2").arg(sizes.at(1)).arg(sizes.last())));
        // Against what whole documents would have taken (the update before PATCH): the sum of
        // a growing document's sizes.
        qint64 wholeUpdates = 0;
        for (int n = 0; n <= kRuns; ++n)
            wholeUpdates += QJsonDocument(sharedProgressDocument(growing(n)))
                                .toJson(QJsonDocument::Compact)
                                .size();
        QVERIFY2(share.bytesSent() * 5 < wholeUpdates,
                 qPrintable(QStringLiteral("%1 sent, %2 as whole documents")
                                .arg(share.bytesSent())
                                .arg(wholeUpdates)));
        // The end still sends everything: the stored result is exactly the final document.
        Comparison final = growing(kRuns);
        final.status = Comparison::Status::Success;
        for (Side &side : final.sides)
            side.status = Side::Status::Success;
        share.finish(final, analyze(final));
        QTRY_COMPARE_WITH_TIMEOUT(share.state(), LiveShare::State::Finished, 30000);
        QCOMPARE(backend.document, sharedDocument(final, analyze(final)));
    }

    void liveShareSendsItAllWhenTheServerMovedOn()
    {
        LiveBackend backend;
        backend.failUpdates = 1;
        backend.applyFailed = true; // the first update goes through, its answer is lost
        QVERIFY(backend.server.start());
        LiveShare share(QUrl(backend.server.origin()));
        share.setMinInterval(0ms);
        share.start(growing(1));
        share.update(growing(2));
        QTRY_VERIFY_WITH_TIMEOUT(share.updatesSent() == 1, 30000);
        QCOMPARE(backend.document, sharedProgressDocument(growing(2)));
        share.update(growing(3));
        QTRY_VERIFY_WITH_TIMEOUT(share.updatesSent() == 2, 30000);
        QCOMPARE(backend.document, sharedProgressDocument(growing(3)));
        // The retry's PATCH was made against a version the server had left: 409, then the whole
        // document, then changes again from the version that answer gave.
        QCOMPARE(backend.methods(),
                 (QList<QByteArray>{"POST /api/runs", "PATCH /api/runs/abcdefghij",
                                    "PATCH /api/runs/abcdefghij", "PUT /api/runs/abcdefghij",
                                    "PATCH /api/runs/abcdefghij"}));
        QCOMPARE(share.patchesSent(), 1);
    }

    void liveShareWithABackendWithoutPatch()
    {
        LiveBackend backend;
        backend.refusePatches = true; // 405, as a backend before PATCH answers
        QVERIFY(backend.server.start());
        LiveShare share(QUrl(backend.server.origin()));
        share.setMinInterval(0ms);
        QSignalSpy problems(&share, &LiveShare::problemOccurred);
        share.start(growing(1));
        share.update(growing(2));
        QTRY_VERIFY_WITH_TIMEOUT(share.updatesSent() == 1, 30000);
        share.update(growing(3));
        QTRY_VERIFY_WITH_TIMEOUT(share.updatesSent() == 2, 30000);
        QCOMPARE(backend.document, sharedProgressDocument(growing(3)));
        QCOMPARE(backend.methods(),
                 (QList<QByteArray>{"POST /api/runs", "PATCH /api/runs/abcdefghij",
                                    "PUT /api/runs/abcdefghij", "PUT /api/runs/abcdefghij"}));
        QCOMPARE(problems.size(), 0);
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
        QCOMPARE(runsIn(backend.document), 4);
        QCOMPARE(share.state(), LiveShare::State::Live);
    }

    void closedMidWriteLeavesNothingBehind()
    {
        // The window closes while an update is on its way (the server reads it and never
        // answers): the share goes, and its write ends with it instead of staying suspended for
        // ever with its buffers (LeakSanitizer checks that in the asan preset, AddressSanitizer
        // that nothing touches the share afterwards).
        LiveBackend backend;
        backend.silentUpdates = true;
        QVERIFY(backend.server.start());
        auto share = std::make_unique<LiveShare>(QUrl(backend.server.origin()));
        share->setMinInterval(0ms);
        QSignalSpy started(share.get(), &LiveShare::started);
        share->start(running(1));
        QTRY_VERIFY_WITH_TIMEOUT(started.size() == 1, 30000);
        share->update(growing(500));
        QTRY_VERIFY_WITH_TIMEOUT(backend.requests.size() == 2, 30000);
        QCOMPARE(share->state(), LiveShare::State::Live);
        share.reset();
        // Its connection closes; the write's end is queued behind the destruction: let it run.
        QTRY_VERIFY_WITH_TIMEOUT(backend.server.findChildren<QTcpSocket *>().isEmpty(), 30000);
        QCoreApplication::processEvents();
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

    void noLiveShareOverPlainHttpToAnotherMachine()
    {
        // Creating the run answers with its write token: refused before anything is sent.
        LiveShare share(QUrl(QStringLiteral("http://192.0.2.7:8787"))); // TEST-NET: never reached
        QSignalSpy problems(&share, &LiveShare::problemOccurred);
        share.start(running(0));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).at(1).toBool(), true);
        QCOMPARE(share.state(), LiveShare::State::Failed);
        QVERIFY2(share.problem().contains(QLatin1String("plain http")),
                 qPrintable(share.problem()));
        QCOMPARE(share.requestsSent(), 0);
        Comparison final = sampleComparison();
        share.finish(final, analyze(final));
        QCOMPARE(share.requestsSent(), 0);

        LiveShare ended(QUrl(QStringLiteral("http://192.0.2.7:8787")));
        ended.finish(final, analyze(final)); // ended before it began: the same refusal
        QCOMPARE(ended.state(), LiveShare::State::Failed);
        QCOMPARE(ended.requestsSent(), 0);
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
