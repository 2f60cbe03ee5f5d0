#pragma once

#include <QObject>

class QMainWindow;

namespace fc {
struct Analysis;
struct Comparison;
} // namespace fc

namespace fc::ui {

class EditorsPage;

/// File ▸ Open, Save, Save As and Export: the dialogs, the questions before code is replaced
/// and what the status bar says afterwards.
class FileCommands : public QObject
{
    Q_OBJECT
public:
    FileCommands(QMainWindow *window, EditorsPage *editors);

    /// Asks for a file and opens it into `side`.
    void open(int side);
    /// Opens `path` into `side`, asking first when the user edited that side.
    bool openPath(int side, const QString &path);
    void save(int side, bool askForName);
    /// Asks for a file name and writes the comparison as JSON, CSV or Markdown (a DataFormat).
    void exportData(const fc::Comparison &comparison, const fc::Analysis &analysis, int format);
    /// "Replace <what>? Your edits there are not saved in a file." Yes/No, No by default.
    bool confirmReplace(const QString &what);

private:
    QMainWindow *m_window;
    EditorsPage *m_editors;
};

} // namespace fc::ui
