#pragma once

class QMainWindow;
class QSplitter;
class QVBoxLayout;
class QWidget;

namespace fc::ui {

class EditorsPage;
class ResultsPage;

/// How the main window is arranged: banners over the editors, the editors over the results in
/// a splitter; and the arrangement (geometry, docks and toolbars, both splitters, the results
/// tab) remembered from one start to the next.
class WindowLayout
{
public:
    /// Makes `editors` and `results` the central widget of `window`, which owns them from then.
    WindowLayout(QMainWindow *window, EditorsPage *editors, ResultsPage *results);

    /// Puts `banner` under the ones added before, over the editors.
    void addBanner(QWidget *banner);
    /// The arrangement saved last, or the first start's one.
    void restore();
    void save() const;

private:
    QMainWindow *m_window;
    EditorsPage *m_editors;
    ResultsPage *m_results;
    QSplitter *m_vertical;
    QVBoxLayout *m_banners;
};

} // namespace fc::ui
