#pragma once

#include "examples/example.h"
#include "model/analysis.h"
#include "runner/comparisonrequest.h"
#include "sidepane.h"
#include "window/codeorigin.h"
#include "window/windowlayout.h"
#include "window/windowmenus.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QDockWidget;
class QMenu;

namespace fc {
class ComparisonRunner;
}

namespace fc::ui {

class CodeConsent;
class EditorsPage;
class FileCommands;
class LanguageCatalog;
class ProgressIndicator;
class ResultsPage;
class RunController;
class RunPlanBar;
class SessionStore;
class SettingsDialog;

/// The window users live in: the toolbar with the run plan, the editors page (A beside B) over
/// the results page (verdict banner and tabs).
///
/// Features that are not the window's own (history, sharing, consent, ...) plug in through the
/// extension API below instead of reaching into its widgets: actions go to named places in the
/// menus and toolbars, panels to docks, notices to banners over the editors, and runs are
/// observed through runner() and the signals. See docs/architecture.md, "Extending the window".
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Place = WindowPlace;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- extension API ---------------------------------------------------------------------
    /// Adds `action` at `place` (the window does not take ownership: parent it yourself).
    void addAction(Place place, QAction *action);
    using QMainWindow::addAction;
    /// A top-level menu of its own, before Help; owned by the window.
    QMenu *addMenu(const QString &title, const QString &objectName);
    /// A dock panel; the window takes it, restores its saved place and remembers it on close.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    /// A strip over the editors (e.g. a notice or a question); the window takes it and lays
    /// banners out top to bottom in the order added. Show and hide it yourself.
    void addBanner(QWidget *banner);
    /// Observing runs: progress, samples, measured runs, compile results, the end. Read only:
    /// start and stop them through run(), runHere() and stop().
    const fc::ComparisonRunner *runner() const;

    // --- what the window shows ---------------------------------------------------------------
    const QList<Example> &examples() const { return m_examples; }
    /// Puts an example into both editors (no questions asked; the menus ask first).
    bool loadExample(const QString &id);
    /// Shows a finished comparison (from history or a link): code in the editors, results in
    /// the tabs. One that was not run here is shown read-only with a "Run it here" offer.
    void showComparison(const fc::Comparison &comparison);
    /// Puts a comparison's code into the editors as an editable copy (the results stay).
    void editCopy(const fc::Comparison &comparison);
    /// What side A (0) or B (1) holds now.
    SideSnapshot side(int side) const;
    bool isRunning() const;
    /// What Run would start now.
    fc::ComparisonRequest currentRequest() const;
    /// The last comparison shown, with its analysis, if any.
    const std::optional<fc::Comparison> &comparison() const { return m_comparison; }
    const fc::Analysis &analysis() const { return m_analysis; }
    /// True while the editors hold someone else's code (downloaded, from a file, a duplicate of
    /// either, restored after a restart) that the user has not agreed to run here yet.
    bool showsForeignCode() const;
    /// Where the code in the editors came from.
    const CodeOrigin &codeOrigin() const;
    /// File ▸ Open, Save, Open Comparison and Export.
    FileCommands *files() const { return m_files; }

    /// The Settings dialog (objectName "settingsDialog"), open on `page` (a
    /// SettingsDialog::Page) or on the tab shown last. One at a time: when it is open already
    /// it comes to the front on that page. Not modal for the application; OK applies the
    /// settings to this window.
    void showSettings(int page = -1);

public slots:
    /// Starts a comparison of what the editors hold. Someone else's code shown read-only is not
    /// run directly: runHere() asks first.
    void run();
    /// "Run it here…" for a downloaded comparison: asks first (objectName
    /// "runHereConfirmation"), naming where the code came from; Yes makes the editors editable
    /// and runs it, in the sandbox when this machine has one; Cancel runs nothing. The user's
    /// own code is simply run.
    void runHere();
    void stop();
    void openSettings();
    void openExamples();
    void showAbout();
    /// Reads the settings again (theme, editor, plan) and applies them.
    void applySettings();

signals:
    /// A comparison of `request` started.
    void runStarted(const fc::ComparisonRequest &request);
    /// A comparison finished and was analysed (history stores it from here).
    void comparisonFinished(const fc::Comparison &comparison, const fc::Analysis &analysis);
    /// The results, charts and outputs now show a comparison.
    void resultsShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectMenus();
    void connectParts();
    void restoreSessionOrDefault();
    void preferRunnableExample();
    void refreshLanguages();
    void updateTitle();
    void setRunning(bool running);
    bool canRun();
    void chooseExample(const QString &id);
    void onAnalysed(const fc::Comparison &comparison, const fc::Analysis &analysis);
    void showFailureBeforeRun(const QString &headline, const QString &detail);
    void showForeignBanner();
    void exportData(int format);

    EditorsPage *m_editors;
    ResultsPage *m_results;
    RunPlanBar *m_planBar;
    ProgressIndicator *m_progress;
    WindowLayout m_layout;
    WindowMenus *m_menus = nullptr;
    FileCommands *m_files;

    LanguageCatalog *m_catalog;
    RunController *m_runs;
    SessionStore *m_session;
    QList<Example> m_examples;
    QString m_title;

    std::optional<fc::Comparison> m_comparison;
    CodeConsent *m_consent;
    fc::Analysis m_analysis;
    bool m_firstStart = false;

    QPointer<SettingsDialog> m_settingsDialog;
};

} // namespace fc::ui
