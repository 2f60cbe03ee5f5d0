#include "languages/languagecatalog.h"

#include "toolchains/toolchaindetector.h"

#include <QCoreApplication>
#include <algorithm>

namespace fc::ui {

namespace {

int rank(LanguageEntry::State state)
{
    switch (state) {
    case LanguageEntry::State::Installed:
        return 0;
    case LanguageEntry::State::Unknown:
        return 1;
    case LanguageEntry::State::Broken:
        return 2;
    case LanguageEntry::State::Missing:
        return 3;
    }
    return 4;
}

} // namespace

LanguageCatalog::LanguageCatalog(QObject *parent)
    : QObject(parent)
    , m_registry(LanguageRegistry::createDefault())
    , m_detector(new ToolchainDetector(this))
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(0);
    connect(&m_batch, &QTimer::timeout, this, &LanguageCatalog::changed);
    connect(m_detector, &ToolchainDetector::detected, this, [this] { m_batch.start(); });
    connect(m_detector, &ToolchainDetector::finished, this, [this] {
        m_batch.stop();
        emit changed();
        emit detectionFinished();
    });
}

LanguageCatalog::~LanguageCatalog() = default;

void LanguageCatalog::detect(bool refresh)
{
    const bool wasDetecting = m_detector->isRunning();
    m_detector->detect(m_registry.languages(), refresh ? ToolchainDetector::CachePolicy::Refresh
                                                       : ToolchainDetector::CachePolicy::UseCache);
    if (!wasDetecting && m_detector->isRunning())
        emit detectionStarted();
}

bool LanguageCatalog::isDetecting() const
{
    return m_detector->isRunning();
}

bool LanguageCatalog::waitForDetection(int timeoutMs)
{
    return m_detector->waitForFinished(std::chrono::milliseconds(timeoutMs));
}

ToolchainStatus LanguageCatalog::status(const QString &languageId) const
{
    return m_detector->status(languageId);
}

QList<ToolchainStatus> LanguageCatalog::statuses() const
{
    return m_detector->statuses();
}

QList<LanguageEntry> LanguageCatalog::entries() const
{
    QList<LanguageEntry> list;
    for (const Language &language : m_registry.languages()) {
        LanguageEntry e;
        e.id = language.id;
        e.displayName = language.name;
        e.definitionName = language.syntax;
        e.starterTemplate = language.templateCode;
        e.defaultFlags = language.defaultFlags.join(QLatin1Char(' '));
        e.extensions = language.extensions;
        const ToolchainStatus s = m_detector->status(language.id);
        switch (s.state) {
        case ToolchainStatus::State::Installed:
            e.state = LanguageEntry::State::Installed;
            e.version = s.version;
            break;
        case ToolchainStatus::State::Missing:
            e.state = LanguageEntry::State::Missing;
            e.installHint =
                !s.package.isEmpty()
                    ? QCoreApplication::translate("LanguageCatalog", "install %1").arg(s.package)
                : !s.url.isEmpty()
                    ? QCoreApplication::translate("LanguageCatalog", "see %1").arg(s.url)
                    : QCoreApplication::translate("LanguageCatalog", "%1 not found")
                          .arg(s.missingProgram);
            break;
        case ToolchainStatus::State::Broken:
            e.state = LanguageEntry::State::Broken;
            e.version = s.version;
            e.installHint = s.message;
            break;
        case ToolchainStatus::State::Unknown:
            break;
        }
        list << e;
    }
    std::stable_sort(list.begin(), list.end(), [](const LanguageEntry &l, const LanguageEntry &r) {
        if (rank(l.state) != rank(r.state))
            return rank(l.state) < rank(r.state);
        return l.displayName.localeAwareCompare(r.displayName) < 0;
    });
    return list;
}

} // namespace fc::ui
