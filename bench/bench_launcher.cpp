// How much does measuring cost? Compares, for /usr/bin/true:
//  - the floor: posix_spawn + wait4 timed by this program itself,
//  - the launcher's reported per-run wall time (what the results show),
//  - the whole pipeline per run (QProcess -> launcher -> program -> report), i.e. what 500 runs
//  cost,
//    one launcher per run (MeasuredProcess) and one launcher for all runs (LauncherSession),
//  - hyperfine -N as the peer, when it is installed.
// Prints a Markdown table for docs/benchmarks.md.
#include "probe/launchersession.h"
#include "probe/measuredprocess.h"
#include "runner/comparisonrunner.h"
#include "toolchains/languageregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <qcoro/qcorotask.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

extern char **environ;

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::vector<double> spawnFloor(const char *program, int runs)
{
    std::vector<double> out;
    char *argv[] = {const_cast<char *>(program), nullptr};
    for (int i = 0; i < runs; ++i) {
        const double t0 = nowMs();
        pid_t pid = 0;
        if (posix_spawn(&pid, program, nullptr, nullptr, argv, environ) != 0)
            qFatal("posix_spawn failed");
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        out.push_back(nowMs() - t0);
    }
    return out;
}

// One way of running /usr/bin/true `runs` times, and what it cost.
struct Series
{
    std::vector<double> reported; // the launcher's wall_ns
    std::vector<double> pipeline; // from the request to the result in this process
    std::vector<double> spawn;    // the launcher's spawn_ns
    double totalMs = 0;
};

enum class Mode
{
    OneShot, // MeasuredProcess: one launcher per run
    Session, // LauncherSession: one launcher for all
    Queued,  // LauncherSession, the next request queued while one runs (the runner, short runs)
};

QCoro::Task<> measure(Mode mode, int runs, Series *out)
{
    fc::MeasuredRunSpec spec;
    spec.program = QStringLiteral("/usr/bin/true");
    spec.sampleIntervalMs = 0;
    fc::LauncherSession session;
    const double start = nowMs();
    for (int i = 0; i < runs; ++i) {
        const double t0 = nowMs();
        fc::ProbeResult r;
        if (mode == Mode::OneShot) {
            fc::MeasuredProcess process;
            r = co_await process.run(spec);
        } else {
            auto running = session.run(spec);
            // As the runner does: two runs ahead.
            while (mode == Mode::Queued && session.preparedCount() < 2 &&
                   i + 1 + session.preparedCount() < runs)
                session.prepareNext(spec);
            r = co_await std::move(running);
        }
        out->pipeline.push_back(nowMs() - t0);
        if (!r.succeeded())
            qFatal("launcher run failed: %s", qPrintable(r.errorMessage));
        out->reported.push_back(r.wallMs());
        out->spawn.push_back(double(r.spawnNs) / 1e6);
    }
    // The session's warm-up (the launcher's start, the cgroups' creation) is counted.
    out->totalMs = nowMs() - start;
}

Series run(Mode mode, int runs)
{
    Series series;
    auto task = measure(mode, runs, &series);
    QCoro::waitFor(task);
    return series;
}

void print(QTextStream &out, const QString &title, const Series &s, int runs, double floorMedian)
{
    out << QStringLiteral("| **%1** | |\n").arg(title);
    out << QStringLiteral(
               "| launcher's reported wall time, median | %1 ms (%2× floor; target ≤ 1.10×) |\n")
               .arg(median(s.reported), 0, 'f', 3)
               .arg(median(s.reported) / floorMedian, 0, 'f', 2);
    out << QStringLiteral("| launcher's set-up before the program (spawn_ns), median | %1 ms |\n")
               .arg(median(s.spawn), 0, 'f', 3);
    out << QStringLiteral("| whole pipeline per run (request → result in the app), median | %1 "
                          "ms |\n")
               .arg(median(s.pipeline), 0, 'f', 3);
    out << QStringLiteral("| total for %1 runs | %2 ms = %3× (%1 × floor); target ≤ 1.3× |\n")
               .arg(runs)
               .arg(s.totalMs, 0, 'f', 0)
               .arg(s.totalMs / (runs * floorMedian), 0, 'f', 2);
}

// The product's own path: ComparisonRunner (what the window and `fastercodes compare` use), a
// fixed plan of runs/2 per side of an empty C program, no warm-up. Per run: from the first measured
// run to the last, so that the compiles do not count.
struct RunnerFigures
{
    double perRunMs = 0;
    double floorMs = 0; // posix_spawn+wait4 of the same program, compiled here alike
    int runs = 0;
};

