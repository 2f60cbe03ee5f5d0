#include "codeeditor.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using fc::ui::CodeEditor;

namespace {

// The format the highlighter applied at a column of the first line (an invalid format = none).
QTextCharFormat formatAt(const CodeEditor &editor, int column)
{
    const QTextBlock block = editor.document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT
private slots:
    void javaKeywordDiffersFromIdentifier()
    {
        CodeEditor editor;
        editor.setDefinitionName(QStringLiteral("Java"));
        QCOMPARE(editor.definitionName(), QStringLiteral("Java"));
        editor.setPlainText(QStringLiteral("public class Main { int counter = 42; }"));
        const QTextCharFormat keyword = formatAt(editor, 0); // "public"
        const QTextCharFormat identifier = formatAt(editor, 24); // "counter"
        QVERIFY2(keyword.isValid(), "the keyword got no format: highlighting did not run");
        QVERIFY(keyword.foreground() != identifier.foreground() || keyword.fontWeight() != identifier.fontWeight());
    }

    void unknownDefinitionLeavesPlainText()
    {
        CodeEditor editor;
        editor.setDefinitionName(QStringLiteral("No Such Language"));
        editor.setPlainText(QStringLiteral("public class Main {}"));
        QVERIFY(editor.definitionName().isEmpty());
        // Without a definition "public" looks like any other word.
        QCOMPARE(formatAt(editor, 0).foreground(), formatAt(editor, 13).foreground());
        QCOMPARE(formatAt(editor, 0).fontWeight(), formatAt(editor, 13).fontWeight());
    }

    void themeColoursTheEditor()
    {
        CodeEditor editor;
        auto &repo = fc::ui::syntaxRepository();
        const auto dark = repo.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
        editor.setTheme(dark);
        QCOMPARE(editor.palette().color(QPalette::Base),
                 QColor(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        const auto light = repo.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
        editor.setTheme(light);
        QCOMPARE(editor.palette().color(QPalette::Base),
                 QColor(light.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        QVERIFY(editor.palette().color(QPalette::Base) != QColor(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    }

    void tabInsertsSpacesAndEnterKeepsIndent()
    {
        CodeEditor editor;
        editor.setTabWidthInSpaces(4);
        editor.setPlainText(QString());
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("    "));
        QTest::keyClicks(&editor, QStringLiteral("x"));
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, QStringLiteral("y"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("    x\n    y"));
        editor.undo();
        QVERIFY(!editor.toPlainText().endsWith(QLatin1Char('y')));
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
