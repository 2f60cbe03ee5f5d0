#pragma once

// The parts of a MainWindow the suites look at, found by their objectNames (the window hands
// out no child widgets). A missing part fails loudly: a renamed objectName is a broken test.

#include "charts/chartsview.h"
#include "languages/languagecatalog.h"
#include "live/livecharts.h"
#include "mainwindow.h"
#include "output/outputview.h"
#include "results/environmentview.h"
#include "results/resultsview.h"
#include "results/verdictbanner.h"
#include "run/runplanbar.h"
#include "settings/sessionstore.h"
#include "settings/settingsdialog.h"
#include "sidepane.h"
#include "window/resultspage.h"

#include <QAction>
#include <QMessageBox>
#include <QTabWidget>

namespace uitest {

template<typename T> T *part(const QObject &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("the window has no %s named \"%s\"", T::staticMetaObject.className(), name);
    return found;
}

inline fc::ui::SidePane *pane(const QObject &window, int side)
{
    return part<fc::ui::SidePane>(window, side == 0 ? "sidePaneA" : "sidePaneB");
}
inline fc::ui::VerdictBanner *verdict(const QObject &window)
{
    return part<fc::ui::VerdictBanner>(window, "verdictBanner");
}
inline QTabWidget *tabs(const QObject &window)
{
    return part<QTabWidget>(window, "resultTabs");
}
inline fc::ui::RunPlanBar *planBar(const QObject &window)
{
    return part<fc::ui::RunPlanBar>(window, "runPlanBar");
}
inline fc::ui::LiveCharts *liveCharts(const QObject &window)
{
    return part<fc::ui::LiveCharts>(window, "liveCharts");
}
inline fc::ui::ResultsView *resultsView(const QObject &window)
{
    return part<fc::ui::ResultsView>(window, "resultsView");
}
inline fc::ui::ChartsView *chartsView(const QObject &window)
{
    return part<fc::ui::ChartsView>(window, "chartsView");
}
inline fc::ui::OutputView *outputView(const QObject &window, int side)
{
    return part<fc::ui::OutputView>(window, side == 0 ? "outputA" : "outputB");
}
inline fc::ui::EnvironmentView *environmentView(const QObject &window)
{
    return part<fc::ui::EnvironmentView>(window, "environmentView");
}
inline fc::ui::LanguageCatalog *catalog(const QObject &window)
{
    return part<fc::ui::LanguageCatalog>(window, "languageCatalog");
}
inline fc::ui::SessionStore *session(const QObject &window)
{
    return part<fc::ui::SessionStore>(window, "sessionStore");
}
/// An action by objectName ("actionRun", "actionStop", "actionSettings", "actionExportjson"…).
inline QAction *action(const QObject &window, const char *name)
{
    return part<QAction>(window, name);
}
/// The open Settings dialog, or null.
inline fc::ui::SettingsDialog *settingsDialog(const QObject &window)
{
    return window.findChild<fc::ui::SettingsDialog *>(QStringLiteral("settingsDialog"));
}
/// The open "Run it here?" question, or null.
inline QMessageBox *runHerePrompt(const QObject &window)
{
    return window.findChild<QMessageBox *>(QStringLiteral("runHereConfirmation"));
}

} // namespace uitest
