#include "window/windowmenus.h"

#include "theme/icons.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace fc::ui {

namespace {

const char *const kExportNames[] = {"actionExportjson", "actionExportcsv", "actionExportmd"};
const ThemeChoice kThemes[] = {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark};

} // namespace

WindowMenus::WindowMenus(QMainWindow *window, QWidget *planBar, QWidget *progress)
    : QObject(window)
    , m_window(window)
{
    run = make("actionRun", QStringLiteral("media-playback-start"), QStringLiteral("run"));
    run->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    run->setShortcutContext(Qt::WindowShortcut);
    stop = make("actionStop", QStringLiteral("media-playback-stop"), QStringLiteral("stop"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    settings = make("actionSettings", QStringLiteral("configure"), QStringLiteral("settings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    examples = make("actionExamples", QString(), QStringLiteral("examples"));
    examples->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (size_t f = 0; f < exportData.size(); ++f)
        exportData[f] = make(kExportNames[f]);
    exportData[0]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    openA = make("actionOpen", QStringLiteral("document-open"), QStringLiteral("open"));
    openA->setShortcut(QKeySequence::Open);
    openB = make("actionOpenB");
    openB->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    openComparison = make("actionOpenComparison");
    openComparison->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    save = make("actionSave", QStringLiteral("document-save"), QStringLiteral("save"));
    save->setShortcut(QKeySequence::Save);
    saveAs = make("actionSaveAs");
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    quit = make("actionQuit");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    undo = make("actionUndo", QStringLiteral("edit-undo"));
    undo->setShortcuts(QKeySequence::Undo);
    redo = make("actionRedo", QStringLiteral("edit-redo"));
    redo->setShortcuts(QKeySequence::Redo);
    cut = make("actionCut", QStringLiteral("edit-cut"));
    cut->setShortcuts(QKeySequence::Cut);
    copy = make("actionCopy", QStringLiteral("edit-copy"));
    copy->setShortcuts(QKeySequence::Copy);
    paste = make("actionPaste", QStringLiteral("edit-paste"));
    paste->setShortcuts(QKeySequence::Paste);
    selectAll = make("actionSelectAll", QStringLiteral("edit-select-all"));
    selectAll->setShortcuts(QKeySequence::SelectAll);
    find = make("actionFind", QStringLiteral("edit-find"));
    find->setShortcuts(QKeySequence::Find);
    // Ctrl+H (the usual Replace elsewhere) is History's; Ctrl+R is Replace in KDE's editors.
    replace = make("actionReplace", QStringLiteral("edit-find-replace"));
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    findNext = make("actionFindNext");
    findNext->setShortcuts(QKeySequence::FindNext);
    findPrevious = make("actionFindPrevious");
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    recheckToolchains = make("actionCheckToolchains");
    editorA = make("actionEditorA");
    editorA->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    editorB = make("actionEditorB");
    editorB->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (size_t tab = 0; tab < tabs.size(); ++tab) {
        tabs[tab] = make("actionTab");
        tabs[tab]->setObjectName(QStringLiteral("actionTab%1").arg(tab));
        tabs[tab]->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(tab))));
    }
    documentation = make("actionDocumentation", QStringLiteral("help-contents"));
    documentation->setShortcuts(QKeySequence::HelpContents);
    about = make("actionAbout", QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("actionAboutQt");
    aboutQt->setMenuRole(QAction::AboutQtRole);

    createToolBars(planBar, progress);
    createMenus();
    retranslate();
}

QAction *WindowMenus::make(const char *objectName, const QString &themeIcon,
                           const QString &fallbackIcon)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QLatin1String(objectName));
    if (!fallbackIcon.isEmpty())
        action->setIcon(icon(themeIcon, fallbackIcon));
    else if (!themeIcon.isEmpty())
        action->setIcon(QIcon::fromTheme(themeIcon)); // menus only: none where no theme has it
    return action;
}

