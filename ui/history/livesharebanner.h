#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace fc::ui {

/// The strip over the editors while a comparison is shared live: where it stands, the
/// permalink at once (to open or copy while the runs arrive), and any problem in words.
class LiveShareBanner : public QFrame
{
    Q_OBJECT
public:
    explicit LiveShareBanner(QWidget *parent = nullptr);

    void showCreating(const QString &backend);
    void showLive(const QString &permalink);
    void showFinished(const QString &permalink);
    /// `fatal`: the share stopped; else it is retried. The measurement goes on either way.
    void showProblem(const QString &message, bool fatal);

    QLabel *statusLabel() const { return m_status; }
    QString permalink() const { return m_link; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *openButton() const { return m_open; }

private:
    void setLink(const QString &permalink);

    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_close;
    QString m_link;
};

} // namespace fc::ui
