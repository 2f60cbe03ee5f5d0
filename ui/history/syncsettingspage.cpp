#include "history/syncsettingspage.h"

#include "cloud/permalink.h"
#include "cloud/syncsettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

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
    m_sites->setToolTip(
        tr("One site per line. Links to these sites are read from the original service's API."));
    m_sites->setMaximumHeight(m_sites->fontMetrics().lineSpacing() * 5);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Backend:"), m_backend);
    form->addRow(QString(), m_auto);
    form->addRow(tr("Original &sites:"), m_sites);
    form->addRow(tr("Original &API:"), m_api);
    form->addRow(m_problem);
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

bool SyncSettingsPage::apply()
{
    QString error;
    std::optional<QUrl> backend;
    if (!m_backend->text().trimmed().isEmpty() &&
        !(backend = normalizedSite(m_backend->text(), &error))) {
        m_problem->setText(error);
        m_problem->show();
        return false;
    }
    const auto api = normalizedSite(m_api->text(), &error);
    if (!api) {
        m_problem->setText(error);
        m_problem->show();
        return false;
    }
    QStringList sites;
    for (const QString &line :
         m_sites->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto site = normalizedSite(line, &error);
        if (!site) {
            m_problem->setText(error);
            m_problem->show();
            return false;
        }
        sites << site->toString();
    }
    syncsettings::setBackendUrl(backend.value_or(QUrl()));
    syncsettings::setUploadAutomatically(m_auto->isChecked());
    syncsettings::setOriginalSites(sites);
    syncsettings::setOriginalApi(*api);
    m_problem->hide();
    return true;
}

} // namespace fc::ui
