#pragma once

#include "theme/thememanager.h"
#include "window/resultspage.h"

#include <QObject>
#include <array>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class QToolButton;

namespace fc::ui {

/// Named places where features add their actions to the window (MainWindow::addAction).
enum class WindowPlace
{
    FileMenu,     ///< File, after Open and Save (e.g. Open Permalink, Share)
    EditMenu,     ///< Edit, before Settings
    RunMenu,      ///< Run, at the end
    ViewMenu,     ///< View, at the end
    HelpMenu,     ///< Help, after Documentation, before About
    RunToolBar,   ///< the toolbar's first row, after the run plan
    ToolsToolBar, ///< the toolbar's second row, before Examples
};

/// The window's actions, menus and toolbars: what they are called, their shortcuts and where
/// they sit. What they do is the window's business (it connects their triggered() signals).
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    /// Builds the menu bar and the two toolbar rows of `window`; the run plan and the progress
    /// indicator go into the toolbars.
    WindowMenus(QMainWindow *window, QWidget *planBar, QWidget *progress);

    void addAction(WindowPlace place, QAction *action);
    /// A menu of its own in the menu bar, before Help.
    QMenu *addMenu(const QString &title, const QString &objectName);
    /// The Examples menu lists these (id, title); choosing one emits exampleChosen().
    void setExamples(const QList<std::pair<QString, QString>> &examples);
    void setTheme(ThemeChoice choice);
    /// Sets every text again in the current UI language.
    void retranslate();
    QMenu *editMenu() const { return m_edit; }
    /// File ▸ Open Recent and File ▸ Recent Comparisons (FileCommands fills them).
    QMenu *recentFilesMenu() const { return m_recentFiles; }
    QMenu *recentComparisonsMenu() const { return m_recentComparisons; }

    QAction *run;
    QAction *stop;
    QAction *settings;
    QAction *examples;
    QAction *openA;
    QAction *openB;
    QAction *openComparison;
    QAction *save;
    QAction *saveAs;
    QAction *quit;
    QAction *undo;
    QAction *redo;
    QAction *cut;
    QAction *copy;
    QAction *paste;
    QAction *selectAll;
    QAction *find;
    QAction *replace;
    QAction *findNext;
    QAction *findPrevious;
    QAction *recheckToolchains;
    QAction *editorA;
    QAction *editorB;
    QAction *documentation;
    QAction *about;
    QAction *aboutQt;
    std::array<QAction *, 3> exportData{};
    std::array<QAction *, ResultsPage::TabCount> tabs{};

signals:
    void exampleChosen(const QString &id);
    void themeChosen(fc::ui::ThemeChoice choice);

private:
    QAction *make(const char *objectName, const QString &themeIcon = {},
                  const QString &fallbackIcon = {});
    void createMenus();
    void createToolBars(QWidget *planBar, QWidget *progress);

    QMainWindow *m_window;
    QMenu *m_file = nullptr;
    QMenu *m_recentFiles = nullptr;
    QMenu *m_recentComparisons = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_run = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_theme = nullptr;
    QMenu *m_examples = nullptr;
    QMenu *m_export = nullptr;
    QMenu *m_help = nullptr;
    QToolBar *m_runBar = nullptr;
    QToolBar *m_toolsBar = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_fileSection = nullptr;  // extensions go before this separator
    QAction *m_helpSection = nullptr;  // in Help too
    QAction *m_toolsSection = nullptr; // and these before this one, shown once there are any
    QActionGroup *m_themes = nullptr;
};

} // namespace fc::ui
