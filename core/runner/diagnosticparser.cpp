#include "runner/diagnosticparser.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace fc {

namespace {

QString severityOf(const QString &word)
{
    if (word.startsWith(QLatin1String("warning")))
        return QStringLiteral("warning");
    if (word.startsWith(QLatin1String("note")) || word.startsWith(QLatin1String("help")))
        return QStringLiteral("note");
    return QStringLiteral("error");
}

} // namespace

QList<Diagnostic> parseDiagnostics(const QString &compilerOutput)
{
    static const QRegularExpression located(QStringLiteral(
        R"(^(?:\./)?([^\s:][^:]*\.[A-Za-z0-9+]+):(\d+):(?:(\d+):)?\s*(?:(fatal error|error|warning|note)(?:\[[^\]]*\])?:\s*)?(.+)$)"));
    static const QRegularExpression rustHead(
        QStringLiteral(R"(^(error|warning)(?:\[[A-Z0-9]+\])?:\s*(.+)$)"));
    static const QRegularExpression rustArrow(QStringLiteral(R"(^\s*-->\s*(.+?):(\d+):(\d+)\s*$)"));

    QList<Diagnostic> out;
    QString pendingSeverity;
    QString pendingMessage;
    const QStringList lines = compilerOutput.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed().isEmpty() ? QString() : raw;
        if (line.isEmpty())
            continue;
        if (const auto m = rustHead.match(line); m.hasMatch()) {
            pendingSeverity = severityOf(m.captured(1));
            pendingMessage = m.captured(2).trimmed();
            continue;
        }
        if (const auto m = rustArrow.match(line); m.hasMatch() && !pendingMessage.isEmpty()) {
            out << Diagnostic{QFileInfo(m.captured(1)).fileName(), m.captured(2).toInt(),
                              m.captured(3).toInt(), pendingSeverity, pendingMessage};
            pendingMessage.clear();
            continue;
        }
        if (const auto m = located.match(line); m.hasMatch()) {
            const QString severity =
                m.captured(4).isEmpty() ? QStringLiteral("error") : severityOf(m.captured(4));
            QString message = m.captured(5).trimmed();
            // GCC's "In function 'main':" context lines are not diagnostics.
            if (m.captured(4).isEmpty() && message.startsWith(QLatin1String("In ")))
                continue;
            out << Diagnostic{QFileInfo(m.captured(1)).fileName(), m.captured(2).toInt(),
                              m.captured(3).toInt(), severity, message};
        }
    }
    return out;
}

} // namespace fc
