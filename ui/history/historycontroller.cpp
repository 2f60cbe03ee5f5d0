#include "history/historycontroller.h"

#include "cloud/permalink.h"
#include "cloud/shareddocument.h"
#include "cloud/syncsettings.h"
#include "controltext.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "history/livesharecontroller.h"
#include "history/openpermalinkdialog.h"
#include "history/sharedialog.h"
#include "history/uploadpreviewdialog.h"
#include "history/uploadqueue.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"
#include "window/filecommands.h"

#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <qcoro/qcorotask.h>

namespace fc::ui {

namespace {

const QString kDockVisible = QStringLiteral("history/dockVisible");

// A dropped or handed-over text that is meant as a link (a bare word is not).
std::optional<QString> linkIn(const QMimeData *mime)
{
    QString text;
    if (mime->hasUrls() && !mime->urls().isEmpty())
        text = mime->urls().first().toString();
    else if (mime->hasText())
        text = mime->text().trimmed();
    if (text.isEmpty() || text.size() > 2048 || !text.contains(QLatin1String("://")))
        return std::nullopt;
    const QString scheme = QUrl(text).scheme().toLower();
    if (scheme == QLatin1String("file"))
        return std::nullopt; // files dropped on a side pane are opened there
    if (!parsePermalink(text, syncsettings::permalinkContext(), nullptr))
        return std::nullopt;
    return text;
}

QCoro::Task<std::pair<std::optional<Comparison>, QString>> download(BackendClient *client,
                                                                    QString text)
{
    QString error;
    const auto link = parsePermalink(text, syncsettings::permalinkContext(), &error);
    if (!link)
        co_return {std::nullopt, error};
    const FetchOutcome outcome = co_await client->fetch(*link);
    co_return {outcome.comparison, outcome.problem.message};
}

} // namespace

HistoryController::HistoryController(MainWindow *window, HistoryStore &store, QObject *parent)
    : QObject(parent ? parent : window)
    , m_window(window)
    , m_store(store)
    , m_sync(new SyncService(store, this))
{
    addToWindow();
    m_liveShare = new LiveShareController(window, this);
    window->files()->setKnownHere(
        [this](const Comparison &c) { return m_store.findByContent(c) != 0; });
    connect(window, &MainWindow::comparisonFinished, this,
            &HistoryController::onComparisonFinished);
    connect(m_sync, &SyncService::delivered, this, [this](qint64, const QString &link) {
        m_window->statusBar()->showMessage(tr("Uploaded: %1").arg(link), 8000);
    });
    m_sync->startBackgroundRetries();
    if (!store.notice().isEmpty())
        QTimer::singleShot(0, this, [this] { tell(tr("History"), m_store.notice()); });
}

HistoryController::~HistoryController()
{
    qApp->removeEventFilter(this);
}

void HistoryController::addToWindow()
{
    m_view = new HistoryView(m_store);
    m_dock = new QDockWidget;
    m_dock->setObjectName(QStringLiteral("historyDock"));
    m_dock->setWidget(m_view);
    m_window->addDock(m_dock, Qt::LeftDockWidgetArea);
    m_dock->setVisible(QSettings().value(kDockVisible, false).toBool());
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!m_window->isHidden())
            QSettings().setValue(kDockVisible, visible);
    });

    m_historyAction = m_dock->toggleViewAction();
    m_historyAction->setObjectName(QStringLiteral("actionHistory"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_openPermalink = new QAction(this);
    m_openPermalink->setObjectName(QStringLiteral("actionOpenPermalink"));
    m_openPermalink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_share = new QAction(this);
    m_share->setObjectName(QStringLiteral("actionShare"));
    m_share->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_share->setEnabled(false);
    m_syncSettings = new QAction(this);
    m_syncSettings->setObjectName(QStringLiteral("actionSyncSettings"));
    connect(m_openPermalink, &QAction::triggered, this,
            &HistoryController::showOpenPermalinkDialog);
    connect(m_share, &QAction::triggered, this, &HistoryController::shareCurrent);
    connect(m_syncSettings, &QAction::triggered, this, &HistoryController::showSyncSettings);

    m_window->addAction(MainWindow::Place::FileMenu, m_openPermalink);
    m_window->addAction(MainWindow::Place::FileMenu, m_share);
    m_menu = m_window->addMenu(QString(), QStringLiteral("historyMenu"));
    m_menu->addAction(m_historyAction);
    m_menu->addAction(m_openPermalink);
    m_menu->addAction(m_share);
    m_menu->addSeparator();
    m_menu->addAction(m_syncSettings);
    retranslate();
    m_window->addAction(MainWindow::Place::ToolsToolBar, m_historyAction);
    m_window->addAction(MainWindow::Place::ToolsToolBar, m_share);

    connect(m_view, &HistoryView::openRequested, this, &HistoryController::openEntry);
    connect(m_view, &HistoryView::rerunRequested, this, &HistoryController::rerunEntry);
    connect(m_view, &HistoryView::duplicateRequested, this, &HistoryController::duplicateEntry);
    connect(m_view, &HistoryView::shareRequested, this, &HistoryController::share);
    connect(m_view, &HistoryView::deleteFromServerRequested, this,
            &HistoryController::deleteFromServer);

    // Links dropped anywhere on the window (drops on a widget that takes text would otherwise
    // paste the link as code).
    m_window->setAcceptDrops(true);
    qApp->installEventFilter(this);
}

void HistoryController::retranslate()
{
    m_dock->setWindowTitle(tr("History"));
    setTextAndTip(m_historyAction, tr("&History"), tr("Show the comparisons made so far"));
    setTextAndTip(m_openPermalink, tr("Open &Permalink…"),
                  tr("Open a shared comparison from its link"));
    setTextAndTip(m_share, tr("S&hare…"), tr("Upload this comparison and get a link to it"));
    m_syncSettings->setText(tr("&Sync Settings…"));
    m_menu->setTitle(tr("Hi&story"));
}

bool HistoryController::eventFilter(QObject *watched, QEvent *event)
{
    // The dock and the actions are the controller's own: it retranslates them with the window.
    if (event->type() == QEvent::LanguageChange && watched == m_dock)
        retranslate();
    if (event->type() != QEvent::DragEnter && event->type() != QEvent::DragMove &&
        event->type() != QEvent::Drop)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || (widget != m_window && !m_window->isAncestorOf(widget)))
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    const auto link = linkIn(drop->mimeData());
    if (!link)
        return false;
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (event->type() == QEvent::Drop)
        openLink(*link);
    return true;
}

