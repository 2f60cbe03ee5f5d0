// The parser of the launcher protocol, shared by every OS: real records as the Linux, macOS and
// Windows probes write them, fed whole and in pieces, plus garbage, truncation and newer versions.
#include "probe/launcherprotocol.h"

#include <QTest>

using fc::LauncherProtocolParser;
using fc::ProbeResult;
using Outcome = fc::ProbeResult::Outcome;

Q_DECLARE_METATYPE(fc::ProbeResult::Outcome)

namespace {

const QByteArray kLinuxRun =
    "fcl version=1 os=linux launcher=0.1.0\n"
    "limits memory=cgroup-v1 procs=cgroup-v1 kill=cgroup-v2 memory_limit_bytes=67108864 "
    "max_procs=512 timeout_ms=30000\n"
    "sample t_ms=20 cpu_pct=98.0 rss_kib=5508 procs=3 threads=3\n"
    "sample t_ms=41 cpu_pct=198.2 rss_kib=5512 procs=3 threads=4\n"
    "result wall_ns=301172637 user_us=296916 sys_us=120 maxrss_kib=1852 exit=0 signal=0 "
    "core_dumped=0 timed_out=0 cancelled=0 oom_killed=0 nvcsw=7 nivcsw=51 minflt=300 majflt=1 "
    "stdout_bytes=1048576 stdout_dropped=98951424 stderr_bytes=0 stderr_dropped=0 "
    "cgroup_peak_kib=936 proc_limit_hits=0 leftover_procs=0 spawn_ns=188079 "
    "launcher_maxrss_kib=3828\n";

const QByteArray kWindowsRun =
    "fcl version=1 os=windows launcher=0.1.0\r\n"
    "limits memory=job procs=job kill=job memory_limit_bytes=0 max_procs=512 timeout_ms=0\r\n"
    "sample t_ms=20 cpu_pct=50.0 rss_kib=4000 procs=1\r\n"
    "result wall_ns=5000000 user_us=3125 sys_us=0 maxrss_kib=4100 exit=0 signal=0 core_dumped=0 "
    "timed_out=0 cancelled=0 faults=1200 stdout_bytes=0 stdout_dropped=0 stderr_bytes=0 "
    "stderr_dropped=0 commit_peak_kib=9000\r\n";

const QByteArray kMacRun =
    "fcl version=1 os=macos launcher=0.1.0\n"
    "limits memory=none procs=rlimit kill=process-group memory_limit_bytes=0 max_procs=512 "
    "timeout_ms=0\n"
    "result wall_ns=7000000 user_us=2000 sys_us=1000 maxrss_kib=2048 exit=3 signal=0 "
    "core_dumped=0 timed_out=0 cancelled=0 nvcsw=2 nivcsw=1 minflt=100 majflt=0 stdout_bytes=0 "
    "stdout_dropped=0 stderr_bytes=0 stderr_dropped=0 footprint_peak_kib=1900 "
    "instructions=123456789 cycles=98765432\n";

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

ProbeResult parse(const QByteArray &input, int chunk, LauncherProtocolParser *parser, int *samples)
{
    *samples = 0;
    const qsizetype step = chunk > 0 ? chunk : qMax<qsizetype>(1, input.size());
    for (qsizetype i = 0; i < input.size(); i += step) {
        parser->feed(QByteArrayView(input).sliced(i, qMin(step, input.size() - i)));
        *samples += int(parser->takeSamples().size());
    }
    parser->finish();
    *samples += int(parser->takeSamples().size());
    return parser->result();
}

} // namespace

class TestLauncherProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stream_data();
    void stream();
    void parseLine_data();
    void parseLine();
    void overlongLineIsSkipped();
    void samplesKeepTheirValues();
    void notesAndEscapes();
};

