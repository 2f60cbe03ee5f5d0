#pragma once

#include <QMessageBox>

namespace fc::ui {

/// The question before someone else's code runs here: it names where the code came from and
/// whether the sandbox will hold it. Cancel is the default and Esc answers it; the box is
/// window-modal and deletes itself when closed.
class RunHerePrompt : public QMessageBox
{
    Q_OBJECT
public:
    RunHerePrompt(const QString &source, bool sandbox, QWidget *parent);

    /// True when the user chose the button that runs the code.
    bool accepted() const;
};

} // namespace fc::ui
