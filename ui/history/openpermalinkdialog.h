#pragma once

#include "cloud/permalink.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fc::ui {

/// File → Open Permalink: paste a link (taken from the clipboard when it holds one); says at
/// once whether it is one and where it would be fetched from.
class OpenPermalinkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenPermalinkDialog(const fc::PermalinkContext &context, QWidget *parent = nullptr);

    QString link() const;
    QLineEdit *linkField() const { return m_link; }
    QLabel *hintLabel() const { return m_hint; }

private:
    void validate();

    fc::PermalinkContext m_context;
    QLineEdit *m_link;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace fc::ui