void HistoryController::onComparisonFinished(const Comparison &comparison)
{
    QString error;
    const qint64 id = m_store.save(comparison, &error);
    if (id == 0) {
        m_window->statusBar()->showMessage(tr("Not saved to the history: %1").arg(error), 8000);
        return;
    }
    m_current = id;
    m_share->setEnabled(comparison.status != Comparison::Status::Running);
    emit saved(id);
    if (syncsettings::uploadAutomatically() && comparison.status != Comparison::Status::Running)
        afterPreview(id, [this, id] {
            QCoro::connect(m_sync->share(id, syncsettings::backendUrl()), this,
                           [](const Delivery &) {});
        });
}

void HistoryController::openLink(const QString &text)
{
    m_window->statusBar()->showMessage(tr("Opening %1…").arg(text.trimmed().left(200)));
    QCoro::connect(download(&m_sync->client(), text), this, [this, text](const auto &result) {
        const auto &[comparison, error] = result;
        if (!comparison) {
            m_window->statusBar()->clearMessage();
            tell(tr("Open Permalink"),
                 tr("%1 could not be opened: %2").arg(text.trimmed().left(200), error));
            emit linkFailed(text, error);
            return;
        }
        QString saveError;
        const qint64 id = m_store.save(*comparison, &saveError);
        m_window->showComparison(*comparison);
        m_window->statusBar()->showMessage(
            comparison->missingFields.isEmpty()
                ? tr("Opened %1").arg(comparison->sourceUrl)
                : tr("Opened %1; the source did not record: %2")
                      .arg(comparison->sourceUrl,
                           comparison->missingFields.join(QStringLiteral(", "))),
            10000);
        m_current = id;
        m_share->setEnabled(id != 0);
        if (id != 0)
            m_view->select(id);
        emit linkOpened(id);
    });
}

