#pragma once

#include "cloud/liveshare.h"

#include <QObject>
#include <QPointer>
#include <chrono>

class QAction;

namespace fc {
struct ComparisonRequest;
}

namespace fc::ui {

class LiveShareBanner;
class MainWindow;

/// Run → Share Live: while it is on, every comparison run here is shared as it runs (a
/// LiveShare per run): the run is created on the backend when measuring begins, the runs go out
/// as they are measured, the result when it ends (also when it is stopped or fails). The banner
/// shows the permalink at once. The first time, the upload preview shows what is sent.
class LiveShareController : public QObject
{
    Q_OBJECT
public:
    explicit LiveShareController(MainWindow *window, QObject *parent = nullptr);
    ~LiveShareController() override;

    QAction *action() const { return m_action; }
    LiveShareBanner *banner() const { return m_banner; }
    /// The share of the comparison running now, or of the last one; null before any.
    fc::LiveShare *share() const { return m_share; }
    /// For tests: the shortest time between two updates of a share started from now on.
    void setMinInterval(std::chrono::milliseconds interval) { m_minInterval = interval; }

signals:
    /// A live share began for the comparison that just started (its object is share()).
    void shareCreated(fc::LiveShare *share);

private:
    void onToggled(bool on);
    void onRunStarted(const fc::ComparisonRequest &request);
    void onRunnerChanged();
    void onFinished(const fc::Comparison &comparison, const fc::Analysis &analysis);

    MainWindow *m_window;
    QAction *m_action;
    LiveShareBanner *m_banner;
    QPointer<fc::LiveShare> m_share;
    bool m_running = false; ///< a comparison shared live is going on
    bool m_interrupted = false;
    std::chrono::milliseconds m_minInterval{500};
};

} // namespace fc::ui
