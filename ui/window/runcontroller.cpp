#include "window/runcontroller.h"

#include "results/verdictbanner.h"
#include "run/analysisjob.h"
#include "runner/comparisonrunner.h"
#include "window/progressindicator.h"
#include "window/resultspage.h"

namespace fc::ui {

namespace {

bool cancelled(const Side &side)
{
    return side.error && side.error->kind == QLatin1String("cancelled");
}

} // namespace

RunController::RunController(const LanguageRegistry &registry, ResultsPage *results,
                             ProgressIndicator *progress, QObject *parent)
    : QObject(parent)
    , m_results(results)
    , m_progress(progress)
    , m_runner(new ComparisonRunner(registry, this))
    , m_analysisJob(new AnalysisJob(this))
{
    m_runner->setObjectName(QStringLiteral("comparisonRunner"));
    connect(m_runner, &ComparisonRunner::progress, progress, &ProgressIndicator::setProgress);
    connect(m_runner, &ComparisonRunner::sample, results, &ResultsPage::addSample);
    connect(m_runner, &ComparisonRunner::runMeasured, results, &ResultsPage::addRun);
    connect(m_runner, &ComparisonRunner::compiled, results, &ResultsPage::setCompileResult);
    connect(m_runner, &ComparisonRunner::finished, this, &RunController::onFinished);
    connect(m_analysisJob, &AnalysisJob::ready, this, &RunController::onAnalysed);
}

RunController::~RunController()
{
    m_runner->cancel();
    m_analysisJob->invalidate();
}

bool RunController::isRunning() const
{
    return m_runner->isRunning();
}

bool RunController::start(const ComparisonRequest &request)
{
    m_analysisJob->invalidate();
    m_results->clearRun();
    if (!m_runner->start(request))
        return false;
    m_progress->start();
    m_results->verdict()->showRunning(tr("Running… the verdict appears when both sides have run."));
    m_results->showTab(ResultsPage::LiveTab);
    return true;
}

void RunController::cancel()
{
    m_runner->cancel();
}

void RunController::onFinished(const Comparison &finished)
{
    // Measured on this machine, whatever the code's origin: a local comparison that keeps the
    // link its code came from. So the history adds it as a new entry instead of replacing the
    // downloaded copy (the other machine's figures), and it is not shown as "not run here".
    Comparison comparison = finished;
    comparison.sourceKind = Comparison::SourceKind::Local;
    m_results->flushLive();
    m_progress->finish(cancelled(comparison.a()));
    m_results->verdict()->showRunning(tr("Analysing…"));
    m_analysisJob->start(comparison);
    emit ended();
}

void RunController::onAnalysed(int job, const Comparison &comparison, const Analysis &analysis)
{
    if (job != m_analysisJob->currentJob())
        return;
    m_results->showComparison(comparison, analysis);
    m_results->verdict()->showVerdict(analysis.verdict, comparison, analysis.health);
    int failedSide = -1;
    for (int side = 0; side < 2 && failedSide < 0; ++side) {
        const Side &s = comparison.sides[size_t(side)];
        if (s.status == Side::Status::Failed && !cancelled(s))
            failedSide = side;
    }
    if (failedSide >= 0)
        m_results->showTab(failedSide == 0 ? ResultsPage::OutputATab : ResultsPage::OutputBTab);
    else if (m_results->currentTab() == ResultsPage::LiveTab &&
             comparison.status == Comparison::Status::Success)
        m_results->showTab(ResultsPage::ResultsTab);
    emit analysed(comparison, analysis);
}

} // namespace fc::ui