void WindowMenus::createToolBars(QWidget *planBar, QWidget *progress)
{
    m_runBar = m_window->addToolBar(QString());
    m_runBar->setObjectName(QStringLiteral("runToolBar"));
    m_runBar->setMovable(false);
    m_runBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runBar->addAction(run);
    m_runBar->addAction(stop);
    m_runBar->addSeparator();
    m_runBar->addWidget(planBar);

    m_window->addToolBarBreak();
    m_toolsBar = m_window->addToolBar(QString());
    m_toolsBar->setObjectName(QStringLiteral("toolsToolBar"));
    m_toolsBar->setMovable(false);
    m_toolsBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolsSection = m_toolsBar->addSeparator();
    m_toolsSection->setVisible(false);

    m_examples = new QMenu(m_window);
    auto *examplesButton = new QToolButton;
    examplesButton->setObjectName(QStringLiteral("examplesButton"));
    examplesButton->setDefaultAction(examples);
    examplesButton->setMenu(m_examples);
    examplesButton->setPopupMode(QToolButton::MenuButtonPopup);
    examplesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    examplesButton->setAutoRaise(true);
    m_toolsBar->addWidget(examplesButton);

    m_export = new QMenu(m_window);
    for (QAction *a : exportData)
        m_export->addAction(a);
    m_exportButton = new QToolButton;
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setIcon(icon(QStringLiteral("document-export"), QStringLiteral("export")));
    m_exportButton->setMenu(m_export);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setAutoRaise(true);
    m_toolsBar->addWidget(m_exportButton);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolsBar->addWidget(spacer);
    m_toolsBar->addWidget(progress);
}

void WindowMenus::createMenus()
{
    QMenuBar *bar = m_window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addActions({openA, openB});
    m_recentFiles = m_file->addMenu(QString());
    m_recentFiles->setObjectName(QStringLiteral("recentFilesMenu"));
    m_file->addAction(openComparison);
    m_recentComparisons = m_file->addMenu(QString());
    m_recentComparisons->setObjectName(QStringLiteral("recentComparisonsMenu"));
    m_file->addSeparator();
    m_file->addActions({save, saveAs});
    m_fileSection = m_file->addSeparator();
    m_file->addMenu(m_export);
    m_file->addSeparator();
    m_file->addAction(quit);

    m_edit = bar->addMenu(QString());
    m_edit->addActions({undo, redo});
    m_edit->addSeparator();
    m_edit->addActions({cut, copy, paste, selectAll});
    m_edit->addSeparator();
    m_edit->addActions({find, replace, findNext, findPrevious});
    m_edit->addSeparator();
    m_edit->addAction(settings);

    m_run = bar->addMenu(QString());
    m_run->addActions({run, stop});
    m_run->addSeparator();
    m_run->addAction(recheckToolchains);

    m_view = bar->addMenu(QString());
    m_view->addActions({editorA, editorB});
    m_view->addSeparator();
    for (QAction *tab : tabs)
        m_view->addAction(tab);
    m_view->addSeparator();
    m_theme = m_view->addMenu(QString());
    m_themes = new QActionGroup(this);
    for (const ThemeChoice choice : kThemes) {
        auto *a = m_theme->addAction(QString());
        a->setCheckable(true);
        a->setData(themeChoiceKey(choice));
        a->setObjectName(QStringLiteral("actionTheme-%1").arg(themeChoiceKey(choice)));
        m_themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] { emit themeChosen(choice); });
    }

    bar->addMenu(m_examples);
    m_examples->addAction(examples);
    m_examples->addSeparator();

    m_help = bar->addMenu(QString());
    m_help->addAction(documentation);
    m_helpSection = m_help->addSeparator(); // extensions go before it
    m_help->addActions({about, aboutQt});
}

void WindowMenus::addAction(WindowPlace place, QAction *action)
{
    switch (place) {
    case WindowPlace::FileMenu:
        m_file->insertAction(m_fileSection, action);
        break;
    case WindowPlace::EditMenu:
        m_edit->insertAction(settings, action);
        break;
    case WindowPlace::RunMenu:
        m_run->addAction(action);
        break;
    case WindowPlace::ViewMenu:
        m_view->addAction(action);
        break;
    case WindowPlace::HelpMenu:
        m_help->insertAction(m_helpSection, action);
        break;
    case WindowPlace::RunToolBar:
        m_runBar->addAction(action);
        break;
    case WindowPlace::ToolsToolBar:
        m_toolsBar->insertAction(m_toolsSection, action);
        m_toolsSection->setVisible(true);
        break;
    }
}

