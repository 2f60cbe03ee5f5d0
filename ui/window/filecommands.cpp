#include "window/filecommands.h"

#include "export/comparisonexporter.h"
#include "model/comparison.h"
#include "model/comparisonjson.h"
#include "sidecolors.h"
#include "window/editorspage.h"
#include "window/recentlist.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace fc::ui {

namespace {

const char *const kDataFormatSuffixes[] = {"json", "csv", "md"};

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

FileCommands::FileCommands(QMainWindow *window, EditorsPage *editors)
    : QObject(window)
    , m_window(window)
    , m_editors(editors)
{}

void FileCommands::setRecentMenus(QMenu *files, QMenu *comparisons)
{
    m_recentFiles = new RecentList(QStringLiteral("recent/files"), files, this);
    m_recentComparisons = new RecentList(QStringLiteral("recent/comparisons"), comparisons, this);
    connect(m_recentFiles, &RecentList::chosen, this,
            [this](const QString &path) { openPath(m_editors->focusedSide(), path); });
    connect(m_recentComparisons, &RecentList::chosen, this, &FileCommands::openComparisonPath);
    connect(m_recentFiles, &RecentList::missing, this,
            [this](const QString &path) { tellMissing(path, tr("Open Recent")); });
    connect(m_recentComparisons, &RecentList::missing, this,
            [this](const QString &path) { tellMissing(path, tr("Recent Comparisons")); });
}

void FileCommands::tellMissing(const QString &path, const QString &list)
{
    // Not modal for the application: the window stays usable, tests find it by name.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("File not found"),
        tr("“%1” is no longer there (moved, renamed or deleted), so it was removed from %2.")
            .arg(QDir::toNativeSeparators(path), list),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("recentMissing"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FileCommands::openComparison()
{
    const QStringList recent = m_recentComparisons ? m_recentComparisons->paths() : QStringList();
    const QString start = recent.isEmpty() ? documents() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open comparison"), start,
        tr("Comparisons (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openComparisonPath(path);
}

bool FileCommands::openComparisonPath(const QString &path)
{
    if (m_editors->isTouched() && !confirmReplace(tr("the code in both editors")))
        return false;
    QFile file(path);
    QString error;
    std::optional<Comparison> comparison;
    if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    else
        comparison = comparisonFromJson(file.readAll(), &error);
    if (!comparison) {
        QMessageBox::warning(
            m_window, tr("Open comparison"),
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    // A file may come from anywhere, whatever it says of itself: its code is someone else's
    // (asked about before it runs) unless the history knows it, as `fastercodes share` decides.
    // The name only, not the path: the origin goes into the history and into shares.
    if (comparison->sourceKind == Comparison::SourceKind::Local &&
        !(m_knownHere && m_knownHere(*comparison))) {
        comparison->sourceKind = Comparison::SourceKind::File;
        comparison->sourceUrl = QFileInfo(path).fileName();
    }
    if (m_recentComparisons)
        m_recentComparisons->add(path);
    emit comparisonRead(*comparison);
    m_window->statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool FileCommands::confirmReplace(const QString &what)
{
    return QMessageBox::question(
               m_window, tr("Replace the code?"),
               tr("Replace %1? Your edits there are not saved in a file.").arg(what),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void FileCommands::open(int side)
{
    const SidePane *p = m_editors->pane(side);
    QStringList patterns;
    for (const LanguageEntry &e : p->languages()) {
        for (const QString &ext : e.extensions)
            patterns << QStringLiteral("*.") + ext;
    }
    const QString filter = tr("Source files (%1)").arg(patterns.join(QLatin1Char(' '))) +
                           QStringLiteral(";;") + tr("All files (*)");
    const QString start =
        p->filePath().isEmpty() ? documents() : QFileInfo(p->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open into side %1").arg(sideName(side)), start, filter);
    if (!path.isEmpty())
        openPath(side, path);
}

bool FileCommands::openPath(int side, const QString &path)
{
    SidePane *p = m_editors->pane(side);
    if (p->isTouched() && !confirmReplace(tr("the code of side %1").arg(sideName(side))))
        return false;
    QString error;
    if (!p->openFile(path, &error)) {
        QMessageBox::warning(m_window, tr("Open file"), error);
        return false;
    }
    if (m_recentFiles)
        m_recentFiles->add(path);
    m_window->statusBar()->showMessage(
        tr("Opened %1 into %2").arg(QFileInfo(path).fileName(), sideName(side)), 4000);
    return true;
}

void FileCommands::save(int side, bool askForName)
{
    SidePane *p = m_editors->pane(side);
    QString path = p->filePath();
    if (askForName || path.isEmpty()) {
        QString suggested = documents() + QLatin1Char('/');
        for (const LanguageEntry &e : p->languages()) {
            if (e.id == p->languageId() && !e.extensions.isEmpty())
                suggested += QStringLiteral("%1.%2").arg(
                    side == 0 ? QStringLiteral("a") : QStringLiteral("b"), e.extensions.first());
        }
        path = QFileDialog::getSaveFileName(m_window, tr("Save side %1").arg(sideName(side)),
                                            path.isEmpty() ? suggested : path);
        if (path.isEmpty())
            return;
    }
    QString error;
    if (!p->saveFile(path, &error)) {
        QMessageBox::warning(m_window, tr("Save file"), error);
        return;
    }
    if (m_recentFiles)
        m_recentFiles->add(path);
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
}

void FileCommands::exportData(const Comparison &comparison, const Analysis &analysis, int format)
{
    const QString suffix = QLatin1String(kDataFormatSuffixes[format]);
    const QString filters[] = {tr("JSON (*.json)"), tr("CSV (*.csv)"), tr("Markdown (*.md)")};
    QString base = comparison.title.isEmpty() ? QStringLiteral("comparison") : comparison.title;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export comparison"),
        documents() + QLatin1Char('/') + base + QLatin1Char('.') + suffix, filters[format]);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportComparison(comparison, analysis, path, DataFormat(format), &error)) {
        QMessageBox::warning(m_window, tr("Export comparison"), error);
        return;
    }
    // A JSON export can be opened again as a comparison; CSV and Markdown cannot.
    if (DataFormat(format) == DataFormat::Json && m_recentComparisons)
        m_recentComparisons->add(path);
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
}

} // namespace fc::ui
