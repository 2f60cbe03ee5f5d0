#pragma once

#include "sidepane.h"

#include <QWidget>
#include <array>

class QSplitter;

namespace fc {
struct Comparison;
struct ComparisonRequest;
} // namespace fc

namespace fc::ui {

struct Example;
class FindBar;

/// The window's upper half: side A beside side B (language, flags, arguments, stdin and code
/// each, and a find bar under each editor), in a splitter whose position is remembered.
class EditorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EditorsPage(QWidget *parent = nullptr);

    SidePane *pane(int side) const { return m_panes[size_t(side)]; }
    /// The side whose pane holds the keyboard focus; `fallback` when neither does.
    int focusedSide(int fallback = 0) const;
    /// True when the user edited either side since its last template, example or file.
    bool isTouched() const;
    bool isReadOnly() const;
    void setReadOnly(bool readOnly);
    void setLanguages(const QList<LanguageEntry> &entries);
    /// "Java vs Go"; empty while neither side has a language.
    QString pairName() const;

    void loadExample(const Example &example);
    /// Puts a comparison's sides into the editors. `asEdit`: the code counts as the user's own
    /// edit (a copy to change), so replacing it later asks first.
    void loadComparison(const fc::Comparison &comparison, bool asEdit);
    /// The sides' part of a request: language, code, flags and arguments split like a shell
    /// would, stdin.
    void fillRequest(fc::ComparisonRequest &request) const;
    /// Editor font size, tab width and colours from the settings.
    void applyEditorSettings();
    void focusEditor(int side);
    /// Opens the find bar under `side`'s editor (with the replace row when `replace`).
    void find(int side, bool replace);
    /// The next (or previous) match of the last search in `side`'s editor.
    void findNext(int side, bool backward);
    /// The find strip under a side's editor (objectName "findBarA"/"findBarB").
    FindBar *findBar(int side) const { return m_findBars[size_t(side)]; }

    QByteArray saveState() const;
    /// Restores the splitter; false (and halves) when `state` is not a saved state.
    bool restoreState(const QByteArray &state);

signals:
    void languageChanged();
    /// Files dropped on an editor; the window decides (it may ask before replacing code).
    void filesDropped(int side, const QStringList &paths);

private:
    QSplitter *m_splitter;
    std::array<SidePane *, 2> m_panes;
    std::array<FindBar *, 2> m_findBars;
};

} // namespace fc::ui
