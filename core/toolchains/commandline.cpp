#include "toolchains/commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fc {

namespace {

QString quoteWord(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    static const QString safe = QStringLiteral("@%+=:,./-_");
    bool needsQuotes = false;
    for (QChar c : word) {
        if (!c.isLetterOrNumber() && !safe.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QStringList CommandLine::toStringList() const
{
    if (program.isEmpty())
        return {};
    return QStringList{program} + arguments;
}

QString CommandLine::toDisplayString() const
{
    return joinShellWords(toStringList());
}

QString findProgram(const QString &program, const QProcessEnvironment &environment)
{
    if (program.isEmpty())
        return {};
    if (program.contains(u'/') || program.contains(QDir::separator())) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QString path = environment.value(QStringLiteral("PATH"));
    if (path.isEmpty())
        return QStandardPaths::findExecutable(program);
    return QStandardPaths::findExecutable(program,
                                          path.split(QDir::listSeparator(), Qt::SkipEmptyParts));
}

CommandLine expand(const QStringList &command, const Placeholders &values,
                   const QProcessEnvironment &environment, const QString &workingDirectory)
{
    QStringList words = values.expandArguments(command);
    if (words.isEmpty() || words.front().isEmpty())
        return {};
    CommandLine line;
    line.program = words.takeFirst();
    if (const QString found = findProgram(line.program, environment); !found.isEmpty())
        line.program = found;
    line.arguments = words;
    line.workingDirectory = workingDirectory;
    line.environment = environment;
    return line;
}

std::optional<QStringList> splitShellWords(QStringView text, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum
    {
        Plain,
        Single,
        Double
    } quote = Plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (quote) {
        case Plain:
            if (c.isSpace()) {
                if (inWord)
                    words << std::exchange(word, {});
                inWord = false;
            } else if (c == u'\'') {
                quote = Single;
                inWord = true;
            } else if (c == u'"') {
                quote = Double;
                inWord = true;
            } else if (c == u'\\') {
                if (i + 1 == text.size()) {
                    if (error)
                        *error =
                            QCoreApplication::translate("ShellWords", "a backslash ends the text");
                    return std::nullopt;
                }
                word += text[++i];
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        case Single:
            if (c == u'\'')
                quote = Plain;
            else
                word += c;
            break;
        case Double:
            if (c == u'"') {
                quote = Plain;
            } else if (c == u'\\' && i + 1 < text.size() &&
                       QStringView(u"\"\\$`").contains(text[i + 1])) {
                word += text[++i];
            } else {
                word += c;
            }
            break;
        }
    }
    if (quote != Plain) {
        if (error)
            *error =
                quote == Single
                    ? QCoreApplication::translate("ShellWords", "a single quote (') is not closed")
                    : QCoreApplication::translate("ShellWords",
                                                  "a double quote (\") is not closed");
        return std::nullopt;
    }
    if (inWord)
        words << word;
    return words;
}

QString joinShellWords(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted << quoteWord(word);
    return quoted.join(u' ');
}

} // namespace fc
