#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "charts/chartsview.h"
#include "codeeditor.h"
#include "examples/examplesdialog.h"
#include "export/comparisonexporter.h"
#include "languages/languagecatalog.h"
#include "live/livecharts.h"
#include "output/outputview.h"
#include "results/environmentview.h"
#include "results/resultsview.h"
#include "results/verdictbanner.h"
#include "run/analysisjob.h"
#include "run/progresstext.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "runner/sandbox.h"
#include "settings/appsettings.h"
#include "settings/sessionstore.h"
#include "settings/settingsdialog.h"
#include "sidecolors.h"
#include "sidepane.h"
#include "theme/icons.h"
#include "theme/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fc::ui {

namespace {

QScrollArea *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

const char *const kDataFormatNames[] = {"json", "csv", "md"};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_paneA(new SidePane(0))
    , m_paneB(new SidePane(1))
    , m_sides(new QSplitter(Qt::Horizontal))
    , m_vertical(new QSplitter(Qt::Vertical))
    , m_verdict(new VerdictBanner)
    , m_tabs(new QTabWidget)
    , m_live(new LiveCharts)
    , m_results(new ResultsView)
    , m_charts(new ChartsView)
    , m_output{new OutputView(0), new OutputView(1)}
    , m_environment(new EnvironmentView)
    , m_planBar(new RunPlanBar)
    , m_progressLabel(new QLabel)
    , m_progressBar(new QProgressBar)
    , m_catalog(new LanguageCatalog(this))
    , m_runner(new ComparisonRunner(m_catalog->registry(), this))
    , m_analysisJob(new AnalysisJob(this))
    , m_session(new SessionStore(m_paneA, m_paneB, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(shippedIcon(QStringLiteral("fastercodes")));
    m_examples = loadExamples(uiLanguage());

    m_sides->setObjectName(QStringLiteral("sidesSplitter"));
    m_sides->addWidget(m_paneA);
    m_sides->addWidget(m_paneB);
    m_sides->setChildrenCollapsible(false);

    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_live, tr("Live"));
    m_tabs->addTab(scrolled(m_results), tr("Results"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_output[0], tr("Output A"));
    m_tabs->addTab(m_output[1], tr("Output B"));
    m_tabs->addTab(scrolled(m_environment), tr("Environment"));
    m_tabs->setTabToolTip(
        LiveTab, tr("CPU and memory of the current run, and every run's wall time as it arrives"));
    m_tabs->setTabToolTip(ResultsTab,
                          tr("Medians with confidence intervals, ratios, tests and spread"));
    m_tabs->setTabToolTip(ChartsTab, tr("Distributions, run-by-run progression and time series"));
    m_tabs->setTabToolTip(EnvironmentTab, tr("Where and how the comparison ran"));

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(0);
    resultsLayout->addWidget(m_verdict);
    resultsLayout->addWidget(m_tabs, 1);

    m_vertical->setObjectName(QStringLiteral("verticalSplitter"));
    m_vertical->addWidget(m_sides);
    m_vertical->addWidget(results);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);
    setCentralWidget(m_vertical);

    createActions();
    createToolBars();
    createMenus();
    statusBar()->setSizeGripEnabled(true);

    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::updateProgress);

    connect(m_runner, &ComparisonRunner::progress, this, [this](const RunProgress &p) {
        m_lastProgress = p;
        m_sinceProgress.start();
        updateProgress();
    });
    connect(m_runner, &ComparisonRunner::sample, this, [this](int side, const ProbeSample &s) {
        m_live->addSample(side, s);
        m_traces.addSample(side, s);
    });
    connect(m_runner, &ComparisonRunner::runMeasured, this, [this](int side, const RunRecord &r) {
        m_live->addRun(side, r);
        m_traces.runEnded(side, r.index);
    });
    connect(m_runner, &ComparisonRunner::compiled, this, &MainWindow::onCompiled);
    connect(m_runner, &ComparisonRunner::finished, this, &MainWindow::onFinished);
    connect(m_analysisJob, &AnalysisJob::ready, this, &MainWindow::onAnalysed);

