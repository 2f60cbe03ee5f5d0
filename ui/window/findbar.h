#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace fc::ui {

/// The find (and replace) strip under an editor: searches as you type, Enter / F3 for the next
/// match, Shift+Enter / Shift+F3 for the previous one, both wrapping around; match case and
/// whole words; Replace, and Replace All as one undo step. Escape closes it and gives the
/// focus back to the editor.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Shows the bar (with the replace row when `replace`), seeded with the editor's selection
    /// when it is on one line, and focuses the search field.
    void open(bool replace);
    /// Hides the bar and focuses the editor again.
    void close();

    /// Selects the next (or previous) match after (or before) the cursor, wrapping around.
    /// Opens the bar first when it is hidden. False when there is none.
    bool findNext(bool backward = false);
    /// Replaces the selected match and selects the next one.
    bool replace();
    /// Replaces every match as one undo step; returns how many.
    int replaceAll();

    void setSearchText(const QString &text);
    QString searchText() const;
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);
    void setWholeWords(bool on);
    bool isReplaceShown() const;

    /// Sets every text again in the current UI language.
    void retranslate();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTextDocument::FindFlags flags() const;
    bool selectionMatches() const;
    void searchAsYouType();
    void updateStatus(bool found);
    void updateReplaceEnabled();

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_case;
    QCheckBox *m_words;
    QToolButton *m_replaceOne;
    QToolButton *m_replaceAll;
    QToolButton *m_close;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace fc::ui
