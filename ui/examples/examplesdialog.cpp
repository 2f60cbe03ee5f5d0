#include "examples/examplesdialog.h"

#include "sidecolors.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace fc::ui {

ExamplesDialog::ExamplesDialog(const QList<Example> &examples,
                               std::function<bool(const QString &)> installed,
                               std::function<QString(const QString &)> languageName,
                               QWidget *parent)
    : QDialog(parent)
    , m_examples(examples)
    , m_installed(std::move(installed))
    , m_languageName(std::move(languageName))
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
    , m_description(new QLabel)
{
    setObjectName(QStringLiteral("examplesDialog"));
    setWindowTitle(tr("Examples"));
    m_filter->setPlaceholderText(tr("Filter by title or language"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("examplesList"));
    m_list->setMinimumWidth(320);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    for (const Example &e : std::as_const(m_examples)) {
        auto *item = new QListWidgetItem(e.title, m_list);
        item->setData(Qt::UserRole, e.id);
        const bool ready = m_installed(e.sides[0].language) && m_installed(e.sides[1].language);
        item->setToolTip(e.description);
        if (!ready)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }

    auto *previews = new QHBoxLayout;
    previews->setSpacing(8);
    for (int side = 0; side < 2; ++side) {
        auto *column = new QVBoxLayout;
        column->setSpacing(4);
        m_previewTitle[size_t(side)] = new QLabel;
        m_previewTitle[size_t(side)]->setStyleSheet(
            QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(sideColor(side).name()));
        m_preview[size_t(side)] = new QPlainTextEdit;
        m_preview[size_t(side)]->setReadOnly(true);
        m_preview[size_t(side)]->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_preview[size_t(side)]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_preview[size_t(side)]->setFocusPolicy(Qt::ClickFocus);
        column->addWidget(m_previewTitle[size_t(side)]);
        column->addWidget(m_preview[size_t(side)], 1);
        previews->addLayout(column, 1);
    }
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_description);
    rightLayout->addLayout(previews, 1);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExamplesDialog::showCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, &ExamplesDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(960, 600);
    m_list->setCurrentRow(0);
    m_filter->setFocus();
}

QString ExamplesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

bool ExamplesDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down in the filter move through the list, so the keyboard never has to leave it.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            int row = m_list->currentRow();
            const int step = key == Qt::Key_Down ? 1 : -1;
            for (int r = row + step; r >= 0 && r < m_list->count(); r += step) {
                if (!m_list->item(r)->isHidden()) {
                    m_list->setCurrentRow(r);
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ExamplesDialog::applyFilter(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const Example &e = m_examples.at(row);
        const QString haystack = e.title + QLatin1Char(' ') + e.category + QLatin1Char(' ') +
                                 e.sides[0].language + QLatin1Char(' ') + e.sides[1].language +
                                 QLatin1Char(' ') + m_languageName(e.sides[0].language) +
                                 QLatin1Char(' ') + m_languageName(e.sides[1].language);
        bool match = true;
        for (const QString &word : words)
            match = match && haystack.contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(first);
}

void ExamplesDialog::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_examples.size())
        return;
    const Example &e = m_examples.at(row);
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(e.title.toHtmlEscaped(), e.description.toHtmlEscaped());
    QStringList missing;
    for (const ExampleSide &s : e.sides) {
        if (!m_installed(s.language) && !missing.contains(m_languageName(s.language)))
            missing << m_languageName(s.language);
    }
    if (!missing.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Not installed here: %1")
                             .arg(missing.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    m_description->setText(html);
    for (int side = 0; side < 2; ++side) {
        const ExampleSide &s = e.sides[size_t(side)];
        QString title = QStringLiteral("%1 · %2").arg(sideName(side), m_languageName(s.language));
        if (!s.flags.isEmpty())
            title += QStringLiteral(" · ") + s.flags;
        m_previewTitle[size_t(side)]->setText(title);
        m_preview[size_t(side)]->setPlainText(s.code);
    }
}

} // namespace fc::ui
