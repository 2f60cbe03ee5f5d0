#pragma once

// Flags and arguments as people type them, with the words both the window and the command line
// must make of them (one splitter: fc::splitShellWords). Shared by tst_cli_commands and
// tst_flagwords, so both paths are held to the same table.
#include <QList>
#include <QString>
#include <QStringList>

namespace shellwords {

struct Case
{
    const char *name;
    QString text;
    QStringList words;
};

inline QList<Case> cases()
{
    using namespace Qt::StringLiterals;
    return {
        {"plain", u"-O2 -Wall"_s, {u"-O2"_s, u"-Wall"_s}},
        {"extra spaces", u"  -O2   -g  "_s, {u"-O2"_s, u"-g"_s}},
        {"double quotes", u"-DNAME=\"a b\""_s, {u"-DNAME=a b"_s}},
        {"single quotes", u"'-Wl,-z,now' x"_s, {u"-Wl,-z,now"_s, u"x"_s}},
        {"escaped space", uR"(a\ b c)"_s, {u"a b"_s, u"c"_s}},
        {"escaped quote in double", uR"("say \"hi\"")"_s, {u"say \"hi\""_s}},
        {"backslash kept in single", uR"('a\b')"_s, {uR"(a\b)"_s}},
        {"empty quotes are a word", u"a '' b"_s, {u"a"_s, QString(), u"b"_s}},
        {"quotes join a word", u"-D'x y'\"z\""_s, {u"-Dx yz"_s}},
        {"tab separates", u"a\tb"_s, {u"a"_s, u"b"_s}},
        {"unicode", u"--name=código"_s, {u"--name=código"_s}},
    };
}

} // namespace shellwords
