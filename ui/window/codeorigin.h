#pragma once

#include "model/comparison.h"

namespace fc::ui {

/// Where the code in the editors came from, kept with the code (session, duplicates) so that
/// someone else's code is never run unasked, also after a restart or as an editable copy.
struct CodeOrigin
{
    fc::Comparison::SourceKind kind = fc::Comparison::SourceKind::Local;
    QString url;           ///< the link or file it came from; empty for the user's own code
    bool confirmed = true; ///< the user agreed to run it on this machine

    /// Someone else's code that the user has not agreed to run here.
    bool needsConsent() const { return kind != fc::Comparison::SourceKind::Local && !confirmed; }
    /// Code written elsewhere, agreed to or not: it runs in the sandbox when there is one.
    bool isForeign() const { return kind != fc::Comparison::SourceKind::Local || !url.isEmpty(); }

    /// The origin of a comparison's code: a local one was run here (after consent, when it
    /// keeps the link its code came from); anything else is not agreed to yet.
    static CodeOrigin of(const fc::Comparison &c)
    {
        return {c.sourceKind, c.sourceUrl, c.sourceKind == fc::Comparison::SourceKind::Local};
    }
    bool operator==(const CodeOrigin &) const = default;
};

} // namespace fc::ui
