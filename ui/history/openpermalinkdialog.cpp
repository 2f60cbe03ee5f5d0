#include "history/openpermalinkdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc::ui {

OpenPermalinkDialog::OpenPermalinkDialog(const PermalinkContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_link(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Permalink"));
    auto *label = new QLabel(
        tr("&Link to a comparison (faster.codes or a backend of this app), or a run id:"), this);
    label->setBuddy(m_link);
    m_link->setPlaceholderText(QStringLiteral("https://faster.codes/?runId=…"));
    m_link->setClearButtonEnabled(true);
    m_hint->setTextFormat(Qt::PlainText); // says what is wrong with pasted text
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_link);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QLineEdit::textChanged, this, &OpenPermalinkDialog::validate);
    const QString clip = QApplication::clipboard()->text().trimmed();
    if (clip.size() < 2048 && clip.contains(QLatin1String("://")) &&
        parsePermalink(clip, m_context, nullptr))
        m_link->setText(clip);
    validate();
    resize(560, sizeHint().height());
}

QString OpenPermalinkDialog::link() const
{
    return m_link->text().trimmed();
}

void OpenPermalinkDialog::validate()
{
    QString error;
    const auto parsed = m_link->text().trimmed().isEmpty()
                            ? std::nullopt
                            : parsePermalink(m_link->text(), m_context, &error);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(parsed.has_value());
    if (parsed)
        m_hint->setText(parsed->kind == Permalink::Kind::Original
                            ? tr("Run %1 of the original faster.codes service, from %2")
                                  .arg(parsed->runId, parsed->apiUrl.host())
                            : tr("Run %1 from %2").arg(parsed->runId, parsed->site.toString()));
    else
        m_hint->setText(error);
}

} // namespace fc::ui
