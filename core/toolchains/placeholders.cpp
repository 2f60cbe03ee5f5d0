#include "toolchains/placeholders.h"

namespace fc {

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

// Length of the placeholder "{name}" starting at text[at] (which is '{'), 0 if none is there.
qsizetype placeholderLength(QStringView text, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < text.size() && isNameChar(text[end]))
        ++end;
    if (end == at + 1 || end >= text.size() || text[end] != u'}')
        return 0;
    return end - at + 1;
}

// Walks a text, calling literal(QStringView) and placeholder(QString name) in order.
template<typename Literal, typename Placeholder>
void scan(QStringView text, Literal literal, Placeholder placeholder)
{
    qsizetype from = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != u'{') {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == u'{') {
            literal(text.mid(from, i + 1 - from)); // keep one '{'
            i += 2;
            from = i;
            continue;
        }
        const qsizetype length = placeholderLength(text, i);
        if (length == 0) {
            ++i;
            continue;
        }
        literal(text.mid(from, i - from));
        placeholder(text.mid(i + 1, length - 2).toString());
        i += length;
        from = i;
    }
    literal(text.mid(from));
}

} // namespace

const QStringList &Placeholders::known()
{
    static const QStringList names{
        QStringLiteral("src"),      QStringLiteral("out"),  QStringLiteral("dir"),
        QStringLiteral("cache"),    QStringLiteral("exe"),  QStringLiteral("flags"),
        QStringLiteral("runFlags"), QStringLiteral("args"),
    };
    return names;
}

QStringList Placeholders::namesIn(QStringView text)
{
    QStringList names;
    scan(text, [](QStringView) {}, [&](const QString &name) { names << name; });
    return names;
}

void Placeholders::set(const QString &name, const QString &value)
{
    m_values.insert(name, QStringList{value});
}

void Placeholders::setList(const QString &name, const QStringList &values)
{
    m_values.insert(name, values);
}

QStringList Placeholders::expandArgument(const QString &argument) const
{
    const qsizetype length = argument.startsWith(u'{') ? placeholderLength(argument, 0) : 0;
    if (length == argument.size()) {
        const auto it = m_values.constFind(argument.mid(1, argument.size() - 2));
        if (it != m_values.cend())
            return *it;
    }
    return {expandText(argument)};
}

QStringList Placeholders::expandArguments(const QStringList &arguments) const
{
    QStringList result;
    for (const QString &argument : arguments)
        result += expandArgument(argument);
    return result;
}

QString Placeholders::expandText(const QString &text) const
{
    QString result;
    result.reserve(text.size());
    scan(
        text, [&](QStringView literal) { result += literal; },
        [&](const QString &name) {
            const auto it = m_values.constFind(name);
            if (it == m_values.cend())
                result += u'{' + name + u'}';
            else
                result += it->join(u' ');
        });
    return result;
}

} // namespace fc
