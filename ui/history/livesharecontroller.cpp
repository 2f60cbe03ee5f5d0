#include "history/livesharecontroller.h"

#include "cloud/shareddocument.h"
#include "cloud/syncsettings.h"
#include "history/livesharebanner.h"
#include "history/uploadpreviewdialog.h"
#include "history/uploadqueue.h"
#include "mainwindow.h"
#include "runner/comparisonrunner.h"

#include <QAction>
#include <QDateTime>
#include <QIcon>

namespace fc::ui {

namespace {

// What the first update will hold, before anything ran: for the preview.
Comparison draftOf(const ComparisonRequest &request)
{
    Comparison c;
    c.status = Comparison::Status::Running;
    c.startTime = QDateTime::currentMSecsSinceEpoch();
    c.title = request.title;
    c.plan = request.plan;
    c.environment = Environment::current();
    for (int i = 0; i < 2; ++i) {
        const SideInput &in = request.sides[size_t(i)];
        Side &s = c.sides[size_t(i)];
        s.lang = in.languageId;
        s.code = in.code;
        s.flags = in.flags.value_or(QStringList{});
        s.args = in.args;
        s.stdinText = in.stdinText;
    }
    return c;
}

} // namespace

LiveShareController::LiveShareController(MainWindow *window, QObject *parent)
    : QObject(parent ? parent : window)
    , m_window(window)
    , m_action(new QAction(tr("Share &Live"), this))
    , m_banner(new LiveShareBanner)
{
    m_action->setObjectName(QStringLiteral("actionShareLive"));
    m_action->setCheckable(true);
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("network-transmit")));
    m_action->setToolTip(tr("Share comparisons while they run: a link where anyone sees the runs "
                            "arrive, then the result"));
    window->addAction(MainWindow::Place::RunMenu, m_action);
    window->addAction(MainWindow::Place::RunToolBar, m_action);
    window->addBanner(m_banner);
    connect(m_action, &QAction::toggled, this, &LiveShareController::onToggled);
    connect(window, &MainWindow::runStarted, this, &LiveShareController::onRunStarted);
    connect(window, &MainWindow::comparisonFinished, this, &LiveShareController::onFinished);
    const ComparisonRunner *runner = window->runner();
    connect(runner, &ComparisonRunner::progress, this, &LiveShareController::onRunnerChanged);
    connect(runner, &ComparisonRunner::runMeasured, this, &LiveShareController::onRunnerChanged);
    connect(runner, &ComparisonRunner::compiled, this, &LiveShareController::onRunnerChanged);
}

LiveShareController::~LiveShareController() = default;

void LiveShareController::onToggled(bool on)
{
    if (!on || !UploadPreviewDialog::needed())
        return;
    auto *preview = new UploadPreviewDialog(
        syncsettings::backendUrl(), sharedProgressDocument(draftOf(m_window->currentRequest())),
        true, m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::rejected, this, [this] { m_action->setChecked(false); });
    preview->open();
}

void LiveShareController::onRunStarted(const ComparisonRequest &)
{
    m_running = false;
    if (!m_action->isChecked())
        return;
    if (LiveShare *last = m_share) {
        // The last comparison's share may still be sending its finish: it goes when done.
        last->disconnect(this);
        last->disconnect(m_banner);
        const auto done = [](LiveShare::State s) {
            return s == LiveShare::State::Idle || s == LiveShare::State::Finished ||
                   s == LiveShare::State::Failed;
        };
        if (done(last->state()))
            last->deleteLater();
        else
            connect(last, &LiveShare::stateChanged, last, [last, done](LiveShare::State s) {
                if (done(s))
                    last->deleteLater();
            });
    }
    const QUrl backend = syncsettings::backendUrl();
    auto *share = new LiveShare(backend, this);
    share->setMinInterval(m_minInterval);
    m_share = share;
    m_running = true;
    m_interrupted = false;
    m_banner->showCreating(UploadQueue::backendKey(backend));
    connect(share, &LiveShare::started, m_banner, &LiveShareBanner::showLive);
    connect(share, &LiveShare::finished, m_banner, &LiveShareBanner::showFinished);
    connect(share, &LiveShare::problemOccurred, this, [this](const QString &message, bool fatal) {
        m_interrupted = !fatal;
        m_banner->showProblem(message, fatal);
    });
    connect(share, &LiveShare::updated, this, [this, share] {
        if (m_interrupted) {
            m_interrupted = false;
            m_banner->showLive(share->permalink());
        }
    });
    emit shareCreated(share);
}

void LiveShareController::onRunnerChanged()
{
    if (!m_running || !m_share)
        return;
    const Comparison now = m_window->runner()->snapshot();
    // The sides are known once the runner got past preparing (a language, a work folder).
    const bool prepared = !now.sides[0].lang.isEmpty() && !now.sides[1].lang.isEmpty();
    if (m_share->state() == LiveShare::State::Idle && prepared)
        m_share->start(now);
    else if (m_share->state() != LiveShare::State::Idle)
        m_share->update(now);
}

void LiveShareController::onFinished(const Comparison &comparison, const Analysis &analysis)
{
    if (!m_running || !m_share)
        return;
    m_running = false;
    m_share->finish(comparison, analysis);
}

} // namespace fc::ui
