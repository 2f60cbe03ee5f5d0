#include "codeeditor.h"
#include "sidepane.h"
#include "syntaxrepository.h"
#include "uitestutil.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUrl>

using fc::ui::CodeEditor;
using fc::ui::LanguageEntry;
using fc::ui::SidePane;

namespace {

// The format the highlighter applied at a column of the first line (an invalid format = none).
QList<LanguageEntry> languages()
{
    LanguageEntry c;
    c.id = QStringLiteral("c");
    c.displayName = QStringLiteral("C");
    c.definitionName = QStringLiteral("C");
    c.starterTemplate = QStringLiteral("int main(void) { return 0; }\n");
    c.extensions = {QStringLiteral("c"), QStringLiteral("h")};
    c.defaultFlags = QStringLiteral("-O2");
    c.state = LanguageEntry::State::Installed;
    c.version = QStringLiteral("14.2.0");
    LanguageEntry py;
    py.id = QStringLiteral("python");
    py.displayName = QStringLiteral("Python");
    py.definitionName = QStringLiteral("Python");
    py.starterTemplate = QStringLiteral("print('hi')\n");
    py.extensions = {QStringLiteral("py")};
    py.state = LanguageEntry::State::Installed;
    LanguageEntry kt;
    kt.id = QStringLiteral("kotlin");
    kt.displayName = QStringLiteral("Kotlin");
    kt.definitionName = QStringLiteral("Kotlin");
    kt.starterTemplate = QStringLiteral("fun main() {}\n");
    kt.extensions = {QStringLiteral("kt")};
    kt.state = LanguageEntry::State::Missing;
    kt.installHint = QStringLiteral("install kotlin");
    return {c, py, kt};
}

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
        const QTextCharFormat keyword = formatAt(editor, 0);     // "public"
        const QTextCharFormat identifier = formatAt(editor, 24); // "counter"
        QVERIFY2(keyword.isValid(), "the keyword got no format: highlighting did not run");
        QVERIFY(keyword.foreground() != identifier.foreground() ||
                keyword.fontWeight() != identifier.fontWeight());
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
        QVERIFY(editor.palette().color(QPalette::Base) !=
                QColor(dark.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
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
    void jumpToMovesTheCursorToLineAndColumn()
    {
        CodeEditor editor;
        editor.setPlainText(QStringLiteral("one\n    two\nthree"));
        editor.jumpTo(2, 0);
        QCOMPARE(editor.textCursor().blockNumber(), 1);
        QCOMPARE(editor.textCursor().positionInBlock(), 4); // first non-blank
        editor.jumpTo(3, 3);
        QCOMPARE(editor.textCursor().blockNumber(), 2);
        QCOMPARE(editor.textCursor().positionInBlock(), 2);
        editor.jumpTo(99, 1); // past the end: the last line
        QCOMPARE(editor.textCursor().blockNumber(), 2);
    }

    void tabIndentsAndShiftTabUnindentsSelection()
    {
        CodeEditor editor;
        editor.setTabWidthInSpaces(4);
        editor.setPlainText(QStringLiteral("a\nb"));
        editor.selectAll();
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("    a\n    b"));
        editor.selectAll();
        QTest::keyClick(&editor, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(editor.toPlainText(), QStringLiteral("a\nb"));
    }

    void droppedFilesAreReportedNotInserted()
    {
        // What a drop does, without a drag: the editor's mime data handling.
        struct DropTarget : CodeEditor
        {
            using CodeEditor::canInsertFromMimeData;
            using CodeEditor::insertFromMimeData;
        } editor;
        editor.setPlainText(QStringLiteral("keep"));
        QSignalSpy dropped(&editor, &CodeEditor::filesDropped);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/x.py"))});
        QVERIFY(editor.canInsertFromMimeData(&mime));
        editor.insertFromMimeData(&mime);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().first().toStringList(), QStringList{QStringLiteral("/tmp/x.py")});
        QCOMPARE(editor.toPlainText(), QStringLiteral("keep"));
    }

    void fontSizeAndFollowingThePalette()
    {
        CodeEditor editor;
        editor.setFontPointSize(17);
        QCOMPARE(editor.font().pointSizeF(), 17.0);
        QVERIFY(editor.font().fixedPitch() || QFontInfo(editor.font()).fixedPitch());
        editor.setThemeName(QStringLiteral("Breeze Dark"));
        QVERIFY(!editor.followsPalette());
        QCOMPARE(editor.theme().name(), QStringLiteral("Breeze Dark"));
        editor.setThemeName(QString());
        QVERIFY(editor.followsPalette());
    }

    void paneShowsVersionsAndGreysMissing()
    {
        SidePane pane(0);
        pane.setLanguages(languages());
        QComboBox *box = pane.languageBox();
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(0), QStringLiteral("C 14.2.0"));
        QCOMPARE(box->itemText(2), QStringLiteral("Kotlin — install kotlin"));
        QVERIFY(box->itemData(2, Qt::ForegroundRole).isValid());
        QVERIFY(!box->itemData(0, Qt::ForegroundRole).isValid());
    }

