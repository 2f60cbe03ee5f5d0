#include "window/progressindicator.h"

#include "run/progresstext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace fc::ui {

ProgressIndicator::ProgressIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("progressIndicator"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setContentsMargins(8, 0, 8, 0);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(120);
    m_bar->setMaximumHeight(8);
    m_bar->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ProgressIndicator::update);
}

void ProgressIndicator::start()
{
    m_last = RunProgress{};
    m_since.start();
    m_bar->setVisible(true);
    m_ticker.start();
    update();
}

void ProgressIndicator::setProgress(const RunProgress &progress)
{
    m_last = progress;
    m_since.start();
    update();
}

void ProgressIndicator::finish(bool cancelled)
{
    stop();
    const QString took = progressText(m_last).section(QStringLiteral(" · "), -1);
    m_label->setText(cancelled ? tr("stopped after %1").arg(took) : tr("done in %1").arg(took));
}

void ProgressIndicator::stop()
{
    m_ticker.stop();
    m_bar->setVisible(false);
}

QString ProgressIndicator::text() const
{
    return m_label->text();
}

void ProgressIndicator::update()
{
    RunProgress p = m_last;
    const qint64 since = m_since.isValid() ? m_since.elapsed() : 0;
    p.elapsedMs += since;
    if (p.remainingMs >= 0)
        p.remainingMs = qMax<qint64>(0, p.remainingMs - since);
    m_label->setText(progressText(p));
    const int permille = progressPermille(p);
    if (permille < 0) {
        m_bar->setRange(0, 0); // busy
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(permille);
    }
}

} // namespace fc::ui