    for (OutputView *view : m_output) {
        connect(
            view, &OutputView::diagnosticActivated, this,
            [this](int side, int line, int column) { pane(side)->editor()->jumpTo(line, column); });
    }
    for (SidePane *p : {m_paneA, m_paneB}) {
        connect(p, &SidePane::languageChanged, this, &MainWindow::updateTitle);
        connect(p, &SidePane::filesDropped, this, [this, p](const QStringList &paths) {
            if (paths.isEmpty() ||
                (p->isTouched() &&
                 !confirmReplace(tr("the code of side %1").arg(sideName(p->side())))))
                return;
            QString error;
            if (!p->openFile(paths.first(), &error))
                QMessageBox::warning(this, tr("Open file"), error);
        });
    }
    connect(m_planBar, &RunPlanBar::planChanged, this,
            [](const RunPlan &plan) { appsettings::setRunPlan(plan); });
    connect(m_verdict, &VerdictBanner::runHereRequested, this, &MainWindow::runHere);
    m_session->setTitleProvider([this] { return m_title; });
    connect(m_catalog, &LanguageCatalog::changed, this, &MainWindow::refreshLanguages);
    connect(m_catalog, &LanguageCatalog::detectionFinished, this, [this] {
        // First start: prefer an example this machine can run, if the default one cannot.
        if (!m_firstStart || m_paneA->isTouched() || m_paneB->isTouched())
            return;
        m_firstStart = false;
        const auto ready = [this](const Example &e) {
            return m_catalog->status(e.sides[0].language).isInstalled() &&
                   m_catalog->status(e.sides[1].language).isInstalled();
        };
        if (!m_examples.isEmpty() && ready(m_examples.first()))
            return;
        for (const Example &e : std::as_const(m_examples)) {
            if (ready(e)) {
                loadExample(e.id);
                return;
            }
        }
    });

    refreshLanguages();
    restoreSessionOrDefault();
    applySettings();
    restoreLayout();
    setRunning(false);
    updateTitle();
    m_catalog->detect();
}

MainWindow::~MainWindow()
{
    m_runner->cancel();
    m_analysisJob->invalidate();
}

QString MainWindow::uiLanguage() const
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

