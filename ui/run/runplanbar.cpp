#include "run/runplanbar.h"

#include "theme/icons.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>

namespace fc::ui {

namespace {

QLabel *caption(QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RunPlanBar::RunPlanBar(QWidget *parent)
    : QWidget(parent)
    , m_fixed(new QRadioButton(this))
    , m_runs(new QSpinBox(this))
    , m_adaptive(new QRadioButton(this))
    , m_target(new QDoubleSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_warmup(new QSpinBox(this))
    , m_timeout(new QDoubleSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_sandbox(new QToolButton(this))
    , m_captions{caption(m_warmup, this), caption(m_timeout, this), caption(m_memory, this)}
{
    setObjectName(QStringLiteral("runPlanBar"));
    m_fixed->setObjectName(QStringLiteral("planFixed"));
    m_runs->setObjectName(QStringLiteral("planRuns"));
    m_runs->setRange(1, 100000);
    m_adaptive->setObjectName(QStringLiteral("planAdaptive"));
    m_target->setObjectName(QStringLiteral("planTarget"));
    m_target->setRange(0.1, 50);
    m_target->setDecimals(1);
    m_target->setSingleStep(0.5);
    m_target->setPrefix(QStringLiteral("±"));
    m_target->setSuffix(QStringLiteral(" %"));
    m_budget->setObjectName(QStringLiteral("planBudget"));
    m_budget->setRange(1, 86400);
    m_budget->setDecimals(0);
    m_budget->setPrefix(QStringLiteral("≤ "));
    m_warmup->setObjectName(QStringLiteral("planWarmup"));
    m_warmup->setRange(0, 1000);
    m_timeout->setObjectName(QStringLiteral("planTimeout"));
    m_timeout->setRange(0.1, 86400);
    m_timeout->setDecimals(0);
    m_memory->setObjectName(QStringLiteral("planMemory"));
    m_memory->setRange(0, 1024 * 1024);
    m_memory->setSingleStep(64);
    m_sandbox->setObjectName(QStringLiteral("planSandbox"));
    m_sandbox->setCheckable(true);
    m_sandbox->setAutoRaise(true);
    m_sandbox->setIcon(shippedIcon(QStringLiteral("shield")));
    m_sandbox->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_fixed);
    modes->addButton(m_adaptive);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_fixed);
    layout->addWidget(m_runs);
    layout->addSpacing(8);
    layout->addWidget(m_adaptive);
    layout->addWidget(m_target);
    layout->addWidget(m_budget);
    layout->addSpacing(12);
    layout->addWidget(m_captions[0]);
    layout->addWidget(m_warmup);
    layout->addSpacing(8);
    layout->addWidget(m_captions[1]);
    layout->addWidget(m_timeout);
    layout->addSpacing(8);
    layout->addWidget(m_captions[2]);
    layout->addWidget(m_memory);
    layout->addSpacing(8);
    layout->addWidget(m_sandbox);

    retranslate();
    setPlan(RunPlan());
    connect(m_fixed, &QRadioButton::toggled, this, [this] {
        syncEnabled();
        emitChanged();
    });
    connect(m_runs, &QSpinBox::valueChanged, this, &RunPlanBar::emitChanged);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &RunPlanBar::emitChanged);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &RunPlanBar::emitChanged);
    connect(m_warmup, &QSpinBox::valueChanged, this, &RunPlanBar::emitChanged);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &RunPlanBar::emitChanged);
    connect(m_memory, &QSpinBox::valueChanged, this, &RunPlanBar::emitChanged);
    connect(m_sandbox, &QToolButton::toggled, this, &RunPlanBar::emitChanged);
}

void RunPlanBar::retranslate()
{
    m_fixed->setText(tr("R&uns"));
    m_adaptive->setText(tr("Ada&ptive"));
    m_fixed->setToolTip(tr("Run each side a fixed number of times"));
    m_runs->setToolTip(tr("Counted runs per side"));
    m_runs->setAccessibleName(tr("Runs per side"));
    m_adaptive->setToolTip(tr(
        "Run until the 95% CI of each median is within the target, or the time budget is spent"));
    m_target->setToolTip(tr("Target half-width of the medians' 95% confidence intervals"));
    m_target->setAccessibleName(tr("Target precision"));
    m_budget->setSuffix(tr(" s"));
    m_budget->setToolTip(tr("Time budget: stop measuring after this long"));
    m_budget->setAccessibleName(tr("Time budget"));
    m_warmup->setToolTip(tr("Warm-up runs per side, not counted"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A run taking longer than this is stopped and the side fails"));
    m_memory->setSpecialValueText(tr("none"));
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setToolTip(tr("Memory limit per run (none = no limit)"));
    m_sandbox->setText(tr("Sandbox"));
    m_sandbox->setToolTip(tr("Run in a sandbox: no network, a read-only system, an empty home and "
                             "/tmp, only its own work folder, a cleared environment"));
    m_captions[0]->setText(tr("&Warm-up"));
    m_captions[1]->setText(tr("&Timeout"));
    m_captions[2]->setText(tr("&Memory"));
}

void RunPlanBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

RunPlan RunPlanBar::plan() const
{
    RunPlan p = m_base;
    p.mode = m_fixed->isChecked() ? RunPlan::Mode::Fixed : RunPlan::Mode::Adaptive;
    p.runs = m_runs->value();
    p.targetCiPercent = m_target->value();
    p.timeBudgetS = m_budget->value();
    p.warmup = m_warmup->value();
    p.timeoutS = m_timeout->value();
    p.memoryLimitMiB = m_memory->value();
    p.sandbox = m_sandbox->isChecked();
    return p;
}

void RunPlanBar::setPlan(const RunPlan &p)
{
    m_setting = true;
    m_base = p;
    m_fixed->setChecked(p.mode == RunPlan::Mode::Fixed);
    m_adaptive->setChecked(p.mode == RunPlan::Mode::Adaptive);
    m_runs->setValue(p.runs);
    m_target->setValue(p.targetCiPercent);
    m_budget->setValue(p.timeBudgetS);
    m_warmup->setValue(p.warmup);
    m_timeout->setValue(p.timeoutS);
    m_memory->setValue(int(p.memoryLimitMiB));
    m_sandbox->setChecked(p.sandbox);
    m_setting = false;
    syncEnabled();
}

void RunPlanBar::syncEnabled()
{
    const bool fixed = m_fixed->isChecked();
    m_runs->setEnabled(fixed);
    m_target->setEnabled(!fixed);
    m_budget->setEnabled(!fixed);
}

void RunPlanBar::emitChanged()
{
    if (!m_setting)
        emit planChanged(plan());
}

} // namespace fc::ui
