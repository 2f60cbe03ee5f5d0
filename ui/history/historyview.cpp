#include "history/historyview.h"

#include "controltext.h"
#include "history/historymodel.h"
#include "history/historystore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fc::ui {

namespace {

constexpr int kUndoSeconds = 15;

} // namespace

HistoryView::HistoryView(HistoryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(store, this))
    , m_search(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_starred(new QCheckBox(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(this))
    , m_rerun(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_share(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_more(new QToolButton(this))
    , m_undoBar(new QWidget(this))
    , m_undoText(new QLabel(m_undoBar))
    , m_undo(new QPushButton(m_undoBar))
    , m_undoTimer(new QTimer(this))
{
    m_undoText->setTextFormat(Qt::PlainText); // a downloaded comparison's title
    m_search->setClearButtonEnabled(true);
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_more);
    moreMenu->addAction(QString(), this, &HistoryView::starCurrent);
    moreMenu->addAction(QString(), this, &HistoryView::copyLinkOfCurrent);
    moreMenu->addAction(QString(), this, [this] {
        if (const qint64 id = currentId())
            emit deleteFromServerRequested(id);
    });
    m_more->setMenu(moreMenu);
    retranslate();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::VerdictColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_language);
    filters->addWidget(m_starred);

    auto *buttons = new QHBoxLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_open, m_rerun, m_duplicate, m_share, m_delete, m_more})
        buttons->addWidget(w);
    buttons->addStretch(1);

    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoSeconds * 1000);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_undoBar);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryView::applyFilter);
    connect(m_language, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_starred, &QCheckBox::toggled, this, &HistoryView::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = currentId())
            emit openRequested(id);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &HistoryView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryView::updateActions);
    const auto forward = [this](void (HistoryView::*signal)(qint64)) {
        return [this, signal] {
            if (const qint64 id = currentId())
                emit(this->*signal)(id);
        };
    };
    connect(m_open, &QPushButton::clicked, this, forward(&HistoryView::openRequested));
    connect(m_rerun, &QPushButton::clicked, this, forward(&HistoryView::rerunRequested));
    connect(m_duplicate, &QPushButton::clicked, this, forward(&HistoryView::duplicateRequested));
    connect(m_share, &QPushButton::clicked, this, forward(&HistoryView::shareRequested));
    connect(m_delete, &QPushButton::clicked, this, &HistoryView::deleteCurrent);
    connect(m_undo, &QPushButton::clicked, this, &HistoryView::undoDelete);
    connect(m_undoTimer, &QTimer::timeout, m_undoBar, &QWidget::hide);
    connect(&store, &HistoryStore::entryAdded, this, &HistoryView::refreshLanguages);

    refreshLanguages();
    updateActions();
}

void HistoryView::retranslate()
{
    m_search->setPlaceholderText(tr("Search title, code, language, verdict…"));
    m_search->setAccessibleName(tr("Search the history"));
    m_language->setAccessibleName(tr("Language"));
    m_starred->setText(tr("Starred only"));
    setTextAndTip(m_open, tr("Open"), tr("Show the results and put the code in the editors"));
    setTextAndTip(m_rerun, tr("Re-run"), tr("Run this comparison again on this machine"));
    setTextAndTip(m_duplicate, tr("Duplicate"),
                  tr("Put this code into the editors as a new, editable comparison"));
    m_share->setText(tr("Share…"));
    setTextAndTip(m_delete, tr("Delete"),
                  tr("Delete from the history (can be undone for a while)"));
    m_undo->setText(tr("Undo"));
    m_more->setText(tr("More"));
    const QList<QAction *> more = m_more->menu()->actions();
    more[0]->setText(tr("Star / Unstar"));
    more[1]->setText(tr("Copy Link"));
    more[2]->setText(tr("Delete from Server"));
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshLanguages(); // "All languages"
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

qint64 HistoryView::currentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(HistoryModel::EntryIdRole).toLongLong();
}

void HistoryView::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void HistoryView::applyFilter()
{
    const qint64 selected = currentId();
    HistoryQuery query;
    query.text = m_search->text();
    query.language = m_language->currentData().toString();
    query.starredOnly = m_starred->isChecked();
    m_model->setQuery(query);
    select(selected);
}

void HistoryView::refreshLanguages()
{
    const QString current = m_language->currentData().toString();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    for (const QString &id : m_store.languages())
        m_language->addItem(id, id);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
}

void HistoryView::updateActions()
{
    const qint64 id = currentId();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool uploaded =
        !rows.isEmpty() && !rows.first().data(HistoryModel::PermalinkRole).toString().isEmpty();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_open, m_rerun, m_duplicate, m_share, m_delete, m_more})
        w->setEnabled(id != 0);
    const QList<QAction *> more = m_more->menu()->actions();
    if (more.size() == 3) {
        more[1]->setEnabled(uploaded);
        more[2]->setEnabled(uploaded);
    }
}

void HistoryView::starCurrent()
{
    if (const qint64 id = currentId()) {
        const auto entry = m_store.entry(id);
        if (entry)
            m_store.setStarred(id, !entry->starred);
    }
}

void HistoryView::deleteCurrent()
{
    const qint64 id = currentId();
    const auto entry = id ? m_store.entry(id) : std::nullopt;
    if (!entry || !m_store.remove(id))
        return;
    m_lastDeleted = id;
    const QString name =
        entry->title.isEmpty() ? tr("%1 vs %2").arg(entry->langA, entry->langB) : entry->title;
    m_undoText->setText(tr("Deleted “%1”.").arg(name));
    m_undoBar->show();
    m_undoTimer->start();
}

void HistoryView::undoDelete()
{
    if (m_lastDeleted != 0 && m_store.restore(m_lastDeleted))
        select(m_lastDeleted);
    m_lastDeleted = 0;
    m_undoTimer->stop();
    m_undoBar->hide();
}

void HistoryView::copyLinkOfCurrent()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString link = rows.first().data(HistoryModel::PermalinkRole).toString();
    if (!link.isEmpty())
        QApplication::clipboard()->setText(link);
}

void HistoryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this] { emit openRequested(currentId()); });
    menu.addAction(tr("Re-run"), this, [this] { emit rerunRequested(currentId()); });
    menu.addAction(tr("Duplicate into the Editors"), this,
                   [this] { emit duplicateRequested(currentId()); });
    menu.addSeparator();
    menu.addAction(index.data(HistoryModel::StarredRole).toBool() ? tr("Unstar") : tr("Star"), this,
                   &HistoryView::starCurrent);
    menu.addAction(tr("Share…"), this, [this] { emit shareRequested(currentId()); });
    const bool uploaded = !index.data(HistoryModel::PermalinkRole).toString().isEmpty();
    menu.addAction(tr("Copy Link"), this, &HistoryView::copyLinkOfCurrent)->setEnabled(uploaded);
    menu.addAction(tr("Delete from Server"), this,
                   [this] { emit deleteFromServerRequested(currentId()); })
        ->setEnabled(uploaded);
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, &HistoryView::deleteCurrent);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace fc::ui
