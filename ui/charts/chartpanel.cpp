#include "charts/chartpanel.h"

#include "charts/chartstyle.h"
#include "export/chartexporter.h"
#include "theme/icons.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace fc::ui {

ChartPanel::ChartPanel(QChart *chart, QWidget *parent)
    : QFrame(parent)
    , m_view(new QChartView(chart, this))
    , m_export(new QToolButton(this))
{
    setFrameShape(QFrame::NoFrame);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(240, 180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_export->setObjectName(QStringLiteral("exportChart"));
    m_export->setIcon(icon(QStringLiteral("document-export"), QStringLiteral("export")));
    m_export->setAutoRaise(true);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolTip(tr("Export this chart"));
    m_export->setAccessibleName(tr("Export chart"));
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Save as PNG (2×)…"), this, [this] { exportAs(QStringLiteral("png")); });
    menu->addAction(tr("Save as SVG…"), this, [this] { exportAs(QStringLiteral("svg")); });
    menu->addAction(tr("Save as PDF…"), this, [this] { exportAs(QStringLiteral("pdf")); });
    menu->addSeparator();
    menu->addAction(tr("Copy to clipboard"), this, [this] { copyChartToClipboard(m_view); });
    m_export->setMenu(menu);
    m_export->raise();
    styleChart(chart, palette());
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    styleChart(chart, palette());
    m_view->setChart(chart);
    delete old;
    m_export->raise();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleChart(m_view->chart(), palette());
    QFrame::changeEvent(event);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeButton();
}

void ChartPanel::placeButton()
{
    const QSize hint = m_export->sizeHint();
    m_export->setGeometry(width() - hint.width() - 4, 4, hint.width(), hint.height());
}

void ChartPanel::exportAs(const QString &format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter = format == QLatin1String("png")   ? tr("PNG image (*.png)")
                           : format == QLatin1String("svg") ? tr("SVG image (*.svg)")
                                                            : tr("PDF document (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), dir + QLatin1Char('/') + m_exportName + QLatin1Char('.') + format,
        filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(m_view, path, chartFormatFromPath(path), &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace fc::ui
