#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace fc::ui {

/// Preferences (Ctrl+,): language, theme, editor, and the run-plan defaults. Changes are
/// written to the settings when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Writes the dialog's values to the settings (what OK does).
    void apply();

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *editorThemeBox() const { return m_editorTheme; }
    QSpinBox *tabWidthBox() const { return m_tabWidth; }
    QSpinBox *runsBox() const { return m_runs; }

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
    QSpinBox *m_warmup;
    QDoubleSpinBox *m_timeout;
    QSpinBox *m_memory;
    QSpinBox *m_processes;
    QCheckBox *m_sandbox;
    QCheckBox *m_checkOutputs;
};

} // namespace fc::ui
