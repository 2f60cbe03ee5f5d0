#pragma once

#include <QDialog>

class QTreeWidget;

namespace fc::ui {

class LanguageCatalog;

/// About faster.codes: what it is, its version and those of Qt, KF6 SyntaxHighlighting and the
/// detected toolchains (copyable for bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const LanguageCatalog *catalog, QWidget *parent = nullptr);

    /// Everything shown, as plain text (what "Copy" puts on the clipboard).
    QString versionsText() const;

private:
    QString m_text;
    QTreeWidget *m_toolchains;
};

} // namespace fc::ui
