#pragma once

#include <QString>

namespace fc {
struct Analysis;
struct Comparison;
} // namespace fc

namespace fc::ui {

enum class DataFormat
{
    Json,
    Csv,
    Markdown
};

/// The format a file name asks for by its suffix (.json, .csv, .md/.markdown); JSON otherwise.
DataFormat dataFormatFromPath(const QString &path);
/// Whether this build can write the format (CSV and Markdown come from core/export).
bool canExport(DataFormat format);

/// The comparison as a document in `format`, made by the engine's exporters (JSON: the
/// `fastercodes.comparison/1` document with statistics).
QByteArray comparisonBytes(const fc::Comparison &comparison, const fc::Analysis &analysis,
                           DataFormat format);

/// Writes it to `path` atomically; false with `error` set on failure.
bool exportComparison(const fc::Comparison &comparison, const fc::Analysis &analysis,
                      const QString &path, DataFormat format, QString *error = nullptr);

} // namespace fc::ui
