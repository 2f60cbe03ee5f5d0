#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace fc::ui {

class SyncSettingsPage;

/// Preferences (Ctrl+,), one dialog with tabs: General (language, theme, editor), Runs (the
/// run-plan defaults) and Sync (backend, automatic uploads, the original service). Changes are
/// written to the settings when the dialog is accepted. The tab last shown is shown again.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page
    {
        GeneralPage,
        RunsPage,
        SyncPage
    };
    Q_ENUM(Page)

    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Writes the dialog's values to the settings (what OK does). False when a field is
    /// invalid: then nothing is written and the tab with the problem is shown.
    bool apply();

    Page currentPage() const;
    void showPage(Page page);
    QTabWidget *tabs() const { return m_tabs; }
    SyncSettingsPage *syncPage() const { return m_sync; }

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *editorThemeBox() const { return m_editorTheme; }
    QSpinBox *tabWidthBox() const { return m_tabWidth; }
    QSpinBox *runsBox() const { return m_runs; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QSpinBox *cpuBox() const { return m_cpu; }

private:
    void load();

    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_editorTheme;
    QDoubleSpinBox *m_fontSize;
    QSpinBox *m_tabWidth;
    QRadioButton *m_fixed;
    QRadioButton *m_adaptive;
    QSpinBox *m_runs;
    QSpinBox *m_minRuns;
    QSpinBox *m_maxRuns;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_budget;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_cpu;
    QSpinBox *m_warmup;
    QDoubleSpinBox *m_timeout;
    QSpinBox *m_memory;
    QSpinBox *m_processes;
    QCheckBox *m_sandbox;
    QCheckBox *m_checkOutputs;
    SyncSettingsPage *m_sync;
    QTabWidget *m_tabs;
};

} // namespace fc::ui
