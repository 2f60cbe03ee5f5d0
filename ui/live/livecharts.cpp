#include "live/livecharts.h"

#include "charts/chartpanel.h"
#include "charts/chartstyle.h"
#include "charts/lightmarker.h"
#include "sidecolors.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QThread>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace fc::ui {

namespace {

QLineSeries *addLine(QChart *chart, int side, const QString &name, QValueAxis *x, QValueAxis *y,
                     qreal width)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(sideColor(side));
    pen.setWidthF(width);
    pen.setCosmetic(true);
    series->setPen(pen);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

// Grows a range in steps so the axes do not jitter with every sample.
double grown(double current, double needed)
{
    if (needed <= current)
        return current;
    return std::max(needed, current * 1.5);
}

} // namespace

LiveCharts::LiveCharts(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("liveCharts"));
    m_frame.setSingleShot(true);
    m_frame.setInterval(frameIntervalMs);
    connect(&m_frame, &QTimer::timeout, this, &LiveCharts::flush);

    QChart *cpu = createChart(tr("CPU of the current run"));
    m_cpuX = createValueAxis(tr("time since start (ms)"), cpu, Qt::AlignBottom);
    m_cpuY = createValueAxis(tr("CPU (%)"), cpu, Qt::AlignLeft);
    m_cpuY->setLabelFormat(QStringLiteral("%.0f"));
    QChart *memory = createChart(tr("Memory of the current run"));
    m_memX = createValueAxis(tr("time since start (ms)"), memory, Qt::AlignBottom);
    m_memY = createValueAxis(tr("memory (MiB)"), memory, Qt::AlignLeft);
    QChart *runs = createChart(tr("Wall time per run"));
    runs->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // dots and lines
    m_runX = createValueAxis(tr("run"), runs, Qt::AlignBottom);
    m_runX->setLabelFormat(QStringLiteral("%.0f"));
    m_runY = createValueAxis(tr("wall time (ms)"), runs, Qt::AlignLeft);

    for (int side = 0; side < 2; ++side) {
        m_cpu[size_t(side)] = addLine(cpu, side, sideName(side), m_cpuX, m_cpuY, 2);
        m_memory[size_t(side)] = addLine(memory, side, sideName(side), m_memX, m_memY, 2);
        auto *dots = new QScatterSeries;
        dots->setName(tr("%1 runs").arg(sideName(side)));
        QColor fill = sideColor(side);
        fill.setAlphaF(0.55f);
        dots->setColor(fill);
        dots->setBorderColor(sideColor(side));
        dots->setMarkerSize(7);
        dots->setLightMarker(lightMarker(fill, sideColor(side), 7));
        runs->addSeries(dots);
        dots->attachAxis(m_runX);
        dots->attachAxis(m_runY);
        m_runs[size_t(side)] = dots;
        m_median[size_t(side)] =
            addLine(runs, side, tr("%1 median").arg(sideName(side)), m_runX, m_runY, 2.5);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(8);
    const std::array<std::pair<QChart *, QString>, 3> charts{
        {{cpu, QStringLiteral("live-cpu")},
         {memory, QStringLiteral("live-memory")},
         {runs, QStringLiteral("live-runs")}}};
    for (const auto &[chart, name] : charts) {
        auto *panel = new ChartPanel(chart, this);
        panel->setExportName(name);
        layout->addWidget(panel, 1);
        m_panels << panel;
    }
    reset();
}

void LiveCharts::reset()
{
    m_frame.stop();
    m_data = {};
    m_maxElapsed = 100;
    m_maxCpu = 100;
    m_maxMemory = 1;
    m_maxWall = 0;
    m_minWall = 0;
    m_maxRun = 10;
    for (int side = 0; side < 2; ++side) {
        m_cpu[size_t(side)]->clear();
        m_memory[size_t(side)]->clear();
        m_runs[size_t(side)]->clear();
        m_median[size_t(side)]->clear();
    }
    m_shownRanges.fill(-1);
    updateAxes();
    m_redraws = 0;
}

void LiveCharts::addSample(int side, const ProbeSample &sample)
{
    if (side < 0 || side > 1)
        return;
    SideData &d = m_data[size_t(side)];
    // A new run starts its trace from scratch; the previous one stays until then.
    if (d.runEnded || sample.elapsedMs < d.lastElapsed) {
        d.cpu.clear();
        d.memory.clear();
        d.runEnded = false;
    }
    d.lastElapsed = sample.elapsedMs;
    const double t = double(sample.elapsedMs);
    const double mib = double(sample.rssKib) / 1024.0;
    d.cpu.append({t, sample.cpuPercent});
    d.memory.append({t, mib});
    m_maxElapsed = grown(m_maxElapsed, t);
    m_maxCpu = grown(m_maxCpu, sample.cpuPercent);
    m_maxMemory = grown(m_maxMemory, mib);
    d.traceDirty = true;
    schedule();
}

