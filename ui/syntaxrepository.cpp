#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

namespace fc::ui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace fc::ui
