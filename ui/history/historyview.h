#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace fc {
class HistoryStore;
}

namespace fc::ui {

class HistoryModel;

/// The history: search by text and language, star, delete with undo, and the actions on an
/// entry (open, re-run, duplicate into the editors, share, copy its link, delete from server).
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(fc::HistoryStore &store, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *languageFilter() const { return m_language; }
    QCheckBox *starredOnly() const { return m_starred; }
    QPushButton *undoButton() const { return m_undo; }

    /// The selected entry's id, 0 if none.
    qint64 currentId() const;
    void select(qint64 id);

public slots:
    void starCurrent();
    /// Removes the selected entry; "Undo" brings it back for a while.
    void deleteCurrent();
    void undoDelete();
    void copyLinkOfCurrent();

signals:
    void openRequested(qint64 id);
    void rerunRequested(qint64 id);
    void duplicateRequested(qint64 id);
    void shareRequested(qint64 id);
    void deleteFromServerRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void refreshLanguages();
    void updateActions();
    void showContextMenu(const QPoint &pos);

    fc::HistoryStore &m_store;
    HistoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_language;
    QCheckBox *m_starred;
    QTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_rerun;
    QPushButton *m_duplicate;
    QPushButton *m_share;
    QPushButton *m_delete;
    QToolButton *m_more;
    QWidget *m_undoBar;
    QLabel *m_undoText;
    QPushButton *m_undo;
    QTimer *m_undoTimer;
    qint64 m_lastDeleted = 0;
};

} // namespace fc::ui
