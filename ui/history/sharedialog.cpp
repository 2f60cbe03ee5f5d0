#include "history/sharedialog.h"

#include "cloud/syncservice.h"
#include "history/uploadqueue.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc::ui {

ShareDialog::ShareDialog(QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_openInBrowser(new QPushButton(tr("Open in Browser"), this))
{
    setWindowTitle(tr("Share Comparison"));
    m_status->setTextFormat(Qt::PlainText); // servers' messages
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Permalink"));
    m_copy->setToolTip(tr("Copy the permalink to the clipboard"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(m_copy);
    row->addWidget(m_openInBrowser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link->text());
        m_copy->setText(tr("Copied"));
    });
    connect(m_openInBrowser, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(m_link->text())); });
    resize(560, sizeHint().height());
}

void ShareDialog::showUploading(const QString &backend)
{
    m_status->setText(tr("Uploading to %1…").arg(backend));
    m_link->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_link, m_copy, m_openInBrowser})
        w->setEnabled(false);
}

void ShareDialog::showDelivery(const Delivery &d)
{
    const QString backend = UploadQueue::backendKey(d.backend);
    switch (d.result) {
    case Delivery::Result::Delivered:
        m_status->setText(
            tr("Shared on %1. Anyone with this link can see the comparison:").arg(backend));
        m_link->setText(d.permalink);
        break;
    case Delivery::Result::Queued:
        m_status->setText(tr("Queued: %1.\nIt will be uploaded to %2 when the server can be "
                             "reached; the history shows "
                             "its state.")
                              .arg(d.message, backend));
        break;
    case Delivery::Result::Failed:
        m_status->setText(tr("Not shared: %1").arg(d.message));
        break;
    }
    const bool ok = d.result == Delivery::Result::Delivered;
    for (QWidget *w : std::initializer_list<QWidget *>{m_link, m_copy, m_openInBrowser})
        w->setEnabled(ok);
    m_copy->setText(tr("Copy"));
    if (ok)
        m_copy->setFocus();
}

} // namespace fc::ui
