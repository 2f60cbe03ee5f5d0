#include "mainwindow.h"

#include "sidepane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace fc::ui {

namespace {

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QLabel *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_paneA(new SidePane(0))
    , m_paneB(new SidePane(1))
    , m_sides(new QSplitter(Qt::Horizontal))
    , m_vertical(new QSplitter(Qt::Vertical))
    , m_verdict(new QLabel)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("faster.codes"));
    m_sides->addWidget(m_paneA);
    m_sides->addWidget(m_paneB);
    m_sides->setChildrenCollapsible(false);

    m_verdict->setObjectName(QStringLiteral("verdictBanner"));
    m_verdict->setText(tr("Press Ctrl+Enter to compare"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setContentsMargins(12, 8, 12, 8);

    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(placeholder(tr("Live charts appear here while a comparison runs."), m_tabs), tr("Live"));
    m_tabs->addTab(placeholder(tr("No results yet. Press Ctrl+Enter to compare."), m_tabs), tr("Results"));
    m_tabs->addTab(placeholder(tr("No charts yet."), m_tabs), tr("Charts"));
    m_tabs->addTab(placeholder(tr("No output yet."), m_tabs), tr("Output A"));
    m_tabs->addTab(placeholder(tr("No output yet."), m_tabs), tr("Output B"));
    m_tabs->addTab(placeholder(tr("The environment is recorded with every run."), m_tabs), tr("Environment"));

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(0);
    resultsLayout->addWidget(m_verdict);
    resultsLayout->addWidget(m_tabs, 1);

    m_vertical->addWidget(m_sides);
    m_vertical->addWidget(results);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    setCentralWidget(m_vertical);

    createActions();
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_run = new QAction(themedIcon(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay), tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("actionRun"));
    m_run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_run->setToolTip(tr("Compile both sides and compare them (Ctrl+Enter)"));
    m_stop = new QAction(themedIcon(QStringLiteral("media-playback-stop"), QStyle::SP_MediaStop), tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("actionStop"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setToolTip(tr("Stop the running comparison (Esc)"));
    m_stop->setEnabled(false);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_run);
    toolbar->addAction(m_stop);

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quit);
    auto *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_run);
    run->addAction(m_stop);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_sides->restoreState(settings.value(QStringLiteral("window/sides")).toByteArray());
    m_vertical->restoreState(settings.value(QStringLiteral("window/vertical")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/sides"), m_sides->saveState());
    settings.setValue(QStringLiteral("window/vertical"), m_vertical->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace fc::ui
