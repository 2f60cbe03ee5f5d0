#pragma once

#include <QScrollArea>
#include <QTimer>
#include <deque>
#include <functional>

class QGridLayout;
class QChart;
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

    /// The charts (building any still pending first).
    QList<ChartPanel *> panels() const;
    /// The panel with this export name ("wall-time-boxplot", "histogram", "progression",
    /// "cpu-timeseries", "memory-timeseries", ...), or null.
    ChartPanel *panel(const QString &exportName) const;

private:
    struct Pending
    {
        std::function<QChart *()> make;
        QString name;
        int row;
        int column;
        int columnSpan;
    };
    bool buildNext() const;
    void buildAll() const;

    mutable std::deque<Pending> m_pending;
    QTimer m_builder;
    QWidget *m_content;
    QGridLayout *m_grid;
    QLabel *m_empty;
    mutable QList<ChartPanel *> m_panels; // filled lazily by the const accessors too
};

} // namespace fc::ui
