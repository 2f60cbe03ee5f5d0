#include "window/editcommands.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <map>

namespace fc::ui {

namespace {

const char *const kSlots[] = {"undo()", "redo()", "cut()", "copy()", "paste()", "selectAll()"};

// The selected cells, row by row, tab-separated, under the titles of their columns.
QString selectedCells(const QAbstractItemView &view)
{
    const QAbstractItemModel *model = view.model();
    std::map<int, std::map<int, QString>> rows;
    std::map<int, bool> columns;
    for (const QModelIndex &index : view.selectionModel()->selectedIndexes()) {
        rows[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
        columns[index.column()] = true;
    }
    QStringList lines;
    QStringList titles;
    for (const auto &[column, _] : columns)
        titles << model->headerData(column, Qt::Horizontal).toString();
    if (!titles.join(QString()).isEmpty())
        lines << titles.join(QLatin1Char('\t'));
    for (const auto &[row, cells] : rows) {
        QStringList line;
        for (const auto &[column, _] : columns) {
            const auto cell = cells.find(column);
            line << (cell == cells.end() ? QString() : cell->second);
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

EditCommands::EditCommands(QWidget *window, const std::array<QAction *, CommandCount> &actions,
                           QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
{
    for (int c = 0; c < CommandCount; ++c)
        connect(m_actions[size_t(c)], &QAction::triggered, this, [this, c] { apply(Command(c)); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // A menu taking the focus does not change what Edit acts on.
        if (now && m_window->isAncestorOf(now) && !qobject_cast<QMenu *>(now) &&
            !qobject_cast<QMenuBar *>(now))
            m_target = now;
    });
    // The menu shows what applies; in between, the shortcuts stay live (a shortcut on a widget
    // where the command means nothing does nothing).
    connect(menu, &QMenu::aboutToShow, this, [this] { updateEnabled(true); });
    connect(menu, &QMenu::aboutToHide, this, [this] { updateEnabled(false); });
}

QWidget *EditCommands::target() const
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_window->isAncestorOf(focus) && !qobject_cast<QMenu *>(focus) &&
        !qobject_cast<QMenuBar *>(focus))
        return focus;
    return m_target;
}

bool EditCommands::canApply(Command command) const
{
    QWidget *w = target();
    if (!w || !w->isEnabled())
        return false;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
        if (command == SelectAll)
            return view->model() && view->model()->rowCount() > 0;
        return command == Copy && view->selectionModel() && view->selectionModel()->hasSelection();
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
        const bool writable = !edit->isReadOnly();
        switch (command) {
        case Undo:
            return writable && edit->isUndoAvailable();
        case Redo:
            return writable && edit->isRedoAvailable();
        case Cut:
            return writable && edit->hasSelectedText() && edit->echoMode() == QLineEdit::Normal;
        case Copy:
            return edit->hasSelectedText() && edit->echoMode() == QLineEdit::Normal;
        case Paste:
            return writable;
        default:
            return !edit->text().isEmpty();
        }
    }
    const auto *plain = qobject_cast<const QPlainTextEdit *>(w);
    const auto *rich = qobject_cast<const QTextEdit *>(w);
    if (!plain && !rich)
        return false;
    QTextDocument *doc = plain ? plain->document() : rich->document();
    const bool writable = !(plain ? plain->isReadOnly() : rich->isReadOnly());
    const bool selected =
        plain ? plain->textCursor().hasSelection() : rich->textCursor().hasSelection();
    switch (command) {
    case Undo:
        return writable && doc->isUndoAvailable();
    case Redo:
        return writable && doc->isRedoAvailable();
    case Cut:
        return writable && selected;
    case Copy:
        return selected;
    case Paste:
        return writable && (plain ? plain->canPaste() : rich->canPaste());
    default:
        return !doc->isEmpty();
    }
}

void EditCommands::apply(Command command)
{
    QWidget *w = target();
    if (!w || !canApply(command))
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        if (command == SelectAll)
            view->selectAll();
        else
            QApplication::clipboard()->setText(selectedCells(*view));
        return;
    }
    // QLineEdit, QPlainTextEdit and QTextEdit share these slots.
    const int method = w->metaObject()->indexOfMethod(kSlots[command]);
    if (method >= 0)
        w->metaObject()->method(method).invoke(w);
}

void EditCommands::updateEnabled(bool forMenu)
{
    for (int c = 0; c < CommandCount; ++c)
        m_actions[size_t(c)]->setEnabled(!forMenu || canApply(Command(c)));
}

} // namespace fc::ui
