#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "codeeditor.h"
#include "examples/examplesdialog.h"
#include "export/comparisonexporter.h"
#include "languages/languagecatalog.h"
#include "results/verdictbanner.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "runner/sandbox.h"
#include "settings/appsettings.h"
#include "settings/sessionstore.h"
#include "settings/settingsdialog.h"
#include "sidecolors.h"
#include "theme/icons.h"
#include "toolchains/commandline.h"
#include "window/codeconsent.h"
#include "window/detectionindicator.h"
#include "window/editcommands.h"
#include "window/editorspage.h"
#include "window/filecommands.h"
#include "window/progressindicator.h"
#include "window/resultspage.h"
#include "window/runcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QStatusBar>

namespace fc::ui {

namespace {

QString uiLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editors(new EditorsPage)
    , m_results(new ResultsPage)
    , m_planBar(new RunPlanBar)
    , m_progress(new ProgressIndicator)
    , m_layout(this, m_editors, m_results)
    , m_files(new FileCommands(this, m_editors))
    , m_catalog(new LanguageCatalog(this))
    , m_runs(new RunController(m_catalog->registry(), m_results, m_progress, this))
    , m_session(new SessionStore(m_editors->pane(0), m_editors->pane(1), this))
    , m_examples(loadExamples(uiLanguage()))
    , m_consent(new CodeConsent(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(shippedIcon(QStringLiteral("fastercodes")));
    m_catalog->setObjectName(QStringLiteral("languageCatalog"));
    m_session->setObjectName(QStringLiteral("sessionStore"));
    m_menus = new WindowMenus(this, m_planBar, m_progress);
    QList<std::pair<QString, QString>> examples;
    for (const Example &e : std::as_const(m_examples))
        examples.append({e.id, e.title});
    m_menus->setExamples(examples);
    statusBar()->setSizeGripEnabled(true);
    statusBar()->addPermanentWidget(new DetectionIndicator(m_catalog));
    connectMenus();
    connectParts();

    refreshLanguages();
    restoreSessionOrDefault();
    applySettings();
    m_layout.restore();
    setRunning(false);
    updateTitle();
    m_catalog->detect();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectMenus()
{
    WindowMenus *m = m_menus;
    connect(m->run, &QAction::triggered, this, &MainWindow::run);
    connect(m->stop, &QAction::triggered, this, &MainWindow::stop);
    connect(m->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m->examples, &QAction::triggered, this, &MainWindow::openExamples);
    connect(m->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m->documentation, &QAction::triggered, this, [this] {
        if (!QDesktopServices::openUrl(AboutDialog::documentationUrl()))
            statusBar()->showMessage(
                tr("No web browser to open %1").arg(AboutDialog::documentationUrl().toString()),
                8000);
    });
    connect(m->quit, &QAction::triggered, this, &QWidget::close);
    for (int f = 0; f < int(m->exportData.size()); ++f)
        connect(m->exportData[size_t(f)], &QAction::triggered, this, [this, f] { exportData(f); });
    connect(m->openA, &QAction::triggered, this,
            [this] { m_files->open(m_editors->focusedSide()); });
    connect(m->openB, &QAction::triggered, this, [this] { m_files->open(1); });
    connect(m->openComparison, &QAction::triggered, m_files, &FileCommands::openComparison);
    m_files->setRecentMenus(m->recentFilesMenu(), m->recentComparisonsMenu());
    connect(m_files, &FileCommands::comparisonRead, this, &MainWindow::showComparison);
    connect(m->save, &QAction::triggered, this,
            [this] { m_files->save(m_editors->focusedSide(), false); });
    connect(m->saveAs, &QAction::triggered, this,
            [this] { m_files->save(m_editors->focusedSide(), true); });
    new EditCommands(this, {m->undo, m->redo, m->cut, m->copy, m->paste, m->selectAll},
                     m->editMenu());
    connect(m->find, &QAction::triggered, this,
            [this] { m_editors->find(m_editors->focusedSide(), false); });
    connect(m->replace, &QAction::triggered, this,
            [this] { m_editors->find(m_editors->focusedSide(), true); });
    connect(m->findNext, &QAction::triggered, this,
            [this] { m_editors->findNext(m_editors->focusedSide(), false); });
    connect(m->findPrevious, &QAction::triggered, this,
            [this] { m_editors->findNext(m_editors->focusedSide(), true); });
    connect(m->recheckToolchains, &QAction::triggered, this, [this] { m_catalog->detect(true); });
    connect(m->editorA, &QAction::triggered, this, [this] { m_editors->focusEditor(0); });
    connect(m->editorB, &QAction::triggered, this, [this] { m_editors->focusEditor(1); });
    for (int tab = 0; tab < ResultsPage::TabCount; ++tab) {
        connect(m->tabs[size_t(tab)], &QAction::triggered, this,
                [this, tab] { m_results->showTab(ResultsPage::Tab(tab), true); });
    }
    connect(m, &WindowMenus::themeChosen, this, [this](ThemeChoice choice) {
        appsettings::setTheme(choice);
        applySettings();
    });
    connect(m, &WindowMenus::exampleChosen, this, &MainWindow::chooseExample);
}

void MainWindow::connectParts()
{
    connect(m_results, &ResultsPage::diagnosticActivated, this,
            [this](int side, int line, int col) {
                m_editors->pane(side)->editor()->jumpTo(line, col);
            });
    connect(m_results->verdict(), &VerdictBanner::runHereRequested, this, &MainWindow::runHere);
    connect(m_editors, &EditorsPage::languageChanged, this, &MainWindow::updateTitle);
    connect(m_editors, &EditorsPage::filesDropped, this,
            [this](int side, const QStringList &paths) {
                if (!paths.isEmpty())
                    m_files->openPath(side, paths.first());
            });
    connect(m_planBar, &RunPlanBar::planChanged, this,
            [](const RunPlan &plan) { appsettings::setRunPlan(plan); });
    m_session->setTitleProvider([this] { return m_title; });
    m_session->setOriginProvider([this] { return m_consent->origin(); });
    connect(m_catalog, &LanguageCatalog::changed, this, &MainWindow::refreshLanguages);
    connect(m_catalog, &LanguageCatalog::detectionFinished, this,
            &MainWindow::preferRunnableExample);
    connect(m_runs, &RunController::ended, this, [this] {
        setRunning(false);
        statusBar()->clearMessage();
    });
    connect(m_runs, &RunController::analysed, this, &MainWindow::onAnalysed);
    connect(m_consent, &CodeConsent::declined, this, [this] {
        statusBar()->showMessage(tr("Not run: someone else's code needs your consent"), 4000);
    });
    connect(m_consent, &CodeConsent::agreed, this, [this](bool sandbox) {
        m_editors->setReadOnly(false);
        if (sandbox) {
            RunPlan plan = m_planBar->plan();
            plan.sandbox = true;
            m_planBar->setPlan(plan);
        }
        run();
    });
}

// --- extension API -----------------------------------------------------------------------------

void MainWindow::addAction(Place place, QAction *action)
{
    m_menus->addAction(place, action);
}

QMenu *MainWindow::addMenu(const QString &title, const QString &objectName)
{
    return m_menus->addMenu(title, objectName);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    restoreDockWidget(dock);
}

void MainWindow::addBanner(QWidget *banner)
{
    m_layout.addBanner(banner);
}

const ComparisonRunner *MainWindow::runner() const
{
    return m_runs->runner();
}

// --- examples, comparisons, editors --------------------------------------------------------------

void MainWindow::restoreSessionOrDefault()
{
    if (m_session->restore()) {
        m_title = appsettings::sessionTitle();
        // Someone else's code stays behind the question after a restart.
        m_consent->restoreSaved();
        if (m_consent->needed()) {
            m_editors->setReadOnly(true);
            showForeignBanner();
        }
        return;
    }
    m_firstStart = true;
    if (!m_examples.isEmpty())
        loadExample(m_examples.first().id);
}

void MainWindow::preferRunnableExample()
{
    // First start: prefer an example this machine can run, if the default one cannot.
    if (!m_firstStart || m_editors->isTouched())
        return;
    m_firstStart = false;
    const auto ready = [this](const Example &e) {
        return m_catalog->status(e.sides[0].language).isInstalled() &&
               m_catalog->status(e.sides[1].language).isInstalled();
    };
    if (!m_examples.isEmpty() && ready(m_examples.first()))
        return;
    const auto it = std::find_if(m_examples.cbegin(), m_examples.cend(), ready);
    if (it != m_examples.cend())
        loadExample(it->id);
}

bool MainWindow::loadExample(const QString &id)
{
    const auto it = std::find_if(m_examples.cbegin(), m_examples.cend(),
                                 [&](const Example &e) { return e.id == id; });
    if (it == m_examples.cend())
        return false;
    m_consent->setOrigin({});
    m_editors->setReadOnly(false);
    m_editors->loadExample(*it);
    m_title = it->title;
    updateTitle();
    m_session->saveNow();
    statusBar()->showMessage(tr("Loaded “%1”").arg(it->title), 4000);
    return true;
}

void MainWindow::chooseExample(const QString &id)
{
    if (m_editors->isTouched() && !m_files->confirmReplace(tr("the code in both editors")))
        return;
    loadExample(id);
}

void MainWindow::openExamples()
{
    ExamplesDialog dialog(
        m_examples, [this](const QString &id) { return m_catalog->status(id).isAvailable(); },
        [this](const QString &id) {
            const auto language = m_catalog->registry().language(id);
            return language ? language->name : id;
        },
        this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedId().isEmpty())
        chooseExample(dialog.selectedId());
}

void MainWindow::showComparison(const Comparison &comparison)
{
    if (isRunning())
        m_runs->cancel();
    m_consent->setOrigin(CodeOrigin::of(comparison));
    const bool foreign = m_consent->needed();
    m_editors->loadComparison(comparison, false);
    m_editors->setReadOnly(foreign);
    m_title = comparison.title;
    updateTitle();
    m_results->clearRun();
    m_comparison = comparison;
    m_analysis = analyze(comparison);
    m_results->showComparison(comparison, m_analysis);
    if (foreign)
        showForeignBanner();
    else
        m_results->verdict()->showVerdict(m_analysis.verdict, comparison, m_analysis.health);
    m_results->showTab(ResultsPage::ResultsTab);
    setRunning(false);
    m_session->saveNow();
    emit resultsShown();
}

void MainWindow::editCopy(const Comparison &comparison)
{
    // An editable copy of someone else's code is still theirs: Run asks first.
    m_consent->setOrigin(CodeOrigin::of(comparison));
    m_editors->loadComparison(comparison, true);
    m_session->saveNow();
}

void MainWindow::showForeignBanner()
{
    m_results->verdict()->showForeign(m_consent->shortSource());
}

SideSnapshot MainWindow::side(int side) const
{
    return m_editors->pane(side)->snapshot();
}

bool MainWindow::showsForeignCode() const
{
    return m_consent->needed();
}

const CodeOrigin &MainWindow::codeOrigin() const
{
    return m_consent->origin();
}

void MainWindow::refreshLanguages()
{
    m_editors->setLanguages(m_catalog->entries());
}

void MainWindow::updateTitle()
{
    const QString pair = m_editors->pairName();
    setWindowTitle(pair.isEmpty() ? QStringLiteral("faster.codes")
                                  : QStringLiteral("%1 — faster.codes").arg(pair));
}

void MainWindow::exportData(int format)
{
    if (m_comparison)
        m_files->exportData(*m_comparison, m_analysis, format);
}

// --- running -------------------------------------------------------------------------------------

bool MainWindow::isRunning() const
{
    return m_runs->isRunning();
}

ComparisonRequest MainWindow::currentRequest() const
{
    ComparisonRequest request;
    m_editors->fillRequest(request);
    request.plan = m_planBar->plan();
    request.title = m_title;
    // Code from elsewhere keeps its origin, edited or not (the request says where its code came
    // from; the comparison it gives is measured here, see RunController::onFinished), and runs
    // in the sandbox whenever this machine has one.
    if (const CodeOrigin &origin = m_consent->origin(); origin.isForeign()) {
        request.sourceKind = origin.kind;
        request.sourceUrl = origin.url;
        if (sandboxAvailable())
            request.plan.sandbox = true;
    }
    return request;
}

void MainWindow::runHere()
{
    if (isRunning())
        return;
    if (showsForeignCode())
        m_consent->ask();
    else
        run();
}

bool MainWindow::canRun()
{
    for (int side = 0; side < 2; ++side) {
        const SidePane *p = m_editors->pane(side);
        if (p->languageId().isEmpty()) {
            showFailureBeforeRun(tr("Choose a language for %1").arg(sideName(side)), {});
            return false;
        }
        if (p->code().trimmed().isEmpty()) {
            showFailureBeforeRun(tr("%1 has no code").arg(sideName(side)), {});
            return false;
        }
        QString error;
        if (!splitShellWords(p->flags(), &error) || !splitShellWords(p->arguments(), &error)) {
            showFailureBeforeRun(
                tr("The flags or arguments of %1 cannot be split into words").arg(sideName(side)),
                error);
            return false;
        }
        const ToolchainStatus status = m_catalog->status(p->languageId());
        if (status.state == ToolchainStatus::State::Missing) {
            QString hint;
            for (const LanguageEntry &e : p->languages()) {
                if (e.id == p->languageId())
                    hint = e.installHint;
            }
            showFailureBeforeRun(
                tr("%1 cannot run: %2 is not installed").arg(sideName(side), p->languageName()),
                hint.isEmpty() ? status.message : hint + QStringLiteral(" — ") + status.message);
            return false;
        }
    }
    return true;
}

void MainWindow::run()
{
    if (isRunning())
        return;
    if (showsForeignCode()) {
        runHere(); // someone else's code: never without asking
        return;
    }
    if (!canRun())
        return;
    m_session->saveNow();
    const ComparisonRequest request = currentRequest();
    if (!m_runs->start(request))
        return;
    setRunning(true);
    emit runStarted(request);
}

void MainWindow::stop()
{
    if (!isRunning())
        return;
    m_runs->cancel();
    statusBar()->showMessage(tr("Stopping…"));
}

void MainWindow::setRunning(bool running)
{
    m_menus->run->setEnabled(!running);
    m_menus->stop->setEnabled(running);
    m_planBar->setEnabled(!running);
    if (!running)
        m_progress->stop();
    for (int f = 0; f < int(m_menus->exportData.size()); ++f)
        m_menus->exportData[size_t(f)]->setEnabled(!running && m_comparison.has_value() &&
                                                   canExport(DataFormat(f)));
}

void MainWindow::showFailureBeforeRun(const QString &headline, const QString &detail)
{
    m_results->verdict()->showFailure(headline, detail);
    statusBar()->showMessage(headline, 6000);
}

void MainWindow::onAnalysed(const Comparison &comparison, const Analysis &analysis)
{
    m_comparison = comparison;
    m_analysis = analysis;
    setRunning(false);
    if (comparison.sourceKind == Comparison::SourceKind::Local || !m_editors->isReadOnly())
        emit comparisonFinished(comparison, analysis);
    emit resultsShown();
}

// --- settings, dialogs, layout
// --------------------------------------------------------------------

void MainWindow::openSettings()
{
    showSettings();
}

void MainWindow::showSettings(int page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setWindowModality(Qt::WindowModal);
        connect(m_settingsDialog, &QDialog::accepted, this, &MainWindow::applySettings);
    }
    if (page >= 0)
        m_settingsDialog->showPage(SettingsDialog::Page(page));
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_catalog, this);
    dialog.exec();
}

void MainWindow::applySettings()
{
    const ThemeChoice theme = appsettings::theme();
    if (theme != currentTheme())
        applyTheme(theme);
    m_menus->setTheme(theme);
    m_editors->applyEditorSettings();
    if (!isRunning())
        m_planBar->setPlan(appsettings::runPlan());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isRunning())
        m_runs->cancel();
    m_session->saveNow();
    m_layout.save();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // The sides' colours are fixed, but greyed entries in the pickers follow the palette.
    if (event->type() == QEvent::PaletteChange)
        refreshLanguages();
    // A language chosen in the settings applies at once: the menus and toolbars are the window's
    // (its pages, panes and docks retranslate themselves on the same event).
    if (event->type() == QEvent::LanguageChange) {
        m_menus->retranslate();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

} // namespace fc::ui
