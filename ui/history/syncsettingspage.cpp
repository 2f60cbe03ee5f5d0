#include "history/syncsettingspage.h"

#include "cloud/permalink.h"
#include "cloud/syncsettings.h"
#include "theme/thememanager.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc::ui {

SyncSettingsPage::SyncSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_backend(new QLineEdit(this))
    , m_auto(new QCheckBox(tr("Upload every finished comparison"), this))
    , m_sites(new QPlainTextEdit(this))
    , m_api(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_backend->setPlaceholderText(QLatin1String(syncsettings::kDevelopmentBackend));
    m_backend->setToolTip(
        tr("Where comparisons are shared to and bare run ids are looked up. The local backend of "
           "'toolchains/dev backend' is %1.")
            .arg(QLatin1String(syncsettings::kDevelopmentBackend)));
    m_auto->setToolTip(tr("Off: only what you share is uploaded. On: every comparison that "
                          "finishes is queued for the backend."));
    const QString sitesHint =
        tr("One site per line. Links to these sites are read from the original service's API.");
    m_sites->setToolTip(sitesHint);
    m_sites->setTabChangesFocus(true);
    m_sites->setFixedHeight(
        m_sites->fontMetrics().lineSpacing() * 4 +
        2 * (m_sites->frameWidth() + int(m_sites->document()->documentMargin())));
    m_problem->setObjectName(QStringLiteral("syncSettingsProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto *sitesNote = new QLabel(sitesHint, this);
    sitesNote->setWordWrap(true);
    sitesNote->setEnabled(false); // a quiet note, as on the General tab

    auto *form = new QFormLayout;
    form->addRow(tr("&Backend:"), m_backend);
    form->addRow(QString(), m_auto);
    form->addRow(tr("Original &sites:"), m_sites);
    form->addRow(QString(), sitesNote);
    form->addRow(tr("Original &API:"), m_api);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1); // the rows stay together when the dialog is taller than they are
    load();
}

void SyncSettingsPage::load()
{
    m_backend->setText(syncsettings::hasStoredBackendUrl() ? syncsettings::backendUrl().toString()
                                                           : QString());
    m_auto->setChecked(syncsettings::uploadAutomatically());
    m_sites->setPlainText(syncsettings::originalSites().join(QLatin1Char('\n')));
    m_api->setText(syncsettings::originalApi().toString());
    m_problem->hide();
}

void SyncSettingsPage::showProblem(QWidget *field, const QString &label, const QString &text)
{
    // Which field, in its label's words ("&Backend:" → "Backend"), and the cursor goes there.
    QString name = label;
    name.remove(QLatin1Char('&'));
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    // A problem reads as one: red text that stays readable on light and dark palettes.
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText,
                     isDark(palette) ? QColor(0xF8, 0x71, 0x71) : QColor(0xB9, 0x1C, 0x1C));
    m_problem->setPalette(palette);
    m_problem->setText(tr("%1: %2").arg(name, text));
    m_problem->show();
    field->setFocus(Qt::OtherFocusReason);
}

bool SyncSettingsPage::confirmCleartext(const QUrl &backend)
{
    QMessageBox question(
        QMessageBox::Warning, tr("Unencrypted Backend"),
        tr("%1 is plain http on another machine. Sharing to it sends each comparison, and "
           "receives the write token that can delete it, unencrypted: anyone on the network "
           "path can read or change them. Use this backend anyway?")
            .arg(backend.toString()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("cleartextBackendQuestion"));
    question.setTextFormat(Qt::PlainText);
    question.button(QMessageBox::Yes)->setText(tr("Use Unencrypted"));
    question.setDefaultButton(QMessageBox::Cancel);
    question.setEscapeButton(QMessageBox::Cancel);
    return question.exec() == QMessageBox::Yes;
}

bool SyncSettingsPage::apply()
{
    QString error;
    std::optional<QUrl> backend;
    if (!m_backend->text().trimmed().isEmpty() &&
        !(backend = normalizedSite(m_backend->text(), &error))) {
        showProblem(m_backend, tr("&Backend:"), error);
        return false;
    }
    QStringList sites;
    for (const QString &line : m_sites->toPlainText().split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const auto site = normalizedSite(line, &error);
        if (!site) {
            showProblem(m_sites, tr("Original &sites:"), error);
            return false;
        }
        sites << site->toString();
    }
    const auto api = normalizedSite(m_api->text(), &error);
    if (!api) {
        showProblem(m_api, tr("Original &API:"), error);
        return false;
    }
    if (backend && isCleartextRemote(*backend) && !syncsettings::cleartextAllowed(*backend)) {
        if (!confirmCleartext(*backend)) {
            showProblem(m_backend, tr("&Backend:"),
                        tr("plain http to another machine: use https, or agree to send write "
                           "tokens unencrypted"));
            return false;
        }
        syncsettings::setCleartextAllowed(*backend, true);
    }
    syncsettings::setBackendUrl(backend.value_or(QUrl()));
    syncsettings::setUploadAutomatically(m_auto->isChecked());
    syncsettings::setOriginalSites(sites);
    syncsettings::setOriginalApi(*api);
    m_problem->hide();
    return true;
}

} // namespace fc::ui
