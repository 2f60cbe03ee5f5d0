#include "window/windowlayout.h"

#include "window/editorspage.h"
#include "window/resultspage.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace fc::ui {

WindowLayout::WindowLayout(QMainWindow *window, EditorsPage *editors, ResultsPage *results)
    : m_window(window)
    , m_editors(editors)
    , m_results(results)
    , m_vertical(new QSplitter(Qt::Vertical))
    , m_banners(new QVBoxLayout)
{
    m_vertical->setObjectName(QStringLiteral("verticalSplitter"));
    m_vertical->addWidget(editors);
    m_vertical->addWidget(results);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banners->setSpacing(0);
    layout->addLayout(m_banners);
    layout->addWidget(m_vertical, 1);
    window->setCentralWidget(central);
}

void WindowLayout::addBanner(QWidget *banner)
{
    m_banners->addWidget(banner);
}

void WindowLayout::restore()
{
    QSettings settings;
    if (!m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        m_window->resize(1280, 800);
    m_window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_editors->restoreState(settings.value(QStringLiteral("window/sides")).toByteArray());
    const int height = m_window->height();
    if (!m_vertical->restoreState(settings.value(QStringLiteral("window/vertical")).toByteArray()))
        m_vertical->setSizes(
            {height * 9 / 20, height * 11 / 20}); // results need a little more room
    m_results->showTab(ResultsPage::Tab(settings.value(QStringLiteral("window/tab"), 0).toInt()));
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window->saveState());
    settings.setValue(QStringLiteral("window/sides"), m_editors->saveState());
    settings.setValue(QStringLiteral("window/vertical"), m_vertical->saveState());
    settings.setValue(QStringLiteral("window/tab"), int(m_results->currentTab()));
}

} // namespace fc::ui