RunnerFigures measureRunner(int runs)
{
    RunnerFigures f;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("empty.c"));
    const QString binary = dir.filePath(QStringLiteral("empty"));
    const QByteArray code("int main(void) { return 0; }\n");
    QFile file(source);
    if (!file.open(QIODevice::WriteOnly) || file.write(code) != code.size())
        qFatal("cannot write %s", qPrintable(source));
    file.close();
    if (QProcess::execute(QStringLiteral("cc"),
                          {QStringLiteral("-O2"), source, QStringLiteral("-o"), binary}) != 0)
        qFatal("cc failed");
    spawnFloor(binary.toLocal8Bit().constData(), 20);
    f.floorMs = median(spawnFloor(binary.toLocal8Bit().constData(), runs));

    fc::ComparisonRunner runner(fc::LanguageRegistry::createDefault());
    fc::ComparisonRequest request;
    for (fc::SideInput &side : request.sides)
        side = fc::SideInput{QStringLiteral("c"), QString::fromLatin1(code), std::nullopt, {}, {}};
    request.plan.mode = fc::RunPlan::Mode::Fixed;
    request.plan.runs = runs / 2;
    request.plan.warmup = 0;
    double first = 0;
    double last = 0;
    QObject::connect(&runner, &fc::ComparisonRunner::runMeasured, &runner, [&] {
        last = nowMs();
        if (f.runs++ == 0)
            first = last;
    });
    QEventLoop loop;
    QObject::connect(&runner, &fc::ComparisonRunner::finished, &loop, &QEventLoop::quit);
    if (!runner.start(request))
        qFatal("the runner did not start");
    loop.exec();
    if (f.runs < 2)
        qFatal("the runner measured %d runs", f.runs);
    f.perRunMs = (last - first) / double(f.runs - 1);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(10, atoi(argv[1])) : 500;
    QTextStream out(stdout);

    spawnFloor("/usr/bin/true", 20); // warm the page cache
    const std::vector<double> floor = spawnFloor("/usr/bin/true", runs);
    const double floorMedian = median(floor);
    const Series oneShot = run(Mode::OneShot, runs);
    const Series session = run(Mode::Session, runs);
    const Series queued = run(Mode::Queued, runs);
    const std::vector<double> floorAfter = spawnFloor("/usr/bin/true", runs);

    out << "| figure | value |\n|---|---|\n";
    out << QStringLiteral("| posix_spawn+wait4 floor, median of %1 | %2 ms (again after the "
                          "launcher rows: %3 ms) |\n")
               .arg(runs)
               .arg(floorMedian, 0, 'f', 3)
               .arg(median(floorAfter), 0, 'f', 3);
    print(out, QStringLiteral("one launcher per run (MeasuredProcess)"), oneShot, runs,
          floorMedian);
    print(out, QStringLiteral("one launcher per session (LauncherSession)"), session, runs,
          floorMedian);
    print(out,
          QStringLiteral("one launcher per session, next request queued (the runner, runs < 50 "
                         "ms)"),
          queued, runs, floorMedian);

    const RunnerFigures runner = measureRunner(runs);
    out << "| **the runner (ComparisonRunner), an empty C program on both sides** | |\n";
    out << QStringLiteral("| posix_spawn+wait4 floor of that program, median | %1 ms |\n")
               .arg(runner.floorMs, 0, 'f', 3);
    out << QStringLiteral("| per run, first measured run to last (%1 runs) | %2 ms = %3× floor; "
                          "as a total for %4 runs: %5 ms; target ≤ 1.3× |\n")
               .arg(runner.runs)
               .arg(runner.perRunMs, 0, 'f', 3)
               .arg(runner.perRunMs / runner.floorMs, 0, 'f', 2)
               .arg(runs)
               .arg(runner.perRunMs * runs, 0, 'f', 0);

    const QString hyperfine = QStandardPaths::findExecutable(QStringLiteral("hyperfine"));
    if (!hyperfine.isEmpty()) {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("h.json"));
        QProcess p;
        const double h0 = nowMs();
        p.start(hyperfine, {QStringLiteral("-N"), QStringLiteral("--runs"), QString::number(runs),
                            QStringLiteral("--warmup"), QStringLiteral("20"),
                            QStringLiteral("--export-json"), json, QStringLiteral("--style"),
                            QStringLiteral("none"), QStringLiteral("/usr/bin/true")});
        p.waitForFinished(600000);
        const double hTotal = nowMs() - h0;
        QFile f(json);
        f.open(QIODevice::ReadOnly);
        const QJsonObject r =
            QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("results")][0].toObject();
        out << QStringLiteral("| hyperfine -N: median per run | %1 ms (%2× floor) |\n")
                   .arg(r[QStringLiteral("median")].toDouble() * 1000, 0, 'f', 3)
                   .arg(r[QStringLiteral("median")].toDouble() * 1000 / floorMedian, 0, 'f', 2);
        out << QStringLiteral("| hyperfine -N: total for %1 runs (+20 warm-ups) | %2 ms = %3× (%1 "
                              "× floor) |\n")
                   .arg(runs)
                   .arg(hTotal, 0, 'f', 0)
                   .arg(hTotal / (runs * floorMedian), 0, 'f', 2);
    } else {
        out << "| hyperfine | not installed |\n";
    }
    return 0;
}
