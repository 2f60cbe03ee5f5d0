#include "settings/uilanguage.h"

#include "installdata.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace fc::ui {

namespace {

// The translators of the last call: removed when the language changes again.
QPointer<QTranslator> g_app;
QPointer<QTranslator> g_qt;

void replace(QPointer<QTranslator> &slot, QTranslator *translator, bool loaded)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (loaded)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QLocale installTranslations(const QString &override)
{
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    QLocale::setDefault(locale);

    auto *app = new QTranslator(QCoreApplication::instance());
    // An installed app reads the .qm files its package installed (share/fastercodes/translations);
    // the build tree the ones compiled in. English has a file too, for its plural forms; it is
    // also the fallback for languages without a translation.
    const QString installed = fc::installedDataDirectory(QStringLiteral("translations"));
    bool loaded = false;
    for (const QString &dir : {installed, QStringLiteral(":/i18n")}) {
        if (dir.isEmpty())
            continue;
        loaded = app->load(locale, QStringLiteral("fastercodes"), QStringLiteral("_"), dir) ||
                 app->load(QStringLiteral("fastercodes_en"), dir);
        if (loaded)
            break;
    }
    replace(g_app, app, loaded);

    // Qt's own strings (standard buttons, file dialogs) where the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    replace(g_qt, qt,
            qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return locale;
}

} // namespace fc::ui
