#include "examples/example.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc::ui {

namespace {

// A plain string, or {"en": ..., "de": ..., "fr": ...}.
QString localized(const QJsonValue &value, const QString &language)
{
    if (value.isString())
        return value.toString();
    const QJsonObject texts = value.toObject();
    const QString text = texts.value(language).toString();
    return text.isEmpty() ? texts.value(QStringLiteral("en")).toString() : text;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QList<Example> loadExamples(const QString &language, const QString &directory)
{
    QFile index(directory + QStringLiteral("/index.json"));
    if (!index.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray entries = QJsonDocument::fromJson(index.readAll())
                                   .object()
                                   .value(QStringLiteral("examples"))
                                   .toArray();
    QList<Example> examples;
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        Example e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.title = localized(o.value(QStringLiteral("title")), language);
        e.description = localized(o.value(QStringLiteral("description")), language);
        e.category = localized(o.value(QStringLiteral("category")), language);
        bool ok = !e.id.isEmpty() && !e.title.isEmpty();
        for (int side = 0; side < 2 && ok; ++side) {
            const QJsonObject s =
                o.value(side == 0 ? QStringLiteral("a") : QStringLiteral("b")).toObject();
            ExampleSide &out = e.sides[size_t(side)];
            out.language = s.value(QStringLiteral("language")).toString();
            out.code =
                readText(directory + QLatin1Char('/') + s.value(QStringLiteral("file")).toString());
            out.flags = s.value(QStringLiteral("flags")).toString();
            out.arguments = s.value(QStringLiteral("args")).toString();
            out.standardInput = s.value(QStringLiteral("stdin")).toString();
            ok = !out.language.isEmpty() && !out.code.isEmpty();
        }
        if (ok)
            examples << e;
    }
    return examples;
}

} // namespace fc::ui
