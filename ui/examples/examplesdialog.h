#pragma once

#include "examples/example.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace fc::ui {

/// The examples gallery: a searchable list of classic pairs with a description and a preview
/// of both sides; pairs whose toolchains are missing say what to install.
class ExamplesDialog : public QDialog
{
    Q_OBJECT
public:
    /// `installed(languageId)` tells whether a toolchain is there (for the hints).
    ExamplesDialog(const QList<Example> &examples, std::function<bool(const QString &)> installed,
                   std::function<QString(const QString &)> languageName, QWidget *parent = nullptr);

    /// The chosen example's id after exec() returned Accepted.
    QString selectedId() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void showCurrent();

    QList<Example> m_examples;
    std::function<bool(const QString &)> m_installed;
    std::function<QString(const QString &)> m_languageName;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_description;
    std::array<QPlainTextEdit *, 2> m_preview{};
    std::array<QLabel *, 2> m_previewTitle{};
};

} // namespace fc::ui
