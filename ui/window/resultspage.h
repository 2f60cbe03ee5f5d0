#pragma once

#include "live/runtraces.h"

#include <QWidget>
#include <array>

class QTabWidget;

namespace fc {
struct Analysis;
struct Comparison;
struct CompileResult;
struct RunRecord;
} // namespace fc

namespace fc::ui {

class ChartsView;
class EnvironmentView;
class LiveCharts;
class OutputView;
class ResultsView;
class VerdictBanner;

/// The window's lower half: the verdict banner over the Live, Results, Charts, Output A,
/// Output B and Environment tabs.
class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        LiveTab,
        ResultsTab,
        ChartsTab,
        OutputATab,
        OutputBTab,
        EnvironmentTab,
        TabCount
    };

    explicit ResultsPage(QWidget *parent = nullptr);

    VerdictBanner *verdict() const { return m_verdict; }
    Tab currentTab() const;
    void showTab(Tab tab, bool focus = false);
    /// The tab's title in the current UI language (also the View menu's entry).
    static QString title(Tab tab);

    /// Forgets the previous run: live charts, its samples and the outputs.
    void clearRun();
    void addSample(int side, const fc::ProbeSample &sample);
    void addRun(int side, const fc::RunRecord &run);
    void setCompileResult(int side, const fc::CompileResult &result);
    /// Draws what the live charts still hold back.
    void flushLive();
    /// A finished comparison in every tab (the verdict banner is the caller's: its wording
    /// depends on where the comparison came from). The charts use the samples of this run.
    void showComparison(const fc::Comparison &comparison, const fc::Analysis &analysis);

signals:
    /// A compiler diagnostic was activated in an output tab.
    void diagnosticActivated(int side, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    VerdictBanner *m_verdict;
    QTabWidget *m_tabs;
    LiveCharts *m_live;
    ResultsView *m_results;
    ChartsView *m_charts;
    std::array<OutputView *, 2> m_output{};
    EnvironmentView *m_environment;
    RunTraces m_traces;
};

} // namespace fc::ui
