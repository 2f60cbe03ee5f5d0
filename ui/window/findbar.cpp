#include "window/findbar.h"

#include "controltext.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

namespace fc::ui {

namespace {

// Counting stops here: a status of "1000+ matches" says enough, and a huge file stays fluid.
constexpr int kCountLimit = 1000;

QToolButton *toolButton(const char *objectName, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setText(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_previous(toolButton("findPrevious", QStringLiteral("▲"), this))
    , m_next(toolButton("findNext", QStringLiteral("▼"), this))
    , m_case(new QCheckBox(this))
    , m_words(new QCheckBox(this))
    , m_replaceOne(toolButton("replaceOne", QString(), this))
    , m_replaceAll(toolButton("replaceAll", QString(), this))
    , m_close(toolButton("findClose", QStringLiteral("✕"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
{
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setClearButtonEnabled(true);
    m_case->setObjectName(QStringLiteral("matchCase"));
    m_words->setObjectName(QStringLiteral("wholeWords"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));
    m_replaceRow->setObjectName(QStringLiteral("replaceRow"));

    auto *findRow = new QHBoxLayout;
    findRow->setSpacing(4);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_case);
    findRow->addWidget(m_words);
    findRow->addWidget(m_status);
    findRow->addWidget(m_close);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->setSpacing(4);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    replaceRow->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::textEdited, this, &FindBar::searchAsYouType);
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_case, &QCheckBox::toggled, this, &FindBar::searchAsYouType);
    connect(m_words, &QCheckBox::toggled, this, &FindBar::searchAsYouType);
    connect(m_replaceOne, &QToolButton::clicked, this, &FindBar::replace);
    connect(m_replaceAll, &QToolButton::clicked, this, &FindBar::replaceAll);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    // A read-only editor (someone else's code) can be searched, not changed.
    connect(m_editor, &QPlainTextEdit::textChanged, this, &FindBar::updateReplaceEnabled);

    setFocusProxy(m_find);
    retranslate();
    hide();
}

void FindBar::retranslate()
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_previous->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    m_next->setToolTip(tr("Next match (F3, Enter)"));
    m_case->setText(tr("Match &case"));
    m_words->setText(tr("&Whole words"));
    setTextAndTip(m_replaceOne, tr("Re&place"), tr("Replace this match and go to the next one"));
    setTextAndTip(m_replaceAll, tr("Replace &All"), tr("Replace every match (one step to undo)"));
    m_close->setToolTip(tr("Close (Esc)"));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::open(bool replace)
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    // A selection within one line is what the user means to find; a block of lines is not.
    if (cursor.hasSelection() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(replace);
    updateReplaceEnabled();
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    if (!m_find->text().isEmpty())
        updateStatus(selectionMatches());
}

void FindBar::close()
{
    hide();
    m_status->clear();
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool FindBar::isReplaceShown() const
{
    return !isHidden() && !m_replaceRow->isHidden();
}

void FindBar::setSearchText(const QString &text)
{
    m_find->setText(text);
}

QString FindBar::searchText() const
{
    return m_find->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setMatchCase(bool on)
{
    m_case->setChecked(on);
}

void FindBar::setWholeWords(bool on)
{
    m_words->setChecked(on);
}

QTextDocument::FindFlags FindBar::flags() const
{
    QTextDocument::FindFlags f;
    if (m_case->isChecked())
        f |= QTextDocument::FindCaseSensitively;
    if (m_words->isChecked())
        f |= QTextDocument::FindWholeWords;
    return f;
}

bool FindBar::findNext(bool backward)
{
    if (isHidden()) {
        open(false);
        m_editor->setFocus(Qt::OtherFocusReason); // F3 keeps the user typing in the editor
    }
    const QString text = m_find->text();
    if (text.isEmpty()) {
        updateStatus(false);
        return false;
    }
    QTextDocument *doc = m_editor->document();
    const QTextDocument::FindFlags f =
        flags() | (backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    QTextCursor found = doc->find(text, m_editor->textCursor(), f);
    if (found.isNull()) { // wrap around
        QTextCursor from(doc);
        from.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = doc->find(text, from, f);
    }
    if (!found.isNull())
        m_editor->setTextCursor(found);
    updateStatus(!found.isNull());
    return !found.isNull();
}

void FindBar::searchAsYouType()
{
    if (isHidden())
        return;
    // Typing extends the current match rather than jumping past it.
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(cursor.selectionStart());
    m_editor->setTextCursor(cursor);
    findNext(false);
}

bool FindBar::selectionMatches() const
{
    const QTextCursor selection = m_editor->textCursor();
    if (!selection.hasSelection() || m_find->text().isEmpty())
        return false;
    QTextCursor from(m_editor->document());
    from.setPosition(selection.selectionStart());
    const QTextCursor found = m_editor->document()->find(m_find->text(), from, flags());
    return !found.isNull() && found.selectionStart() == selection.selectionStart() &&
           found.selectionEnd() == selection.selectionEnd();
}

bool FindBar::replace()
{
    if (m_editor->isReadOnly())
        return false;
    if (selectionMatches()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    return findNext(false);
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (m_editor->isReadOnly() || text.isEmpty())
        return 0;
    QTextDocument *doc = m_editor->document();
    QTextCursor block(doc);
    block.beginEditBlock(); // the whole document's changes until endEditBlock: one undo step
    int count = 0;
    QTextCursor found = doc->find(text, 0, flags());
    while (!found.isNull()) {
        found.insertText(m_replace->text());
        ++count;
        found = doc->find(text, found, flags());
    }
    block.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::updateStatus(bool found)
{
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return;
    }
    if (!found) {
        m_status->setText(tr("Not found"));
        return;
    }
    QTextDocument *doc = m_editor->document();
    const int current = m_editor->textCursor().selectionStart();
    int total = 0;
    int index = 0;
    for (QTextCursor c = doc->find(m_find->text(), 0, flags()); !c.isNull() && total < kCountLimit;
         c = doc->find(m_find->text(), c, flags())) {
        ++total;
        if (c.selectionStart() == current)
            index = total;
    }
    m_status->setText(total >= kCountLimit
                          ? tr("%1+ matches").arg(kCountLimit)
                          : tr("%1 of %2").arg(QString::number(index), QString::number(total)));
}

void FindBar::updateReplaceEnabled()
{
    const bool editable = !m_editor->isReadOnly();
    m_replace->setEnabled(editable);
    m_replaceOne->setEnabled(editable);
    m_replaceAll->setEnabled(editable);
}

bool FindBar::event(QEvent *event)
{
    // Escape closes the bar even while a run is going on (where it would otherwise stop it).
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_replace->hasFocus())
            replace();
        else
            findNext(event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace fc::ui
