#pragma once

#include "runner/comparisonrequest.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace fc::ui {

/// The toolbar's progress while a comparison runs ("run 7/20 · 4.2 s · ~8.1 s left" and a
/// bar), and afterwards how long it took. Between the runner's reports the clock still moves:
/// it ticks locally four times a second.
class ProgressIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressIndicator(QWidget *parent = nullptr);

    /// A comparison started: the bar shows, the clock starts at zero.
    void start();
    void setProgress(const fc::RunProgress &progress);
    /// The comparison ended: "done in 4.2 s" (or "stopped after"), the bar hides.
    void finish(bool cancelled);
    /// Hides the bar without changing the text (e.g. another comparison was opened).
    void stop();
    QString text() const;

private:
    void update();

    QLabel *m_label;
    QProgressBar *m_bar;
    fc::RunProgress m_last;
    QElapsedTimer m_since;
    QTimer m_ticker;
};

} // namespace fc::ui
