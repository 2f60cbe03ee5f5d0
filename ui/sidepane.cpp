#include "sidepane.h"

#include "codeeditor.h"
#include "export/atomicwrite.h"
#include "plaintext.h"
#include "sidecolors.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
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
    m_badge->setObjectName(QStringLiteral("sideBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setFixedSize(24, 24);
    m_badge->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: white; border-radius: 4px; font-weight: bold; }")
            .arg(sideColor(side).name()));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setMinimumContentsLength(16);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_flags->setObjectName(QStringLiteral("flags"));
    m_flags->setClearButtonEnabled(true);
    m_args->setObjectName(QStringLiteral("arguments"));
    m_args->setClearButtonEnabled(true);
    m_stdinToggle->setObjectName(QStringLiteral("stdinToggle"));
    m_stdinToggle->setCheckable(true);
    m_stdinToggle->setArrowType(Qt::RightArrow);
    m_stdinToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stdinToggle->setAutoRaise(true);
    m_stdin->setObjectName(QStringLiteral("stdin"));
    m_stdin->setMaximumHeight(80);
    m_stdin->setVisible(false);
    m_stdin->setTabChangesFocus(true);
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
        if (on)
            m_stdin->setFocus();
    });
    connect(m_language, &QComboBox::activated, this, &SidePane::onLanguageActivated);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &SidePane::changed);
    connect(m_editor, &CodeEditor::filesDropped, this, &SidePane::filesDropped);
    connect(m_flags, &QLineEdit::textChanged, this, &SidePane::changed);
    connect(m_args, &QLineEdit::textChanged, this, &SidePane::changed);
    connect(m_stdin, &QPlainTextEdit::textChanged, this, &SidePane::changed);
    retranslate();
}

void SidePane::retranslate()
{
    m_language->setToolTip(tr("Language of side %1").arg(sideName(m_side)));
    m_language->setAccessibleName(tr("Language of side %1").arg(sideName(m_side)));
    m_flags->setPlaceholderText(tr("flags"));
    m_flags->setToolTip(tr("Compiler or interpreter flags, split like a shell would; empty = the "
                           "language's defaults"));
    m_flags->setAccessibleName(tr("Flags of side %1").arg(sideName(m_side)));
    m_args->setPlaceholderText(tr("program arguments"));
    m_args->setToolTip(tr("Arguments passed to the program on every run"));
    m_args->setAccessibleName(tr("Arguments of side %1").arg(sideName(m_side)));
    m_stdinToggle->setText(tr("stdin"));
    m_stdinToggle->setToolTip(tr("Show the standard input given to the program"));
    m_stdin->setPlaceholderText(tr("Standard input for every run"));
    m_editor->setAccessibleName(tr("Code of side %1").arg(sideName(m_side)));
    updateBadgeTooltip();
    if (!m_languages.isEmpty())
        setLanguages(m_languages); // the labels and the flags' placeholder in the new language
}

void SidePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SidePane::flagsPlaceholder(const LanguageEntry &entry)
{
    return entry.defaultFlags.isEmpty() ? tr("flags")
                                        : tr("flags (default: %1)").arg(entry.defaultFlags);
}

void SidePane::updateBadgeTooltip()
{
    QString tip = m_side == 0 ? tr("Side A (left)") : tr("Side B (right)");
    if (!m_filePath.isEmpty())
        tip += QLatin1Char('\n') + m_filePath;
    m_badge->setToolTip(plainToolTip(tip));
}

void SidePane::setLanguages(const QList<LanguageEntry> &languages)
{
    m_languages = languages;
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_language->model());
    for (const LanguageEntry &entry : languages) {
        QString label = entry.displayName;
        if (entry.state == LanguageEntry::State::Installed && !entry.version.isEmpty())
            label = QStringLiteral("%1 %2").arg(entry.displayName, entry.version);
        else if (entry.state == LanguageEntry::State::Missing)
            label = entry.installHint.isEmpty()
                        ? tr("%1 — not installed").arg(entry.displayName)
                        : QStringLiteral("%1 — %2").arg(entry.displayName, entry.installHint);
        else if (entry.state == LanguageEntry::State::Broken)
            label = tr("%1 — not working").arg(entry.displayName);
        m_language->addItem(label, entry.id);
        const int row = m_language->count() - 1;
        if (entry.state == LanguageEntry::State::Missing && model) {
            // Greyed but selectable: the user may still edit code for a missing toolchain.
            model->item(row)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            model->item(row)->setToolTip(entry.installHint);
        }
    }
    m_language->setCurrentIndex(m_currentId.isEmpty() ? -1 : m_language->findData(m_currentId));
    for (const LanguageEntry &entry : languages) {
        if (entry.id == m_currentId) {
            m_flags->setPlaceholderText(flagsPlaceholder(entry));
            m_language->setToolTip(entry.state == LanguageEntry::State::Missing
                                       ? entry.installHint
                                       : entry.displayName);
        }
    }
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

