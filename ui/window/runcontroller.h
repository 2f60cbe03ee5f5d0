#pragma once

#include "model/analysis.h"

#include <QObject>

namespace fc {
class ComparisonRunner;
class LanguageRegistry;
struct ComparisonRequest;
} // namespace fc

namespace fc::ui {

class AnalysisJob;
class ProgressIndicator;
class ResultsPage;

/// One comparison at a time, from start to verdict: starts the runner, feeds the results page
/// and the progress indicator while it runs, analyses the comparison off the UI thread and shows
/// it in the tabs, on the tab that matters (a failed side's output, else the results).
class RunController : public QObject
{
    Q_OBJECT
public:
    RunController(const fc::LanguageRegistry &registry, ResultsPage *results,
                  ProgressIndicator *progress, QObject *parent);
    ~RunController() override;

    const fc::ComparisonRunner *runner() const { return m_runner; }
    bool isRunning() const;
    /// Clears the previous run's live view and starts; false when one is running already.
    bool start(const fc::ComparisonRequest &request);
    void cancel();

signals:
    /// The runner stopped (finished, failed or cancelled); the analysis follows.
    void ended();
    /// The comparison ended and its analysis is shown in the tabs (the verdict banner too).
    /// It is marked as measured here, whatever its code's origin.
    void analysed(const fc::Comparison &comparison, const fc::Analysis &analysis);

private:
    void onFinished(const fc::Comparison &comparison);
    void onAnalysed(int job, const fc::Comparison &comparison, const fc::Analysis &analysis);

    ResultsPage *m_results;
    ProgressIndicator *m_progress;
    fc::ComparisonRunner *m_runner;
    AnalysisJob *m_analysisJob;
};

} // namespace fc::ui
