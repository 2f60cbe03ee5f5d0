#include "window/filecommands.h"

#include "export/comparisonexporter.h"
#include "model/comparison.h"
#include "sidecolors.h"
#include "window/editorspage.h"

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
    if (!p->saveFile(path, &error))
        QMessageBox::warning(m_window, tr("Save file"), error);
    else
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
    if (!exportComparison(comparison, analysis, path, DataFormat(format), &error))
        QMessageBox::warning(m_window, tr("Export comparison"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
}

} // namespace fc::ui
