#pragma once

#include <QString>

namespace fc {

/// What the history list shows: newest first, filtered.
struct HistoryQuery
{
    /// Words matched, case-insensitively for ASCII, against title, code, languages, verdict and
    /// source link; every word must match somewhere.
    QString text;
    /// A language id (e.g. "java") on either side; empty = any.
    QString language;
    bool starredOnly = false;
    int limit = 0; ///< 0 = all
    int offset = 0;
};

} // namespace fc