    void untouchedEditorTakesTheTemplateTouchedKeepsItsCode()
    {
        SidePane pane(0);
        pane.setLanguages(languages());
        QSignalSpy changed(&pane, &SidePane::languageChanged);
        QVERIFY(pane.setLanguage(QStringLiteral("c")));
        QCOMPARE(pane.code(), QStringLiteral("int main(void) { return 0; }\n"));
        QVERIFY(!pane.isTouched());
        QCOMPARE(pane.editor()->definitionName(), QStringLiteral("C"));
        QVERIFY(pane.setLanguage(QStringLiteral("python")));
        QCOMPARE(pane.code(), QStringLiteral("print('hi')\n"));
        QCOMPARE(changed.count(), 2);

        pane.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(pane.editor(), QStringLiteral("x = 1"));
        QVERIFY(pane.isTouched());
        QVERIFY(pane.setLanguage(QStringLiteral("c")));
        QVERIFY(pane.code().contains(QLatin1String("x = 1"))); // never overwritten silently
        QCOMPARE(pane.languageId(), QStringLiteral("c"));
        QVERIFY(!pane.setLanguage(QStringLiteral("cobol")));
    }

    void snapshotRestoresEditsAsEdits()
    {
        SidePane pane(1);
        pane.setLanguages(languages());
        pane.setLanguage(QStringLiteral("c"));
        pane.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(pane.editor(), QStringLiteral("// mine"));
        pane.setFlags(QStringLiteral("-O3 -march=native"));
        pane.setArguments(QStringLiteral("10 20"));
        pane.setStandardInput(QStringLiteral("input\n"));
        const fc::ui::SideSnapshot snap = pane.snapshot();
        QVERIFY(snap.touched);

        SidePane other(1);
        other.setLanguages(languages());
        other.restore(snap);
        QCOMPARE(other.snapshot(), snap);
        QVERIFY(other.isTouched());
        QCOMPARE(other.editor()->definitionName(), QStringLiteral("C"));
    }

    void openAndSaveFilesGuessTheLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("prog.py"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("print(42)\n");
        }
        SidePane pane(0);
        pane.setLanguages(languages());
        pane.setLanguage(QStringLiteral("c"));
        QCOMPARE(pane.guessLanguage(QStringLiteral("X.H")), QStringLiteral("c"));
        QVERIFY(pane.guessLanguage(QStringLiteral("notes.txt")).isEmpty());
        QVERIFY(pane.openFile(path));
        QCOMPARE(pane.languageId(), QStringLiteral("python"));
        QCOMPARE(pane.code(), QStringLiteral("print(42)\n"));
        QCOMPARE(pane.filePath(), path);
        QVERIFY(!pane.isTouched());

        pane.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(pane.editor(), QStringLiteral("print(43)"));
        const QString saved = dir.filePath(QStringLiteral("saved.py"));
        QVERIFY(pane.saveFile(saved));
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("print(42)\nprint(43)"));
        QString error;
        QVERIFY(!pane.openFile(dir.filePath(QStringLiteral("missing.c")), &error));
        QVERIFY(error.contains(QLatin1String("missing.c")));
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