void LiveCharts::addRun(int side, const RunRecord &run)
{
    if (side < 0 || side > 1)
        return;
    SideData &d = m_data[size_t(side)];
    d.runEnded = true;
    d.lastElapsed = -1;
    if (run.warmup || !run.succeeded())
        return;
    const int number = int(d.runs.size()) + 1;
    d.runs.append({double(number), run.wallMs});
    d.sortedWalls.insert(std::upper_bound(d.sortedWalls.begin(), d.sortedWalls.end(), run.wallMs),
                         run.wallMs);
    const qsizetype n = d.sortedWalls.size();
    const double median =
        n % 2 ? d.sortedWalls[n / 2] : (d.sortedWalls[n / 2 - 1] + d.sortedWalls[n / 2]) / 2.0;
    d.medians.append({double(number), median});
    if (number > m_maxRun)
        m_maxRun = int(std::ceil(m_maxRun * 1.5));
    if (m_data[0].runs.size() + m_data[1].runs.size() == 1) {
        m_minWall = run.wallMs * 0.9;
        m_maxWall = run.wallMs * 1.1;
    }
    // Widen by a step beyond the new value, so that small drifts do not move the axis.
    if (run.wallMs < m_minWall)
        m_minWall = run.wallMs - (m_maxWall - run.wallMs) * 0.1;
    if (run.wallMs > m_maxWall)
        m_maxWall = run.wallMs + (run.wallMs - m_minWall) * 0.1;
    m_minWall = std::max(0.0, m_minWall);
    d.runsDirty = true;
    schedule();
}

void LiveCharts::schedule()
{
    if (!m_frame.isActive())
        m_frame.start();
}

void LiveCharts::flush()
{
    m_frame.stop();
    bool drew = false;
    for (int side = 0; side < 2; ++side) {
        SideData &d = m_data[size_t(side)];
        if (d.traceDirty) {
            m_cpu[size_t(side)]->replace(d.cpu);
            m_memory[size_t(side)]->replace(d.memory);
            d.traceDirty = false;
            drew = true;
        }
        if (d.runsDirty) {
            m_runs[size_t(side)]->replace(d.runs);
            m_median[size_t(side)]->replace(d.medians);
            d.runsDirty = false;
            drew = true;
        }
    }
    if (drew) {
        updateAxes();
        ++m_redraws;
    }
}

void LiveCharts::updateAxes()
{
    // Every range change re-lays out the chart, the costly part of a redraw: axes only move
    // when the data leaves them, and then by a step, not to the exact new extreme.
    const std::array<double, 6> wanted{m_maxElapsed,     m_maxCpu,  m_maxMemory,
                                       double(m_maxRun), m_minWall, m_maxWall};
    if (wanted == m_shownRanges)
        return;
    const auto changed = [&](int i) {
        return wanted[size_t(i)] != m_shownRanges[size_t(i)];
    };
    if (changed(0)) {
        setNiceRange(m_cpuX, 0, m_maxElapsed, true);
        setNiceRange(m_memX, 0, m_maxElapsed, true);
    }
    if (changed(1)) {
        // CPU in whole cores (100 % each), no head room: 100 % is a meaningful ceiling. At most
        // nine labels: more do not fit the chart's height, and Qt Charts then elides them all.
        // Never above what this machine's cores can give: a sample a little over it is sampling
        // jitter (two readings a few ms apart), not CPU.
        const double cores = std::max(1, QThread::idealThreadCount());
        const double top = std::min(std::ceil(m_maxCpu / 100.0 - 1e-9), cores) * 100.0;
        m_cpuY->setRange(0, top);
        m_cpuY->setTickType(QValueAxis::TicksDynamic);
        m_cpuY->setTickAnchor(0);
        m_cpuY->setTickInterval(top <= 200   ? 25
                                : top <= 400 ? 50
                                : top <= 800 ? 100
                                             : std::ceil(top / 800.0) * 100.0);
    }
    if (changed(2))
        setNiceRange(m_memY, 0, m_maxMemory, true);
    if (changed(3)) {
        m_runX->setRange(0, m_maxRun);
        m_runX->applyNiceNumbers();
    }
    if (changed(4) || changed(5)) {
        if (m_maxWall > 0)
            setNiceRange(m_runY, m_minWall, m_maxWall, false);
        else
            m_runY->setRange(0, 1);
    }
    m_shownRanges = wanted;
}

} // namespace fc::ui
