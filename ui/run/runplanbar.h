#pragma once

#include "model/runplan.h"

#include <QWidget>
#include <array>

class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace fc::ui {

/// The run plan in the toolbar: fixed runs or adaptive (target CI, time budget), warm-ups,
/// timeout, memory limit and the sandbox switch. Values the bar does not show (process limit,
/// output checks, run bounds) are kept from the plan it was given.
class RunPlanBar : public QWidget
{
    Q_OBJECT
public:
    explicit RunPlanBar(QWidget *parent = nullptr);

    fc::RunPlan plan() const;
    void setPlan(const fc::RunPlan &plan);

    QSpinBox *runsBox() const { return m_runs; }
    QRadioButton *fixedButton() const { return m_fixed; }
    QRadioButton *adaptiveButton() const { return m_adaptive; }
    QToolButton *sandboxButton() const { return m_sandbox; }

signals:
    void planChanged(const fc::RunPlan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncEnabled();
    void emitChanged();

    fc::RunPlan m_base;
    bool m_setting = false;
    QRadioButton *m_fixed;
    QSpinBox *m_runs;
    QRadioButton *m_adaptive;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_warmup;
    QDoubleSpinBox *m_timeout;
    QSpinBox *m_memory;
    QToolButton *m_sandbox;
    std::array<QLabel *, 3> m_captions; ///< of the warm-up, timeout and memory fields
};

} // namespace fc::ui
