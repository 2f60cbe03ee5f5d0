#pragma once

#include "model/comparison.h"
#include "probe/proberesult.h"
#include "runner/comparisonrequest.h"
#include "toolchains/languageregistry.h"

#include <QObject>
#include <memory>

namespace fc {

/// Runs a comparison: compiles each side once in its own temporary work dir, warms up, then
/// runs both sides interleaved (A B B A ...) through the measuring launcher until the plan is
/// met, and delivers a complete Comparison. Asynchronous and cancellable: it never blocks the
/// caller's thread; everything arrives as signals.
class ComparisonRunner : public QObject
{
    Q_OBJECT
public:
    explicit ComparisonRunner(LanguageRegistry registry, QObject *parent = nullptr);
    ~ComparisonRunner() override;

    /// Starts; false when a comparison is already running.
    bool start(const ComparisonRequest &request);
    /// Stops at once: the running program's whole tree is killed; finished() follows with the
    /// comparison as far as it got (status FAILED, error kind "cancelled").
    void cancel();
    bool isRunning() const;
    /// The comparison as far as it got (sides, compile results, the runs measured so far): what
    /// a live share sends while it runs.
    Comparison snapshot() const;

    /// Overrides the launcher (default: next to the application, or $FASTERCODES_LAUNCHER).
    void setLauncherPath(const QString &path);
    /// Compile timeout per side; default 120 s.
    void setCompileTimeoutMs(qint64 ms);

signals:
    void progress(const fc::RunProgress &progress);
    /// A live sample of the program running on `side` (0 = A, 1 = B).
    void sample(int side, const fc::ProbeSample &sample);
    /// A measured run (warm-up or counted) of `side`.
    void runMeasured(int side, const fc::RunRecord &run);
    void compiled(int side, const fc::CompileResult &result);
    void finished(const fc::Comparison &comparison);

private:
    class Private;
    std::shared_ptr<Private> d; // shared with the running task, see Private
};

} // namespace fc