void MainWindow::createActions()
{
    m_run = new QAction(icon(QStringLiteral("media-playback-start"), QStringLiteral("run")),
                        tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("actionRun"));
    m_run->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_run->setShortcutContext(Qt::WindowShortcut);
    m_run->setToolTip(tr("Compile both sides and compare them (Ctrl+Enter)"));
    connect(m_run, &QAction::triggered, this, &MainWindow::run);

    m_stop = new QAction(icon(QStringLiteral("media-playback-stop"), QStringLiteral("stop")),
                         tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("actionStop"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setToolTip(tr("Stop the running comparison (Esc)"));
    connect(m_stop, &QAction::triggered, this, &MainWindow::stop);

    m_settings = new QAction(icon(QStringLiteral("configure"), QStringLiteral("settings")),
                             tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::openSettings);

    m_examplesAction =
        new QAction(icon(QString(), QStringLiteral("examples")), tr("&Examples…"), this);
    m_examplesAction->setObjectName(QStringLiteral("actionExamples"));
    m_examplesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_examplesAction->setToolTip(tr("Browse classic pairs to compare (Ctrl+Shift+E)"));
    connect(m_examplesAction, &QAction::triggered, this, &MainWindow::openExamples);

    const QString labels[] = {tr("Export as &JSON…"), tr("Export as &CSV…"),
                              tr("Export as &Markdown…")};
    for (int f = 0; f < 3; ++f) {
        auto *action = new QAction(labels[f], this);
        action->setObjectName(
            QStringLiteral("actionExport%1").arg(QLatin1String(kDataFormatNames[f])));
        connect(action, &QAction::triggered, this, [this, f] { exportData(f); });
        m_exportData[size_t(f)] = action;
    }
    m_exportData[0]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void MainWindow::createToolBars()
{
    m_runBar = addToolBar(tr("Run"));
    m_runBar->setObjectName(QStringLiteral("runToolBar"));
    m_runBar->setMovable(false);
    m_runBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runBar->addAction(m_run);
    m_runBar->addAction(m_stop);
    m_runBar->addSeparator();
    m_runBar->addWidget(m_planBar);

    addToolBarBreak();
    m_secondaryBar = addToolBar(tr("Tools"));
    m_secondaryBar->setObjectName(QStringLiteral("toolsToolBar"));
    m_secondaryBar->setMovable(false);
    m_secondaryBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_examplesMenu = new QMenu(tr("E&xamples"), this);
    auto *examplesButton = new QToolButton;
    examplesButton->setObjectName(QStringLiteral("examplesButton"));
    examplesButton->setDefaultAction(m_examplesAction);
    examplesButton->setMenu(m_examplesMenu);
    examplesButton->setPopupMode(QToolButton::MenuButtonPopup);
    examplesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    examplesButton->setAutoRaise(true);
    m_secondaryBar->addWidget(examplesButton);

    m_exportMenu = new QMenu(tr("E&xport"), this);
    for (QAction *a : m_exportData)
        m_exportMenu->addAction(a);
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setIcon(icon(QStringLiteral("document-export"), QStringLiteral("export")));
    exportButton->setMenu(m_exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setAutoRaise(true);
    exportButton->setToolTip(tr("Export the comparison as JSON, CSV or Markdown"));
    m_secondaryBar->addWidget(exportButton);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_secondaryBar->addWidget(spacer);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setContentsMargins(8, 0, 8, 0);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedWidth(120);
    m_progressBar->setMaximumHeight(8);
    m_secondaryBar->addWidget(m_progressLabel);
    // Widgets in a toolbar are shown and hidden through their actions.
    m_progressBarAction = m_secondaryBar->addWidget(m_progressBar);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *openA = file->addAction(icon(QStringLiteral("document-open"), QStringLiteral("open")),
                                  tr("&Open into A…"), this,
                                  [this] { openFile(focusedSide() < 0 ? 0 : focusedSide()); });
    openA->setObjectName(QStringLiteral("actionOpen"));
    openA->setShortcut(QKeySequence::Open);
    openA->setToolTip(tr("Open a file into the focused side (A unless B has the focus)"));
    file->addAction(tr("Open into &B…"), this, [this] { openFile(1); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    auto *save =
        file->addAction(icon(QStringLiteral("document-save"), QStringLiteral("save")), tr("&Save"),
                        this, [this] { saveFile(focusedSide() < 0 ? 0 : focusedSide(), false); });
    save->setObjectName(QStringLiteral("actionSave"));
    save->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), this,
                    [this] { saveFile(focusedSide() < 0 ? 0 : focusedSide(), true); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    file->addSeparator();
    file->addMenu(m_exportMenu);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), this, [this] { pane(qMax(0, focusedSide()))->editor()->undo(); });
    edit->addAction(tr("&Redo"), this, [this] { pane(qMax(0, focusedSide()))->editor()->redo(); });
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    runMenu->addAction(m_run);
    runMenu->addAction(m_stop);
    runMenu->addSeparator();
    runMenu->addAction(tr("Check &toolchains again"), this, [this] { m_catalog->detect(true); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Editor &A"), this, [this] { m_paneA->editor()->setFocus(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(tr("Editor &B"), this, [this] { m_paneB->editor()->setFocus(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto *a = view->addAction(m_tabs->tabText(tab), this, [this, tab] {
            m_tabs->setCurrentIndex(tab);
            m_tabs->currentWidget()->setFocus();
        });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + tab)));
    }
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themes[] = {
        {ThemeChoice::System, tr("Follow the &system")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto &[choice, label] : themes) {
        auto *a = theme->addAction(label);
        a->setCheckable(true);
        a->setData(themeChoiceKey(choice));
        a->setObjectName(QStringLiteral("actionTheme-%1").arg(themeChoiceKey(choice)));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] {
            appsettings::setTheme(choice);
            applySettings();
        });
    }

    menuBar()->addMenu(m_examplesMenu);
    m_examplesMenu->addAction(m_examplesAction);
    m_examplesMenu->addSeparator();
    for (const Example &e : std::as_const(m_examples)) {
        m_examplesMenu->addAction(e.title, this, [this, id = e.id] {
            if ((m_paneA->isTouched() || m_paneB->isTouched()) &&
                !confirmReplace(tr("the code in both editors")))
                return;
            loadExample(id);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About faster.codes"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::refreshLanguages()
{
    const QList<LanguageEntry> entries = m_catalog->entries();
    m_paneA->setLanguages(entries);
    m_paneB->setLanguages(entries);
}

void MainWindow::restoreSessionOrDefault()
{
    if (m_session->restore()) {
        m_title = appsettings::sessionTitle();
        return;
    }
    m_firstStart = true;
    if (!m_examples.isEmpty())
        loadExample(m_examples.first().id);
}

bool MainWindow::loadExample(const QString &id)
{
    for (const Example &e : std::as_const(m_examples)) {
        if (e.id != id)
            continue;
        for (int side = 0; side < 2; ++side) {
            const ExampleSide &s = e.sides[size_t(side)];
            SidePane *p = pane(side);
            p->setReadOnly(false);
            p->restore(
                {s.language, s.code, s.flags, s.arguments, s.standardInput, QString(), false});
        }
        m_title = e.title;
        updateTitle();
        m_session->saveNow();
        statusBar()->showMessage(tr("Loaded “%1”").arg(e.title), 4000);
        return true;
    }
    return false;
}

void MainWindow::updateTitle()
{
    const QString a = m_paneA->languageName();
    const QString b = m_paneB->languageName();
    const QString pair = a.isEmpty() && b.isEmpty() ? QString() : tr("%1 vs %2").arg(a, b);
    setWindowTitle(pair.isEmpty() ? QStringLiteral("faster.codes")
                                  : QStringLiteral("%1 — faster.codes").arg(pair));
}

int MainWindow::focusedSide() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && m_paneB->isAncestorOf(focus))
        return 1;
    if (focus && m_paneA->isAncestorOf(focus))
        return 0;
    return -1;
}

bool MainWindow::isRunning() const
{
    return m_runner->isRunning();
}

ComparisonRequest MainWindow::currentRequest() const
{
    ComparisonRequest request;
    for (int side = 0; side < 2; ++side) {
        const SidePane *p = pane(side);
        SideInput &in = request.sides[size_t(side)];
        in.languageId = p->languageId();
        in.code = p->code();
        if (!p->flags().trimmed().isEmpty())
            in.flags = QProcess::splitCommand(p->flags());
        in.args = QProcess::splitCommand(p->arguments());
        in.stdinText = p->standardInput();
    }
    request.plan = m_planBar->plan();
    request.title = m_title;
    // Code shown from a link keeps its origin when it is run here unchanged (the request says
    // where its code came from; the comparison it gives is measured here, see onFinished).
    if (m_comparison && !m_comparison->sourceUrl.isEmpty() &&
        request.sides[0].code == m_comparison->a().code &&
        request.sides[1].code == m_comparison->b().code) {
        request.sourceKind = m_comparison->sourceKind;
        request.sourceUrl = m_comparison->sourceUrl;
    }
    return request;
}

void MainWindow::showFailureBeforeRun(const QString &headline, const QString &detail)
{
    m_verdict->showFailure(headline, detail);
    statusBar()->showMessage(headline, 6000);
}

bool MainWindow::showsForeignCode() const
{
    return m_comparison && m_comparison->sourceKind != Comparison::SourceKind::Local &&
           m_paneA->isReadOnly();
}

QMessageBox *MainWindow::runHereConfirmation() const
{
    return m_runHereBox;
}

void MainWindow::runHere()
{
    if (isRunning())
        return;
    if (!showsForeignCode()) {
        run();
        return;
    }
    if (m_runHereBox) {
        m_runHereBox->raise();
        m_runHereBox->activateWindow();
        return;
    }
    const QString source = m_comparison->sourceUrl;
    const QString origin = source.isEmpty() ? tr("another machine") : source;
    const bool sandbox = sandboxAvailable();
#ifdef Q_OS_LINUX
    const QString noSandbox = tr("bubblewrap (bwrap) is not installed");
#else
    const QString noSandbox = tr("this system has none that the app can use");
#endif
    const QString text =
        sandbox ? tr("This code comes from %1 and has not been run on this machine. Run it here, "
                     "in the sandbox?")
                      .arg(origin)
                : tr("This code comes from %1 and has not been run on this machine. There is no "
                     "sandbox here (%2): it would run with all of your rights. Run it only if "
                     "you trust it.")
                      .arg(origin, noSandbox);
    auto *box = new QMessageBox(sandbox ? QMessageBox::Question : QMessageBox::Warning,
                                tr("Run someone else's code?"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("runHereConfirmation"));
    box->button(QMessageBox::Yes)
        ->setText(sandbox ? tr("Run in the Sandbox") : tr("Run Without a Sandbox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_runHereBox = box;
    connect(box, &QMessageBox::finished, this, [this, box, source, sandbox] {
        const bool yes = box->standardButton(box->clickedButton()) == QMessageBox::Yes;
        // Only what was asked about: another comparison may have been opened meanwhile.
        if (!yes || !showsForeignCode() || m_comparison->sourceUrl != source) {
            statusBar()->showMessage(tr("Not run: the code stays read-only"), 4000);
            return;
        }
        m_paneA->setReadOnly(false);
        m_paneB->setReadOnly(false);
        if (sandbox) {
            RunPlan plan = m_planBar->plan();
            plan.sandbox = true;
            m_planBar->setPlan(plan);
        }
        run();
    });
    box->open();
}

void MainWindow::run()
{
    if (isRunning())
        return;
    if (showsForeignCode()) {
        runHere(); // someone else's code: never without asking
        return;
    }
    for (int side = 0; side < 2; ++side) {
        const SidePane *p = pane(side);
        if (p->languageId().isEmpty()) {
            showFailureBeforeRun(tr("Choose a language for %1").arg(sideName(side)), {});
            return;
        }
        if (p->code().trimmed().isEmpty()) {
            showFailureBeforeRun(tr("%1 has no code").arg(sideName(side)), {});
            return;
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
            return;
        }
    }
    m_session->saveNow();
    m_analysisJob->invalidate();
    m_traces.clear();
    m_live->reset();
    m_output[0]->clear();
    m_output[1]->clear();
    m_lastProgress = RunProgress{};
    m_sinceProgress.start();
    if (!m_runner->start(currentRequest()))
        return;
    setRunning(true);
    m_verdict->showRunning(tr("Running… the verdict appears when both sides have run."));
    m_tabs->setCurrentIndex(LiveTab);
}

void MainWindow::stop()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    statusBar()->showMessage(tr("Stopping…"));
}

void MainWindow::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_planBar->setEnabled(!running);
    m_progressBarAction->setVisible(running);
    if (running) {
        m_ticker.start();
        updateProgress();
    } else {
        m_ticker.stop();
    }
    for (int f = 0; f < 3; ++f)
        m_exportData[size_t(f)]->setEnabled(!running && m_comparison.has_value() &&
                                            canExport(DataFormat(f)));
}

void MainWindow::updateProgress()
{
    if (!isRunning()) {
        m_progressBarAction->setVisible(false);
        return;
    }
    RunProgress p = m_lastProgress;
    // Between the runner's reports the clock still moves: tick it locally.
    const qint64 since = m_sinceProgress.isValid() ? m_sinceProgress.elapsed() : 0;
    p.elapsedMs += since;
    if (p.remainingMs >= 0)
        p.remainingMs = qMax<qint64>(0, p.remainingMs - since);
    m_progressLabel->setText(progressText(p));
    const int permille = progressPermille(p);
    if (permille < 0) {
        m_progressBar->setRange(0, 0); // busy
    } else {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(permille);
    }
}

void MainWindow::onCompiled(int side, const CompileResult &result)
{
    m_output[size_t(side)]->setCompileResult(result);
}

void MainWindow::onFinished(const Comparison &finished)
{
    // Measured on this machine, whatever the code's origin: a local comparison that keeps the
    // link its code came from. So the history adds it as a new entry instead of replacing the
    // downloaded copy (the other machine's figures), and it is not shown as "not run here".
    Comparison comparison = finished;
    comparison.sourceKind = Comparison::SourceKind::Local;
    m_live->flush();
    setRunning(false);
    const bool cancelled =
        comparison.a().error && comparison.a().error->kind == QLatin1String("cancelled");
    m_progressLabel->setText(
        cancelled ? tr("stopped after %1")
                        .arg(progressText(m_lastProgress).section(QStringLiteral(" · "), -1))
                  : tr("done in %1")
                        .arg(progressText(m_lastProgress).section(QStringLiteral(" · "), -1)));
    statusBar()->clearMessage();
    m_verdict->showRunning(tr("Analysing…"));
    m_analysisJob->start(comparison);
}

void MainWindow::onAnalysed(int job, const Comparison &comparison, const Analysis &analysis)
{
    if (job != m_analysisJob->currentJob())
        return;
    m_comparison = comparison;
    m_analysis = analysis;
    m_verdict->showVerdict(analysis.verdict, comparison);
    m_results->setComparison(comparison, analysis);
    m_charts->setComparison(comparison, m_traces);
    m_output[0]->setSide(comparison.a());
    m_output[1]->setSide(comparison.b());
    m_environment->setComparison(comparison);
    setRunning(false);
    int failedSide = -1;
    for (int side = 0; side < 2 && failedSide < 0; ++side) {
        const Side &s = comparison.sides[size_t(side)];
        if (s.status == Side::Status::Failed &&
            !(s.error && s.error->kind == QLatin1String("cancelled")))
            failedSide = side;
    }
    if (failedSide >= 0)
        m_tabs->setCurrentIndex(failedSide == 0 ? OutputATab : OutputBTab);
    else if (m_tabs->currentIndex() == LiveTab && comparison.status == Comparison::Status::Success)
        m_tabs->setCurrentIndex(ResultsTab);
    if (comparison.sourceKind == Comparison::SourceKind::Local || !m_paneA->isReadOnly())
        emit comparisonFinished(comparison, analysis);
    emit resultsShown();
}

void MainWindow::showComparison(const Comparison &comparison)
{
    if (isRunning())
        m_runner->cancel();
    const bool foreign = comparison.sourceKind != Comparison::SourceKind::Local;
    for (int side = 0; side < 2; ++side) {
        const Side &s = comparison.sides[size_t(side)];
        SidePane *p = pane(side);
        p->setReadOnly(false);
        p->restore({s.lang, s.code, s.flags.join(QLatin1Char(' ')), s.args.join(QLatin1Char(' ')),
                    s.stdinText, QString(), false});
        p->setReadOnly(foreign);
    }
    m_title = comparison.title;
    updateTitle();
    m_traces.clear();
    m_live->reset();
    m_comparison = comparison;
    m_analysis = analyze(comparison);
    m_results->setComparison(comparison, m_analysis);
    m_charts->setComparison(comparison, m_traces);
    m_output[0]->setSide(comparison.a());
    m_output[1]->setSide(comparison.b());
    m_environment->setComparison(comparison);
    if (foreign)
        m_verdict->showForeign(QUrl(comparison.sourceUrl).host().isEmpty()
                                   ? comparison.sourceUrl
                                   : QUrl(comparison.sourceUrl).host());
    else
        m_verdict->showVerdict(m_analysis.verdict, comparison);
    m_tabs->setCurrentIndex(ResultsTab);
    setRunning(false);
    emit resultsShown();
}

bool MainWindow::confirmReplace(const QString &what)
{
    return QMessageBox::question(
               this, tr("Replace the code?"),
               tr("Replace %1? Your edits there are not saved in a file.").arg(what),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MainWindow::openFile(int side)
{
    SidePane *p = pane(side);
    QStringList patterns;
    for (const LanguageEntry &e : p->languages()) {
        for (const QString &ext : e.extensions)
            patterns << QStringLiteral("*.") + ext;
    }
    const QString filter = tr("Source files (%1)").arg(patterns.join(QLatin1Char(' '))) +
                           QStringLiteral(";;") + tr("All files (*)");
    const QString start = p->filePath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(p->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open into side %1").arg(sideName(side)), start, filter);
    if (path.isEmpty())
        return;
    if (p->isTouched() && !confirmReplace(tr("the code of side %1").arg(sideName(side))))
        return;
    QString error;
    if (!p->openFile(path, &error))
        QMessageBox::warning(this, tr("Open file"), error);
    else
        statusBar()->showMessage(
            tr("Opened %1 into %2").arg(QFileInfo(path).fileName(), sideName(side)), 4000);
}

void MainWindow::saveFile(int side, bool askForName)
{
    SidePane *p = pane(side);
    QString path = p->filePath();
    if (askForName || path.isEmpty()) {
        QString suggested =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/');
        for (const LanguageEntry &e : p->languages()) {
            if (e.id == p->languageId() && !e.extensions.isEmpty())
                suggested += QStringLiteral("%1.%2").arg(
                    side == 0 ? QStringLiteral("a") : QStringLiteral("b"), e.extensions.first());
        }
        path = QFileDialog::getSaveFileName(this, tr("Save side %1").arg(sideName(side)),
                                            path.isEmpty() ? suggested : path);
        if (path.isEmpty())
            return;
    }
    QString error;
    if (!p->saveFile(path, &error))
        QMessageBox::warning(this, tr("Save file"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
}

void MainWindow::exportData(int format)
{
    if (!m_comparison)
        return;
    const QString suffix = QLatin1String(kDataFormatNames[format]);
    const QString filters[] = {tr("JSON (*.json)"), tr("CSV (*.csv)"), tr("Markdown (*.md)")};
    QString base =
        m_comparison->title.isEmpty() ? QStringLiteral("comparison") : m_comparison->title;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export comparison"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            base + QLatin1Char('.') + suffix,
        filters[format]);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportComparison(*m_comparison, m_analysis, path, DataFormat(format), &error))
        QMessageBox::warning(this, tr("Export comparison"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
}

void MainWindow::openSettings()
{
    showSettings();
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

SettingsDialog *MainWindow::showSettings(int page)
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
    return m_settingsDialog;
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
    if (dialog.exec() != QDialog::Accepted || dialog.selectedId().isEmpty())
        return;
    if ((m_paneA->isTouched() || m_paneB->isTouched()) &&
        !confirmReplace(tr("the code in both editors")))
        return;
    loadExample(dialog.selectedId());
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
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == themeChoiceKey(theme));
    for (SidePane *p : {m_paneA, m_paneB}) {
        p->editor()->setFontPointSize(appsettings::editorFontSize());
        p->editor()->setTabWidthInSpaces(appsettings::tabWidth());
        p->editor()->setThemeName(appsettings::editorTheme());
    }
    if (!isRunning())
        m_planBar->setPlan(appsettings::runPlan());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_sides->restoreState(settings.value(QStringLiteral("window/sides")).toByteArray()))
        m_sides->setSizes({width() / 2, width() / 2});
    if (!m_vertical->restoreState(settings.value(QStringLiteral("window/vertical")).toByteArray()))
        m_vertical->setSizes(
            {height() * 9 / 20, height() * 11 / 20}); // results need a little more room
    m_tabs->setCurrentIndex(
        qBound(0, settings.value(QStringLiteral("window/tab"), 0).toInt(), m_tabs->count() - 1));
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/sides"), m_sides->saveState());
    settings.setValue(QStringLiteral("window/vertical"), m_vertical->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isRunning())
        m_runner->cancel();
    m_session->saveNow();
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // The sides' colours are fixed, but greyed entries in the pickers follow the palette.
    if (event->type() == QEvent::PaletteChange)
        refreshLanguages();
    QMainWindow::changeEvent(event);
}

} // namespace fc::ui
