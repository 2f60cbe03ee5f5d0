#include "desktop/desktopintegration.h"

#include "desktop/singleinstance.h"
#include "history/historycontroller.h"
#include "history/historystore.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileOpenEvent>
#include <QSettings>
#include <QTimer>

namespace fc::ui {

DesktopIntegration::DesktopIntegration(const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_instance(new SingleInstance(QString(), this))
{
    for (const QString &argument : arguments.mid(1)) {
        if (!argument.startsWith(QLatin1Char('-')))
            m_links << argument;
    }
    m_handedOff = m_instance->handOff(m_links);
}

DesktopIntegration::~DesktopIntegration()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void DesktopIntegration::attach(MainWindow *window)
{
    m_window = window;
    m_controller = new HistoryController(window, HistoryStore::defaultStore(), window);
    m_instance->listen();
    connect(m_instance, &SingleInstance::activationRequested, window, [window] {
        window->show();
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->raise();
        window->activateWindow();
    });
    connect(m_instance, &SingleInstance::linkReceived, m_controller, &HistoryController::openLink);
    QCoreApplication::instance()->installEventFilter(this);
    registerUrlScheme();
    // Once the window is up: errors then have a window to appear over.
    QTimer::singleShot(0, m_controller, [this] {
        for (const QString &link : std::as_const(m_links))
            m_controller->openLink(link);
    });
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && m_controller) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme().compare(QLatin1String("fastercodes"), Qt::CaseInsensitive) == 0) {
            m_controller->openLink(url.toString());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

QList<std::pair<QString, QString>> DesktopIntegration::urlSchemeRegistryValues(const QString &exe)
{
    const QString native = QDir::toNativeSeparators(exe);
    return {
        {QStringLiteral("Default"), QStringLiteral("URL:faster.codes comparison")},
        {QStringLiteral("URL Protocol"), QString()},
        {QStringLiteral("DefaultIcon/Default"), QStringLiteral("\"%1\",0").arg(native)},
        // Written last: it is what tells a registration that is complete and current.
        {QStringLiteral("shell/open/command/Default"),
         QStringLiteral("\"%1\" \"%2\"").arg(native, QStringLiteral("%1"))},
    };
}

void DesktopIntegration::registerUrlScheme()
{
#ifdef Q_OS_WIN
    const auto values = urlSchemeRegistryValues(QCoreApplication::applicationFilePath());
    QSettings classes(QStringLiteral("HKEY_CURRENT_USER\\Software\\Classes\\fastercodes"),
                      QSettings::NativeFormat);
    const auto &[commandKey, command] = values.last();
    if (classes.value(commandKey).toString() == command)
        return;
    for (const auto &[key, value] : values)
        classes.setValue(key, value);
#endif
}

} // namespace fc::ui