QString SidePane::languageName() const
{
    for (const LanguageEntry &entry : m_languages) {
        if (entry.id == m_currentId)
            return entry.displayName;
    }
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
                tr("Side %1 has code you edited. Replace it with the %2 template?")
                    .arg(sideName(m_side), entry.displayName),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            loadTemplate = answer == QMessageBox::Yes;
        }
        applyLanguage(entry, loadTemplate);
        return;
    }
}

void SidePane::applyLanguage(const LanguageEntry &entry, bool loadTemplate)
{
    const bool changedLanguage = entry.id != m_currentId;
    m_currentId = entry.id;
    m_editor->setDefinitionName(entry.definitionName);
    if (loadTemplate && !entry.starterTemplate.isEmpty() && changedLanguage) {
        m_editor->setPlainText(entry.starterTemplate);
        m_loadedText = entry.starterTemplate;
        m_filePath.clear();
        updateBadgeTooltip();
    }
    m_language->setToolTip(entry.state == LanguageEntry::State::Missing ? entry.installHint
                                                                        : entry.displayName);
    m_flags->setPlaceholderText(flagsPlaceholder(entry));
    if (changedLanguage)
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

QString SidePane::flags() const
{
    return m_flags->text();
}
void SidePane::setFlags(const QString &flags)
{
    m_flags->setText(flags);
}
QString SidePane::arguments() const
{
    return m_args->text();
}
void SidePane::setArguments(const QString &arguments)
{
    m_args->setText(arguments);
}
QString SidePane::standardInput() const
{
    return m_stdin->toPlainText();
}

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

bool SidePane::isReadOnly() const
{
    return m_editor->isReadOnly();
}

SideSnapshot SidePane::snapshot() const
{
    return {m_currentId, code(), flags(), arguments(), standardInput(), m_filePath, isTouched()};
}

void SidePane::restore(const SideSnapshot &s)
{
    m_currentId = s.languageId;
    m_language->setCurrentIndex(m_language->findData(s.languageId));
    for (const LanguageEntry &entry : std::as_const(m_languages)) {
        if (entry.id == s.languageId) {
            m_editor->setDefinitionName(entry.definitionName);
            m_flags->setPlaceholderText(flagsPlaceholder(entry));
        }
    }
    m_editor->setPlainText(s.code);
    // Restored edits stay edits: switching language must still ask before replacing them.
    m_loadedText = s.touched ? QString() : s.code;
    m_flags->setText(s.flags);
    m_args->setText(s.arguments);
    setStandardInput(s.standardInput);
    m_filePath = s.filePath;
    updateBadgeTooltip();
}

QString SidePane::guessLanguage(const QString &fileName) const
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    QString best;
    qsizetype bestLength = 0;
    for (const LanguageEntry &entry : m_languages) {
        for (const QString &extension : entry.extensions) {
            if (name.endsWith(QLatin1Char('.') + extension) && extension.size() > bestLength) {
                best = entry.id;
                bestLength = extension.size();
            }
        }
    }
    return best;
}

bool SidePane::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(4 * 1024 * 1024 + 1);
    if (bytes.size() > 4 * 1024 * 1024) {
        if (error)
            *error = tr("%1 is larger than 4 MiB; that is not a snippet.")
                         .arg(QFileInfo(path).fileName());
        return false;
    }
    const QString language = guessLanguage(path);
    if (!language.isEmpty() && language != m_currentId) {
        for (const LanguageEntry &entry : std::as_const(m_languages)) {
            if (entry.id == language)
                applyLanguage(entry, false);
        }
        m_language->setCurrentIndex(m_language->findData(language));
    }
    setCode(QString::fromUtf8(bytes));
    m_filePath = path;
    updateBadgeTooltip();
    return true;
}

bool SidePane::saveFile(const QString &path, QString *error)
{
    if (!writeAtomically(path, code().toUtf8(), error))
        return false;
    m_filePath = path;
    m_loadedText = code();
    updateBadgeTooltip();
    emit changed();
    return true;
}

} // namespace fc::ui
