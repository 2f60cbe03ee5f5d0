#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fc {
struct Delivery;
}

namespace fc::ui {

/// What became of a share: the permalink with a Copy button, or "queued" / "failed" and why.
class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShareDialog(QWidget *parent = nullptr);

    void showUploading(const QString &backend);
    void showDelivery(const fc::Delivery &delivery);

    QLabel *statusLabel() const { return m_status; }
    QLineEdit *linkField() const { return m_link; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLabel *m_status;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_openInBrowser;
};

} // namespace fc::ui
