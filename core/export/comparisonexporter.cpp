#include "export/comparisonexporter.h"

#include "export/atomicwrite.h"
#include "export/csvexport.h"
#include "export/markdownexport.h"
#include "model/analysis.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace fc {

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
    case DataFormat::Csv:
    case DataFormat::Markdown:
        return true;
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
        return comparisonToCsv(comparison).toUtf8();
    case DataFormat::Markdown:
        return comparisonToMarkdown(comparison, analysis).toUtf8();
    }
    return {};
}

bool exportComparison(const Comparison &comparison, const Analysis &analysis, const QString &path,
                      DataFormat format, QString *error)
{
    if (!canExport(format)) {
        if (error)
            *error = QCoreApplication::translate("ComparisonExporter", "Unknown export format.");
        return false;
    }
    return writeAtomically(path, comparisonBytes(comparison, analysis, format), error);
}

} // namespace fc
