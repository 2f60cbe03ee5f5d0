#include "window/runhereprompt.h"

#include <QPushButton>

namespace fc::ui {

RunHerePrompt::RunHerePrompt(const QString &source, bool sandbox, QWidget *parent)
    : QMessageBox(sandbox ? QMessageBox::Question : QMessageBox::Warning,
                  tr("Run someone else's code?"), QString(), QMessageBox::Yes | QMessageBox::Cancel,
                  parent)
{
    const QString origin = source.isEmpty() ? tr("another machine") : source;
#ifdef Q_OS_LINUX
    const QString noSandbox = tr("bubblewrap (bwrap) is not installed");
#else
    const QString noSandbox = tr("this system has none that the app can use");
#endif
    setText(sandbox
                ? tr("This code comes from %1 and has not been run on this machine. Run it here, "
                     "in the sandbox?")
                      .arg(origin)
                : tr("This code comes from %1 and has not been run on this machine. There is no "
                     "sandbox here (%2): it would run with all of your rights. Run it only if "
                     "you trust it.")
                      .arg(origin, noSandbox));
    setTextFormat(Qt::PlainText); // the source is a link or a file name from elsewhere
    setObjectName(QStringLiteral("runHereConfirmation"));
    button(QMessageBox::Yes)
        ->setText(sandbox ? tr("Run in the Sandbox") : tr("Run Without a Sandbox"));
    setDefaultButton(QMessageBox::Cancel);
    setEscapeButton(QMessageBox::Cancel);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
}

bool RunHerePrompt::accepted() const
{
    return standardButton(clickedButton()) == QMessageBox::Yes;
}

} // namespace fc::ui
