#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace fc::ui {

/// One side of an example pair.
struct ExampleSide
{
    QString language; ///< language id, e.g. "java"
    QString code;
    QString flags; ///< empty = the language's defaults
    QString arguments;
    QString standardInput;
};

/// A classic pair from the gallery (resources/examples), e.g. "Java: for loop vs parallel stream".
struct Example
{
    QString id;
    QString title;       ///< in the UI language where the file has it
    QString description; ///< what the pair shows and what to expect
    QString category;
    std::array<ExampleSide, 2> sides;
};

/// Loads the gallery from `directory` (":/examples" by default): index.json lists the pairs,
/// each side's code is a file next to it. `language` picks translated titles ("de", "fr";
/// English otherwise). Broken entries are skipped, never fatal.
QList<Example> loadExamples(const QString &language,
                            const QString &directory = QStringLiteral(":/examples"));

} // namespace fc::ui