void HistoryController::showOpenPermalinkDialog()
{
    auto *dialog = new OpenPermalinkDialog(syncsettings::permalinkContext(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openLink(dialog->link()); });
    dialog->open();
}

void HistoryController::shareCurrent()
{
    if (m_current != 0)
        share(m_current);
}

void HistoryController::afterPreview(qint64 id, const std::function<void()> &then)
{
    if (!UploadPreviewDialog::needed()) {
        then();
        return;
    }
    QString error;
    const auto comparison = m_store.load(id, &error);
    if (!comparison) {
        tell(tr("Share"), error);
        return;
    }
    // What SyncService::share sends, byte for byte.
    auto *preview = new UploadPreviewDialog(syncsettings::backendUrl(), sharedDocument(*comparison),
                                            false, m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, then);
    preview->open();
}

void HistoryController::share(qint64 id)
{
    afterPreview(id, [this, id] { upload(id); });
}

void HistoryController::upload(qint64 id)
{
    const QUrl backend = syncsettings::backendUrl();
    if (!m_shareDialog) {
        m_shareDialog = new ShareDialog(m_window);
        m_shareDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shareDialog->showUploading(UploadQueue::backendKey(backend));
    m_shareDialog->open();
    QCoro::connect(m_sync->share(id, backend), this, [this, id](const Delivery &d) {
        if (m_shareDialog)
            m_shareDialog->showDelivery(d);
        emit shareFinished(id, d);
    });
}

void HistoryController::openEntry(qint64 id)
{
    QString error;
    const auto comparison = m_store.load(id, &error);
    if (!comparison) {
        tell(tr("History"), error);
        return;
    }
    m_window->showComparison(*comparison);
    m_current = id;
    m_share->setEnabled(comparison->status != Comparison::Status::Running);
}

void HistoryController::rerunEntry(qint64 id)
{
    const auto entry = m_store.entry(id);
    openEntry(id);
    if (!entry || m_current != id)
        return;
    // Someone else's code: the window's guarded path asks first, naming the source.
    if (entry->isDownloaded())
        m_window->runHere();
    else
        m_window->run();
}

void HistoryController::duplicateEntry(qint64 id)
{
    QString error;
    const auto comparison = m_store.load(id, &error);
    if (!comparison) {
        tell(tr("History"), error);
        return;
    }
    m_window->editCopy(*comparison);
    m_window->statusBar()->showMessage(tr("Copied into the editors: change it and run"), 6000);
}

void HistoryController::deleteFromServer(qint64 id)
{
    const auto entry = m_store.entry(id);
    if (!entry || entry->permalink.isEmpty())
        return;
    QMessageBox question(QMessageBox::Question, tr("Delete from Server"),
                         tr("Delete %1 from the server? The link will stop working for everyone. "
                            "The comparison stays in your history.")
                             .arg(entry->permalink),
                         QMessageBox::Yes | QMessageBox::Cancel, m_window);
    question.setTextFormat(Qt::PlainText); // the link is the server's text
    question.setDefaultButton(QMessageBox::Cancel);
    if (question.exec() != QMessageBox::Yes)
        return;
    QCoro::connect(m_sync->deleteFromServer(id), this, [this](const QString &problem) {
        if (problem.isEmpty())
            m_window->statusBar()->showMessage(tr("Deleted from the server"), 6000);
        else
            tell(tr("Delete from Server"), problem);
    });
}

void HistoryController::showSyncSettings()
{
    // A tab of the one Settings dialog (Ctrl+,), not a window of its own.
    m_window->showSettings(SettingsDialog::SyncPage);
}

void HistoryController::tell(const QString &title, const QString &message)
{
    // Not modal: a link handed over while the user works must not block the window.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    // Messages carry servers' and links' text: shown as it is, never as HTML.
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace fc::ui
