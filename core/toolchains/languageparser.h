#pragma once

#include "toolchains/language.h"
#include "toolchains/languageerror.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace fc {

/// Reads a language file's bytes into its JSON object. On failure (not JSON, not an object)
/// appends an error naming the file and the line and returns nullopt.
std::optional<QJsonObject> readLanguageObject(const QByteArray &data, const QString &file,
                                              QList<LanguageError> *errors);

/// Lays `over` on top of `base`: objects ("env", "install", "version", "platforms") are merged
/// key by key, anything else present in `over` replaces the value in `base`.
QJsonObject mergeLanguageObjects(const QJsonObject &base, const QJsonObject &over);

/// Checks a recipe field by field and resolves it for a platform (its "platforms" override for
/// that platform is laid over the rest). Every problem found is appended to *errors, naming
/// `file` and the field. Returns nullopt when any of them is an error; warnings (unknown
/// fields, which are ignored) do not stop it.
std::optional<Language> parseLanguage(const QJsonObject &object, const QString &file,
                                      Platform platform, QList<LanguageError> *errors);

} // namespace fc
