// The app's own live-share traffic (issue 13), through the real fc::LiveShare against a backend
// (the local one: toolchains/dev backend). A synthetic comparison gets RUNS measured runs per
// side, one run pair every PAIR_MS milliseconds as the runner reports them; LiveShare batches
// them as in the app (at most one update per 500 ms, one request at a time) and finishes with
// the final document. Prints the requests and the bytes of their bodies, and what the same
// updates would have cost as whole documents, as a Markdown table for docs/benchmarks.md.
//
//   bench_liveshare BACKEND_URL [RUNS=1000] [PAIR_MS=20]
//   toolchains/dev --preset ci shell -c 'build/ci/bin/bench_liveshare http://127.0.0.1:8787'
#include "cloud/liveshare.h"
#include "cloud/shareddocument.h"
#include "model/analysis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace fc;

namespace {

qint64 sizeOf(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact).size();
}

// A C and a C++ side as the app would have them, with `runs` runs per side (the first a warm-up),
// figures spread as real measurements are (a fixed seed: the same bytes every time).
Comparison synthetic(int runs)
{
    Comparison c;
    c.status = Comparison::Status::Running;
    c.startTime = QDateTime::currentMSecsSinceEpoch();
    c.title = QStringLiteral("sum of squares: C vs C++");
    c.environment = Environment::current();
    c.plan.mode = RunPlan::Mode::Fixed;
    c.plan.runs = runs;
    const QString langs[2] = {QStringLiteral("c"), QStringLiteral("cpp")};
    const QString compilers[2] = {QStringLiteral("gcc"), QStringLiteral("g++")};
    QRandomGenerator random(13);
    for (int s = 0; s < 2; ++s) {
        Side &side = c.sides[size_t(s)];
        side.lang = langs[s];
        side.languageName = s == 0 ? QStringLiteral("C") : QStringLiteral("C++");
        side.toolchain = QStringLiteral("%1 (Debian 14.2.0-19) 14.2.0").arg(compilers[s]);
        side.code = QStringLiteral("#include <stdio.h>\nint main(void) {\n    long s = 0;\n"
                                   "    for (long i = 0; i < 20000000; ++i) s += i * i % 7;\n"
                                   "    printf(\"%ld\\n\", s);\n}\n");
        side.flags = {QStringLiteral("-O2")};
        side.status = Side::Status::Running;
        side.stage = QStringLiteral("Running");
        const QString dir = QStringLiteral("/tmp/fastercodes-Ab3dE%1").arg(s);
        side.compile.performed = true;
        side.compile.command = {compilers[s], QStringLiteral("-O2"), QStringLiteral("-o"),
                                dir + QStringLiteral("/main"), dir + QStringLiteral("/main.c")};
        side.compile.durationMs = 180.0 + 40.0 * s;
        side.stdoutText = QStringLiteral("59999994\n");
        for (int i = 0; i < runs; ++i) {
            RunRecord r;
            r.index = 2 * i + s;
            r.warmup = i == 0;
            r.wallMs = (19.0 + 0.5 * s) * (1.0 + 0.05 * random.generateDouble());
            r.userMs = r.wallMs * (0.93 + 0.04 * random.generateDouble());
            r.sysMs = r.wallMs * 0.03 * random.generateDouble();
            r.memKiB = 1400 + 8 * random.bounded(40);
            r.voluntarySwitches = random.bounded(3);
            r.involuntarySwitches = random.bounded(12);
            r.minorFaults = 60 + random.bounded(8);
            side.runs << r;
        }
    }
    return c;
}

// `all` cut to its first `pairs` runs per side.
Comparison upTo(const Comparison &all, int pairs)
{
    Comparison c = all;
    for (Side &s : c.sides)
        s.runs.resize(pairs);
    return c;
}

QString kib(qint64 bytes)
{
    return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("fastercodes-bench"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_liveshare BACKEND_URL [RUNS=1000] [PAIR_MS=20]\n");
        return 2;
    }
    const QUrl backend(args.at(1));
    const int runs = args.size() > 2 ? args.at(2).toInt() : 1000;
    const int pairMs = args.size() > 3 ? args.at(3).toInt() : 20;
    if (!backend.isValid() || runs < 2 || pairMs < 0) {
        std::fprintf(stderr, "bench_liveshare: bad arguments\n");
        return 2;
    }
    const Comparison all = synthetic(runs + 1); // + the warm-up
    Comparison final = all;
    final.status = Comparison::Status::Success;
    final.finishTime = final.startTime + qint64(runs) * pairMs;
    for (Side &s : final.sides) {
        s.status = Side::Status::Success;
        s.stage = QStringLiteral("Run_Success");
    }
    QTextStream out(stdout);
    const QString loadBefore = loadAverage();

    LiveShare share(backend);
    QEventLoop loop;
    int exitCode = 0;
    int pairs = 0;
    // What the updates would have been as whole documents: each update carries the state of
    // the moment it went, of `runsSent` runs.
    qint64 wholeUpdates = 0;
    QTimer feed;
    feed.setInterval(pairMs);
    QObject::connect(&feed, &QTimer::timeout, &share, [&] {
        ++pairs;
        share.update(upTo(all, pairs));
        if (pairs < int(all.sides[0].runs.size()))
            return;
        feed.stop();
        share.finish(final, analyze(final));
    });
    QObject::connect(&share, &LiveShare::started, &feed, qOverload<>(&QTimer::start));
    QObject::connect(&share, &LiveShare::updated, &share, [&](int runsSent) {
        wholeUpdates += sizeOf(sharedProgressDocument(upTo(all, runsSent / 2)));
    });
    QObject::connect(&share, &LiveShare::finished, &loop, &QEventLoop::quit);
    QObject::connect(&share, &LiveShare::problemOccurred, &loop,
                     [&](const QString &message, bool fatal) {
                         std::fprintf(stderr, "bench_liveshare: %s\n", qPrintable(message));
                         if (fatal) {
                             exitCode = 1;
                             loop.quit();
                         }
                     });
    // A bench must end: a backend that stops answering fails it, at a generous bound.
    QTimer::singleShot(std::chrono::milliseconds(120'000 + 20LL * runs * pairMs), &loop, [&] {
        std::fprintf(stderr, "bench_liveshare: the share did not finish in time\n");
        exitCode = 1;
        loop.quit();
    });
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    share.start(upTo(all, 0));
    loop.exec();
    if (exitCode != 0)
        return exitCode;
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - t0) / 1000.0;

    const qint64 create = sizeOf(sharedProgressDocument(upTo(all, 0)));
    const qint64 finalSize = sizeOf(sharedDocument(final, analyze(final)));
    const qint64 whole = create + wholeUpdates + finalSize;
    out << "fc::LiveShare, " << runs << " counted runs per side (+1 warm-up), a run pair every "
        << pairMs << " ms, " << seconds << " s; final document " << kib(finalSize) << "; "
        << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ", load average " << loadBefore
        << " before, " << loadAverage() << " after; permalink " << share.permalink() << "\n\n"
        << "| traffic, app → backend (request bodies) | requests | bytes | |\n"
        << "|---|---:|---:|---:|\n"
        << "| create, " << share.updatesSent() << " updates (" << share.patchesSent()
        << " PATCH), finish | " << share.requestsSent() << " | " << share.bytesSent() << " | "
        << kib(share.bytesSent()) << " |\n"
        << "| the same updates as whole documents | " << share.requestsSent() << " | " << whole
        << " | " << kib(whole) << " |\n";
    return 0;
}
