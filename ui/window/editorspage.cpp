#include "window/editorspage.h"

#include "codeeditor.h"
#include "examples/example.h"
#include "model/comparison.h"
#include "runner/comparisonrequest.h"
#include "settings/appsettings.h"
#include "toolchains/commandline.h"
#include "window/findbar.h"

#include <QApplication>
#include <QSplitter>
#include <QVBoxLayout>

namespace fc::ui {

EditorsPage::EditorsPage(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_panes{new SidePane(0), new SidePane(1)}
{
    setObjectName(QStringLiteral("editorsPage"));
    m_splitter->setObjectName(QStringLiteral("sidesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    for (SidePane *p : m_panes) {
        // The pane and its find bar share one column, so the bar sits under the editor it
        // searches.
        auto *column = new QWidget;
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->setSpacing(0);
        columnLayout->addWidget(p, 1);
        auto *bar = new FindBar(p->editor());
        bar->setObjectName(p->side() == 0 ? QStringLiteral("findBarA")
                                          : QStringLiteral("findBarB"));
        columnLayout->addWidget(bar);
        m_findBars[size_t(p->side())] = bar;
        m_splitter->addWidget(column);
        connect(p, &SidePane::languageChanged, this, &EditorsPage::languageChanged);
        connect(p, &SidePane::filesDropped, this,
                [this, p](const QStringList &paths) { emit filesDropped(p->side(), paths); });
    }
}

int EditorsPage::focusedSide(int fallback) const
{
    const QWidget *focus = QApplication::focusWidget();
    for (const SidePane *p : m_panes) {
        if (focus && (p->isAncestorOf(focus) || findBar(p->side())->isAncestorOf(focus)))
            return p->side();
    }
    return fallback;
}

bool EditorsPage::isTouched() const
{
    return m_panes[0]->isTouched() || m_panes[1]->isTouched();
}

bool EditorsPage::isReadOnly() const
{
    return m_panes[0]->isReadOnly();
}

void EditorsPage::setReadOnly(bool readOnly)
{
    for (SidePane *p : m_panes)
        p->setReadOnly(readOnly);
}

void EditorsPage::setLanguages(const QList<LanguageEntry> &entries)
{
    for (SidePane *p : m_panes)
        p->setLanguages(entries);
}

QString EditorsPage::pairName() const
{
    const QString a = m_panes[0]->languageName();
    const QString b = m_panes[1]->languageName();
    return a.isEmpty() && b.isEmpty() ? QString() : tr("%1 vs %2").arg(a, b);
}

void EditorsPage::loadExample(const Example &example)
{
    for (SidePane *p : m_panes) {
        const ExampleSide &s = example.sides[size_t(p->side())];
        p->setReadOnly(false);
        p->restore({s.language, s.code, s.flags, s.arguments, s.standardInput, QString(), false});
    }
}

void EditorsPage::loadComparison(const Comparison &comparison, bool asEdit)
{
    for (SidePane *p : m_panes) {
        const Side &s = comparison.sides[size_t(p->side())];
        p->setReadOnly(false);
        p->restore({s.lang, s.code, joinShellWords(s.flags), joinShellWords(s.args), s.stdinText,
                    QString(), asEdit});
    }
}

void EditorsPage::fillRequest(ComparisonRequest &request) const
{
    for (const SidePane *p : m_panes) {
        SideInput &in = request.sides[size_t(p->side())];
        in.languageId = p->languageId();
        in.code = p->code();
        // The command line's splitter: the same text gives the same words in both. Text that
        // does not split (an open quote) is refused before a run (MainWindow::canRun).
        if (!p->flags().trimmed().isEmpty())
            in.flags = splitShellWords(p->flags()).value_or(QStringList());
        in.args = splitShellWords(p->arguments()).value_or(QStringList());
        in.stdinText = p->standardInput();
    }
}

void EditorsPage::applyEditorSettings()
{
    for (SidePane *p : m_panes) {
        p->editor()->setFontPointSize(appsettings::editorFontSize());
        p->editor()->setTabWidthInSpaces(appsettings::tabWidth());
        p->editor()->setThemeName(appsettings::editorTheme());
    }
}

void EditorsPage::find(int side, bool replace)
{
    m_findBars[size_t(side)]->open(replace);
}

void EditorsPage::findNext(int side, bool backward)
{
    m_findBars[size_t(side)]->findNext(backward);
}

void EditorsPage::focusEditor(int side)
{
    pane(side)->editor()->setFocus();
}

QByteArray EditorsPage::saveState() const
{
    return m_splitter->saveState();
}

bool EditorsPage::restoreState(const QByteArray &state)
{
    if (m_splitter->restoreState(state))
        return true;
    m_splitter->setSizes({width() / 2, width() / 2});
    return false;
}

} // namespace fc::ui
