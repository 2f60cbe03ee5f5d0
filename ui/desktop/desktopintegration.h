#pragma once

#include "history/historycontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace fc::ui {

class MainWindow;
class SingleInstance;

/// What main() needs for links and the history, in three calls:
///
///     fc::ui::DesktopIntegration desktop(arguments);   // after QApplication, before the window
///     if (desktop.handedOff())
///         return 0;                                     // a running instance took our links
///     fc::ui::MainWindow window;
///     desktop.attach(&window);                          // history, sharing, links, single
///     instance
///
/// Links come from the command line (`fastercodes <link>`), from later starts of the app
/// (QLocalServer), from the desktop's fastercodes:// handler (a command-line argument on Linux
/// and Windows, a QFileOpenEvent on macOS) and from drops onto the window.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    explicit DesktopIntegration(const QStringList &arguments, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    /// The links among the arguments (everything after the program that is not an option).
    const QStringList &links() const { return m_links; }
    /// True when another instance runs and took the links: this process should exit.
    bool handedOff() const { return m_handedOff; }
    /// Adds history and sync to the window, listens for later instances and opens the links.
    void attach(MainWindow *window);
    HistoryController *controller() const { return m_controller; }

    /// Windows: registers fastercodes:// for this user, pointing at this executable, unless it
    /// already points there (so: at the first start, and after the executable moved). Writes
    /// urlSchemeRegistryValues() under HKEY_CURRENT_USER\Software\Classes\fastercodes; no
    /// administrator rights needed, and no installer is involved. Elsewhere it does nothing
    /// (Linux: the .desktop file's MimeType; macOS: the bundle's CFBundleURLTypes).
    static void registerUrlScheme();
    /// The values registerUrlScheme() writes, as (path below the fastercodes key, value) with
    /// QSettings' names: "Default" is a key's default value, "a/b" the subkey a\b.
    static QList<std::pair<QString, QString>> urlSchemeRegistryValues(const QString &exe);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList m_links;
    bool m_handedOff = false;
    SingleInstance *m_instance;
    MainWindow *m_window = nullptr;
    QPointer<HistoryController> m_controller;
};

} // namespace fc::ui
