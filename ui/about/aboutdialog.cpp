#include "about/aboutdialog.h"

#include "languages/languagecatalog.h"
#include "theme/icons.h"
#include "version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <ksyntaxhighlighting_version.h>

namespace fc::ui {

AboutDialog::AboutDialog(const LanguageCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_toolchains(new QTreeWidget)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About faster.codes"));

    auto *logo = new QLabel;
    logo->setPixmap(shippedIcon(QStringLiteral("fastercodes")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    auto *title =
        new QLabel(QStringLiteral("<h2>faster.codes %1</h2>").arg(fc::version().toHtmlEscaped()));
    auto *blurb = new QLabel(
        tr("Which of two snippets is faster, by how much, and how sure we are — on your machine."));
    blurb->setWordWrap(true);

    const QStringList libraries{
        tr("Qt %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("KDE Frameworks SyntaxHighlighting %1")
            .arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)),
        tr("%1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()),
    };
    auto *libs = new QLabel(libraries.join(QStringLiteral("<br>")));
    libs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *link =
        new QLabel(QStringLiteral("<a href=\"https://faster.codes\">https://faster.codes</a>"));
    link->setOpenExternalLinks(true);
    auto *licence = new QLabel(
        tr("Free software under the <a href=\"%1\">GNU General Public License, version 3</a> "
           "or later: you may share and change it under its terms. It comes with no warranty.")
            .arg(licenceUrl().toString()));
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);

    m_toolchains->setObjectName(QStringLiteral("toolchainVersions"));
    m_toolchains->setHeaderLabels({tr("Language"), tr("Toolchain")});
    m_toolchains->setRootIsDecorated(false);
    m_toolchains->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_text = QStringLiteral("faster.codes %1 (GPL-3.0-or-later)\n%2\n\n")
                 .arg(fc::version(), libraries.join(QLatin1Char('\n')));
    if (catalog) {
        for (const LanguageEntry &entry : catalog->entries()) {
            const ToolchainStatus status = catalog->status(entry.id);
            QString what;
            switch (entry.state) {
            case LanguageEntry::State::Installed:
                what = status.versionText.isEmpty() ? entry.version : status.versionText;
                break;
            case LanguageEntry::State::Missing:
                what = tr("not installed (%1)").arg(entry.installHint);
                break;
            case LanguageEntry::State::Broken:
                what = tr("not working: %1").arg(status.message);
                break;
            case LanguageEntry::State::Unknown:
                what = tr("not checked yet");
                break;
            }
            auto *item = new QTreeWidgetItem(m_toolchains, {entry.displayName, what});
            if (entry.state != LanguageEntry::State::Installed)
                item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
            m_text += QStringLiteral("%1: %2\n").arg(entry.displayName, what);
        }
    }

    auto *head = new QHBoxLayout;
    head->setSpacing(16);
    head->addWidget(logo);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(8);
    texts->addWidget(title);
    texts->addWidget(blurb);
    texts->addWidget(libs);
    texts->addWidget(link);
    texts->addWidget(licence);
    head->addLayout(texts, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(head);
    layout->addWidget(m_toolchains, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

QUrl AboutDialog::documentationUrl()
{
    return QUrl(QStringLiteral("https://faster.codes/docs/"));
}

QUrl AboutDialog::licenceUrl()
{
    return QUrl(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
}

QString AboutDialog::versionsText() const
{
    return m_text;
}

} // namespace fc::ui
