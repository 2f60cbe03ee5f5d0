#pragma once

#include <QPlainTextEdit>

#include <KSyntaxHighlighting/Theme>

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

    void setTabWidthInSpaces(int spaces);
    int tabWidthInSpaces() const { return m_tabSpaces; }

    /// Width of the line-number gutter for the current line count.
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void highlightCurrentLine();
    void applyDefaultTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QWidget *m_lineNumberArea;
    KSyntaxHighlighting::Theme m_theme;
    int m_tabSpaces = 4;
    bool m_explicitTheme = false;
};

} // namespace fc::ui
