#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fc {
struct Analysis;
struct Comparison;
} // namespace fc

namespace fc::ui {

/// The Results tab: medians with their 95% CIs, the ratio and the test per metric, then the
/// spread (mean ± σ, min–max, outliers) and compile times.
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    enum Row
    {
        WallRow,
        CpuRow,
        MemoryRow,
        CompileRow
    };
    enum MedianColumn
    {
        MetricColumn,
        MedianA,
        MedianB,
        RatioColumn,
        PColumn,
        VerdictColumn
    };

    explicit ResultsView(QWidget *parent = nullptr);

    void setComparison(const fc::Comparison &comparison, const fc::Analysis &analysis);
    void clear();

    QTableWidget *medianTable() const { return m_medians; }
    QTableWidget *spreadTable() const { return m_spread; }

private:
    QLabel *m_caption;
    QTableWidget *m_medians;
    QTableWidget *m_spread;
    QLabel *m_empty;
};

} // namespace fc::ui