QMenu *WindowMenus::addMenu(const QString &title, const QString &objectName)
{
    auto *menu = new QMenu(title, m_window);
    menu->setObjectName(objectName);
    m_window->menuBar()->insertMenu(m_help->menuAction(), menu);
    return menu;
}

void WindowMenus::setExamples(const QList<std::pair<QString, QString>> &list)
{
    for (const auto &[id, title] : list)
        m_examples->addAction(title, this, [this, id] { emit exampleChosen(id); });
}

void WindowMenus::setTheme(ThemeChoice choice)
{
    for (QAction *a : m_themes->actions())
        a->setChecked(a->data().toString() == themeChoiceKey(choice));
}

void WindowMenus::retranslate()
{
    run->setText(tr("&Run"));
    run->setToolTip(tr("Compile both sides and compare them (Ctrl+Enter)"));
    stop->setText(tr("&Stop"));
    stop->setToolTip(tr("Stop the running comparison (Esc)"));
    settings->setText(tr("&Settings…"));
    examples->setText(tr("&Examples…"));
    examples->setToolTip(tr("Browse classic pairs to compare (Ctrl+Shift+E)"));
    exportData[0]->setText(tr("Export as &JSON…"));
    exportData[1]->setText(tr("Export as &CSV…"));
    exportData[2]->setText(tr("Export as &Markdown…"));
    openA->setText(tr("&Open into A…"));
    openA->setToolTip(tr("Open a file into the focused side (A unless B has the focus)"));
    openB->setText(tr("Open into &B…"));
    openComparison->setText(tr("Open &Comparison…"));
    openComparison->setToolTip(
        tr("Open a comparison saved as JSON (Export as JSON) with its code and results"));
    m_recentFiles->setTitle(tr("Open &Recent"));
    m_recentComparisons->setTitle(tr("Recent Co&mparisons"));
    save->setText(tr("&Save"));
    saveAs->setText(tr("Save &As…"));
    quit->setText(tr("&Quit"));
    undo->setText(tr("&Undo"));
    redo->setText(tr("&Redo"));
    cut->setText(tr("Cu&t"));
    copy->setText(tr("&Copy"));
    paste->setText(tr("&Paste"));
    selectAll->setText(tr("Select &All"));
    find->setText(tr("&Find…"));
    find->setToolTip(tr("Find in the focused editor (Ctrl+F)"));
    replace->setText(tr("R&eplace…"));
    replace->setToolTip(tr("Find and replace in the focused editor (Ctrl+R)"));
    findNext->setText(tr("Find &Next"));
    findPrevious->setText(tr("Find Pre&vious"));
    recheckToolchains->setText(tr("Check &toolchains again"));
    editorA->setText(tr("Editor &A"));
    editorB->setText(tr("Editor &B"));
    for (size_t tab = 0; tab < tabs.size(); ++tab)
        tabs[tab]->setText(ResultsPage::title(ResultsPage::Tab(tab)));
    documentation->setText(tr("faster.codes &Documentation"));
    documentation->setToolTip(tr("Open the user guide in the web browser (F1)"));
    about->setText(tr("&About faster.codes"));
    aboutQt->setText(tr("About &Qt"));

    m_runBar->setWindowTitle(tr("Run"));
    m_toolsBar->setWindowTitle(tr("Tools"));
    m_examples->setTitle(tr("E&xamples"));
    m_export->setTitle(tr("E&xport"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export the comparison as JSON, CSV or Markdown"));
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_run->setTitle(tr("&Run"));
    m_view->setTitle(tr("&View"));
    m_theme->setTitle(tr("&Theme"));
    const QString themes[] = {tr("Follow the &system"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < 3; ++i)
        m_themes->actions().at(i)->setText(themes[i]);
    m_help->setTitle(tr("&Help"));
}

} // namespace fc::ui
