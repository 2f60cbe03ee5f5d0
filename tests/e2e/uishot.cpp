// Screenshots of the real window for docs/ and for reviewing the look:
//   uishot --out shot.png [--example ID] [--runs N] [--adaptive] [--theme light|dark]
//          [--tab N] [--live K] [--size 1280x800] [--language de] [--settings general|runs|sync]
// Runs a real comparison when --runs or --adaptive is given; --live K grabs while running,
// after K measured runs; --settings grabs the Settings dialog on that tab instead of the window
// (QT_SCALE_FACTOR=2 for 200 %). Settings live in a private folder, so nothing of the user's
// changes.

#include "languages/languagecatalog.h"
#include "mainwindow.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "theme/thememanager.h"
#include "windowparts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QPixmap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("faster.codes"));
    QCoreApplication::setApplicationName(QStringLiteral("fastercodes-uishot"));

    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("out"), QStringLiteral("PNG file"), QStringLiteral("file")},
         {QStringLiteral("example"), QStringLiteral("example id"), QStringLiteral("id")},
         {QStringLiteral("runs"), QStringLiteral("fixed runs"), QStringLiteral("n")},
         {QStringLiteral("adaptive"), QStringLiteral("adaptive plan")},
         {QStringLiteral("theme"), QStringLiteral("light or dark"), QStringLiteral("theme")},
         {QStringLiteral("tab"), QStringLiteral("tab index"), QStringLiteral("n")},
         {QStringLiteral("live"), QStringLiteral("grab after K runs"), QStringLiteral("k")},
         {QStringLiteral("size"), QStringLiteral("window size"), QStringLiteral("WxH"),
          QStringLiteral("1280x800")},
         {QStringLiteral("language"), QStringLiteral("ui language"), QStringLiteral("code")},
         {QStringLiteral("settings"), QStringLiteral("grab the Settings dialog on this tab"),
          QStringLiteral("general|runs|sync")}});
    parser.process(app);

    const QString language = parser.value(QStringLiteral("language"));
    QTranslator translator;
    QLocale::setDefault(language.isEmpty() ? QLocale(QLocale::English) : QLocale(language));
    if (translator.load(QStringLiteral(":/i18n/fastercodes_%1.qm")
                            .arg(language.isEmpty() ? QStringLiteral("en") : language)))
        QCoreApplication::installTranslator(&translator);
    if (parser.value(QStringLiteral("theme")) == QLatin1String("dark"))
        fc::ui::appsettings::setTheme(fc::ui::ThemeChoice::Dark);
    else if (parser.value(QStringLiteral("theme")) == QLatin1String("light"))
        fc::ui::appsettings::setTheme(fc::ui::ThemeChoice::Light);
    fc::ui::applyTheme(fc::ui::appsettings::theme());

    fc::ui::MainWindow window;
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.move(0, 0);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    uitest::catalog(window)->waitForDetection(120000);
    if (parser.isSet(QStringLiteral("example")) &&
        !window.loadExample(parser.value(QStringLiteral("example"))))
        return 3;

    if (parser.isSet(QStringLiteral("runs")) || parser.isSet(QStringLiteral("adaptive"))) {
        fc::RunPlan plan = uitest::planBar(window)->plan();
        plan.mode = parser.isSet(QStringLiteral("adaptive")) ? fc::RunPlan::Mode::Adaptive
                                                             : fc::RunPlan::Mode::Fixed;
        if (parser.isSet(QStringLiteral("runs")))
            plan.runs = parser.value(QStringLiteral("runs")).toInt();
        uitest::planBar(window)->setPlan(plan);
        QSignalSpy shown(&window, &fc::ui::MainWindow::resultsShown);
        QSignalSpy measured(window.runner(), &fc::ComparisonRunner::runMeasured);
        window.run();
        if (parser.isSet(QStringLiteral("live"))) {
            const int k = parser.value(QStringLiteral("live")).toInt();
            QElapsedTimer clock;
            clock.start();
            while (measured.count() < k && shown.count() == 0 && clock.elapsed() < 300000)
                QTest::qWait(20);
            QTest::qWait(150);
        } else if (!shown.wait(600000)) {
            return 4;
        }
    }
    if (parser.isSet(QStringLiteral("tab")))
        uitest::tabs(window)->setCurrentIndex(parser.value(QStringLiteral("tab")).toInt());
    QTest::qWait(300);
    QPixmap shot;
    if (parser.isSet(QStringLiteral("settings"))) {
        const QStringList pages{QStringLiteral("general"), QStringLiteral("runs"),
                                QStringLiteral("sync")};
        const int page = pages.indexOf(parser.value(QStringLiteral("settings")));
        if (page < 0)
            return 6;
        window.showSettings(page);
        fc::ui::SettingsDialog *dialog = uitest::settingsDialog(window);
        if (!QTest::qWaitForWindowExposed(dialog))
            return 2;
        QTest::qWait(300);
        shot = dialog->grab();
        dialog->reject();
    } else {
        shot = window.grab();
    }
    if (!shot.save(parser.value(QStringLiteral("out"))))
        return 5;
    if (window.isRunning())
        window.stop();
    QTest::qWait(200);
    return 0;
}
