#pragma once

#include <QScrollArea>

class QGridLayout;
class QLabel;

namespace fc {
struct Comparison;
}

namespace fc::ui {

class ChartPanel;
class RunTraces;

/// The Charts tab after a run: box plots per metric, a histogram of wall times, the run-by-run
/// progression and the CPU/memory time series of the median run; each chart exportable.
class ChartsView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ChartsView(QWidget *parent = nullptr);

    void setComparison(const fc::Comparison &comparison, const RunTraces &traces);
    void clear();

    QList<ChartPanel *> panels() const { return m_panels; }
    /// The panel with this export name ("wall-time-boxplot", "histogram", "progression",
    /// "cpu-timeseries", "memory-timeseries", ...), or null.
    ChartPanel *panel(const QString &exportName) const;

private:
    QWidget *m_content;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<ChartPanel *> m_panels;
};

} // namespace fc::ui
