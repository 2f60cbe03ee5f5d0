#pragma once

#include <QObject>
#include <functional>

class QMainWindow;
class QMenu;

namespace fc {
struct Analysis;
struct Comparison;
} // namespace fc

namespace fc::ui {

class EditorsPage;
class RecentList;

/// File ▸ Open, Save, Save As, Open Comparison and Export: the dialogs, the questions before
/// code is replaced, what the status bar says afterwards, and the recent files and comparisons
/// they leave behind.
class FileCommands : public QObject
{
    Q_OBJECT
public:
    FileCommands(QMainWindow *window, EditorsPage *editors);

    /// Fills these menus with the files (code opened or saved) and comparison documents (opened
    /// or exported as JSON) used last.
    void setRecentMenus(QMenu *files, QMenu *comparisons);
    RecentList *recentFiles() const { return m_recentFiles; }
    RecentList *recentComparisons() const { return m_recentComparisons; }

    /// Asks for a file and opens it into `side`.
    void open(int side);
    /// Opens `path` into `side`, asking first when the user edited that side.
    bool openPath(int side, const QString &path);
    void save(int side, bool askForName);
    /// Asks for a file name and writes the comparison as JSON, CSV or Markdown (a DataFormat).
    void exportData(const fc::Comparison &comparison, const fc::Analysis &analysis, int format);
    /// "Replace <what>? Your edits there are not saved in a file." Yes/No, No by default.
    bool confirmReplace(const QString &what);
    /// Asks for a comparison document (fastercodes.comparison/1 JSON) and reads it.
    void openComparison();
    /// Reads a comparison document; comparisonRead() on success, a message box otherwise.
    bool openComparisonPath(const QString &path);
    /// Whether this machine's history knows a comparison (then a file's claim that its code is
    /// local is believed; otherwise the file's code is foreign, of origin "file").
    void setKnownHere(std::function<bool(const fc::Comparison &)> known)
    {
        m_knownHere = std::move(known);
    }

signals:
    void comparisonRead(const fc::Comparison &comparison);

private:
    void tellMissing(const QString &path, const QString &list);

    QMainWindow *m_window;
    EditorsPage *m_editors;
    RecentList *m_recentFiles = nullptr;
    RecentList *m_recentComparisons = nullptr;
    std::function<bool(const fc::Comparison &)> m_knownHere;
};

} // namespace fc::ui
