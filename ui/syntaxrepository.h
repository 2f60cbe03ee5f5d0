#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace fc::ui {

/// The one KSyntaxHighlighting repository of the process: loading definitions and themes is
/// expensive, so every editor shares it (as KSyntaxHighlighting's own example editor does).
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace fc::ui
