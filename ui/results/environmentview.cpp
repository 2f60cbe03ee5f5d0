#include "results/environmentview.h"

#include "format/units.h"
#include "model/comparison.h"
#include "sidecolors.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fc::ui {

namespace {

QString planText(const RunPlan &plan)
{
    QStringList parts;
    if (plan.mode == RunPlan::Mode::Fixed)
        parts << EnvironmentView::tr("%n run(s) per side", nullptr, plan.runs);
    else
        parts << EnvironmentView::tr(
                     "adaptive: %1–%2 runs, until the median's 95% CI is within ±%3 % or %4 passed")
                     .arg(plan.minRuns)
                     .arg(plan.maxRuns)
                     .arg(plan.targetCiPercent)
                     .arg(units::duration(plan.timeBudgetS * 1000.0));
    parts << EnvironmentView::tr("%n warm-up(s)", nullptr, plan.warmup);
    parts << EnvironmentView::tr("timeout %1").arg(units::duration(plan.timeoutS * 1000.0));
    parts << (plan.memoryLimitMiB > 0 ? EnvironmentView::tr("memory limit %1")
                                            .arg(units::memory(plan.memoryLimitMiB * 1024.0))
                                      : EnvironmentView::tr("no memory limit"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

EnvironmentView::EnvironmentView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_empty(new QLabel(tr("The environment is recorded with every comparison."), this))
{
    setObjectName(QStringLiteral("environmentView"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(4);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(m_form);
    layout->addWidget(m_empty, 1);
    layout->addStretch();
}

void EnvironmentView::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_empty->setVisible(true);
}

void EnvironmentView::addRow(const QString &label, const QString &value, int side)
{
    auto *field = new QLabel(value.isEmpty() ? QStringLiteral("–") : value);
    field->setTextFormat(Qt::PlainText); // a downloaded document's text
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    auto *name = new QLabel(label);
    name->setTextFormat(Qt::PlainText);
    if (side >= 0)
        name->setStyleSheet(
            QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(sideColor(side).name()));
    m_form->addRow(name, field);
}

QString EnvironmentView::value(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *name = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *field = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && field && name->text() == label)
            return field->text();
    }
    return {};
}

void EnvironmentView::setComparison(const Comparison &c)
{
    clear();
    m_empty->setVisible(false);
    const Environment &e = c.environment;
    if (!c.hasEnvironment) {
        addRow(tr("Machine"),
               tr("not recorded (a comparison of the original faster.codes service)"));
    } else {
        addRow(tr("CPU"),
               e.cores > 0 ? tr("%1 (%n core(s))", nullptr, e.cores).arg(e.cpuModel) : e.cpuModel);
        addRow(tr("Memory"), e.memoryTotalKiB > 0 ? units::memory(e.memoryTotalKiB) : QString());
        addRow(tr("Operating system"), e.os);
        addRow(tr("Kernel"), e.kernel);
        addRow(tr("Architecture"), e.arch);
        addRow(tr("Host"), e.hostname);
    }
    for (int side = 0; side < 2; ++side) {
        const Side &s = c.sides[size_t(side)];
        const QString name = sideName(side);
        addRow(tr("%1 language").arg(name), s.languageName.isEmpty() ? s.lang : s.languageName,
               side);
        addRow(tr("%1 toolchain").arg(name), s.toolchain, side);
        if (s.compile.performed)
            addRow(tr("%1 compile command").arg(name), s.compile.command.join(QLatin1Char(' ')),
                   side);
        else
            addRow(tr("%1 flags").arg(name), s.flags.join(QLatin1Char(' ')), side);
        if (!s.args.isEmpty())
            addRow(tr("%1 arguments").arg(name), s.args.join(QLatin1Char(' ')), side);
    }
    addRow(
        tr("Sandbox"),
        c.sandboxed
            ? tr("yes (bubblewrap: no network, read-only system, empty home, cleared environment)")
            : tr("no"));
    addRow(tr("Run plan"), planText(c.plan));
    if (c.startTime > 0)
        addRow(tr("Started"), QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.startTime),
                                                 QLocale::LongFormat));
    if (c.finishTime > c.startTime && c.startTime > 0)
        addRow(tr("Took"), units::elapsed(c.finishTime - c.startTime));
    if (c.hasEnvironment)
        addRow(tr("Recorded by"), tr("faster.codes %1, Qt %2").arg(e.appVersion, e.qtVersion));
    if (c.sourceKind != Comparison::SourceKind::Local)
        addRow(tr("Source"), c.sourceUrl);
    else if (!c.sourceUrl.isEmpty())
        addRow(tr("Code from"), c.sourceUrl); // a download, run on this machine
}

} // namespace fc::ui
