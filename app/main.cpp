#include "commandline.h"
#include "desktop/desktopintegration.h"
#include "display.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/uilanguage.h"
#include "startupprobe.h"
#include "theme/thememanager.h"
#include "version.h"

#include <QApplication>
#include <QTextStream>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("faster.codes"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("faster.codes"));
    QCoreApplication::setApplicationName(QStringLiteral("fastercodes"));
    QCoreApplication::setApplicationVersion(fc::version());
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 mainEntered = fc::app::monotonicMs();
    const QStringList arguments = argumentsOf(argc, argv);
    if (fc::app::isCommandLineInvocation(arguments)) {
        // No QApplication: the command line must work without a display.
        QCoreApplication app(argc, argv);
        setIdentity();
        // Messages in the user's language; words scripts look for (such as "queued:") are not
        // translated.
        fc::ui::installTranslations(fc::ui::appsettings::language());
        return fc::app::runCommandLine(arguments);
    }

    QString reason;
    if (!fc::app::guiCanStart(&reason)) {
        QTextStream(stderr) << reason << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("codes.faster.fastercodes"));
    fc::ui::installTranslations(fc::ui::appsettings::language());
    fc::ui::applyTheme(fc::ui::appsettings::theme());

    // Links (`fastercodes <link>`, the fastercodes:// handler) go to a running instance if any.
    fc::ui::DesktopIntegration desktop(QCoreApplication::arguments());
    if (desktop.handedOff())
        return 0;
    fc::ui::MainWindow window;
    desktop.attach(&window);
    window.show();
    fc::app::installStartupProbe(&window, mainEntered);
    return QApplication::exec();
}
