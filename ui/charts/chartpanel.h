#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QToolButton;

namespace fc::ui {

/// One chart with its export button (PNG 2×, SVG, PDF, clipboard). Restyles itself when the
/// palette changes (light/dark switch).
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ChartPanel(QChart *chart, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    /// Replaces the chart (the old one is deleted).
    void setChart(QChart *chart);
    /// A file name stem for exports, e.g. "wall-time-boxplot".
    void setExportName(const QString &name) { m_exportName = name; }
    QString exportName() const { return m_exportName; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void exportAs(const QString &format);
    void placeButton();

    QChartView *m_view;
    QToolButton *m_export;
    QString m_exportName = QStringLiteral("chart");
};

} // namespace fc::ui
