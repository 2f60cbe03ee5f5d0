// The everyday comforts of a desktop editor: find and replace, the Edit menu acting on the
// focused widget, the Help menu, the "checking toolchains" indicator. Real widgets on the offscreen
// platform, the real window.

#include "about/aboutdialog.h"
#include "codeeditor.h"
#include "format/units.h"
#include "mainwindow.h"
#include "uitestutil.h"
#include "window/detectionindicator.h"
#include "window/findbar.h"
#include "windowparts.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using fc::ui::FindBar;
using fc::ui::MainWindow;

namespace {

// Where each match of the bar's search starts, in the order F3 (or Shift+F3) visits them.
QList<int> visit(FindBar &bar, QPlainTextEdit &editor, bool backward, int steps)
{
    QList<int> starts;
    for (int i = 0; i < steps; ++i) {
        if (!bar.findNext(backward))
            break;
        starts << editor.textCursor().selectionStart();
    }
    return starts;
}

QMenu *menuNamed(QMainWindow &window, const QString &title)
{
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && a->text().remove(QLatin1Char('&')) == title)
            return a->menu();
    }
    return nullptr;
}

bool showAndActivate(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

class TestComforts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings(); }

    void findVisitsMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<bool>("backward");
        QTest::addColumn<QList<int>>("starts");
        QTest::addColumn<QString>("status");

        const QString code = QStringLiteral("int sum = 0;\nfor (int i = 0; i < n; i++)\n"
                                            "    sum += i; // Sum up\nreturn summary(sum);\n");
        // "sum" at 4, 45, 58 ("Sum"), 72 ("summary"), 80; wrapping around after the last.
        QTest::newRow("any case, anywhere")
            << code << QStringLiteral("sum") << false << false << false
            << QList<int>{4, 45, 58, 72, 80, 4} << QStringLiteral("1 of 5");
        QTest::newRow("match case") << code << QStringLiteral("sum") << true << false << false
                                    << QList<int>{4, 45, 72, 80, 4} << QStringLiteral("1 of 4");
        QTest::newRow("whole words") << code << QStringLiteral("sum") << false << true << false
                                     << QList<int>{4, 45, 58, 80, 4} << QStringLiteral("1 of 4");
        QTest::newRow("case and whole words")
            << code << QStringLiteral("sum") << true << true << false << QList<int>{4, 45, 80, 4}
            << QStringLiteral("1 of 3");
        QTest::newRow("backward wraps to the end")
            << code << QStringLiteral("sum") << true << true << true << QList<int>{80, 45, 4, 80}
            << QStringLiteral("3 of 3");
        QTest::newRow("not found") << code << QStringLiteral("product") << false << false << false
                                   << QList<int>{} << QStringLiteral("Not found");
        QTest::newRow("across no lines") << code << QStringLiteral("0;\nfor") << false << false
                                         << false << QList<int>{} << QStringLiteral("Not found");
    }

    void findVisitsMatches()
    {
        QFETCH(QString, text);
        QFETCH(QString, search);
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWords);
        QFETCH(bool, backward);
        QFETCH(QList<int>, starts);
        QFETCH(QString, status);

        fc::ui::CodeEditor editor;
        editor.setPlainText(text);
        FindBar bar(&editor);
        bar.open(false);
        // Toggling an option searches again at once; the search text is set last.
        bar.setMatchCase(matchCase);
        bar.setWholeWords(wholeWords);
        bar.setSearchText(search);
        QCOMPARE(visit(bar, editor, backward, qMax(1, int(starts.size()))), starts);
        if (!starts.isEmpty())
            QCOMPARE(editor.textCursor().selectedText().toLower(), search.toLower());
        // One step past the last match: back on the first one visited, and the status says so.
        QCOMPARE(bar.findChild<QLabel *>(QStringLiteral("findStatus"))->text(), status);
    }

    void openTakesTheSelectionOfOneLine_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a word") << 4 << 7 << QStringLiteral("sum");
        QTest::newRow("lines are not a search") << 0 << 20 << QStringLiteral("earlier");
        QTest::newRow("no selection keeps the last search") << 3 << 3 << QStringLiteral("earlier");
    }

    void openTakesTheSelectionOfOneLine()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, expected);
        fc::ui::CodeEditor editor;
        editor.setPlainText(QStringLiteral("int sum = 0;\nreturn sum;\n"));
        FindBar bar(&editor);
        bar.setSearchText(QStringLiteral("earlier"));
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
        bar.open(true);
        QCOMPARE(bar.searchText(), expected);
        QVERIFY(bar.isReplaceShown());
    }

    void replaceAllIsOneUndoStep_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("result");
        const QString code = QStringLiteral("i = i + in(i)\n");
        QTest::newRow("whole words") << QStringLiteral("i") << QStringLiteral("index") << true << 3
                                     << QStringLiteral("index = index + in(index)\n");
        QTest::newRow("anywhere") << QStringLiteral("i") << QStringLiteral("j") << false << 4
                                  << QStringLiteral("j = j + jn(j)\n");
        // The replacement holds the search: each match is replaced once, no endless loop.
        QTest::newRow("replacement contains the search")
            << QStringLiteral("i") << QStringLiteral("ii") << true << 3
            << QStringLiteral("ii = ii + in(ii)\n");
        QTest::newRow("nothing to replace")
            << QStringLiteral("x") << QStringLiteral("y") << false << 0 << code;
    }

    void replaceAllIsOneUndoStep()
    {
        QFETCH(QString, search);
        QFETCH(QString, replacement);
        QFETCH(bool, wholeWords);
        QFETCH(int, count);
        QFETCH(QString, result);
        const QString code = QStringLiteral("i = i + in(i)\n");
        fc::ui::CodeEditor editor;
        editor.setPlainText(code);
        FindBar bar(&editor);
        bar.open(true);
        bar.setSearchText(search);
        bar.setReplaceText(replacement);
        bar.setWholeWords(wholeWords);
        QCOMPARE(bar.replaceAll(), count);
        QCOMPARE(editor.toPlainText(), result);
        if (count > 0) {
            editor.undo();
            QCOMPARE(editor.toPlainText(), code);
        }
    }

    void replaceStepsThroughMatches()
    {
        fc::ui::CodeEditor editor;
        editor.setPlainText(QStringLiteral("a a a"));
        FindBar bar(&editor);
        bar.open(true);
        bar.setSearchText(QStringLiteral("a"));
        bar.setReplaceText(QStringLiteral("b"));
        QVERIFY(bar.findNext());
        QVERIFY(bar.replace()); // replaces the first, selects the second
        QCOMPARE(editor.toPlainText(), QStringLiteral("b a a"));
        QCOMPARE(editor.textCursor().selectionStart(), 2);
        bar.replace();
        QCOMPARE(editor.toPlainText(), QStringLiteral("b b a"));
    }

    void readOnlyCodeIsSearchedNotReplaced()
    {
        fc::ui::CodeEditor editor;
        editor.setPlainText(QStringLiteral("x = x"));
        editor.setReadOnly(true);
        FindBar bar(&editor);
        bar.open(true);
        bar.setSearchText(QStringLiteral("x"));
        bar.setReplaceText(QStringLiteral("y"));
        QVERIFY(bar.findNext());
        QVERIFY(!bar.findChild<QWidget *>(QStringLiteral("replaceAll"))->isEnabled());
        QCOMPARE(bar.replaceAll(), 0);
        QCOMPARE(editor.toPlainText(), QStringLiteral("x = x"));
    }

    // The keys, in the real window: Ctrl+F in B opens B's bar, typing searches, F3 goes on,
    // Escape closes the bar (not a running comparison) and gives the editor back its focus.
    void keysInTheWindow()
    {
        MainWindow window;
        QVERIFY(showAndActivate(window));
        fc::ui::SidePane *b = uitest::pane(window, 1);
        b->editor()->setPlainText(QStringLiteral("alpha beta\nalpha gamma\nalpha\n"));
        b->editor()->setFocus();
        QTRY_VERIFY(b->editor()->hasFocus());
        auto *barA = uitest::part<FindBar>(window, "findBarA");
        auto *barB = uitest::part<FindBar>(window, "findBarB");
        QVERIFY(barB->isHidden());

        QTest::keyClick(b->editor(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(barB->isVisible());
        QVERIFY(barA->isHidden());
        QVERIFY(!barB->isReplaceShown());
        auto *field = uitest::part<QLineEdit>(*barB, "findText");
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("alpha"));
        QCOMPARE(b->editor()->textCursor().selectionStart(), 0);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(b->editor()->textCursor().selectionStart(), 11);
        QTest::keyClick(field, Qt::Key_F3);
        QCOMPARE(b->editor()->textCursor().selectionStart(), 23);
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(b->editor()->textCursor().selectionStart(), 11);
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(b->editor()->textCursor().selectionStart(), 0);

        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(barB->isHidden());
        QTRY_VERIFY(b->editor()->hasFocus());

        // Ctrl+R: the replace row; Enter in it replaces and moves on.
        QTest::keyClick(b->editor(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(barB->isReplaceShown());
        auto *with = uitest::part<QLineEdit>(*barB, "replaceText");
        with->setFocus();
        QTest::keyClicks(with, QStringLiteral("omega"));
        QTest::keyClick(with, Qt::Key_Return);
        QVERIFY(b->editor()->toPlainText().startsWith(QLatin1String("omega beta\n")));
    }

    void editMenuHoldsTheCommands()
    {
        MainWindow window;
        QMenu *edit = menuNamed(window, QStringLiteral("Edit"));
        QVERIFY(edit);
        QStringList names;
        for (QAction *a : edit->actions()) {
            if (!a->isSeparator())
                names << a->objectName();
        }
        const QStringList expected{
            QStringLiteral("actionUndo"),     QStringLiteral("actionRedo"),
            QStringLiteral("actionCut"),      QStringLiteral("actionCopy"),
            QStringLiteral("actionPaste"),    QStringLiteral("actionSelectAll"),
            QStringLiteral("actionFind"),     QStringLiteral("actionReplace"),
            QStringLiteral("actionFindNext"), QStringLiteral("actionFindPrevious")};
        QCOMPARE(names.mid(0, expected.size()), expected);
        QCOMPARE(names.last(), QStringLiteral("actionSettings"));
        QCOMPARE(uitest::action(window, "actionFind")->shortcut(),
                 QKeySequence(QKeySequence::Find));
        QCOMPARE(uitest::action(window, "actionCopy")->shortcut(),
                 QKeySequence(QKeySequence::Copy));
        QCOMPARE(uitest::action(window, "actionReplace")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_R));
        // No two actions of the window share a key.
        QHash<QKeySequence, QString> owners;
        for (QAction *a : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!owners.contains(key),
                         qPrintable(QStringLiteral("%1: %2 and %3")
                                        .arg(key.toString(), owners.value(key), a->objectName())));
                owners.insert(key, a->objectName());
            }
        }
    }

    // Cut, copy, paste and undo from the menu act on the editor that had the focus.
    void editActionsActOnTheFocusedEditor()
    {
        MainWindow window;
        QVERIFY(showAndActivate(window));
        QPlainTextEdit *a = uitest::pane(window, 0)->editor();
        QPlainTextEdit *b = uitest::pane(window, 1)->editor();
        a->setPlainText(QStringLiteral("left side"));
        b->setPlainText(QStringLiteral("right side"));
        b->setFocus();
        QTRY_VERIFY(b->hasFocus());
        QTextCursor cursor = b->textCursor();
        cursor.setPosition(0);
        cursor.setPosition(5, QTextCursor::KeepAnchor);
        b->setTextCursor(cursor);

        // The menu opens with what applies to B: something to cut, nothing to redo.
        QMenu *edit = menuNamed(window, QStringLiteral("Edit"));
        emit edit->aboutToShow();
        QVERIFY(uitest::action(window, "actionCut")->isEnabled());
        QVERIFY(!uitest::action(window, "actionRedo")->isEnabled());
        emit edit->aboutToHide();

        uitest::action(window, "actionCut")->trigger();
        QCOMPARE(b->toPlainText(), QStringLiteral(" side"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("right"));
        QCOMPARE(a->toPlainText(), QStringLiteral("left side"));
        uitest::action(window, "actionSelectAll")->trigger();
        uitest::action(window, "actionPaste")->trigger();
        QCOMPARE(b->toPlainText(), QStringLiteral("right"));
        uitest::action(window, "actionUndo")->trigger();
        QCOMPARE(b->toPlainText(), QStringLiteral(" side"));
        uitest::action(window, "actionRedo")->trigger();
        QCOMPARE(b->toPlainText(), QStringLiteral("right"));

        // Find from the menu opens the bar of the focused side.
        uitest::action(window, "actionFind")->trigger();
        QVERIFY(uitest::part<FindBar>(window, "findBarB")->isVisible());
    }

    // In a results table Copy takes the selected cells, tab-separated under their titles.
    void copyFromTheResultsTable()
    {
        MainWindow window;
        QVERIFY(showAndActivate(window));
        window.showComparison(
            uitest::makeComparison(uitest::series(10, 0.1, 20), uitest::series(20, 0.1, 20)));
        auto *table = uitest::part<QTableWidget>(window, "medianTable");
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        table->setRangeSelected(QTableWidgetSelectionRange(0, 0, 1, 1), true);
        QApplication::clipboard()->clear();
        uitest::action(window, "actionCopy")->trigger();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(lines[0].count(QLatin1Char('\t')), 1); // two column titles
        QCOMPARE(lines[1].section(QLatin1Char('\t'), 0, 0), table->item(0, 0)->text());
        QCOMPARE(lines[2].section(QLatin1Char('\t'), 1, 1), table->item(1, 1)->text());
        // Keys reach it too: the table does not claim Ctrl+C, the window's action does.
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')).value(1), lines[1]);
    }

    void numbersFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("factor");
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QString>("elapsed");
        QTest::addColumn<QString>("p");
        const QChar nnbsp(0x202F);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("German") << german << QStringLiteral("2,31×")
                                << QStringLiteral("1,23") + nnbsp + QStringLiteral("s")
                                << QStringLiteral("4,2") + nnbsp + QStringLiteral("s")
                                << QStringLiteral("p < 0,001");
        QTest::newRow("French") << french << QStringLiteral("2,31×")
                                << QStringLiteral("1,23") + nnbsp + QStringLiteral("s")
                                << QStringLiteral("4,2") + nnbsp + QStringLiteral("s")
                                << QStringLiteral("p < 0,001");
        QTest::newRow("English") << english << QStringLiteral("2.31×")
                                 << QStringLiteral("1.23") + nnbsp + QStringLiteral("s")
                                 << QStringLiteral("4.2") + nnbsp + QStringLiteral("s")
                                 << QStringLiteral("p < 0.001");
    }

    void numbersFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, factor);
        QFETCH(QString, duration);
        QFETCH(QString, elapsed);
        QFETCH(QString, p);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        namespace units = fc::ui::units;
        QCOMPARE(units::factor(2.3149), factor);
        QCOMPARE(units::duration(1234.0), duration);
        QCOMPARE(units::elapsed(4200), elapsed);
        QCOMPARE(units::localized(QStringLiteral("p < 0.001")), p);
        // Integers and words are left alone.
        QCOMPARE(units::localized(QStringLiteral("20 runs each.")),
                 QStringLiteral("20 runs each."));

        // The window: the verdict's ratio and the tables in the locale's digits.
        MainWindow window;
        window.showComparison(
            uitest::makeComparison(uitest::series(10, 0.1, 20), uitest::series(23.1, 0.1, 20)));
        const QString decimal = locale.decimalPoint();
        const QRegularExpression ratio(
            QStringLiteral("\\d%1\\d+×").arg(QRegularExpression::escape(decimal)));
        QVERIFY2(ratio.match(uitest::verdict(window)->text()).hasMatch(),
                 qPrintable(uitest::verdict(window)->text()));
        auto *table = uitest::part<QTableWidget>(window, "medianTable");
        bool sawRatio = false;
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString cell =
                table->item(0, column) ? table->item(0, column)->text() : QString();
            if (cell.contains(QStringLiteral("×")))
                sawRatio = ratio.match(cell).hasMatch();
        }
        QVERIFY(sawRatio);
    }

    void helpMenuHasDocsLicenceAndQt()
    {
        MainWindow window;
        QMenu *help = menuNamed(window, QStringLiteral("Help"));
        QVERIFY(help);
        QStringList names;
        for (QAction *a : help->actions()) {
            if (!a->isSeparator())
                names << a->objectName();
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("actionDocumentation"), QStringLiteral("actionAbout"),
                              QStringLiteral("actionAboutQt")}));
        QCOMPARE(uitest::action(window, "actionDocumentation")->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
        QVERIFY(fc::ui::AboutDialog::documentationUrl().isValid());
        QCOMPARE(fc::ui::AboutDialog::documentationUrl().scheme(), QStringLiteral("https"));

        // An extension's entry goes between the documentation and About.
        QAction extra(QStringLiteral("Report a problem"));
        window.addAction(MainWindow::Place::HelpMenu, &extra);
        QCOMPARE(help->actions().indexOf(&extra), 1);

        fc::ui::AboutDialog about(nullptr);
        const auto *licence = uitest::part<QLabel>(about, "licence");
        QVERIFY(licence->text().contains(QLatin1String("GNU General Public License")));
        QVERIFY(licence->text().contains(fc::ui::AboutDialog::licenceUrl().toString()));
        QVERIFY(about.versionsText().contains(QLatin1String("GPL-3.0-or-later")));
    }

    // The status bar says "Checking toolchains…" exactly while detection runs.
    void checkingToolchainsIndicator()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fc::ui::LanguageCatalog *catalog = uitest::catalog(window);
        auto *indicator = uitest::part<fc::ui::DetectionIndicator>(window, "detectionIndicator");
        QVERIFY(indicator->findChild<QLabel *>()->text().contains(QLatin1String("toolchains")));
        QCOMPARE(indicator->isVisible(), catalog->isDetecting());
        QVERIFY(catalog->waitForDetection(120000));
        QTRY_VERIFY(!indicator->isVisible());

        // Run ▸ Check toolchains again asks every toolchain anew: shown until all answered.
        QSignalSpy finished(catalog, &fc::ui::LanguageCatalog::detectionFinished);
        uitest::action(window, "actionCheckToolchains")->trigger();
        QVERIFY(catalog->isDetecting());
        QVERIFY(indicator->isVisible());
        QVERIFY(finished.wait(120000) || finished.count() > 0);
        QVERIFY(!indicator->isVisible());
    }

    // Not a check: the pictures in docs/ui.md, from the real widgets.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("FC_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("writes the docs' screenshots only when FC_SCREENSHOTS names a folder");
        MainWindow window;
        window.resize(1280, 800);
        QVERIFY(showAndActivate(window));
        window.showComparison(
            uitest::makeComparison(uitest::series(10, 0.1, 20), uitest::series(23.1, 0.2, 20)));
        fc::ui::SidePane *b = uitest::pane(window, 1);
        b->editor()->setFocus();
        uitest::action(window, "actionReplace")->trigger();
        auto *bar = uitest::part<FindBar>(window, "findBarB");
        bar->setSearchText(QStringLiteral("print"));
        bar->setReplaceText(QStringLiteral("sys.stdout.write"));
        bar->findNext();
        QVERIFY(window.grab().save(dir + QStringLiteral("/screenshot-find.png")));
        QMenu *edit = menuNamed(window, QStringLiteral("Edit"));
        edit->popup(window.mapToGlobal(QPoint(40, 24)));
        QVERIFY(QTest::qWaitForWindowExposed(edit));
        QVERIFY(edit->grab().save(dir + QStringLiteral("/screenshot-editmenu.png")));
        edit->close();
        QMenu *file = menuNamed(window, QStringLiteral("File"));
        file->popup(window.mapToGlobal(QPoint(4, 24)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        QVERIFY(file->grab().save(dir + QStringLiteral("/screenshot-filemenu.png")));
        file->close();
    }
};

QTEST_MAIN(TestComforts)
#include "tst_comforts.moc"
