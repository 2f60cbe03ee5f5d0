#include "cli/command.h"
#include "cli/commands.h"
#include "toolchains/languageregistry.h"
#include "toolchains/toolchaindetector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace fc::app {

int languagesCommand(const QStringList &arguments, Console &console)
{
    Command command(QStringLiteral("languages"),
                    QCoreApplication::translate(
                        "LanguagesCommand",
                        "Lists the languages and which toolchains are installed, with versions."),
                    console);
    const QCommandLineOption json =
        command.option(QStringLiteral("json"),
                       QCoreApplication::translate("LanguagesCommand", "Print a JSON array."));
    const QCommandLineOption refresh = command.option(
        QStringLiteral("refresh"),
        QCoreApplication::translate("LanguagesCommand",
                                    "Ask every toolchain again instead of using the cache."));
    if (const auto done = command.parse(arguments))
        return *done;
    if (!command.operands().isEmpty())
        return command.usage(
            QCoreApplication::translate("LanguagesCommand", "unexpected argument '%1'")
                .arg(command.operands().first()));
    const LanguageRegistry registry = LanguageRegistry::createDefault();
    ToolchainDetector detector;
    detector.detect(registry.languages(), command.isSet(refresh)
                                              ? ToolchainDetector::CachePolicy::Refresh
                                              : ToolchainDetector::CachePolicy::UseCache);
    detector.waitForFinished();

    QTextStream &out = command.out();
    QJsonArray array;
    for (const Language &language : registry.languages()) {
        const ToolchainStatus status = detector.status(language.id);
        if (command.isSet(json)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), language.id},
                {QStringLiteral("name"), language.name},
                {QStringLiteral("installed"), status.isInstalled()},
                {QStringLiteral("version"), status.version},
                {QStringLiteral("versionText"), status.versionText},
                {QStringLiteral("extensions"), QJsonArray::fromStringList(language.extensions)},
                {QStringLiteral("package"), status.package},
                {QStringLiteral("message"), status.message}});
            continue;
        }
        const QString state = status.isInstalled() ? status.version : status.installHint();
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(language.id, -12)
                   .arg(language.name, -12)
                   .arg(status.isInstalled() ? state : QStringLiteral("– ") + state);
    }
    if (command.isSet(json))
        out << QJsonDocument(array).toJson();
    for (const auto &e : registry.errors())
        command.err() << "fastercodes: " << e.toString() << Qt::endl;
    return 0;
}

} // namespace fc::app
