#pragma once

#include "window/codeorigin.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace fc::ui {

class RunHerePrompt;

/// Whose code the editors hold and whether the user agreed to run it here: the origin of the
/// code, kept in the settings so that someone else's code stays behind the question after a
/// crash or a restart, and the "Run it here?" question itself.
class CodeConsent : public QObject
{
    Q_OBJECT
public:
    /// `window` parents the question.
    explicit CodeConsent(QWidget *window);

    const CodeOrigin &origin() const { return m_origin; }
    /// Someone else's code that the user has not agreed to run here yet.
    bool needed() const { return m_origin.needsConsent(); }
    /// The code now in the editors came from `origin`.
    void setOrigin(const CodeOrigin &origin);
    /// Takes the origin saved with the restored session (the settings hold it already).
    void restoreSaved();
    /// Where the code came from in a few words, for the banner: the file, or the link's host.
    QString shortSource() const;

    /// Asks whether to run the code (objectName "runHereConfirmation"), naming where it came
    /// from and whether the sandbox will hold it; while the question is open, asking again
    /// brings it to the front. Yes marks the origin confirmed and emits agreed(); Cancel, or an
    /// answer about code that has been replaced meanwhile, emits declined().
    void ask();

signals:
    /// The user agreed to run the code; `sandbox` says whether the question promised the sandbox.
    void agreed(bool sandbox);
    void declined();

private:
    QWidget *m_window;
    CodeOrigin m_origin;
    QPointer<RunHerePrompt> m_prompt;
};

} // namespace fc::ui
