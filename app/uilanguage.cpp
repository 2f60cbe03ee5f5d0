#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fc::app {

QLocale installTranslations(const QString &override)
{
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    QLocale::setDefault(locale);

    auto *app = new QTranslator(QCoreApplication::instance());
    // English has a file too, for its plural forms; it is also the fallback for languages
    // without a translation.
    if (app->load(locale, QStringLiteral("fastercodes"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        app->load(QStringLiteral(":/i18n/fastercodes_en.qm")))
        QCoreApplication::installTranslator(app);

    // Qt's own strings (standard buttons, file dialogs) where the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

} // namespace fc::app
