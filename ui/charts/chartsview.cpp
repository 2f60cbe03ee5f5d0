#include "charts/chartsview.h"

#include "charts/boxplotchart.h"
#include "charts/chartpanel.h"
#include "charts/histogramchart.h"
#include "charts/metricaxis.h"
#include "charts/progressionchart.h"
#include "charts/timeserieschart.h"
#include "model/comparison.h"

#include <QGridLayout>
#include <QLabel>

namespace fc::ui {

ChartsView::ChartsView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_grid(new QGridLayout(m_content))
    , m_empty(new QLabel(tr("No charts yet. They appear when a comparison has finished.")))
{
    setObjectName(QStringLiteral("chartsView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setSpacing(8);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_grid->addWidget(m_empty, 0, 0);
    setWidget(m_content);
}

void ChartsView::clear()
{
    qDeleteAll(m_panels);
    m_panels.clear();
    m_empty->setVisible(true);
}

ChartPanel *ChartsView::panel(const QString &exportName) const
{
    for (ChartPanel *p : m_panels) {
        if (p->exportName() == exportName)
            return p;
    }
    return nullptr;
}

void ChartsView::setComparison(const Comparison &comparison, const RunTraces &traces)
{
    clear();
    m_empty->setVisible(false);
    const auto add = [this](QChart *chart, const QString &name, int row, int column,
                            int columnSpan = 1) {
        auto *p = new ChartPanel(chart, m_content);
        p->setExportName(name);
        p->setMinimumHeight(224);
        m_grid->addWidget(p, row, column, 1, columnSpan);
        m_panels << p;
    };
    int column = 0;
    for (Metric metric : {Metric::WallTime, Metric::CpuTime, Metric::PeakMemory})
        add(createBoxPlotChart(metric, comparison), metricSlug(metric) + QStringLiteral("-boxplot"),
            0, column++);
    add(createHistogramChart(comparison), QStringLiteral("histogram"), 0, 3);
    add(createProgressionChart(comparison), QStringLiteral("progression"), 1, 0, 2);
    add(createTimeSeriesChart(TraceQuantity::Cpu, comparison, traces),
        QStringLiteral("cpu-timeseries"), 1, 2);
    add(createTimeSeriesChart(TraceQuantity::Memory, comparison, traces),
        QStringLiteral("memory-timeseries"), 1, 3);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, 1);
}

} // namespace fc::ui
