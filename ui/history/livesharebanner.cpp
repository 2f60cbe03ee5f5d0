#include "history/livesharebanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace fc::ui {

LiveShareBanner::LiveShareBanner(QWidget *parent)
    : QFrame(parent)
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy Link"), this))
    , m_open(new QPushButton(tr("Open in &Browser"), this))
    , m_close(new QPushButton(tr("Hide"), this))
{
    setObjectName(QStringLiteral("liveShareBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(QStringLiteral("liveShareStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    m_copy->setObjectName(QStringLiteral("liveShareCopy"));
    m_open->setObjectName(QStringLiteral("liveShareOpen"));
    m_close->setToolTip(tr("Hide this notice (the share goes on)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_copy);
    layout->addWidget(m_open);
    layout->addWidget(m_close);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link);
        m_copy->setText(tr("Copied"));
    });
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_link)); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    setLink({});
    hide();
}

void LiveShareBanner::setLink(const QString &permalink)
{
    m_link = permalink;
    m_copy->setEnabled(!permalink.isEmpty());
    m_open->setEnabled(!permalink.isEmpty());
    m_copy->setText(tr("&Copy Link"));
}

void LiveShareBanner::showCreating(const QString &backend)
{
    setLink({});
    m_status->setText(tr("Sharing live: creating the run on %1…").arg(backend.toHtmlEscaped()));
    show();
}

void LiveShareBanner::showLive(const QString &permalink)
{
    setLink(permalink);
    m_status->setText(tr("<b>Shared live</b>: anyone with the link sees the runs arrive: "
                         "<a href=\"%1\">%1</a>")
                          .arg(permalink.toHtmlEscaped()));
    show();
}

void LiveShareBanner::showFinished(const QString &permalink)
{
    setLink(permalink);
    m_status->setText(tr("<b>Shared</b>: the result is online at <a href=\"%1\">%1</a>")
                          .arg(permalink.toHtmlEscaped()));
    show();
}

void LiveShareBanner::showProblem(const QString &message, bool fatal)
{
    if (fatal)
        setLink({});
    m_status->setText(
        fatal ? tr("<b>Live share stopped</b>: %1. The measurement goes on; share the result "
                   "when it ends (File → Share).")
                    .arg(message.toHtmlEscaped())
              : tr("<b>Live share interrupted</b>: %1. Trying again; the measurement goes on.")
                    .arg(message.toHtmlEscaped()));
    show();
}

} // namespace fc::ui
