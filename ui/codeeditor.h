#pragma once

#include <KSyntaxHighlighting/Theme>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace fc::ui {

/// A source editor: KSyntaxHighlighting highlighting, line numbers and current-line highlight in
/// the theme's colours, a monospace font, spaces for tabs and auto-indent.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /// Sets the highlighting by KSyntaxHighlighting definition name ("Java", "C++", ...);
    /// an unknown name leaves the text unhighlighted.
    void setDefinitionName(const QString &name);
    QString definitionName() const;

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }
    /// A KSyntaxHighlighting theme by name; empty (or unknown) follows the palette, light or
    /// dark, and keeps following it when the system switches.
    void setThemeName(const QString &name);
    bool followsPalette() const { return !m_explicitTheme; }

    /// Point size of the monospace font; 0 = the system's fixed font size.
    void setFontPointSize(qreal size);

    void setTabWidthInSpaces(int spaces);
    int tabWidthInSpaces() const { return m_tabSpaces; }

    /// Moves the cursor to a line and column (1-based; column 0 = first non-blank), centres it
    /// and focuses the editor.
    void jumpTo(int line, int column = 0);

    /// Width of the line-number gutter for the current line count.
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

signals:
    /// Local files were dropped on the editor (their text is not inserted).
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    void indentSelection(bool indent);
    void applyDefaultTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QWidget *m_lineNumberArea;
    KSyntaxHighlighting::Theme m_theme;
    int m_tabSpaces = 4;
    bool m_explicitTheme = false;
};

} // namespace fc::ui
