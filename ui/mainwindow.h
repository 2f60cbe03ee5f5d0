#pragma once

#include "examples/example.h"
#include "live/runtraces.h"
#include "model/analysis.h"
#include "runner/comparisonrequest.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace fc {
class ComparisonRunner;
}

namespace fc::ui {

class AnalysisJob;
class ChartsView;
class EnvironmentView;
class LanguageCatalog;
class LiveCharts;
class OutputView;
class ResultsView;
class RunPlanBar;
class SessionStore;
class SettingsDialog;
class SidePane;
class VerdictBanner;

/// The window users live in: toolbar with the run plan, two side panes over the verdict banner
/// and the Live / Results / Charts / Output / Environment tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab
    {
        LiveTab,
        ResultsTab,
        ChartsTab,
        OutputATab,
        OutputBTab,
        EnvironmentTab
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SidePane *pane(int side) const { return side == 0 ? m_paneA : m_paneB; }
    VerdictBanner *verdictBanner() const { return m_verdict; }
    QTabWidget *resultTabs() const { return m_tabs; }
    LiveCharts *liveCharts() const { return m_live; }
    ResultsView *resultsView() const { return m_results; }
    ChartsView *chartsView() const { return m_charts; }
    OutputView *outputView(int side) const { return m_output[size_t(side)]; }
    EnvironmentView *environmentView() const { return m_environment; }
    RunPlanBar *planBar() const { return m_planBar; }
    LanguageCatalog *catalog() const { return m_catalog; }
    SessionStore *session() const { return m_session; }
    fc::ComparisonRunner *runner() const { return m_runner; }
    QLabel *progressLabel() const { return m_progressLabel; }
    /// The main toolbar's second row, where other features (history, sharing) add their actions.
    QToolBar *secondaryToolBar() const { return m_secondaryBar; }

    QAction *runAction() const { return m_run; }
    QAction *stopAction() const { return m_stop; }
    QAction *settingsAction() const { return m_settings; }
    QAction *exportAction(int format) const { return m_exportData[size_t(format)]; }

    const QList<Example> &examples() const { return m_examples; }
    /// Puts an example into both editors (no questions asked; the menus ask first).
    bool loadExample(const QString &id);

    bool isRunning() const;
    /// What Run would start now.
    fc::ComparisonRequest currentRequest() const;
    /// The last comparison shown, with its analysis, if any.
    const std::optional<fc::Comparison> &comparison() const { return m_comparison; }
    const fc::Analysis &analysis() const { return m_analysis; }
    const RunTraces &traces() const { return m_traces; }

    /// Shows a finished comparison (from history or a link): code in the editors, results in
    /// the tabs. One that was not run here is shown read-only with a "Run it here" offer.
    void showComparison(const fc::Comparison &comparison);
    /// True while the editors show someone else's code (a downloaded comparison) that was not
    /// confirmed to run here yet.
    bool showsForeignCode() const;

    /// The Settings dialog, open on `page` (a SettingsDialog::Page) or on the tab shown last.
    /// One at a time: when it is open already it comes to the front on that page. Not modal
    /// for the application; OK applies the settings to this window.
    SettingsDialog *showSettings(int page = -1);
    /// The open Settings dialog, if any.
    SettingsDialog *settingsDialog() const;
    /// The open "Run it here?" confirmation, if any (Yes runs, Cancel keeps the code read-only).
    QMessageBox *runHereConfirmation() const;

public slots:
    /// Starts a comparison of what the editors hold. Someone else's code shown read-only is not
    /// run directly: runHere() asks first.
    void run();
    /// "Run it here…" for a downloaded comparison: asks first, naming where the code came from;
    /// Yes makes the editors editable and runs it, in the sandbox when this machine has one;
    /// Cancel runs nothing. The user's own code is simply run.
    void runHere();
    void stop();
    void openSettings();
    void openExamples();
    void showAbout();
    /// Reads the settings again (theme, editor, plan) and applies them.
    void applySettings();

signals:
    /// A comparison finished and was analysed (history stores it from here).
    void comparisonFinished(const fc::Comparison &comparison, const fc::Analysis &analysis);
    /// The results, charts and outputs now show a comparison.
    void resultsShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void restoreLayout();
    void saveLayout();
    void restoreSessionOrDefault();
    void refreshLanguages();
    void updateTitle();
    void setRunning(bool running);
    void updateProgress();
    int focusedSide() const;
    void openFile(int side);
    void saveFile(int side, bool askForName);
    void exportData(int format);
    bool confirmReplace(const QString &what);
    void onCompiled(int side, const fc::CompileResult &result);
    void onFinished(const fc::Comparison &comparison);
    void onAnalysed(int job, const fc::Comparison &comparison, const fc::Analysis &analysis);
    void showFailureBeforeRun(const QString &headline, const QString &detail);
    QString uiLanguage() const;

    SidePane *m_paneA;
    SidePane *m_paneB;
    QSplitter *m_sides;
    QSplitter *m_vertical;
    VerdictBanner *m_verdict;
    QTabWidget *m_tabs;
    LiveCharts *m_live;
    ResultsView *m_results;
    ChartsView *m_charts;
    std::array<OutputView *, 2> m_output{};
    EnvironmentView *m_environment;
    RunPlanBar *m_planBar;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QAction *m_progressBarAction = nullptr;
    QToolBar *m_runBar = nullptr;
    QToolBar *m_secondaryBar = nullptr;

    LanguageCatalog *m_catalog;
    fc::ComparisonRunner *m_runner;
    AnalysisJob *m_analysisJob;
    SessionStore *m_session;
    QList<Example> m_examples;
    QString m_title;

    RunTraces m_traces;
    std::optional<fc::Comparison> m_comparison;
    fc::Analysis m_analysis;
    fc::RunProgress m_lastProgress;
    QElapsedTimer m_sinceProgress;
    QTimer m_ticker;
    bool m_firstStart = false;

    QAction *m_run = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_examplesAction = nullptr;
    std::array<QAction *, 3> m_exportData{};
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QMessageBox> m_runHereBox;
};

} // namespace fc::ui
