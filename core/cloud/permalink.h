#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace fc {

/// What a link is resolved against: the configured backend (for bare ids and
/// `fastercodes://run/ID`), the original service's web sites, and its API.
struct PermalinkContext
{
    QUrl backend; ///< a site origin, e.g. http://127.0.0.1:8787
    QStringList originalSites{QStringLiteral("https://faster.codes"),
                              QStringLiteral("https://www.faster.codes")};
    QUrl originalApi{QStringLiteral("https://api.faster.codes")};
};

/// A parsed permalink: which run, where it lives, and where to download it from.
struct Permalink
{
    enum class Kind
    {
        Backend,  ///< this project's backend: GET <site>/api/runs/<id>
        Original, ///< the original faster.codes service: GET <original API>/<id>
    };
    Kind kind = Kind::Backend;
    QString runId;
    QUrl site;   ///< the site origin (and path prefix, if any) without a trailing slash
    QUrl apiUrl; ///< what to GET
    QUrl webUrl; ///< the link for people: <site>/?runId=<id>

    bool operator==(const Permalink &) const = default;
};

/// Run ids: 1 to 32 characters of 0-9 a-z (ours have 10, the original's 4 or 15).
bool isValidRunId(const QString &id);

/// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

/// True for plain http to another machine: write tokens would travel unencrypted.
bool isCleartextRemote(const QUrl &site);

/// Reads any accepted form: `<site>/?runId=ID`, `<site>/?r=ID`, `<site>/api/runs/ID`,
/// `fastercodes://HOST[:PORT]/?runId=ID` (https, or http for loopback hosts),
/// `fastercodes://run/ID`, the original API's `<api>/ID`, and a bare ID. Surrounding
/// whitespace is ignored. On failure returns nullopt and says why in `error`.
std::optional<Permalink> parsePermalink(const QString &text, const PermalinkContext &context,
                                        QString *error);

/// A backend address as given by the user (`--backend`, settings) made into a site origin:
/// http(s) only, no query, credentials or fragment, no trailing slash. Invalid: nullopt + `error`.
std::optional<QUrl> normalizedSite(const QString &text, QString *error);

/// `site` with `suffix` ("/api/runs/ID") appended to its path, without a doubled slash.
QUrl withPath(const QUrl &site, const QString &suffix);

} // namespace fc
