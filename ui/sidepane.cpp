#include "sidepane.h"

#include "codeeditor.h"
#include "sidecolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace fc::ui {

SidePane::SidePane(int side, QWidget *parent)
    : QWidget(parent)
    , m_side(side)
    , m_badge(new QLabel(sideName(side), this))
    , m_language(new QComboBox(this))
    , m_flags(new QLineEdit(this))
    , m_args(new QLineEdit(this))
    , m_stdinToggle(new QToolButton(this))
    , m_stdin(new QPlainTextEdit(this))
    , m_editor(new CodeEditor(this))
{
    setObjectName(side == 0 ? QStringLiteral("sidePaneA") : QStringLiteral("sidePaneB"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setFixedSize(24, 24);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; font-weight: bold; }")
                               .arg(sideColor(side).name()));
    m_badge->setToolTip(side == 0 ? tr("Side A (left)") : tr("Side B (right)"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setMinimumContentsLength(14);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setToolTip(tr("Language of side %1").arg(sideName(side)));
    m_flags->setObjectName(QStringLiteral("flags"));
    m_flags->setPlaceholderText(tr("compiler flags"));
    m_flags->setToolTip(tr("Extra compiler or interpreter flags, split like a shell would"));
    m_args->setObjectName(QStringLiteral("arguments"));
    m_args->setPlaceholderText(tr("program arguments"));
    m_stdinToggle->setText(tr("stdin"));
    m_stdinToggle->setCheckable(true);
    m_stdinToggle->setArrowType(Qt::RightArrow);
    m_stdinToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stdinToggle->setAutoRaise(true);
    m_stdinToggle->setToolTip(tr("Show the standard input given to the program"));
    m_stdin->setObjectName(QStringLiteral("stdin"));
    m_stdin->setPlaceholderText(tr("Standard input for every run"));
    m_stdin->setMaximumHeight(80);
    m_stdin->setVisible(false);
    m_editor->setObjectName(QStringLiteral("editor"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(4);
    header->addWidget(m_badge);
    header->addWidget(m_language);
    header->addWidget(m_flags, 1);
    header->addWidget(m_args, 1);
    header->addWidget(m_stdinToggle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_stdin);
    layout->addWidget(m_editor, 1);

    connect(m_stdinToggle, &QToolButton::toggled, this, [this](bool on) {
        m_stdin->setVisible(on);
        m_stdinToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_language, &QComboBox::activated, this, &SidePane::onLanguageActivated);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &SidePane::changed);
    connect(m_flags, &QLineEdit::textChanged, this, &SidePane::changed);
    connect(m_args, &QLineEdit::textChanged, this, &SidePane::changed);
    connect(m_stdin, &QPlainTextEdit::textChanged, this, &SidePane::changed);
}

void SidePane::setLanguages(const QList<LanguageEntry> &languages)
{
    m_languages = languages;
    m_language->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_language->model());
    for (const LanguageEntry &entry : languages) {
        const QString label = entry.installed
            ? (entry.version.isEmpty() ? entry.displayName : QStringLiteral("%1 %2").arg(entry.displayName, entry.version))
            : tr("%1 (not installed)").arg(entry.displayName);
        m_language->addItem(label, entry.id);
        const int row = m_language->count() - 1;
        if (!entry.installed && model) {
            // Greyed but selectable: the user may still edit code for a missing toolchain.
            model->item(row)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            model->item(row)->setToolTip(entry.installHint);
        }
    }
    if (!m_currentId.isEmpty())
        m_language->setCurrentIndex(m_language->findData(m_currentId));
}

bool SidePane::setLanguage(const QString &id)
{
    for (const LanguageEntry &entry : std::as_const(m_languages)) {
        if (entry.id == id) {
            m_language->setCurrentIndex(m_language->findData(id));
            applyLanguage(entry, !isTouched());
            return true;
        }
    }
    return false;
}

QString SidePane::languageId() const
{
    return m_currentId;
}

void SidePane::onLanguageActivated(int index)
{
    const QString id = m_language->itemData(index).toString();
    for (const LanguageEntry &entry : std::as_const(m_languages)) {
        if (entry.id != id)
            continue;
        bool loadTemplate = !isTouched();
        if (!loadTemplate && id != m_currentId) {
            const auto answer = QMessageBox::question(
                this, tr("Replace the code?"),
                tr("Side %1 has code you edited. Replace it with the %2 template?").arg(sideName(m_side), entry.displayName),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            loadTemplate = answer == QMessageBox::Yes;
        }
        applyLanguage(entry, loadTemplate);
        return;
    }
}

void SidePane::applyLanguage(const LanguageEntry &entry, bool loadTemplate)
{
    m_currentId = entry.id;
    m_editor->setDefinitionName(entry.definitionName);
    if (loadTemplate && !entry.starterTemplate.isEmpty()) {
        m_editor->setPlainText(entry.starterTemplate);
        m_loadedText = entry.starterTemplate;
    }
    m_language->setToolTip(entry.installed ? entry.displayName : entry.installHint);
    emit languageChanged(entry.id);
}

QString SidePane::code() const
{
    return m_editor->toPlainText();
}

void SidePane::setCode(const QString &code)
{
    m_editor->setPlainText(code);
    m_loadedText = code;
}

QString SidePane::flags() const { return m_flags->text(); }
void SidePane::setFlags(const QString &flags) { m_flags->setText(flags); }
QString SidePane::arguments() const { return m_args->text(); }
void SidePane::setArguments(const QString &arguments) { m_args->setText(arguments); }
QString SidePane::standardInput() const { return m_stdin->toPlainText(); }

void SidePane::setStandardInput(const QString &input)
{
    m_stdin->setPlainText(input);
    m_stdinToggle->setChecked(!input.isEmpty());
}

bool SidePane::isTouched() const
{
    const QString text = m_editor->toPlainText();
    return !text.trimmed().isEmpty() && text != m_loadedText;
}

void SidePane::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_flags->setReadOnly(readOnly);
    m_args->setReadOnly(readOnly);
    m_stdin->setReadOnly(readOnly);
    m_language->setEnabled(!readOnly);
}

} // namespace fc::ui
