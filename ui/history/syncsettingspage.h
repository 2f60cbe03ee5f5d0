#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fc::ui {

/// The sync settings: backend, "upload every finished comparison", the original service's
/// sites and API. The Sync tab of the Settings dialog (SettingsDialog::SyncPage).
class SyncSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSettingsPage(QWidget *parent = nullptr);

    /// Fills the fields from the settings.
    void load();
    /// Writes valid fields to the settings; false (and the reason shown) if one is invalid.
    bool apply();

    QLineEdit *backendField() const { return m_backend; }
    QCheckBox *uploadAutomatically() const { return m_auto; }
    QPlainTextEdit *originalSitesField() const { return m_sites; }
    QLineEdit *originalApiField() const { return m_api; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void showProblem(QWidget *field, const QString &label, const QString &text);
    /// Asks before a plain-http backend on another machine is used (tokens in clear).
    bool confirmCleartext(const QUrl &backend);

    QLineEdit *m_backend;
    QCheckBox *m_auto;
    QPlainTextEdit *m_sites;
    QLineEdit *m_api;
    QLabel *m_problem;
};

} // namespace fc::ui
