#include "window/runhereprompt.h"

#include "cloud/permalink.h"

#include <QPushButton>

namespace fc::ui {

namespace {

// A permalink read as "fc.example.org (run k3x9q2m7ra)": the host is what the user judges, and a
// whole link in a message box wraps at its "?" into two meaningless halves. Read by the same
// parser that opened the link, so every form it accepts is named alike.
QString describedSource(const QString &source)
{
    const std::optional<Permalink> link = parsePermalink(source, PermalinkContext{}, nullptr);
    if (!link || link->site.host().isEmpty())
        return source;
    const QString host = link->site.port() > 0
                             ? QStringLiteral("%1:%2").arg(link->site.host()).arg(link->site.port())
                             : link->site.host();
    //: Where foreign code came from: %1 the backend's host, %2 the run's ID.
    return RunHerePrompt::tr("%1 (run %2)").arg(host, link->runId);
}

} // namespace

RunHerePrompt::RunHerePrompt(const QString &source, bool sandbox, QWidget *parent)
    : QMessageBox(sandbox ? QMessageBox::Question : QMessageBox::Warning,
                  tr("Run someone else's code?"), QString(), QMessageBox::Yes | QMessageBox::Cancel,
                  parent)
{
    const QString origin = source.isEmpty() ? tr("another machine") : describedSource(source);
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
    if (origin != source && !source.isEmpty())
        setDetailedText(tr("Link: %1").arg(source));
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
