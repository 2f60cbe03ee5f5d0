#pragma once

#include "cloud/syncservice.h"
#include "history/sharedialog.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QDockWidget;
class QMenu;

namespace fc {
class HistoryStore;
}

namespace fc::ui {

class HistoryView;
class LiveShareController;
class MainWindow;

/// Brings history, sharing and permalinks into the main window without the window knowing:
/// saves every finished comparison, adds the History dock and menu, File → Open Permalink and
/// Share, accepts links dropped onto the window, opens links handed over by later instances,
/// and retries queued uploads in the background.
class HistoryController : public QObject
{
    Q_OBJECT
public:
    explicit HistoryController(MainWindow *window, fc::HistoryStore &store,
                               QObject *parent = nullptr);
    ~HistoryController() override;

    HistoryView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }
    fc::SyncService *sync() const { return m_sync; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *openPermalinkAction() const { return m_openPermalink; }
    QAction *shareAction() const { return m_share; }
    QAction *syncSettingsAction() const { return m_syncSettings; }
    ShareDialog *shareDialog() const { return m_shareDialog; }
    /// Run → Share Live.
    LiveShareController *liveShare() const { return m_liveShare; }
    /// The history entry of the comparison the window shows, 0 if none.
    qint64 currentEntry() const { return m_current; }

public slots:
    /// Downloads a permalink (any accepted form) and shows it read-only; the download is saved.
    void openLink(const QString &link);
    void showOpenPermalinkDialog();
    /// Shares what the window shows.
    void shareCurrent();
    void share(qint64 id);
    void openEntry(qint64 id);
    void rerunEntry(qint64 id);
    void duplicateEntry(qint64 id);
    void deleteFromServer(qint64 id);
    /// The Settings dialog on its Sync tab.
    void showSyncSettings();

signals:
    void saved(qint64 id);
    /// A link was opened: the window shows it, entry `id` holds it.
    void linkOpened(qint64 id);
    void linkFailed(const QString &link, const QString &message);
    void shareFinished(qint64 id, const fc::Delivery &delivery);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addToWindow();
    void retranslate();
    /// Runs `then` at once, or after the upload preview when it is still shown before a share
    /// (and not if the user cancels it).
    void afterPreview(qint64 id, const std::function<void()> &then);
    void upload(qint64 id);
    void onComparisonFinished(const fc::Comparison &comparison);
    void tell(const QString &title, const QString &message);

    MainWindow *m_window;
    fc::HistoryStore &m_store;
    fc::SyncService *m_sync;
    HistoryView *m_view = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_openPermalink = nullptr;
    QAction *m_share = nullptr;
    QAction *m_syncSettings = nullptr;
    QPointer<ShareDialog> m_shareDialog;
    LiveShareController *m_liveShare = nullptr;
    qint64 m_current = 0;
};

} // namespace fc::ui
