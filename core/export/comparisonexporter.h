#pragma once

#include <QString>

namespace fc {

struct Analysis;
struct Comparison;

/// The formats a comparison is exported in, by the window's Export and the command line's
/// --json/--csv/--markdown alike.
enum class DataFormat
{
    Json,
    Csv,
    Markdown
};

/// The format a file name asks for by its suffix (.json, .csv, .md/.markdown); JSON otherwise.
DataFormat dataFormatFromPath(const QString &path);
/// Whether the format is one this build writes (a value read from settings may be anything).
bool canExport(DataFormat format);

/// The comparison as a document in `format` (JSON: the `fastercodes.comparison/1` document with
/// statistics).
QByteArray comparisonBytes(const Comparison &comparison, const Analysis &analysis,
                           DataFormat format);

/// Writes it to `path` atomically; false with `error` set on failure.
bool exportComparison(const Comparison &comparison, const Analysis &analysis, const QString &path,
                      DataFormat format, QString *error = nullptr);

} // namespace fc
