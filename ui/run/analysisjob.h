#pragma once

#include "model/analysis.h"

#include <QObject>
#include <QThreadPool>

namespace fc::ui {

/// Analyses finished comparisons off the UI thread (the bootstrap takes a while for many
/// runs). Each request gets a job id; only the newest job's result is delivered, a result for
/// an older request (the user ran again, or opened another comparison) is dropped.
class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override;

    /// Starts analysing; returns the job id.
    int start(const fc::Comparison &comparison);
    /// Forgets the running job (its result will be dropped).
    void invalidate() { ++m_current; }
    int currentJob() const { return m_current; }
    bool isBusy() const { return m_busy > 0; }
    /// Blocks until every job has ended (for tests and shutdown).
    void waitForDone();

signals:
    void ready(int job, const fc::Comparison &comparison, const fc::Analysis &analysis);

private:
    QThreadPool m_pool;
    int m_current = 0;
    int m_busy = 0;
};

} // namespace fc::ui
