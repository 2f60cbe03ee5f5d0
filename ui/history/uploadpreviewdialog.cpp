#include "history/uploadpreviewdialog.h"

#include "cloud/syncsettings.h"
#include "history/uploadqueue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc::ui {

namespace {

QString summaryOf(const QJsonObject &doc, const QString &backend, bool live)
{
    QStringList sides;
    const QJsonArray runs = doc.value(QStringLiteral("codeRuns")).toArray();
    for (int i = 0; i < runs.size(); ++i) {
        const QJsonObject s = runs.at(i).toObject();
        const QString name = s.value(QStringLiteral("languageName")).toString();
        sides << UploadPreviewDialog::tr("%1: %2 code (%3 lines)")
                     .arg(i == 0 ? QStringLiteral("A") : QStringLiteral("B"),
                          (name.isEmpty() ? s.value(QStringLiteral("lang")).toString() : name)
                              .toHtmlEscaped())
                     .arg(s.value(QStringLiteral("code")).toString().count(QLatin1Char('\n')) + 1);
    }
    const QString what =
        live ? UploadPreviewDialog::tr("While the comparison runs, each measured run is sent to "
                                       "<b>%1</b> as it arrives, then the result.")
                   .arg(backend.toHtmlEscaped())
             : UploadPreviewDialog::tr("The comparison is uploaded to <b>%1</b>.")
                   .arg(backend.toHtmlEscaped());
    return UploadPreviewDialog::tr(
               "<p>%1 <b>Anyone with the link can read it.</b></p>"
               "<p>It holds: the code of both sides (%2), their flags, arguments and standard "
               "input, every run's figures, the compiler's and the programs' output, and this "
               "machine's processor, core count, memory and operating system.</p>"
               "<p>It does not hold this computer's name; work folders appear as relative "
               "paths, and your home folder as <tt>~</tt>. Below is the document exactly as it "
               "is sent.</p>")
        .arg(what, sides.join(QStringLiteral("; ")));
}

} // namespace

UploadPreviewDialog::UploadPreviewDialog(const QUrl &backend, const QJsonObject &document,
                                         bool live, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_dontAsk(new QCheckBox(tr("&Don't show this again"), this))
{
    setObjectName(QStringLiteral("uploadPreviewDialog"));
    setWindowTitle(live ? tr("Share Live: What Is Sent") : tr("Share: What Is Uploaded"));
    m_summary->setObjectName(QStringLiteral("uploadPreviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(summaryOf(document, UploadQueue::backendKey(backend), live));
    m_json->setObjectName(QStringLiteral("uploadPreviewJson"));
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setAccessibleName(tr("The document that is sent"));
    m_json->setPlainText(
        QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    m_dontAsk->setObjectName(QStringLiteral("uploadPreviewDontAsk"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go =
        buttons->addButton(live ? tr("Share &Live") : tr("&Upload"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("uploadPreviewAccept"));
    go->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_dontAsk);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 560);
}

bool UploadPreviewDialog::needed()
{
    return !syncsettings::uploadPreviewDismissed();
}

void UploadPreviewDialog::accept()
{
    if (m_dontAsk->isChecked())
        syncsettings::setUploadPreviewDismissed(true);
    QDialog::accept();
}

} // namespace fc::ui
