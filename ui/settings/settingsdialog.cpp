#include "settings/settingsdialog.h"

#include "history/syncsettingspage.h"
#include "settings/appsettings.h"
#include "settings/uilanguage.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace fc::ui {

namespace {

// The tab shown last, by name (stable when tabs are added or reordered).
const QString kLastPage = QStringLiteral("settingsDialog/page");

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_theme(new QComboBox)
    , m_editorTheme(new QComboBox)
    , m_fontSize(new QDoubleSpinBox)
    , m_tabWidth(new QSpinBox)
    , m_fixed(new QRadioButton(tr("&Fixed number of runs")))
    , m_adaptive(new QRadioButton(tr("&Adaptive: run until the result is precise enough")))
    , m_runs(new QSpinBox)
    , m_minRuns(new QSpinBox)
    , m_maxRuns(new QSpinBox)
    , m_target(new QDoubleSpinBox)
    , m_budget(new QDoubleSpinBox)
    , m_threshold(new QDoubleSpinBox)
    , m_cpu(new QSpinBox)
    , m_warmup(new QSpinBox)
    , m_timeout(new QDoubleSpinBox)
    , m_memory(new QSpinBox)
    , m_processes(new QSpinBox)
    , m_sandbox(new QCheckBox(tr("Run in a sa&ndbox (no network, read-only system, empty home, no "
                                 "secrets in the environment)")))
    , m_checkOutputs(new QCheckBox(tr("Check that both sides print the same &output")))
    , m_sync(new SyncSettingsPage)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageSetting"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_theme->setObjectName(QStringLiteral("themeSetting"));
    m_theme->addItem(tr("Follow the system"), themeChoiceKey(ThemeChoice::System));
    m_theme->addItem(tr("Light"), themeChoiceKey(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), themeChoiceKey(ThemeChoice::Dark));
    m_editorTheme->setObjectName(QStringLiteral("editorThemeSetting"));
    m_editorTheme->addItem(tr("Follow the light/dark theme"), QString());
    for (const KSyntaxHighlighting::Theme &theme : syntaxRepository().themes())
        m_editorTheme->addItem(theme.translatedName(), theme.name());
    m_fontSize->setRange(0, 48);
    m_fontSize->setDecimals(0);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_tabWidth->setRange(1, 16);
    m_tabWidth->setSuffix(tr(" spaces"));

