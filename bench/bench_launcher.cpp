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

#include <QCoreApplication>
#include <QElapsedTimer>
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

QCoro::Task<> measure(int runs, std::vector<double> *reported, std::vector<double> *pipeline)
{
    for (int i = 0; i < runs; ++i) {
        fc::MeasuredProcess process;
        fc::MeasuredRunSpec spec;
        spec.program = QStringLiteral("/usr/bin/true");
        spec.sampleIntervalMs = 0;
        const double t0 = nowMs();
        const fc::ProbeResult r = co_await process.run(spec);
        pipeline->push_back(nowMs() - t0);
        if (!r.succeeded())
            qFatal("launcher run failed: %s", qPrintable(r.errorMessage));
        reported->push_back(r.wallMs());
    }
}

QCoro::Task<> measureSession(int runs, bool queueNext, std::vector<double> *reported,
                             std::vector<double> *pipeline, std::vector<double> *spawn)
{
    fc::LauncherSession session;
    fc::MeasuredRunSpec spec;
    spec.program = QStringLiteral("/usr/bin/true");
    spec.sampleIntervalMs = 0;
    for (int i = 0; i < runs; ++i) {
        const double t0 = nowMs();
        auto running = session.run(spec);
        if (queueNext && i + 1 < runs)
            session.prepareNext(spec);
        const fc::ProbeResult r = co_await std::move(running);
        pipeline->push_back(nowMs() - t0);
        if (!r.succeeded())
            qFatal("session run failed: %s", qPrintable(r.errorMessage));
        reported->push_back(r.wallMs());
        spawn->push_back(double(r.spawnNs) / 1e6);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(10, atoi(argv[1])) : 500;
    QTextStream out(stdout);

    spawnFloor("/usr/bin/true", 20); // warm the page cache
    const std::vector<double> floor = spawnFloor("/usr/bin/true", runs);
    std::vector<double> reported, pipeline;
    const double t0 = nowMs();
    auto task = measure(runs, &reported, &pipeline);
    QCoro::waitFor(task);
    const double total = nowMs() - t0;
    const double floorMedian = median(floor);

    // The session path; its warm-up (the launcher's start, the cgroups' creation) is counted.
    std::vector<double> sReported, sPipeline, sSpawn;
    const double s0 = nowMs();
    auto sessionTask = measureSession(runs, false, &sReported, &sPipeline, &sSpawn);
    QCoro::waitFor(sessionTask);
    const double sTotal = nowMs() - s0;
    // As the runner does it for short runs: the next request queued while one runs.
    std::vector<double> qReported, qPipeline, qSpawn;
    const double q0 = nowMs();
    auto queuedTask = measureSession(runs, true, &qReported, &qPipeline, &qSpawn);
    QCoro::waitFor(queuedTask);
    const double qTotal = nowMs() - q0;
    const std::vector<double> floorAfter = spawnFloor("/usr/bin/true", runs);

    out << "| figure | value |\n|---|---|\n";
    out << QStringLiteral("| posix_spawn+wait4 floor, median of %1 | %2 ms (again after the "
                          "launcher rows: %3 ms) |\n")
               .arg(runs)
               .arg(floorMedian, 0, 'f', 3)
               .arg(median(floorAfter), 0, 'f', 3);
    out << "| **one launcher per run** (MeasuredProcess) | |\n";
    out << QStringLiteral(
               "| launcher's reported wall time, median | %1 ms (%2× floor; target ≤ 1.10×) |\n")
               .arg(median(reported), 0, 'f', 3)
               .arg(median(reported) / floorMedian, 0, 'f', 2);
    out << QStringLiteral(
               "| whole pipeline per run (QProcess → launcher → program), median | %1 ms |\n")
               .arg(median(pipeline), 0, 'f', 3);
    out << QStringLiteral("| total for %1 runs | %2 ms = %3× (%1 × floor); target ≤ 1.3× |\n")
               .arg(runs)
               .arg(total, 0, 'f', 0)
               .arg(total / (runs * floorMedian), 0, 'f', 2);

    out << "| **one launcher per session** (LauncherSession) | |\n";
    out << QStringLiteral(
               "| launcher's reported wall time, median | %1 ms (%2× floor; target ≤ 1.10×) |\n")
               .arg(median(sReported), 0, 'f', 3)
               .arg(median(sReported) / floorMedian, 0, 'f', 2);
    out << QStringLiteral("| launcher's set-up before the program (spawn_ns), median | %1 ms |\n")
               .arg(median(sSpawn), 0, 'f', 3);
    out << QStringLiteral("| whole pipeline per run, median | %1 ms |\n")
               .arg(median(sPipeline), 0, 'f', 3);
    out << QStringLiteral("| total for %1 runs | %2 ms = %3× (%1 × floor); target ≤ 1.3× |\n")
               .arg(runs)
               .arg(sTotal, 0, 'f', 0)
               .arg(sTotal / (runs * floorMedian), 0, 'f', 2);

    out << "| **one launcher per session, next request queued** (the runner, runs < 50 ms) | |\n";
    out << QStringLiteral(
               "| launcher's reported wall time, median | %1 ms (%2× floor; target ≤ 1.10×) |\n")
               .arg(median(qReported), 0, 'f', 3)
               .arg(median(qReported) / floorMedian, 0, 'f', 2);
    out << QStringLiteral("| launcher's set-up before the program (spawn_ns), median | %1 ms |\n")
               .arg(median(qSpawn), 0, 'f', 3);
    out << QStringLiteral("| total for %1 runs | %2 ms = %3× (%1 × floor); target ≤ 1.3× |\n")
               .arg(runs)
               .arg(qTotal, 0, 'f', 0)
               .arg(qTotal / (runs * floorMedian), 0, 'f', 2);

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
