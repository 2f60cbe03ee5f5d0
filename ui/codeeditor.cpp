#include "codeeditor.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace fc::ui {

namespace {

// The gutter is drawn by the editor itself; this widget only forwards its paint events.
class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_lineNumberArea(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabWidthInSpaces(4);
    applyDefaultTheme();

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightCurrentLine);
    updateLineNumberAreaWidth();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setDefinitionName(const QString &name)
{
    m_highlighter->setDefinition(syntaxRepository().definitionForName(name));
    m_highlighter->rehighlight();
}

QString CodeEditor::definitionName() const
{
    const auto definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

void CodeEditor::applyDefaultTheme()
{
    auto &repo = syntaxRepository();
    KSyntaxHighlighting::Theme theme = repo.themeForPalette(palette());
    if (!theme.isValid())
        theme = repo.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    m_explicitTheme = false;
    setTheme(theme);
    m_explicitTheme = false;
}

void CodeEditor::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    m_explicitTheme = true;
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText, QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(pal);
    m_highlighter->setTheme(theme);
    // The highlighter caches formats per block: without this, old colours stay until an edit.
    m_highlighter->rehighlight();
    highlightCurrentLine();
    m_lineNumberArea->update();
}

void CodeEditor::setTabWidthInSpaces(int spaces)
{
    m_tabSpaces = qBound(1, spaces, 16);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * m_tabSpaces);
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3); // so the gutter does not jump at line 10 and 100
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

bool CodeEditor::event(QEvent *event)
{
    // Follow the system's light/dark switch unless the user picked a theme.
    if (event->type() == QEvent::ApplicationPaletteChange && !m_explicitTheme)
        applyDefaultTheme();
    return QPlainTextEdit::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab && !(event->modifiers() & ~Qt::ShiftModifier) && !textCursor().hasSelection()) {
        const int column = textCursor().positionInBlock();
        insertPlainText(QString(m_tabSpaces - column % m_tabSpaces, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        // Keep the current line's indentation on the new line.
        const QString line = textCursor().block().text();
        const qsizetype column = textCursor().positionInBlock();
        qsizetype indent = 0;
        while (indent < line.size() && indent < column && line.at(indent).isSpace())
            ++indent;
        QPlainTextEdit::keyPressEvent(event);
        insertPlainText(line.left(indent));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));

    QTextBlock block = firstVisibleBlock();
    int blockNumber = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int currentBlock = textCursor().blockNumber();
    const QColor normal(m_theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    const QColor current(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLineNumber));
    const int width = m_lineNumberArea->width() - 6;

    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(blockNumber == currentBlock ? current : normal);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(blockNumber + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++blockNumber;
    }
}

void CodeEditor::highlightCurrentLine()
{
    QTextEdit::ExtraSelection selection;
    selection.format.setBackground(QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = textCursor();
    selection.cursor.clearSelection();
    setExtraSelections({selection});
    m_lineNumberArea->update();
}

} // namespace fc::ui