void TestLauncherProtocol::stream_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("samples");
    QTest::addColumn<bool>("hasOutcome");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<qint64>("wallNs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("problems");

    const QString none;
    QTest::newRow("linux, whole") << kLinuxRun << 0 << 2 << true << Outcome::Exited << none
                                  << qint64(301172637) << 0 << 0 << 0;
    for (int chunk : {1, 3, 7, 64}) {
        QTest::addRow("linux, chunks of %d", chunk)
            << kLinuxRun << chunk << 2 << true << Outcome::Exited << none << qint64(301172637) << 0
            << 0 << 0;
    }
    QTest::newRow("windows, CRLF") << kWindowsRun << 5 << 1 << true << Outcome::Exited << none
                                   << qint64(5000000) << 0 << 0 << 0;
    QTest::newRow("macos, exit 3")
        << kMacRun << 0 << 0 << true << Outcome::Exited << none << qint64(7000000) << 3 << 0 << 0;
    QTest::newRow("signalled") << replaced(kLinuxRun, "exit=0 signal=0", "exit=-1 signal=11") << 0
                               << 2 << true << Outcome::Signalled << none << qint64(301172637) << -1
                               << 11 << 0;
    QTest::newRow("timed out") << replaced(kLinuxRun, "exit=0 signal=0 core_dumped=0 timed_out=0",
                                           "exit=-1 signal=9 core_dumped=0 timed_out=1")
                               << 0 << 2 << true << Outcome::TimedOut << none << qint64(301172637)
                               << -1 << 9 << 0;
    QTest::newRow("cancelled") << replaced(kLinuxRun,
                                           "signal=0 core_dumped=0 timed_out=0 cancelled=0",
                                           "signal=9 core_dumped=0 timed_out=0 cancelled=1")
                               << 0 << 2 << true << Outcome::Cancelled << none << qint64(301172637)
                               << 0 << 9 << 0;
    QTest::newRow("spawn error")
        << QByteArray("fcl version=1 os=linux launcher=0.1.0\n"
                      "error code=not_found errno=2 text=\"program not found: nope\"\n")
        << 0 << 0 << true << Outcome::Failed << QStringLiteral("not_found") << qint64(-1) << -1 << 0
        << 0;
    QTest::newRow("cancelled before the start")
        << QByteArray("fcl version=1 os=linux launcher=0.1.0\n"
                      "error code=cancelled text=\"cancelled before the program started\"\n")
        << 0 << 0 << true << Outcome::Cancelled << QStringLiteral("cancelled") << qint64(-1) << -1
        << 0 << 0;
    QTest::newRow("garbage between records")
        << QByteArray("fcl version=1 os=linux launcher=0.1.0\n"
                      "\x01\x02\xff\xfe binary junk\n"
                      "=== not a record\n"
                      "Segmentation fault\n"
                      "sample t_ms=abc cpu_pct=1 rss_kib=2 procs=1\n"
                      "sample t_ms=5 cpu_pct=1 rss_kib=2 procs=1 threads=1\n"
                      "note code=x text=\"unterminated\n"
                      "\n") +
               kLinuxRun.mid(kLinuxRun.indexOf("result"))
        << 2 << 1 << true << Outcome::Exited << none << qint64(301172637) << 0 << 0 << 5;
    QTest::newRow("cut off result")
        << kLinuxRun.left(kLinuxRun.size() - 40) << 0 << 2 << false << Outcome::Failed
        << QStringLiteral("no_result") << qint64(-1) << -1 << 0 << 1;
    QTest::newRow("empty") << QByteArray() << 0 << 0 << false << Outcome::Failed
                           << QStringLiteral("no_result") << qint64(-1) << -1 << 0 << 0;
    QTest::newRow("no header") << kLinuxRun.mid(kLinuxRun.indexOf("limits")) << 0 << 2 << true
                               << Outcome::Exited << none << qint64(301172637) << 0 << 0 << 1;
    QTest::newRow("newer protocol")
        << replaced(kLinuxRun, "fcl version=1", "fcl version=2") << 0 << 0 << true
        << Outcome::Failed << QStringLiteral("protocol") << qint64(-1) << -1 << 0 << 0;
    QTest::newRow("second result ignored")
        << kLinuxRun + replaced(kLinuxRun.mid(kLinuxRun.indexOf("result")), "wall_ns=301172637",
                                "wall_ns=1")
        << 0 << 2 << true << Outcome::Exited << none << qint64(301172637) << 0 << 0 << 1;
    QTest::newRow("unknown kinds and keys are skipped")
        << replaced(kLinuxRun, "sample t_ms=20",
                    "future kind=1 text=\"x\"\nsample novel_key=5 t_ms=20")
        << 0 << 2 << true << Outcome::Exited << none << qint64(301172637) << 0 << 0 << 0;
    QTest::newRow("result without exit")
        << replaced(kLinuxRun, " exit=0 signal=0", "") << 0 << 2 << false << Outcome::Failed
        << QStringLiteral("no_result") << qint64(-1) << -1 << 0 << 1;
    QTest::newRow("bad number in result")
        << replaced(kLinuxRun, "user_us=296916", "user_us=29x6916") << 0 << 2 << true
        << Outcome::Exited << none << qint64(301172637) << 0 << 0 << 1;
}

