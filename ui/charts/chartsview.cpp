#include "charts/chartsview.h"

#include "charts/boxplotchart.h"
#include "charts/chartpanel.h"
#include "charts/histogramchart.h"
#include "charts/metricaxis.h"
#include "charts/progressionchart.h"
#include "charts/timeserieschart.h"
#include "live/runtraces.h"
#include "model/comparison.h"

#include <QGridLayout>
#include <QLabel>
#include <memory>

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
    m_builder.setInterval(0);
    connect(&m_builder, &QTimer::timeout, this, [this] {
        if (!buildNext())
            m_builder.stop();
    });
}

void ChartsView::clear()
{
    m_builder.stop();
    m_pending.clear();
    m_empty->setText(tr("No charts yet. They appear when a comparison has finished."));
    qDeleteAll(m_panels);
    m_panels.clear();
    m_empty->setVisible(true);
}

QList<ChartPanel *> ChartsView::panels() const
{
    buildAll();
    return m_panels;
}

ChartPanel *ChartsView::panel(const QString &exportName) const
{
    buildAll();
    for (ChartPanel *p : m_panels) {
        if (p->exportName() == exportName)
            return p;
    }
    return nullptr;
}

void ChartsView::setComparison(const Comparison &comparison, const RunTraces &traces)
{
    clear();
    if (comparison.a().countedRuns() == 0 || comparison.b().countedRuns() == 0) {
        m_empty->setText(tr("No charts: a side has no measured runs. The Output tabs say why."));
        return;
    }
    m_empty->setVisible(false);
    // Seven charts of up to thousands of points each: built one per event-loop pass, so the
    // window keeps responding while they appear.
    auto data = std::make_shared<const std::pair<Comparison, RunTraces>>(comparison, traces);
    const auto c = [data]() -> const Comparison & {
        return data->first;
    };
    const auto t = [data]() -> const RunTraces & {
        return data->second;
    };
    int column = 0;
    for (Metric metric : {Metric::WallTime, Metric::CpuTime, Metric::PeakMemory}) {
        m_pending.push_back({[c, metric] { return createBoxPlotChart(metric, c()); },
                             metricSlug(metric) + QStringLiteral("-boxplot"), 0, column++, 1});
    }
    m_pending.push_back(
        {[c] { return createHistogramChart(c()); }, QStringLiteral("histogram"), 0, 3, 1});
    m_pending.push_back(
        {[c] { return createProgressionChart(c()); }, QStringLiteral("progression"), 1, 0, 2});
    m_pending.push_back({[c, t] { return createTimeSeriesChart(TraceQuantity::Cpu, c(), t()); },
                         QStringLiteral("cpu-timeseries"), 1, 2, 1});
    m_pending.push_back({[c, t] { return createTimeSeriesChart(TraceQuantity::Memory, c(), t()); },
                         QStringLiteral("memory-timeseries"), 1, 3, 1});
    for (int col = 0; col < 4; ++col)
        m_grid->setColumnStretch(col, 1);
    m_builder.start();
}

bool ChartsView::buildNext() const
{
    if (m_pending.empty())
        return false;
    const Pending next = m_pending.front();
    m_pending.pop_front();
    auto *p = new ChartPanel(next.make(), m_content);
    p->setExportName(next.name);
    p->setMinimumHeight(224);
    m_grid->addWidget(p, next.row, next.column, 1, next.columnSpan);
    m_panels << p;
    return true;
}

void ChartsView::buildAll() const
{
    while (buildNext()) {
    }
}

} // namespace fc::ui
