#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace fc::ui {

class CodeEditor;

/// One language the pane offers; built by the caller from the toolchain registry.
struct LanguageEntry
{
    QString id;
    QString displayName;
    QString definitionName; ///< KSyntaxHighlighting definition
    QString version;        ///< empty when not installed
    QString installHint;    ///< e.g. "install openjdk-21-jdk-headless"
    QString starterTemplate;
    bool installed = false;
};

/// One side of the comparison (A or B): its language, flags, arguments, standard input and code.
class SidePane : public QWidget
{
    Q_OBJECT
public:
    explicit SidePane(int side, QWidget *parent = nullptr);

    int side() const { return m_side; }
    void setLanguages(const QList<LanguageEntry> &languages);
    /// Selects a language by id; loads its template when the editor is untouched.
    bool setLanguage(const QString &id);
    QString languageId() const;

    CodeEditor *editor() const { return m_editor; }
    QString code() const;
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

signals:
    void languageChanged(const QString &id);
    void changed();

private:
    void onLanguageActivated(int index);
    void applyLanguage(const LanguageEntry &entry, bool loadTemplate);

    int m_side;
    QList<LanguageEntry> m_languages;
    QString m_currentId;
    QString m_loadedText; // what the last template/file put in the editor, to detect edits
    QLabel *m_badge;
    QComboBox *m_language;
    QLineEdit *m_flags;
    QLineEdit *m_args;
    QToolButton *m_stdinToggle;
    QPlainTextEdit *m_stdin;
    CodeEditor *m_editor;
};

} // namespace fc::ui
