#include "toolchains/language.h"

#include "export/atomicwrite.h"

#include <QDir>
#include <QStandardPaths>

namespace fc {

QString Language::sourcePath(const QString &workDir) const
{
    return QDir(workDir).filePath(sourceFile);
}

QString Language::outputPath(const QString &workDir) const
{
    return QDir(workDir).filePath(QStringLiteral("main") + executableSuffix(platform));
}

QStringList Language::requiredPrograms() const
{
    QStringList programs;
    for (const QStringList *command : {&compile, &run, &version.command}) {
        if (command->isEmpty())
            continue;
        const QString &first = command->front();
        if (first.isEmpty() || !Placeholders::namesIn(first).isEmpty())
            continue;
        if (!programs.contains(first))
            programs << first;
    }
    return programs;
}

QString Language::defaultCacheDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("toolchains"));
}

Placeholders Language::placeholders(const CommandContext &context) const
{
    QString cache = context.cacheDir;
    if (cache.isEmpty())
        cache = defaultCacheDir();
    if (cache.isEmpty())
        cache = QDir(context.workDir).filePath(QStringLiteral(".cache"));

    Placeholders values;
    values.set(QStringLiteral("dir"), QDir::cleanPath(context.workDir));
    values.set(QStringLiteral("src"), sourcePath(context.workDir));
    values.set(QStringLiteral("out"), outputPath(context.workDir));
    values.set(QStringLiteral("cache"), QDir::cleanPath(cache));
    values.set(QStringLiteral("exe"), executableSuffix(platform));
    values.setList(QStringLiteral("flags"), context.flags.value_or(defaultFlags));
    values.setList(QStringLiteral("runFlags"), context.runFlags.value_or(defaultRunFlags));
    values.setList(QStringLiteral("args"), context.args);
    return values;
}

QProcessEnvironment Language::environment(const CommandContext &context) const
{
    QProcessEnvironment result = context.environment;
    if (env.isEmpty())
        return result;
    const Placeholders values = placeholders(context);
    for (const EnvVariable &variable : env) {
        if (variable.value)
            result.insert(variable.name, values.expandText(*variable.value));
        else
            result.remove(variable.name);
    }
    return result;
}

CommandLine Language::compileCommand(const CommandContext &context) const
{
    if (compile.isEmpty())
        return {};
    return expand(compile, placeholders(context), environment(context), context.workDir);
}

CommandLine Language::runCommand(const CommandContext &context) const
{
    return expand(run, placeholders(context), environment(context), context.workDir);
}

CommandLine Language::versionCommand(const CommandContext &context) const
{
    QProcessEnvironment environment = this->environment(context);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return expand(version.command, placeholders(context), environment, context.workDir);
}

bool Language::writeSource(const QString &workDir, const QString &code, QString *error) const
{
    return writeAtomically(sourcePath(workDir), code.toUtf8(), error);
}

int Language::matchFileName(QStringView fileName) const
{
    int best = 0;
    for (const QString &extension : extensions) {
        const qsizetype length = extension.size() + 1;
        if (fileName.size() > length && extension.size() + 1 > best &&
            fileName.endsWith(extension, Qt::CaseInsensitive) &&
            fileName[fileName.size() - length] == u'.') {
            best = int(length);
        }
    }
    return best;
}

} // namespace fc
