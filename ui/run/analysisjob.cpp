#include "run/analysisjob.h"

namespace fc::ui {

AnalysisJob::AnalysisJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

AnalysisJob::~AnalysisJob()
{
    // The workers post back to this object: they must be done before it goes.
    m_pool.clear();
    m_pool.waitForDone();
}

int AnalysisJob::start(const Comparison &comparison)
{
    const int job = ++m_current;
    ++m_busy;
    m_pool.start([this, job, comparison] {
        Analysis analysis = analyze(comparison);
        QMetaObject::invokeMethod(
            this,
            [this, job, comparison, analysis = std::move(analysis)] {
                --m_busy;
                if (job == m_current)
                    emit ready(job, comparison, analysis);
            },
            Qt::QueuedConnection);
    });
    return job;
}

void AnalysisJob::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace fc::ui
