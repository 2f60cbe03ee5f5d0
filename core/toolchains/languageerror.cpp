#include "toolchains/languageerror.h"

namespace fc {

QString LanguageError::toString() const
{
    QString text = file;
    if (!field.isEmpty())
        text += QStringLiteral(": ") + field;
    text += QStringLiteral(": ");
    if (severity == Severity::Warning)
        text += QStringLiteral("warning: ");
    return text + message;
}

} // namespace fc
