#pragma once

#include <QString>

namespace fc {

/// A problem found while loading a language file, naming the file and the field.
struct LanguageError
{
    enum class Severity
    {
        Error,   ///< the file (or the override it holds) was not used
        Warning, ///< the file was used; something in it was ignored
    };

    QString file;  ///< path of the file, ":/languages/x.json" for a built-in one
    QString field; ///< e.g. "run[2]", "version.regex"; empty for the file as a whole
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    /// "java.json: run[2]: unknown placeholder {sourc}" (the full path for a user file).
    QString toString() const;
};

} // namespace fc
