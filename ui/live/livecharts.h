#pragma once

#include "model/side.h"
#include "probe/proberesult.h"

#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>
#include <array>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace fc::ui {

class ChartPanel;

/// The Live tab: CPU % and memory over time of each side's current run (A and B overlaid), and
/// one dot per finished run with each side's running median. Samples are buffered and drawn
/// at most every frameIntervalMs (≤ 30 redraws a second), whatever rate they arrive at.
class LiveCharts : public QWidget
{
    Q_OBJECT
public:
    static constexpr int frameIntervalMs = 34;

    explicit LiveCharts(QWidget *parent = nullptr);

    /// Clears everything for a new comparison.
    void reset();
    void addSample(int side, const fc::ProbeSample &sample);
    /// A finished run; warm-ups end the current trace but add no dot.
    void addRun(int side, const fc::RunRecord &run);
    /// Draws what is pending now instead of at the next frame.
    void flush();

    QLineSeries *cpuSeries(int side) const { return m_cpu[size_t(side)]; }
    QLineSeries *memorySeries(int side) const { return m_memory[size_t(side)]; }
    QScatterSeries *runSeries(int side) const { return m_runs[size_t(side)]; }
    QLineSeries *medianSeries(int side) const { return m_median[size_t(side)]; }
    /// How many times the charts were redrawn since reset() (for tests of the batching).
    int redrawCount() const { return m_redraws; }
    QList<ChartPanel *> panels() const { return m_panels; }

private:
    struct SideData
    {
        QList<QPointF> cpu; // the current run's trace
        QList<QPointF> memory;
        QList<QPointF> runs;
        QList<QPointF> medians;
        QList<double> sortedWalls;
        qint64 lastElapsed = -1;
        bool runEnded = false;
        bool traceDirty = false;
        bool runsDirty = false;
    };

    void schedule();
    void updateAxes();

    std::array<SideData, 2> m_data;
    std::array<QLineSeries *, 2> m_cpu{};
    std::array<QLineSeries *, 2> m_memory{};
    std::array<QScatterSeries *, 2> m_runs{};
    std::array<QLineSeries *, 2> m_median{};
    QValueAxis *m_cpuX = nullptr;
    QValueAxis *m_cpuY = nullptr;
    QValueAxis *m_memX = nullptr;
    QValueAxis *m_memY = nullptr;
    QValueAxis *m_runX = nullptr;
    QValueAxis *m_runY = nullptr;
    double m_maxElapsed = 0;
    double m_maxCpu = 0;
    double m_maxMemory = 0;
    double m_maxWall = 0;
    double m_minWall = 0;
    int m_maxRun = 0;
    std::array<double, 6> m_shownRanges{};
    QList<ChartPanel *> m_panels;
    QTimer m_frame;
    int m_redraws = 0;
};

} // namespace fc::ui
