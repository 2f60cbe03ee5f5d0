#include "window/detectionindicator.h"

#include "languages/languagecatalog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace fc::ui {

DetectionIndicator::DetectionIndicator(const LanguageCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("detectionIndicator"));
    m_bar->setRange(0, 0); // busy: how long each toolchain takes to answer is not known
    m_bar->setTextVisible(false);
    m_bar->setFixedSize(64, 12);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    connect(catalog, &LanguageCatalog::detectionStarted, this, &DetectionIndicator::update);
    connect(catalog, &LanguageCatalog::detectionFinished, this, &DetectionIndicator::update);
    retranslate();
    update();
}

void DetectionIndicator::retranslate()
{
    m_label->setText(tr("Checking toolchains…"));
    setToolTip(tr("Finding out which compilers and interpreters this machine has"));
}

void DetectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetectionIndicator::update()
{
    setVisible(m_catalog->isDetecting());
}

} // namespace fc::ui
