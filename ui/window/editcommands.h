#pragma once

#include <QObject>
#include <QPointer>
#include <array>

class QAction;
class QMenu;
class QWidget;

namespace fc::ui {

/// Edit ▸ Undo, Redo, Cut, Copy, Paste and Select All for whatever widget of the window had the
/// focus last: an editor, a flags field, the find bar, a console; in a table (the results) Copy
/// takes the selected cells as tab-separated text with their column titles, ready for a
/// spreadsheet. Text widgets handle their own shortcuts first (they claim them), so the actions
/// act from the menu and on widgets that do not.
class EditCommands : public QObject
{
    Q_OBJECT
public:
    enum Command
    {
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        SelectAll,
        CommandCount
    };

    /// `actions` in the order of Command; `menu` is the Edit menu (its entries are enabled for
    /// the widget they would act on while it is open).
    EditCommands(QWidget *window, const std::array<QAction *, CommandCount> &actions, QMenu *menu);

    /// The widget the commands act on: the window's focus widget, or the last one before a
    /// menu took the focus.
    QWidget *target() const;
    /// What `command` would do to the target now.
    bool canApply(Command command) const;
    void apply(Command command);

private:
    void updateEnabled(bool forMenu);

    QWidget *m_window;
    std::array<QAction *, CommandCount> m_actions;
    QPointer<QWidget> m_target;
};

} // namespace fc::ui
