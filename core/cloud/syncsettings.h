#pragma once

#include "cloud/permalink.h"

#include <QStringList>
#include <QUrl>

namespace fc {

/// The sync settings, persisted with QSettings (group "sync"). Every getter has a default, so a
/// missing or damaged store gives a working app.
namespace syncsettings {

/// The local backend of `toolchains/dev backend`, the documented default for development.
inline constexpr auto kDevelopmentBackend = "http://127.0.0.1:8787";

/// The backend to share to and to look bare ids up on: $FASTERCODES_BACKEND if set, else the
/// setting, else kDevelopmentBackend.
QUrl backendUrl();
void setBackendUrl(const QUrl &url);
/// Whether the setting (not the environment) names a backend.
bool hasStoredBackendUrl();

/// "Upload every finished comparison"; off by default.
bool uploadAutomatically();
void setUploadAutomatically(bool on);

/// Whether the user saw what an upload holds and asked not to be shown it again (the preview
/// before the first share); off by default.
bool uploadPreviewDismissed();
void setUploadPreviewDismissed(bool dismissed);

/// Sites whose links belong to the original faster.codes service.
QStringList originalSites();
void setOriginalSites(const QStringList &sites);

/// Where links of the original service are downloaded from (default https://api.faster.codes).
QUrl originalApi();
void setOriginalApi(const QUrl &url);

/// Plain-http backends on another machine the user agreed to send tokens to (asked in the
/// settings); https and loopback backends need no agreement.
bool cleartextAllowed(const QUrl &site);
void setCleartextAllowed(const QUrl &site, bool allowed);

/// All of the above, ready for parsePermalink().
PermalinkContext permalinkContext();

} // namespace syncsettings

} // namespace fc
