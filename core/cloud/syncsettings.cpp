#include "cloud/syncsettings.h"

#include <QSettings>

namespace fc::syncsettings {

namespace {

const QString kBackend = QStringLiteral("sync/backendUrl");
const QString kAuto = QStringLiteral("sync/uploadAutomatically");
const QString kPreviewDismissed = QStringLiteral("sync/uploadPreviewDismissed");
const QString kSites = QStringLiteral("sync/originalSites");
const QString kOriginalApi = QStringLiteral("sync/originalApi");
const QString kCleartext = QStringLiteral("sync/cleartextAllowedFor");

QUrl siteOrDefault(const QString &text, const QString &fallback)
{
    if (const auto site = normalizedSite(text, nullptr))
        return *site;
    return QUrl(fallback);
}

} // namespace

QUrl backendUrl()
{
    const QString fromEnvironment = qEnvironmentVariable("FASTERCODES_BACKEND");
    if (!fromEnvironment.isEmpty())
        return siteOrDefault(fromEnvironment, QLatin1String(kDevelopmentBackend));
    return siteOrDefault(QSettings().value(kBackend).toString(),
                         QLatin1String(kDevelopmentBackend));
}

void setBackendUrl(const QUrl &url)
{
    QSettings().setValue(kBackend, url.toString());
}

bool cleartextAllowed(const QUrl &site)
{
    return !isCleartextRemote(site) ||
           QSettings().value(kCleartext).toStringList().contains(site.toString());
}

void setCleartextAllowed(const QUrl &site, bool allowed)
{
    QSettings settings;
    QStringList sites = settings.value(kCleartext).toStringList();
    sites.removeAll(site.toString());
    if (allowed)
        sites << site.toString();
    settings.setValue(kCleartext, sites);
}

bool hasStoredBackendUrl()
{
    return normalizedSite(QSettings().value(kBackend).toString(), nullptr).has_value();
}

bool uploadAutomatically()
{
    return QSettings().value(kAuto, false).toBool();
}

void setUploadAutomatically(bool on)
{
    QSettings().setValue(kAuto, on);
}

bool uploadPreviewDismissed()
{
    return QSettings().value(kPreviewDismissed, false).toBool();
}

void setUploadPreviewDismissed(bool dismissed)
{
    QSettings().setValue(kPreviewDismissed, dismissed);
}

QStringList originalSites()
{
    const QStringList stored = QSettings().value(kSites).toStringList();
    return stored.isEmpty() ? PermalinkContext().originalSites : stored;
}

void setOriginalSites(const QStringList &sites)
{
    QSettings().setValue(kSites, sites);
}

QUrl originalApi()
{
    return siteOrDefault(QSettings().value(kOriginalApi).toString(),
                         PermalinkContext().originalApi.toString());
}

void setOriginalApi(const QUrl &url)
{
    QSettings().setValue(kOriginalApi, url.toString());
}

PermalinkContext permalinkContext()
{
    PermalinkContext context;
    context.backend = backendUrl();
    context.originalSites = originalSites();
    context.originalApi = originalApi();
    return context;
}

} // namespace fc::syncsettings
