#include "results/verdictbanner.h"

#include "format/units.h"
#include "model/comparison.h"
#include "output/failuretext.h"
#include "plaintext.h"
#include "stats/verdict.h"
#include "theme/thememanager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTextDocumentFragment>

namespace fc::ui {

namespace {

// Splits "B is 2.31× faster than A (95% CI …)" into the claim and its uncertainty.
std::pair<QString, QString> splitSentence(const QString &sentence)
{
    // The last parenthesis: the claim itself may carry one, e.g. "(≤ 1%)".
    const qsizetype open = sentence.lastIndexOf(QStringLiteral(" ("));
    if (open < 0 || !sentence.endsWith(QLatin1Char(')')))
        return {sentence, {}};
    return {sentence.left(open), sentence.mid(open + 2, sentence.size() - open - 3)};
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_runHere(new QPushButton(tr("Run it here…"), this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setAccessibleName(tr("Verdict"));
    m_label->setObjectName(QStringLiteral("verdictText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    m_runHere->setObjectName(QStringLiteral("runHereButton"));
    m_runHere->setVisible(false);
    m_runHere->setToolTip(tr("Run this code on your machine (it was written by someone else)"));
    connect(m_runHere, &QPushButton::clicked, this, &VerdictBanner::runHereRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_runHere);
    setMinimumHeight(40);
    showHint(tr("Press Ctrl+Enter to compare"));
}

void VerdictBanner::setState(State state, const QString &html, const QString &tooltip)
{
    m_state = state;
    m_label->setText(html);
    m_label->setToolTip(plainToolTip(tooltip));
    m_runHere->setVisible(state == State::Foreign);
    update();
}

void VerdictBanner::showHint(const QString &text)
{
    setState(State::Hint, text.toHtmlEscaped());
}

void VerdictBanner::showRunning(const QString &text)
{
    setState(State::Running, text.toHtmlEscaped());
}

void VerdictBanner::showFailure(const QString &headline, const QString &summary,
                                const QString &tooltip)
{
    QString html = QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped());
    const QString line = summary.section(QLatin1Char('\n'), 0, 0);
    if (!line.isEmpty() && line != headline)
        html += QStringLiteral("&nbsp;&nbsp;&nbsp;%1").arg(line.toHtmlEscaped());
    setState(State::Failed, html, tooltip.isEmpty() ? summary : tooltip);
}

void VerdictBanner::showVerdict(const Verdict &verdict, const Comparison &comparison,
                                const QList<HealthWarning> &health)
{
    m_healthLines.clear();
    for (int side = 0; side < 2; ++side) {
        const Side &s = comparison.sides[size_t(side)];
        if (s.status == Side::Status::Failed) {
            showFailure(failureHeadline(side, s), failureSummary(s), failureDetail(s));
            return;
        }
    }
    if (verdict.state == Verdict::State::Failed) {
        showFailure(verdict.sentence(), verdict.reason);
        return;
    }
    const auto [claim, uncertainty] = splitSentence(units::localized(verdict.sentence()));
    QString html = QStringLiteral("<b>%1</b>").arg(claim.toHtmlEscaped());
    if (!uncertainty.isEmpty()) {
        // Middle dots read better than commas between the figures of the uncertainty.
        QString detail = uncertainty;
        detail.replace(QStringLiteral(", "), QStringLiteral(" · "));
        html += QStringLiteral("&nbsp;&nbsp;&nbsp;<span>%1</span>").arg(detail.toHtmlEscaped());
    }
    QString tooltip = units::localized(verdict.sentence());
    for (const HealthWarning &w : health) {
        // A note (what could not be checked) is quieter than a warning (what was found).
        const QString line = w.isNote() ? tr("Note: %1").arg(w.message) : tr("⚠ %1").arg(w.message);
        m_healthLines << line;
        html += QStringLiteral("<br><small>%1</small>").arg(line.toHtmlEscaped());
        tooltip += QLatin1Char('\n') + line;
    }
    setState(verdict.isSignificant() ? State::Significant : State::NoDifference, html, tooltip);
}

void VerdictBanner::showForeign(const QString &origin)
{
    setState(State::Foreign, tr("Comparison from <b>%1</b> — code not run on this machine.")
                                 .arg(origin.toHtmlEscaped()));
}

QString VerdictBanner::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

QColor VerdictBanner::accentColor() const
{
    switch (m_state) {
    case State::Significant:
        return QColor(0x16, 0xA3, 0x4A);
    case State::Failed:
        return QColor(0xDC, 0x26, 0x26);
    case State::Foreign:
        return QColor(0xEA, 0xB3, 0x08);
    case State::NoDifference:
        return QColor(0x8B, 0x93, 0x9E);
    case State::Running:
        return palette().color(QPalette::Highlight);
    case State::Hint:
        break;
    }
    return palette().color(QPalette::Mid);
}

void VerdictBanner::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QColor accent = accentColor();
    QColor tint = accent;
    const bool strong = m_state != State::Hint && m_state != State::Running;
    tint.setAlphaF(strong ? (isDark(palette()) ? 0.22f : 0.12f) : 0.0f);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.fillRect(rect(), tint);
    painter.fillRect(QRect(0, 0, 4, height()), accent);
    QFrame::paintEvent(event);
}

} // namespace fc::ui
