#include "window/recentlist.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace fc::ui {

RecentList::RecentList(const QString &settingsKey, QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_key(settingsKey)
    , m_menu(menu)
{
    connect(m_menu, &QMenu::aboutToShow, this, &RecentList::fill);
    fill(); // so that the menu is not empty (and disabled) before it was first opened
}

QStringList RecentList::paths() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentList::store(const QStringList &paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, paths);
    fill();
}

void RecentList::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kCapacity));
}

void RecentList::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    store(list);
}

void RecentList::clear()
{
    store({});
}

void RecentList::choose(const QString &path)
{
    if (QFileInfo(path).isFile()) {
        add(path); // used again: first
        emit chosen(path);
        return;
    }
    remove(path);
    emit missing(path);
}

void RecentList::fill()
{
    m_menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        const QFileInfo info(path);
        // "&1 main.c — ~/src/bench": the name first, the folder to tell equal names apart.
        QString folder = QDir::toNativeSeparators(info.absolutePath());
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (folder.startsWith(home))
            folder = QLatin1Char('~') + folder.mid(home.size());
        const QString number =
            i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QStringLiteral("%1 ").arg(i + 1);
        QAction *entry =
            m_menu->addAction(number + info.fileName() + QStringLiteral(" — ") + folder);
        entry->setToolTip(QDir::toNativeSeparators(path));
        entry->setData(path);
        connect(entry, &QAction::triggered, this, [this, path] { choose(path); });
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        QAction *clearAction = m_menu->addAction(tr("&Clear List"), this, &RecentList::clear);
        clearAction->setObjectName(m_menu->objectName() + QStringLiteral("Clear"));
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace fc::ui
