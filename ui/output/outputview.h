#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace fc {
struct CompileResult;
struct Side;
} // namespace fc

namespace fc::ui {

/// The Output A / Output B tab: what went wrong (if anything) in words, the compiler's
/// diagnostics (activate one to jump to its line), and the program's stdout and stderr.
class OutputView : public QWidget
{
    Q_OBJECT
public:
    explicit OutputView(int side, QWidget *parent = nullptr);

    int side() const { return m_side; }
    void clear();
    /// Shows a compile result as soon as it arrives (before the runs).
    void setCompileResult(const fc::CompileResult &result);
    /// Shows everything about the side of a finished comparison.
    void setSide(const fc::Side &data);

    QTreeWidget *diagnostics() const { return m_diagnostics; }
    QPlainTextEdit *console() const { return m_console; }
    QString statusText() const;
    bool hasFailure() const { return m_failed; }

signals:
    /// A diagnostic was activated: jump to line (1-based) and column (1-based, 0 = unknown).
    void diagnosticActivated(int side, int line, int column);

private:
    void onActivated(QTreeWidgetItem *item);
    void fillDiagnostics(const fc::CompileResult &result);
    void setStatus(const QString &headline, const QString &detail, bool failed);

    int m_side;
    bool m_failed = false;
    QLabel *m_status;
    QLabel *m_detail;
    QTreeWidget *m_diagnostics;
    QPlainTextEdit *m_console;
};

} // namespace fc::ui
