// The UI thread's longest stall during a comparison of two trivial programs (default 1000 runs
// per side): a 5 ms heartbeat timer records the largest gap between its ticks while the real
// runner feeds the real window, and the most CPU time the UI thread spent within one gap (its own
// work, as opposed to waiting for a core on a busy machine). Prints one JSON line. Not a test:
// timing is reported, not asserted.
//   uibench [--runs N]

#include "live/livecharts.h"
#include "mainwindow.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "sidepane.h"
#include "windowparts.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <time.h>

namespace {

// CPU time of the calling thread: separates our own work from waiting for a core on a busy machine.
qint64 threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("faster.codes"));
    QCoreApplication::setApplicationName(QStringLiteral("fastercodes-uibench"));
    const int runs =
        app.arguments().contains(QStringLiteral("--runs"))
            ? app.arguments().value(app.arguments().indexOf(QStringLiteral("--runs")) + 1).toInt()
            : 1000;

    fc::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    const QString trivial = QStringLiteral("int main(void) { return 0; }\n");
    for (int side = 0; side < 2; ++side) {
        uitest::pane(window, side)->setLanguage(QStringLiteral("c"));
        uitest::pane(window, side)->setCode(trivial);
    }
    fc::RunPlan plan = uitest::planBar(window)->plan();
    plan.mode = fc::RunPlan::Mode::Fixed;
    plan.runs = runs;
    plan.warmup = 1;
    uitest::planBar(window)->setPlan(plan);

    QElapsedTimer beat;
    qint64 longest = 0;
    qint64 longestRunning = 0;
    qint64 longestBusyUs = 0; // UI-thread CPU time within one heartbeat gap
    qint64 cpuAtBeat = 0;
    qint64 ticks = 0;
    qint64 measuredRuns = 0;   // runs reported by the runner so far
    qint64 longestAtMs = 0;    // when the longest gap ended, from Run
    qint64 longestAtRuns = -1; // and how many runs had been reported by then
    QElapsedTimer sinceRun;
    QObject::connect(window.runner(), &fc::ComparisonRunner::runMeasured, &window,
                     [&] { ++measuredRuns; });
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 gap = beat.restart();
        const qint64 cpu = threadCpuUs();
        longestBusyUs = std::max(longestBusyUs, cpu - cpuAtBeat);
        cpuAtBeat = cpu;
        if (gap > longest) {
            longest = gap;
            longestAtMs = sinceRun.elapsed();
            longestAtRuns = measuredRuns;
        }
        if (window.isRunning())
            longestRunning = std::max(longestRunning, gap);
        ++ticks;
    });
    QSignalSpy shown(&window, &fc::ui::MainWindow::resultsShown);
    QElapsedTimer total;
    total.start();
    window.run();
    sinceRun.start();
    beat.start();
    cpuAtBeat = threadCpuUs();
    heartbeat.start();
    if (!shown.wait(900000))
        return 3;
    heartbeat.stop();
    const QJsonObject report{
        {QStringLiteral("runsPerSide"), runs},
        {QStringLiteral("counted"),
         window.comparison() ? window.comparison()->a().countedRuns() : 0},
        {QStringLiteral("seconds"), double(total.elapsed()) / 1000.0},
        {QStringLiteral("longestStallMs"), longest},
        {QStringLiteral("longestStallWhileRunningMs"), longestRunning},
        {QStringLiteral("longestStallAtMs"), longestAtMs},
        {QStringLiteral("longestStallAfterRuns"), longestAtRuns},
        {QStringLiteral("longestBusyMs"), double(longestBusyUs) / 1000.0},
        {QStringLiteral("heartbeats"), ticks},
        {QStringLiteral("liveRedraws"), uitest::liveCharts(window)->redrawCount()},
        {QStringLiteral("verdict"),
         window.comparison() ? window.analysis().verdict.sentence() : QString()}};
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
