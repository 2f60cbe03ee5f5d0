#include "window/codeconsent.h"

#include "runner/sandbox.h"
#include "settings/appsettings.h"
#include "window/runhereprompt.h"

#include <QUrl>
#include <QWidget>

namespace fc::ui {

CodeConsent::CodeConsent(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

void CodeConsent::setOrigin(const CodeOrigin &origin)
{
    m_origin = origin;
    // Foreign code is said at once, before it reaches the editors: a crash in between leaves
    // the old code marked foreign (a question too many), never the new code marked as the
    // user's own. The user's own origin waits for the session's save (written at once, it made
    // the first start's settings file before the session was in it).
    appsettings::setSessionOrigin(origin);
    if (origin.isForeign())
        appsettings::sync();
}

void CodeConsent::restoreSaved()
{
    m_origin = appsettings::sessionOrigin();
}

QString CodeConsent::shortSource() const
{
    if (m_origin.kind == Comparison::SourceKind::File)
        return tr("the file %1").arg(m_origin.url);
    const QString host = QUrl(m_origin.url).host();
    return host.isEmpty() ? m_origin.url : host;
}

void CodeConsent::ask()
{
    if (m_prompt) {
        m_prompt->raise();
        m_prompt->activateWindow();
        return;
    }
    const CodeOrigin asked = m_origin;
    const bool sandbox = sandboxAvailable();
    auto *prompt = new RunHerePrompt(
        asked.kind == Comparison::SourceKind::File ? tr("the file %1").arg(asked.url) : asked.url,
        sandbox, m_window);
    m_prompt = prompt;
    connect(prompt, &QMessageBox::finished, this, [this, prompt, asked, sandbox] {
        // Only what was asked about: another comparison may have been opened meanwhile.
        if (!prompt->accepted() || !needed() || m_origin != asked) {
            emit declined();
            return;
        }
        CodeOrigin agreedTo = m_origin;
        agreedTo.confirmed = true;
        setOrigin(agreedTo);
        emit agreed(sandbox);
    });
    prompt->open();
}

} // namespace fc::ui
