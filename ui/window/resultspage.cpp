#include "window/resultspage.h"

#include "charts/chartsview.h"
#include "live/livecharts.h"
#include "model/analysis.h"
#include "output/outputview.h"
#include "results/environmentview.h"
#include "results/resultsview.h"
#include "results/verdictbanner.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <iterator>

namespace fc::ui {

namespace {

QScrollArea *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

ResultsPage::ResultsPage(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new VerdictBanner)
    , m_tabs(new QTabWidget)
    , m_live(new LiveCharts)
    , m_results(new ResultsView)
    , m_charts(new ChartsView)
    , m_output{new OutputView(0), new OutputView(1)}
    , m_environment(new EnvironmentView)
{
    setObjectName(QStringLiteral("resultsPage"));
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_live, QString());
    m_tabs->addTab(scrolled(m_results), QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_output[0], QString());
    m_tabs->addTab(m_output[1], QString());
    m_tabs->addTab(scrolled(m_environment), QString());
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_tabs, 1);

    for (OutputView *view : m_output)
        connect(view, &OutputView::diagnosticActivated, this, &ResultsPage::diagnosticActivated);
}

void ResultsPage::retranslate()
{
    for (int tab = 0; tab < TabCount; ++tab)
        m_tabs->setTabText(tab, title(Tab(tab)));
    m_tabs->setTabToolTip(
        LiveTab, tr("CPU and memory of the current run, and every run's wall time as it arrives"));
    m_tabs->setTabToolTip(ResultsTab,
                          tr("Medians with confidence intervals, ratios, tests and spread"));
    m_tabs->setTabToolTip(ChartsTab, tr("Distributions, run-by-run progression and time series"));
    m_tabs->setTabToolTip(EnvironmentTab, tr("Where and how the comparison ran"));
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ResultsPage::Tab ResultsPage::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ResultsPage::showTab(Tab tab, bool focus)
{
    m_tabs->setCurrentIndex(qBound(0, int(tab), TabCount - 1));
    if (focus)
        m_tabs->currentWidget()->setFocus();
}

QString ResultsPage::title(Tab tab)
{
    static const char *const titles[] = {QT_TR_NOOP("Live"),     QT_TR_NOOP("Results"),
                                         QT_TR_NOOP("Charts"),   QT_TR_NOOP("Output A"),
                                         QT_TR_NOOP("Output B"), QT_TR_NOOP("Environment")};
    static_assert(std::size(titles) == TabCount, "one title per tab, in the order of Tab");
    return tr(titles[qBound(0, int(tab), TabCount - 1)]);
}

void ResultsPage::clearRun()
{
    m_traces.clear();
    m_live->reset();
    for (OutputView *view : m_output)
        view->clear();
}

void ResultsPage::addSample(int side, const ProbeSample &sample)
{
    m_live->addSample(side, sample);
    m_traces.addSample(side, sample);
}

void ResultsPage::addRun(int side, const RunRecord &run)
{
    m_live->addRun(side, run);
    m_traces.runEnded(side, run.index);
}

void ResultsPage::setCompileResult(int side, const CompileResult &result)
{
    m_output[size_t(side)]->setCompileResult(result);
}

void ResultsPage::flushLive()
{
    m_live->flush();
}

void ResultsPage::showComparison(const Comparison &comparison, const Analysis &analysis)
{
    m_results->setComparison(comparison, analysis);
    m_charts->setComparison(comparison, m_traces);
    m_output[0]->setSide(comparison.a());
    m_output[1]->setSide(comparison.b());
    m_environment->setComparison(comparison);
}

} // namespace fc::ui
