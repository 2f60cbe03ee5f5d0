#include "codeeditor.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QUrl>

namespace fc::ui {

namespace {

// The gutter is drawn by the editor itself; this widget only forwards its paint events.
class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}
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
    // The application's palette, not ours: ours carries the previous theme's colours.
    KSyntaxHighlighting::Theme theme = repo.themeForPalette(QGuiApplication::palette());
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
    pal.setColor(QPalette::Base,
                 QColor(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight,
                 QColor(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    pal.setColor(QPalette::HighlightedText,
                 QColor(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(pal);
    m_highlighter->setTheme(theme);
    // The highlighter caches formats per block: without this, old colours stay until an edit.
    m_highlighter->rehighlight();
    highlightCurrentLine();
    m_lineNumberArea->update();
}

void CodeEditor::setThemeName(const QString &name)
{
    const KSyntaxHighlighting::Theme theme =
        name.isEmpty() ? KSyntaxHighlighting::Theme() : syntaxRepository().theme(name);
    if (theme.isValid())
        setTheme(theme);
    else
        applyDefaultTheme();
}

void CodeEditor::setFontPointSize(qreal size)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (size > 0)
        font.setPointSizeF(size);
    setFont(font);
    setTabWidthInSpaces(m_tabSpaces);
    updateLineNumberAreaWidth();
}

void CodeEditor::jumpTo(int line, int column)
{
    QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    QTextCursor cursor(block);
    if (column > 0) {
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            qMin(column - 1, block.length() - 1));
    } else {
        const QString text = block.text();
        int indent = 0;
        while (indent < text.size() && text.at(indent).isSpace())
            ++indent;
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, indent);
    }
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

static QStringList localFiles(const QMimeData *source)
{
    QStringList paths;
    if (source && source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
    }
    return paths;
}

bool CodeEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void CodeEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
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

void CodeEditor::indentSelection(bool indent)
{
    QTextCursor cursor = textCursor();
    const int start = document()->findBlock(cursor.selectionStart()).blockNumber();
    int end = document()->findBlock(cursor.selectionEnd()).blockNumber();
    // A selection ending at the start of a line does not include that line.
    if (cursor.hasSelection() &&
        document()->findBlock(cursor.selectionEnd()).position() == cursor.selectionEnd() &&
        end > start)
        --end;
    cursor.beginEditBlock();
    for (int number = start; number <= end; ++number) {
        const QTextBlock block = document()->findBlockByNumber(number);
        QTextCursor line(block);
        if (indent) {
            line.insertText(QString(m_tabSpaces, QLatin1Char(' ')));
        } else {
            int remove = 0;
            while (remove < m_tabSpaces && remove < block.text().size() &&
                   block.text().at(remove) == QLatin1Char(' '))
                ++remove;
            if (remove == 0 && block.text().startsWith(QLatin1Char('\t')))
                remove = 1;
            line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, remove);
            line.removeSelectedText();
        }
    }
    cursor.endEditBlock();
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backtab ||
        (event->key() == Qt::Key_Tab && textCursor().hasSelection() &&
         !(event->modifiers() & ~Qt::ShiftModifier))) {
        indentSelection(event->key() == Qt::Key_Tab);
        return;
    }
    if (event->key() == Qt::Key_Tab && !(event->modifiers() & ~Qt::ShiftModifier) &&
        !textCursor().hasSelection()) {
        const int column = textCursor().positionInBlock();
        insertPlainText(QString(m_tabSpaces - column % m_tabSpaces, QLatin1Char(' ')));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
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
    painter.fillRect(event->rect(),
                     QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));

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
    selection.format.setBackground(
        QColor(m_theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = textCursor();
    selection.cursor.clearSelection();
    setExtraSelections({selection});
    m_lineNumberArea->update();
}

} // namespace fc::ui
