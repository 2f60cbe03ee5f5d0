#include "model/comparisonjson.h"
#include "model/comparisonnames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fc;

namespace {

Comparison sample()
{
    Comparison c;
    c.status = Comparison::Status::Success;
    c.startTime = 1764000000000;
    c.finishTime = 1764000012345;
    c.title = QStringLiteral("loop vs stream");
    c.environment = Environment::current();
    c.plan.mode = RunPlan::Mode::Fixed;
    c.plan.runs = 3;
    c.plan.thresholdPercent = 2.5;
    c.outputsMatch = true;
    for (int s = 0; s < 2; ++s) {
        Side &side = c.sides[size_t(s)];
        side.lang = s == 0 ? QStringLiteral("java") : QStringLiteral("go");
        side.languageName = s == 0 ? QStringLiteral("Java") : QStringLiteral("Go");
        side.toolchain = QStringLiteral("openjdk 21.0.9");
        side.code = QStringLiteral("héllo ✓ \"quoted\"\n\tline 2");
        side.flags = {QStringLiteral("-O2")};
        side.args = {QStringLiteral("a b"), QStringLiteral("c")};
        side.stdinText = QStringLiteral("input\n");
        side.status = Side::Status::Success;
        if (s == 0) { // Go here is "interpreted": no compile result at all
            side.compile.performed = true;
            side.compile.command = {QStringLiteral("javac"), QStringLiteral("Main.java")};
            side.compile.durationMs = 812.5;
            side.compile.diagnostics
                << Diagnostic{QStringLiteral("Main.java"), 3, 9, QStringLiteral("warning"),
                              QStringLiteral("unchecked")};
        }
        for (int i = 0; i < 4; ++i) {
            RunRecord r;
            r.index = i * 2 + s;
            r.warmup = i == 0;
            r.wallMs = 100 + i + s * 50;
            r.userMs = 90 + i;
            r.sysMs = 5;
            r.memKiB = 30000 + i;
            r.voluntarySwitches = 3;
            side.runs << r;
        }
        side.stdoutText = QStringLiteral("42\n");
        side.stdoutDropped = 7;
    }
    c.b().error = SideError{QStringLiteral("timeout"), QStringLiteral("run 3 exceeded 30 s")};
    return c;
}

} // namespace

class TestComparisonJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEverything()
    {
        const Comparison c = sample();
        const QJsonObject json = comparisonToJson(c);
        QCOMPARE(json.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("fastercodes.comparison/1"));
        QString error;
        const auto back = comparisonFromJson(QJsonDocument(json).toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->a(), c.a());
        QCOMPARE(back->b(), c.b());
        QCOMPARE(back->plan, c.plan);
        QCOMPARE(back->environment, c.environment);
        QCOMPARE(*back, c);
    }

    // The names come from tables (model/enumtext.h), which no compiler checks for a missing
    // value the way it checks a switch: every value has its own name and reads back as itself.
    void everyStatusAndKindHasItsOwnName()
    {
        QStringList names;
        for (const auto kind : {Comparison::SourceKind::Local, Comparison::SourceKind::Permalink,
                                Comparison::SourceKind::Original, Comparison::SourceKind::File}) {
            names << sourceKindName(kind);
            QVERIFY(sourceKindFromName(names.last()) == kind);
        }
        for (const auto status : {Comparison::Status::Running, Comparison::Status::Success,
                                  Comparison::Status::Failed}) {
            names << statusName(status);
            QVERIFY(comparisonStatusFromName(names.last()) == status);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("local"), QStringLiteral("permalink"),
                                     QStringLiteral("original"), QStringLiteral("file"),
                                     QStringLiteral("RUNNING"), QStringLiteral("SUCCESS"),
                                     QStringLiteral("FAILED")}));
        for (const auto status :
             {Side::Status::Running, Side::Status::Success, Side::Status::Failed}) {
            QCOMPARE(statusName(status), names[4 + int(status)]);
            QVERIFY(sideStatusFromName(statusName(status)) == status);
        }
        QVERIFY(!sourceKindFromName(QStringLiteral("Local"))); // names are exact
        QVERIFY(!comparisonStatusFromName(QString()));
    }

    void originalAggregateCountsOnlyCountedRuns()
    {
        const QJsonObject json = comparisonToJson(sample());
        const QJsonObject stats =
            json[QStringLiteral("codeRuns")][0][QStringLiteral("stats")].toObject();
        const QJsonArray values =
            stats[QStringLiteral("duration")][QStringLiteral("values")].toArray();
        QCOMPARE(values.size(), 3); // 4 runs, one warm-up
        QCOMPARE(values.first().toDouble(), 101.0);
        QCOMPARE(stats[QStringLiteral("duration")][QStringLiteral("avg")].toDouble(), 102.0);
        QCOMPARE(stats[QStringLiteral("cpu")][QStringLiteral("values")][0].toDouble(), 96.0);
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"schema\": ")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("future version")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/9","runId":"","status":"SUCCESS","startTime":1,"codeRuns":[]})")
            << QStringLiteral("schema: unsupported document version");
        QTest::newRow("one side")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1,"codeRuns":[{"id":"","lang":"c","code":""}]})")
            << QStringLiteral("codeRuns: expected exactly two");
        QTest::newRow("bad status")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"DONE","startTime":1,"codeRuns":[]})")
            << QStringLiteral("status: 'DONE' is not one of");
        QTest::newRow("wall as string")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1,"codeRuns":[{"lang":"c","code":"","runs":[{"index":0,"wallMs":1,"cpuMs":1,"memKiB":1},{"index":1,"wallMs":"fast","cpuMs":1,"memKiB":1}]},{"lang":"c","code":""}]})")
            << QStringLiteral("codeRuns[0].runs[1].wallMs: expected a number");
        QTest::newRow("negative memory")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1,"codeRuns":[{"lang":"c","code":""},{"lang":"c","code":"","runs":[{"index":0,"wallMs":1,"cpuMs":1,"memKiB":-5}]}]})")
            << QStringLiteral("codeRuns[1].runs[0].memKiB: must be at least 0");
        QTest::newRow("missing code")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1,"codeRuns":[{"lang":"c"},{"lang":"c","code":""}]})")
            << QStringLiteral("codeRuns[0].code: missing");
        QTest::newRow("threshold above 100 %")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1,"codeRuns":[{"lang":"c","code":""},{"lang":"c","code":""}],"plan":{"thresholdPercent":150}})")
            << QStringLiteral("plan.thresholdPercent: a threshold above 100 %");
        // Numbers a cast would wrap or make undefined: 2^63 and beyond, fractions where a whole
        // number is meant, negative counts, an int field beyond int.
        const auto withRun = [](const char *run) {
            return QByteArray(
                       R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1,"codeRuns":[{"lang":"c","code":""},{"lang":"c","code":"","runs":[)") +
                   run + "]}]}";
        };
        QTest::newRow("start time 2^63")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":9223372036854775808,"codeRuns":[]})")
            << QStringLiteral("startTime: out of range");
        QTest::newRow("start time 1e300")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1e300,"codeRuns":[]})")
            << QStringLiteral("startTime: out of range");
        QTest::newRow("faults 2^64")
            << withRun(
                   R"({"index":0,"wallMs":1,"cpuMs":1,"memKiB":1,"minorFaults":18446744073709551616})")
            << QStringLiteral("codeRuns[1].runs[0].minorFaults: out of range");
        QTest::newRow("switches -2^63")
            << withRun(
                   R"({"index":0,"wallMs":1,"cpuMs":1,"memKiB":1,"voluntarySwitches":-9223372036854775808})")
            << QStringLiteral("codeRuns[1].runs[0].voluntarySwitches: must be at least 0");
        QTest::newRow("index beyond int")
            << withRun(R"({"index":4294967296,"wallMs":1,"cpuMs":1,"memKiB":1})")
            << QStringLiteral("codeRuns[1].runs[0].index: out of range");
        QTest::newRow("exit code beyond int")
            << withRun(R"({"index":0,"wallMs":1,"cpuMs":1,"memKiB":1,"exitCode":-2147483649})")
            << QStringLiteral("codeRuns[1].runs[0].exitCode: must be at least -2147483648");
        QTest::newRow("fractional index")
            << withRun(R"({"index":0.5,"wallMs":1,"cpuMs":1,"memKiB":1})")
            << QStringLiteral("codeRuns[1].runs[0].index: expected a whole number");
        QTest::newRow("negative index")
            << withRun(R"({"index":-1,"wallMs":1,"cpuMs":1,"memKiB":1})")
            << QStringLiteral("codeRuns[1].runs[0].index: must be at least 0");
        QTest::newRow("runs 2^63 in the plan")
            << QByteArray(
                   R"({"schema":"fastercodes.comparison/1","runId":"","status":"SUCCESS","startTime":1,"plan":{"runs":9223372036854775807},"codeRuns":[{"lang":"c","code":""},{"lang":"c","code":""}]})")
            << QStringLiteral("plan.runs: out of range");
        QTest::newRow("original bad base64")
            << QByteArray(
                   R"({"runId":"x","codeRuns":[{"lang":"java","code":"***"},{"lang":"go","code":""}]})")
            << QStringLiteral("codeRuns[0].code: not valid base64");
    }

    void badInputNamesTheField()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!comparisonFromJson(document, &error).has_value());
        QVERIFY2(error.startsWith(expected) || error.contains(expected), qPrintable(error));
    }

    void readsTheOriginalExample()
    {
        // The example payload of faster-codes-protocol.md (run 31q3), with real base64 code.
        QFile file(QStringLiteral(FC_TEST_DATA_DIR "/original-31q3.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto c = comparisonFromJson(file.readAll(), &error);
        QVERIFY2(c.has_value(), qPrintable(error));
        QCOMPARE(c->runId, QStringLiteral("31q3"));
        QCOMPARE(c->sourceKind, Comparison::SourceKind::Original);
        QCOMPARE(c->status, Comparison::Status::Success);
        QCOMPARE(c->startTime, 1644044539734);
        QCOMPARE(c->a().lang, QStringLiteral("java"));
        QCOMPARE(c->b().lang, QStringLiteral("go"));
        QVERIFY(c->a().code.contains(QLatin1String("BigInteger")));
        QVERIFY(c->b().code.contains(QLatin1String("math/big")));
        QCOMPARE(c->a().countedRuns(), 10);
        QCOMPARE(c->a().values(Metric::WallTime).first(), 3189.3);
        QCOMPARE(c->b().values(Metric::PeakMemory).last(), 7284.0);
        QCOMPARE(c->a().values(Metric::CpuTime).at(5), 400.0);
        QVERIFY(!c->hasEnvironment);
        QVERIFY(c->missingFields.contains(QStringLiteral("environment")));
        QCOMPARE(c->plan.warmup, 0);
    }
};

QTEST_GUILESS_MAIN(TestComparisonJson)
#include "tst_comparisonjson.moc"
