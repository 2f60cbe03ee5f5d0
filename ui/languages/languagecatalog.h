#pragma once

#include "sidepane.h"
#include "toolchains/languageregistry.h"
#include "toolchains/toolchainstatus.h"

#include <QObject>
#include <QTimer>

namespace fc {
class ToolchainDetector;
}

namespace fc::ui {

/// The languages for the pickers: the registry's recipes plus which toolchains are installed
/// (detected in the background, cached between starts). Installed ones come first with their
/// versions; missing ones last, with the package to install.
class LanguageCatalog : public QObject
{
    Q_OBJECT
public:
    explicit LanguageCatalog(QObject *parent = nullptr);
    ~LanguageCatalog() override;

    const fc::LanguageRegistry &registry() const { return m_registry; }
    /// Starts (or restarts, with refresh) detection; changed() follows as results arrive.
    void detect(bool refresh = false);
    bool isDetecting() const;
    /// Waits (running the event loop) until detection has finished; for tests.
    bool waitForDetection(int timeoutMs);

    QList<LanguageEntry> entries() const;
    fc::ToolchainStatus status(const QString &languageId) const;
    QList<fc::ToolchainStatus> statuses() const;

signals:
    /// Statuses changed (batched: at most one signal per event-loop pass).
    void changed();
    /// Detection started (some toolchains are asked for their versions); detectionFinished()
    /// follows.
    void detectionStarted();
    void detectionFinished();

private:
    fc::LanguageRegistry m_registry;
    fc::ToolchainDetector *m_detector;
    QTimer m_batch;
};

} // namespace fc::ui