void TestLauncherProtocol::stream()
{
    QFETCH(QByteArray, input);
    QFETCH(int, chunk);
    LauncherProtocolParser parser;
    int samples = 0;
    const ProbeResult r = parse(input, chunk, &parser, &samples);

    QTEST(samples, "samples");
    QTEST(r.sampleCount, "samples");
    QTEST(parser.hasOutcome(), "hasOutcome");
    QTEST(r.outcome, "outcome");
    QTEST(r.errorCode, "errorCode");
    QTEST(r.wallNs, "wallNs");
    QTEST(r.exitCode, "exitCode");
    QTEST(r.signal, "signal");
    QFETCH(int, problems);
    QVERIFY2(parser.problems().size() == problems, qPrintable(parser.problems().join(u'\n')));
    QCOMPARE(r.protocolProblems, parser.problems());
    if (r.outcome == Outcome::Failed)
        QVERIFY(!r.errorMessage.isEmpty());
}

void TestLauncherProtocol::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<int>("fields");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("bare") << QByteArray("sample t_ms=20 cpu_pct=1.5") << true
                          << QByteArray("sample") << 2 << QByteArray("cpu_pct")
                          << QByteArray("1.5");
    QTest::newRow("kind only") << QByteArray("end") << true << QByteArray("end") << 0
                               << QByteArray() << QByteArray();
    QTest::newRow("quoted with escapes")
        << QByteArray(R"(note code=x text="a \"b\" \\ c\nd\te\x41")") << true << QByteArray("note")
        << 2 << QByteArray("text") << QByteArray("a \"b\" \\ c\nd\teA");
    QTest::newRow("quoted with spaces and =")
        << QByteArray(R"(error code=not_found text="x = y z")") << true << QByteArray("error") << 2
        << QByteArray("text") << QByteArray("x = y z");
    QTest::newRow("empty quoted") << QByteArray(R"(note text="")") << true << QByteArray("note")
                                  << 1 << QByteArray("text") << QByteArray("");
    QTest::newRow("trailing CR") << QByteArray("result exit=0\r") << true << QByteArray("result")
                                 << 1 << QByteArray("exit") << QByteArray("0");
    QTest::newRow("extra spaces") << QByteArray("result  exit=0   signal=0 ") << true
                                  << QByteArray("result") << 2 << QByteArray("signal")
                                  << QByteArray("0");
    const QByteArray none;
    QTest::newRow("empty line") << QByteArray("") << false << none << 0 << none << none;
    QTest::newRow("upper case kind")
        << QByteArray("Result exit=0") << false << none << 0 << none << none;
    QTest::newRow("leading space")
        << QByteArray(" result exit=0") << false << none << 0 << none << none;
    QTest::newRow("key without =")
        << QByteArray("result exit") << false << none << 0 << none << none;
    QTest::newRow("empty value") << QByteArray("result exit= x=1") << false << none << 0 << none
                                 << none;
    QTest::newRow("unterminated quote")
        << QByteArray(R"(note text="abc)") << false << none << 0 << none << none;
    QTest::newRow("bad escape") << QByteArray(R"(note text="a\qb")") << false << none << 0 << none
                                << none;
    QTest::newRow("short hex escape")
        << QByteArray(R"(note text="\x4")") << false << none << 0 << none << none;
    QTest::newRow("quote inside bare value")
        << QByteArray(R"(note text=a"b)") << false << none << 0 << none << none;
    QTest::newRow("control byte") << QByteArray("note text=a\x01z") << false << none << 0 << none
                                  << none;
    QTest::newRow("junk after quote")
        << QByteArray(R"(note text="a"b)") << false << none << 0 << none << none;
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << false << none << 0 << none
                            << none;
}

