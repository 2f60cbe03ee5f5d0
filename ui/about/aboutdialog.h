#pragma once

#include <QDialog>
#include <QUrl>

class QTreeWidget;

namespace fc::ui {

class LanguageCatalog;

/// About faster.codes: what it is, its version and licence, the versions of Qt, KF6
/// SyntaxHighlighting and the detected toolchains (copyable for bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const LanguageCatalog *catalog, QWidget *parent = nullptr);

    /// Everything shown, as plain text (what "Copy" puts on the clipboard).
    QString versionsText() const;

    /// Where the user guide lives (Help ▸ Documentation).
    static QUrl documentationUrl();
    /// The licence's text on the web (the app is GPL-3.0-or-later, LICENSE in the sources).
    static QUrl licenceUrl();

private:
    QString m_text;
    QTreeWidget *m_toolchains;
};

} // namespace fc::ui