    auto *general = new QWidget;
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("&Theme:"), m_theme);
    generalForm->addRow(tr("&Editor colours:"), m_editorTheme);
    generalForm->addRow(tr("Editor &font size:"), m_fontSize);
    generalForm->addRow(tr("Tab &width:"), m_tabWidth);

    m_runs->setRange(1, 100000);
    m_minRuns->setRange(1, 100000);
    m_maxRuns->setRange(1, 100000);
    m_target->setRange(0.1, 50);
    m_target->setDecimals(1);
    m_target->setSingleStep(0.5);
    m_target->setPrefix(QStringLiteral("±"));
    m_target->setSuffix(QStringLiteral(" %"));
    m_budget->setRange(1, 86400);
    m_budget->setDecimals(0);
    m_budget->setSuffix(tr(" s"));
    m_threshold->setObjectName(QStringLiteral("thresholdSetting"));
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(0.5);
    m_threshold->setPrefix(QStringLiteral("±"));
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setSpecialValueText(tr("none (any significant difference)"));
    m_threshold->setToolTip(
        tr("A side is called faster only when the 95% confidence interval of the ratio lies wholly "
           "beyond this difference; otherwise the verdict is “no meaningful difference”."));
    m_cpu->setObjectName(QStringLiteral("cpuSetting"));
    m_cpu->setRange(-1, QThread::idealThreadCount() - 1);
    m_cpu->setSpecialValueText(tr("not pinned"));
    m_cpu->setToolTip(tr("Run both sides on this one CPU only (Linux): the scheduler then cannot "
                         "move a run between cores. Choose a core other programs leave alone."));
    m_warmup->setRange(0, 1000);
    m_timeout->setRange(0.1, 86400);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_memory->setRange(0, 1024 * 1024);
    m_memory->setSpecialValueText(tr("no limit"));
    m_memory->setSuffix(tr(" MiB"));
    m_processes->setRange(1, 100000);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_fixed);
    modes->addButton(m_adaptive);

    auto *runs = new QWidget;
    auto *runForm = new QFormLayout(runs);
    runForm->addRow(m_fixed);
    runForm->addRow(tr("&Runs per side:"), m_runs);
    runForm->addRow(m_adaptive);
    runForm->addRow(tr("Target 95% CI of the &median:"), m_target);
    runForm->addRow(tr("Runs per side, at l&east:"), m_minRuns);
    runForm->addRow(tr("Runs per side, at mo&st:"), m_maxRuns);
    runForm->addRow(tr("Time &budget:"), m_budget);
    runForm->addRow(tr("Practical &difference threshold:"), m_threshold);
    runForm->addRow(tr("Pin both sides to &CPU:"), m_cpu);
    runForm->addRow(tr("&Warm-up runs (not counted):"), m_warmup);
    runForm->addRow(tr("&Timeout per run:"), m_timeout);
    runForm->addRow(tr("Memory &limit per run:"), m_memory);
    runForm->addRow(tr("&Process limit (threads count):"), m_processes);
    runForm->addRow(m_sandbox);
    runForm->addRow(m_checkOutputs);
    const auto syncMode = [this] {
        const bool fixed = m_fixed->isChecked();
        m_runs->setEnabled(fixed);
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_target, m_minRuns, m_maxRuns, m_budget})
            w->setEnabled(!fixed);
    };
    connect(m_fixed, &QRadioButton::toggled, this, syncMode);

    general->setObjectName(QStringLiteral("generalPage"));
    runs->setObjectName(QStringLiteral("runsPage"));
    m_sync->setObjectName(QStringLiteral("syncPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(runs, tr("Runs"));
    m_tabs->addTab(m_sync, tr("Sync"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    load();
    syncMode();

    const QString last = QSettings().value(kLastPage).toString();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == last)
            m_tabs->setCurrentIndex(i);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *page = m_tabs->widget(index))
            QSettings().setValue(kLastPage, page->objectName());
    });
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(appsettings::language())));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeChoiceKey(appsettings::theme()))));
    m_editorTheme->setCurrentIndex(qMax(0, m_editorTheme->findData(appsettings::editorTheme())));
    m_fontSize->setValue(appsettings::editorFontSize());
    m_tabWidth->setValue(appsettings::tabWidth());
    const RunPlan plan = appsettings::runPlan();
    m_fixed->setChecked(plan.mode == RunPlan::Mode::Fixed);
    m_adaptive->setChecked(plan.mode == RunPlan::Mode::Adaptive);
    m_runs->setValue(plan.runs);
    m_minRuns->setValue(plan.minRuns);
    m_maxRuns->setValue(plan.maxRuns);
    m_target->setValue(plan.targetCiPercent);
    m_budget->setValue(plan.timeBudgetS);
    m_threshold->setValue(plan.thresholdPercent);
    m_cpu->setValue(plan.cpu);
    m_warmup->setValue(plan.warmup);
    m_timeout->setValue(plan.timeoutS);
    m_memory->setValue(int(plan.memoryLimitMiB));
    m_processes->setValue(plan.processLimit);
    m_sandbox->setChecked(plan.sandbox);
    m_checkOutputs->setChecked(plan.checkOutputs);
}

bool SettingsDialog::apply()
{
    // The sync fields are the only ones that can be invalid: checked (and written) first, so
    // that a mistake there writes nothing at all.
    if (!m_sync->apply()) {
        showPage(SyncPage);
        return false;
    }
    const QString language = m_language->currentData().toString();
    if (language != appsettings::language()) {
        appsettings::setLanguage(language);
        installTranslations(language); // the open windows retranslate themselves
    }
    appsettings::setTheme(themeChoiceFromKey(m_theme->currentData().toString()));
    appsettings::setEditorTheme(m_editorTheme->currentData().toString());
    appsettings::setEditorFontSize(m_fontSize->value());
    appsettings::setTabWidth(m_tabWidth->value());
    RunPlan plan = appsettings::runPlan();
    plan.mode = m_fixed->isChecked() ? RunPlan::Mode::Fixed : RunPlan::Mode::Adaptive;
    plan.runs = m_runs->value();
    plan.minRuns = m_minRuns->value();
    plan.maxRuns = qMax(m_minRuns->value(), m_maxRuns->value());
    plan.targetCiPercent = m_target->value();
    plan.timeBudgetS = m_budget->value();
    plan.thresholdPercent = m_threshold->value();
    plan.cpu = m_cpu->value();
    plan.warmup = m_warmup->value();
    plan.timeoutS = m_timeout->value();
    plan.memoryLimitMiB = m_memory->value();
    plan.processLimit = m_processes->value();
    plan.sandbox = m_sandbox->isChecked();
    plan.checkOutputs = m_checkOutputs->isChecked();
    appsettings::setRunPlan(plan);
    appsettings::sync();
    return true;
}

} // namespace fc::ui
