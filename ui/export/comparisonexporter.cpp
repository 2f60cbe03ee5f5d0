#include "export/comparisonexporter.h"

#include "model/analysis.h"

#if __has_include("export/csvexport.h")
#include "export/csvexport.h"
#define FC_HAVE_CSV_EXPORT 1
#endif
#if __has_include("export/markdownexport.h")
#include "export/markdownexport.h"
#define FC_HAVE_MARKDOWN_EXPORT 1
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace fc::ui {

DataFormat dataFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return DataFormat::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return DataFormat::Markdown;
    return DataFormat::Json;
}

bool canExport(DataFormat format)
{
    switch (format) {
    case DataFormat::Json:
        return true;
    case DataFormat::Csv:
#ifdef FC_HAVE_CSV_EXPORT
        return true;
#else
        return false;
#endif
    case DataFormat::Markdown:
#ifdef FC_HAVE_MARKDOWN_EXPORT
        return true;
#else
        return false;
#endif
    }
    return false;
}

QByteArray comparisonBytes(const Comparison &comparison, const Analysis &analysis,
                           DataFormat format)
{
    switch (format) {
    case DataFormat::Json:
        return QJsonDocument(comparisonDocument(comparison, analysis))
            .toJson(QJsonDocument::Indented);
    case DataFormat::Csv:
#ifdef FC_HAVE_CSV_EXPORT
        return comparisonToCsv(comparison).toUtf8();
#else
        break;
#endif
    case DataFormat::Markdown:
#ifdef FC_HAVE_MARKDOWN_EXPORT
        return comparisonToMarkdown(comparison, analysis).toUtf8();
#else
        break;
#endif
    }
    Q_UNUSED(comparison);
    Q_UNUSED(analysis);
    return {};
}

bool exportComparison(const Comparison &comparison, const Analysis &analysis, const QString &path,
                      DataFormat format, QString *error)
{
    if (!canExport(format)) {
        if (error)
            *error = QCoreApplication::translate("ComparisonExporter",
                                                 "This build cannot write that format.");
        return false;
    }
    const QByteArray bytes = comparisonBytes(comparison, analysis, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ComparisonExporter", "Could not write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fc::ui
