#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace fc::ui {

class CodeEditor;

/// One language the pane offers; built by LanguageCatalog from the registry and detection.
struct LanguageEntry
{
    enum class State
    {
        Unknown,
        Installed,
        Missing,
        Broken
    };

    QString id;
    QString displayName;
    QString definitionName; ///< KSyntaxHighlighting definition
    QString version;        ///< empty when not installed or not yet detected
    QString installHint;    ///< e.g. "install openjdk-21-jdk-headless"
    QString starterTemplate;
    QString defaultFlags; ///< shown as the flags field's placeholder
    QStringList extensions;
    State state = State::Unknown;

    bool installed() const { return state == State::Installed; }
};

/// What a pane holds, for saving the session and restoring it after a restart or crash.
struct SideSnapshot
{
    QString languageId;
    QString code;
    QString flags;
    QString arguments;
    QString standardInput;
    QString filePath;
    bool touched = false;
    bool operator==(const SideSnapshot &) const = default;
};

/// One side of the comparison (A or B): its language, flags, arguments, standard input and code.
class SidePane : public QWidget
{
    Q_OBJECT
public:
    explicit SidePane(int side, QWidget *parent = nullptr);

    int side() const { return m_side; }
    void setLanguages(const QList<LanguageEntry> &languages);
    QList<LanguageEntry> languages() const { return m_languages; }
    /// Selects a language by id; loads its template when the editor is untouched.
    bool setLanguage(const QString &id);
    QString languageId() const;
    QString languageName() const;
    QComboBox *languageBox() const { return m_language; }

    CodeEditor *editor() const { return m_editor; }
    QString code() const;
    /// Replaces the code; the pane counts as untouched afterwards (like a fresh template).
    void setCode(const QString &code);
    QString flags() const;
    void setFlags(const QString &flags);
    QString arguments() const;
    void setArguments(const QString &arguments);
    QString standardInput() const;
    void setStandardInput(const QString &input);
    /// True once the user typed in the editor since the last template or file load.
    bool isTouched() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    SideSnapshot snapshot() const;
    void restore(const SideSnapshot &snapshot);

    /// Loads a file into the editor; picks the language from its name where one matches.
    bool openFile(const QString &path, QString *error = nullptr);
    /// Writes the editor's text to a file (and remembers it for the next save).
    bool saveFile(const QString &path, QString *error = nullptr);
    QString filePath() const { return m_filePath; }
    /// The language id whose extensions match a file name best; empty when none does.
    QString guessLanguage(const QString &fileName) const;

signals:
    void languageChanged(const QString &id);
    void changed();
    /// Files dropped on the editor; the window decides (it may ask before replacing code).
    void filesDropped(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString flagsPlaceholder(const LanguageEntry &entry);
    void onLanguageActivated(int index);
    void applyLanguage(const LanguageEntry &entry, bool loadTemplate);
    void updateBadgeTooltip();

    int m_side;
    QList<LanguageEntry> m_languages;
    QString m_currentId;
    QString m_loadedText; // what the last template/file put in the editor, to detect edits
    QString m_filePath;
    QLabel *m_badge;
    QComboBox *m_language;
    QLineEdit *m_flags;
    QLineEdit *m_args;
    QToolButton *m_stdinToggle;
    QPlainTextEdit *m_stdin;
    CodeEditor *m_editor;
};

} // namespace fc::ui
