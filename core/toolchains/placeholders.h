#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace fc {

/// Values for the {name} placeholders of a recipe's commands and environment.
///
/// A placeholder that makes up a whole argument expands to as many arguments as its value has
/// (a list such as {flags} may expand to none); inside a longer argument a list is joined with
/// single spaces. "{{" stands for a literal "{". A placeholder without a value stays as written.
class Placeholders
{
public:
    /// The placeholders recipes may use: src, out, dir, cache, exe, flags, runFlags, args.
    static const QStringList &known();
    /// The placeholder names used in a text, in order (with repeats), for validation.
    static QStringList namesIn(QStringView text);

    void set(const QString &name, const QString &value);
    void setList(const QString &name, const QStringList &values);
    bool contains(const QString &name) const { return m_values.contains(name); }
    QStringList value(const QString &name) const { return m_values.value(name); }

    /// One argument: a whole-argument placeholder splices its list, anything else gives one.
    QStringList expandArgument(const QString &argument) const;
    QStringList expandArguments(const QStringList &arguments) const;
    /// Text (an environment value, a display string): lists joined with spaces.
    QString expandText(const QString &text) const;

private:
    QHash<QString, QStringList> m_values;
};

} // namespace fc
