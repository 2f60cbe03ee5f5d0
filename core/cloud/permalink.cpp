#include "cloud/permalink.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace fc {

namespace {

// Translation context "Permalink": why a link is not a usable permalink.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Permalink)
};

// scheme://host[:port][/prefix], without a trailing slash or a trailing index.html.
QUrl siteOf(const QUrl &url)
{
    QUrl site;
    site.setScheme(url.scheme().toLower());
    site.setHost(url.host().toLower());
    site.setPort(url.port());
    QString path = url.path();
    if (path.endsWith(QLatin1String("/index.html")))
        path.chop(int(qstrlen("index.html")));
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    site.setPath(path);
    return site;
}

Permalink backendLink(const QUrl &site, const QString &id)
{
    Permalink p;
    p.kind = Permalink::Kind::Backend;
    p.runId = id;
    p.site = site;
    p.apiUrl = withPath(site, QStringLiteral("/api/runs/") + id);
    p.webUrl = withPath(site, QStringLiteral("/"));
    p.webUrl.setQuery(QStringLiteral("runId=") + id);
    return p;
}

Permalink originalLink(const QUrl &site, const QUrl &api, const QString &id)
{
    Permalink p;
    p.kind = Permalink::Kind::Original;
    p.runId = id;
    p.site = site;
    p.apiUrl = withPath(siteOf(api), QLatin1Char('/') + id);
    p.webUrl = withPath(site, QStringLiteral("/"));
    p.webUrl.setQuery(QStringLiteral("runId=") + id);
    return p;
}

bool sameHost(const QUrl &a, const QUrl &b)
{
    return !a.host().isEmpty() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

std::optional<QUrl> originalSiteFor(const QUrl &url, const PermalinkContext &context)
{
    for (const QString &s : context.originalSites) {
        const QUrl site(s.trimmed());
        if (sameHost(site, url))
            return siteOf(site);
    }
    return std::nullopt;
}

std::optional<Permalink> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

std::optional<Permalink> fromBackendConfig(const QString &id, const PermalinkContext &context,
                                           QString *error)
{
    if (!context.backend.isValid() || context.backend.host().isEmpty())
        return fail(error,
                    Text::tr("no backend is configured to look up run %1 (set one in the settings "
                             "or with --backend)")
                        .arg(id));
    return backendLink(siteOf(context.backend), id);
}

// An http(s) URL (or a fastercodes:// one already mapped to http(s)).
std::optional<Permalink> fromWebUrl(const QUrl &url, const PermalinkContext &context,
                                    QString *error)
{
    if (url.host().isEmpty())
        return fail(error, Text::tr("the link has no host"));
    if (!url.userInfo().isEmpty())
        return fail(error, Text::tr("links with a user name or password are not accepted"));
    const QUrlQuery query(url);
    QString id;
    QUrl site = siteOf(url);
    static const QRegularExpression apiPath(QStringLiteral("^(.*)/api/runs/([^/]+)/?$"));
    if (query.hasQueryItem(QStringLiteral("runId")))
        id = query.queryItemValue(QStringLiteral("runId"), QUrl::FullyDecoded);
    else if (query.hasQueryItem(QStringLiteral("r")))
        id = query.queryItemValue(QStringLiteral("r"), QUrl::FullyDecoded);
    else if (const auto m = apiPath.match(url.path()); m.hasMatch()) {
        id = m.captured(2);
        site.setPath(m.captured(1));
    } else if (sameHost(url, context.originalApi)) {
        id = url.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        if (!isValidRunId(id))
            return fail(error, Text::tr("the link has no run id (expected %1/ID)")
                                   .arg(siteOf(context.originalApi).toString()));
        return originalLink(siteOf(QUrl(context.originalSites.value(0))), context.originalApi, id);
    } else {
        return fail(error, Text::tr("the link has no run id (expected ?runId=ID or ?r=ID)"));
    }
    id = id.trimmed();
    if (!isValidRunId(id))
        return fail(error,
                    Text::tr("'%1' is not a valid run id (1 to 32 characters: digits and a-z)")
                        .arg(id.left(40)));
    if (const auto original = originalSiteFor(url, context))
        return originalLink(*original, context.originalApi, id);
    return backendLink(site, id);
}

} // namespace

QUrl withPath(const QUrl &site, const QString &suffix)
{
    QUrl u = site;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path + suffix);
    return u;
}

bool isValidRunId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-z]{1,32}$"));
    return pattern.match(id).hasMatch();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isCleartextRemote(const QUrl &site)
{
    return site.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 &&
           !isLoopbackHost(site.host());
}

std::optional<Permalink> parsePermalink(const QString &text, const PermalinkContext &context,
                                        QString *error)
{
    const QString link = text.trimmed();
    if (link.isEmpty())
        return fail(error, Text::tr("the link is empty"));
    if (isValidRunId(link))
        return fromBackendConfig(link, context, error);
    if (link.size() > 2048)
        return fail(error, Text::tr("the link is too long to be a permalink"));

    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        if (!link.contains(QLatin1Char(':')) && !link.contains(QLatin1Char('/')))
            return fail(error,
                        Text::tr("'%1' is not a valid run id (1 to 32 characters: digits and a-z)")
                            .arg(link.left(40)));
        return fail(error, Text::tr("'%1' is not a link").arg(link.left(80)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return fromWebUrl(url, context, error);
    if (scheme != QLatin1String("fastercodes"))
        return fail(error, Text::tr("links starting with '%1:' are not faster.codes links")
                               .arg(url.scheme().left(20)));

    // fastercodes://run/ID and fastercodes:///?runId=ID: the configured backend.
    if (url.host().isEmpty() ||
        url.host().compare(QLatin1String("run"), Qt::CaseInsensitive) == 0) {
        const QUrlQuery query(url);
        QString id = url.path().section(QLatin1Char('/'), 0, 0, QString::SectionSkipEmpty);
        if (id.isEmpty())
            id = query.hasQueryItem(QStringLiteral("runId"))
                     ? query.queryItemValue(QStringLiteral("runId"))
                     : query.queryItemValue(QStringLiteral("r"));
        if (id.isEmpty())
            return fail(error, Text::tr("the link has no run id (expected fastercodes://run/ID)"));
        if (!isValidRunId(id))
            return fail(error,
                        Text::tr("'%1' is not a valid run id (1 to 32 characters: digits and a-z)")
                            .arg(id.left(40)));
        return fromBackendConfig(id, context, error);
    }
    // fastercodes://HOST[:PORT]/...: the same site over https, or http on this machine.
    QUrl web = url;
    web.setScheme(isLoopbackHost(url.host()) ? QStringLiteral("http") : QStringLiteral("https"));
    return fromWebUrl(web, context, error);
}

std::optional<QUrl> normalizedSite(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const auto bad = [&](const QString &why) -> std::optional<QUrl> {
        if (error)
            *error = Text::tr("'%1' is not a usable backend address: %2").arg(text.left(200), why);
        return std::nullopt;
    };
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return bad(
            Text::tr("expected an http:// or https:// address such as http://127.0.0.1:8787"));
    if (url.host().isEmpty())
        return bad(Text::tr("it has no host"));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return bad(Text::tr("it must not contain a user name, a query or a fragment"));
    return siteOf(url);
}

} // namespace fc
