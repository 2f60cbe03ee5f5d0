#include "uilanguage.h"

#include "installdata.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fc::app {

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
    if (loaded)
        QCoreApplication::installTranslator(app);

    // Qt's own strings (standard buttons, file dialogs) where the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

} // namespace fc::app
