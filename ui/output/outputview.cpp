#include "output/outputview.h"

#include "format/units.h"
#include "model/side.h"
#include "output/failuretext.h"
#include "plaintext.h"
#include "sidecolors.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <limits>

namespace fc::ui {

namespace {

enum Roles
{
    LineRole = Qt::UserRole,
    ColumnRole
};

QString section(const QString &title)
{
    return QStringLiteral("── %1 ──").arg(title);
}

} // namespace

OutputView::OutputView(int side, QWidget *parent)
    : QWidget(parent)
    , m_side(side)
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_diagnostics(new QTreeWidget(this))
    , m_console(new QPlainTextEdit(this))
{
    setObjectName(side == 0 ? QStringLiteral("outputA") : QStringLiteral("outputB"));
    m_status->setObjectName(QStringLiteral("outputStatus"));
    m_status->setTextFormat(Qt::PlainText);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_diagnostics->setObjectName(QStringLiteral("diagnostics"));
    m_diagnostics->setColumnCount(3);
    m_diagnostics->setHeaderLabels({tr("Location"), tr("Severity"), tr("Message")});
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setUniformRowHeights(true);
    m_diagnostics->setAlternatingRowColors(true);
    m_diagnostics->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diagnostics->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_diagnostics->setToolTip(tr("Double-click or press Enter to jump to the line"));
    connect(m_diagnostics, &QTreeWidget::itemActivated, this, &OutputView::onActivated);

    m_console->setObjectName(QStringLiteral("console"));
    m_console->setReadOnly(true);
    m_console->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_console->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_console->setMaximumBlockCount(20000);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_diagnostics);
    split->addWidget(m_console);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_detail);
    layout->addWidget(split, 1);
    clear();
}

void OutputView::clear()
{
    m_failed = false;
    m_diagnostics->clear();
    m_diagnostics->setVisible(false);
    m_console->clear();
    m_status->setText(tr("No output yet."));
    m_status->setStyleSheet(QString());
    m_detail->clear();
    m_detail->setVisible(false);
}

void OutputView::setStatus(const QString &headline, const QString &detail, bool failed)
{
    m_failed = failed;
    m_status->setText(headline);
    m_status->setStyleSheet(failed ? QStringLiteral("QLabel { color: #DC2626; }") : QString());
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString OutputView::statusText() const
{
    return m_status->text();
}

void OutputView::fillDiagnostics(const CompileResult &result)
{
    m_diagnostics->clear();
    for (const Diagnostic &d : result.diagnostics) {
        const QString where =
            d.line > 0
                ? (d.column > 0
                       ? QStringLiteral("%1:%2:%3")
                             .arg(QFileInfo(d.file).fileName())
                             .arg(d.line)
                             .arg(d.column)
                       : QStringLiteral("%1:%2").arg(QFileInfo(d.file).fileName()).arg(d.line))
                : QFileInfo(d.file).fileName();
        auto *item = new QTreeWidgetItem(m_diagnostics, {where, d.severity, d.message});
        item->setData(0, LineRole, d.line);
        item->setData(0, ColumnRole, d.column);
        const QStyle::StandardPixmap icon =
            d.severity == QLatin1String("error")     ? QStyle::SP_MessageBoxCritical
            : d.severity == QLatin1String("warning") ? QStyle::SP_MessageBoxWarning
                                                     : QStyle::SP_MessageBoxInformation;
        item->setIcon(1, style()->standardIcon(icon));
        item->setToolTip(2, plainToolTip(d.message));
    }
    m_diagnostics->setVisible(!result.diagnostics.isEmpty());
    if (m_diagnostics->topLevelItemCount() > 0)
        m_diagnostics->setCurrentItem(m_diagnostics->topLevelItem(0));
}

void OutputView::setCompileResult(const CompileResult &result)
{
    fillDiagnostics(result);
    m_console->clear();
    if (!result.performed) {
        setStatus(tr("Nothing to compile (interpreted)."), {}, false);
        return;
    }
    m_console->appendPlainText(QStringLiteral("$ ") + result.command.join(QLatin1Char(' ')));
    if (!result.output.isEmpty())
        m_console->appendPlainText(result.output.trimmed());
    if (result.exitCode == 0)
        setStatus(tr("Compiled in %1.").arg(units::duration(result.durationMs)), {}, false);
    else
        setStatus(
            tr("%1 did not compile (exit code %2).").arg(sideName(m_side)).arg(result.exitCode), {},
            true);
}

void OutputView::setSide(const Side &data)
{
    setCompileResult(data.compile);
    if (data.status == Side::Status::Failed)
        setStatus(failureHeadline(m_side, data), failureDetail(data), true);
    else if (data.compile.performed)
        setStatus(tr("Compiled in %1, ran %n time(s).", nullptr, data.countedRuns())
                      .arg(units::duration(data.compile.durationMs)),
                  {}, false);
    else
        setStatus(tr("Ran %n time(s).", nullptr, data.countedRuns()), {}, false);

    const auto dropped = [](qint64 bytes) {
        //: %1 is a byte count; the plural form follows it.
        return tr("(%1 more bytes not kept)", nullptr,
                  int(qMin<qint64>(bytes, std::numeric_limits<int>::max())))
            .arg(bytes);
    };
    m_console->appendPlainText(section(tr("standard output of the first run")));
    if (!data.stdoutText.isEmpty())
        m_console->appendPlainText(data.stdoutText.endsWith(QLatin1Char('\n'))
                                       ? data.stdoutText.chopped(1)
                                       : data.stdoutText);
    else
        m_console->appendPlainText(tr("(nothing)"));
    if (data.stdoutDropped > 0)
        m_console->appendPlainText(dropped(data.stdoutDropped));
    if (!data.stderrText.isEmpty() || data.stderrDropped > 0) {
        m_console->appendPlainText(section(tr("standard error")));
        m_console->appendPlainText(data.stderrText.endsWith(QLatin1Char('\n'))
                                       ? data.stderrText.chopped(1)
                                       : data.stderrText);
        if (data.stderrDropped > 0)
            m_console->appendPlainText(dropped(data.stderrDropped));
    }
    m_console->moveCursor(QTextCursor::Start);
}

void OutputView::onActivated(QTreeWidgetItem *item)
{
    const int line = item->data(0, LineRole).toInt();
    if (line > 0)
        emit diagnosticActivated(m_side, line, item->data(0, ColumnRole).toInt());
}

} // namespace fc::ui