void TestLauncherProtocol::parseLine()
{
    QFETCH(QByteArray, line);
    QString error;
    const std::optional<fc::LauncherRecord> record =
        LauncherProtocolParser::parseLine(line, &error);
    QFETCH(bool, valid);
    QCOMPARE(record.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QTEST(record->kind, "kind");
    QTEST(int(record->fields.size()), "fields");
    QFETCH(QByteArray, key);
    if (!key.isEmpty()) {
        QVERIFY(record->has(key));
        QTEST(record->value(key), "value");
    }
}

void TestLauncherProtocol::overlongLineIsSkipped()
{
    // An over-long line costs bounded memory, is reported, and the stream goes on.
    LauncherProtocolParser parser;
    parser.feed("fcl version=1 os=linux launcher=0.1.0\n");
    const QByteArray junk(LauncherProtocolParser::kMaxLineBytes / 4, 'x');
    for (int i = 0; i < 12; ++i)
        parser.feed(junk);
    parser.feed("\n");
    parser.feed(kLinuxRun.mid(kLinuxRun.indexOf("result")));
    parser.finish();
    QCOMPARE(parser.problems().size(), 1);
    QVERIFY(parser.problems().first().contains(QStringLiteral("longer than")));
    QVERIFY(parser.hasOutcome());
    QCOMPARE(parser.result().userCpuUs, qint64(296916));
}

void TestLauncherProtocol::samplesKeepTheirValues()
{
    LauncherProtocolParser parser;
    parser.feed(kLinuxRun);
    const QList<fc::ProbeSample> samples = parser.takeSamples();
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples[1].elapsedMs, qint64(41));
    QCOMPARE(samples[1].cpuPercent, 198.2);
    QCOMPARE(samples[1].rssKib, qint64(5512));
    QCOMPARE(samples[1].processes, 3);
    QCOMPARE(samples[1].threads, 4);
    QVERIFY(parser.takeSamples().isEmpty());

    const ProbeResult r = parser.result();
    QCOMPARE(r.os, QStringLiteral("linux"));
    QCOMPARE(r.launcherVersion, QStringLiteral("0.1.0"));
    QVERIFY(r.limits.reported);
    QCOMPARE(r.limits.memory, QStringLiteral("cgroup-v1"));
    QCOMPARE(r.limits.memoryLimitBytes, qint64(67108864));
    QCOMPARE(r.limits.maxProcesses, qint64(512));
    QCOMPARE(r.userCpuUs, qint64(296916));
    QCOMPARE(r.systemCpuUs, qint64(120));
    QCOMPARE(r.cpuMs(), 297.036);
    QCOMPARE(r.maxRssKib, qint64(1852));
    QCOMPARE(r.stdoutBytes, qint64(1048576));
    QCOMPARE(r.stdoutDroppedBytes, qint64(98951424));
    QCOMPARE(r.cgroupPeakKib, qint64(936));
    QCOMPARE(r.oomKilled, 0);
    QCOMPARE(r.majorPageFaults, qint64(1));
    QCOMPARE(r.commitPeakKib, qint64(-1)); // not a Linux figure
    QVERIFY(r.succeeded());

    LauncherProtocolParser windows;
    windows.feed(kWindowsRun);
    QCOMPARE(windows.result().commitPeakKib, qint64(9000));
    QCOMPARE(windows.result().pageFaults, qint64(1200));
    QCOMPARE(windows.result().minorPageFaults, qint64(-1));
    QCOMPARE(windows.takeSamples().first().threads, -1);

    LauncherProtocolParser mac;
    mac.feed(kMacRun);
    QCOMPARE(mac.result().footprintPeakKib, qint64(1900));
    QCOMPARE(mac.result().instructions, qint64(123456789));
    QVERIFY(!mac.result().succeeded());
}

void TestLauncherProtocol::notesAndEscapes()
{
    LauncherProtocolParser parser;
    parser.feed(
        "fcl version=1 os=linux launcher=0.1.0\n"
        R"(note code=memory_cap_unavailable text="no \"memory\" cgroup:\n cap not applied")"
        "\n"
        R"(error code=cwd errno=2 text="cannot change to working directory /x y: No such file")"
        "\n");
    parser.finish();
    const ProbeResult r = parser.result();
    QCOMPARE(r.notes.size(), 1);
    QCOMPARE(r.notes[0].code, QStringLiteral("memory_cap_unavailable"));
    QCOMPARE(r.notes[0].text, QStringLiteral("no \"memory\" cgroup:\n cap not applied"));
    QCOMPARE(r.errorCode, QStringLiteral("cwd"));
    QCOMPARE(r.errorNumber, 2);
    QCOMPARE(r.errorMessage,
             QStringLiteral("cannot change to working directory /x y: No such file"));
    QVERIFY(!r.hasFigures());
}

QTEST_GUILESS_MAIN(TestLauncherProtocol)
#include "tst_launcherprotocol.moc"
