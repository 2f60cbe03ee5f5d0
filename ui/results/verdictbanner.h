#pragma once

#include "model/health.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace fc {
struct Comparison;
struct Verdict;
} // namespace fc

namespace fc::ui {

/// The sentence read first after a run: the ratio in bold with its uncertainty beside it.
/// Green when a side is significantly faster, grey for no significant difference, red for a
/// failure with its reason; yellow for a comparison downloaded from elsewhere.
class VerdictBanner : public QFrame
{
    Q_OBJECT
public:
    enum class State
    {
        Hint,
        Running,
        Significant,
        NoDifference,
        Failed,
        Foreign
    };
    Q_ENUM(State)

    explicit VerdictBanner(QWidget *parent = nullptr);

    void showHint(const QString &text);
    void showRunning(const QString &text);
    /// The verdict of a finished comparison; a failed side's reason takes precedence. The
    /// measurement's health warnings go beside it, one line each.
    void showVerdict(const fc::Verdict &verdict, const fc::Comparison &comparison,
                     const QList<fc::HealthWarning> &health = {});
    /// The health lines shown with the last verdict, as plain text.
    QStringList healthLines() const { return m_healthLines; }
    /// A failure: the headline in bold, one line of explanation beside it, more in the tooltip.
    void showFailure(const QString &headline, const QString &summary, const QString &tooltip = {});
    /// "Comparison from <host> — code not run on this machine" with a [Run it here…] button.
    void showForeign(const QString &origin);

    State state() const { return m_state; }
    /// The banner's text without markup.
    QString text() const;
    QColor accentColor() const;
    /// The [Run it here…] button, shown only for a comparison from elsewhere.
    QPushButton *runHereButton() const { return m_runHere; }

signals:
    /// The user clicked [Run it here…]; MainWindow::runHere() asks before anything runs.
    void runHereRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void setState(State state, const QString &html, const QString &tooltip = {});

    State m_state = State::Hint;
    QStringList m_healthLines;
    QLabel *m_label;
    QPushButton *m_runHere;
};

} // namespace fc::ui
