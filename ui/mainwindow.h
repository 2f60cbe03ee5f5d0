#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace fc::ui {

class SidePane;

/// The window users live in: two side panes over a results area with the verdict banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SidePane *pane(int side) const { return side == 0 ? m_paneA : m_paneB; }
    QLabel *verdictBanner() const { return m_verdict; }
    QTabWidget *resultTabs() const { return m_tabs; }
    QAction *runAction() const { return m_run; }
    QAction *stopAction() const { return m_stop; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreLayout();
    void saveLayout();

    SidePane *m_paneA;
    SidePane *m_paneB;
    QSplitter *m_sides;
    QSplitter *m_vertical;
    QLabel *m_verdict;
    QTabWidget *m_tabs;
    QAction *m_run = nullptr;
    QAction *m_stop = nullptr;
};

} // namespace fc::ui
