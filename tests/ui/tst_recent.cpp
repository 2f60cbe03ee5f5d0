// File ▸ Open Recent and Recent Comparisons: remembered in QSettings, newest first, capped,
// a file that is gone removed with a message. Real menus, real files, the real window.

#include "codeeditor.h"
#include "mainwindow.h"
#include "model/comparisonjson.h"
#include "uitestutil.h"
#include "window/recentlist.h"
#include "windowparts.h"

#include <QApplication>
#include <QJsonDocument>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using fc::ui::MainWindow;
using fc::ui::RecentList;

namespace {

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The entries a recent menu shows when it opens (the file paths they stand for).
QStringList entries(QMenu *menu)
{
    emit menu->aboutToShow();
    QStringList paths;
    for (QAction *a : menu->actions()) {
        if (!a->data().toString().isEmpty())
            paths << a->data().toString();
    }
    return paths;
}

QAction *entryFor(QMenu *menu, const QString &path)
{
    emit menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == path)
            return a;
    }
    return nullptr;
}

} // namespace

class TestRecent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings(); }
    void init()
    {
        QSettings settings;
        settings.clear(); // no session (and no edits to confirm) left from the test before
    }

    void listKeepsNewestFirstOnceCapped_data()
    {
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("newest first")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
            << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
        QTest::newRow("used again moves up")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}
            << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QStringList twelve;
        for (int i = 0; i < 12; ++i)
            twelve << QStringLiteral("f%1").arg(i);
        QStringList newestTen;
        for (int i = 11; i >= 2; --i)
            newestTen << QStringLiteral("f%1").arg(i);
        QTest::newRow("capped at ten") << twelve << newestTen;
    }

    void listKeepsNewestFirstOnceCapped()
    {
        QFETCH(QStringList, added);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QMenu menu;
        RecentList list(QStringLiteral("recent/test"), &menu);
        QVERIFY(!menu.isEnabled()); // nothing yet: greyed, not an empty popup
        for (const QString &name : added)
            list.add(writeFile(dir, qPrintable(name), "x"));
        QStringList paths;
        for (const QString &name : expected)
            paths << QFileInfo(dir.filePath(name)).absoluteFilePath();
        QCOMPARE(list.paths(), paths);
        QCOMPARE(entries(&menu), paths);
        QVERIFY(menu.isEnabled());
        // Remembered: a second list on the same key (another window, the next start) has them.
        QMenu other;
        QCOMPARE(RecentList(QStringLiteral("recent/test"), &other).paths(), paths);
        // "Clear List" empties it.
        menu.actions().constLast()->trigger();
        QVERIFY(list.paths().isEmpty());
        QVERIFY(!menu.isEnabled());
    }

    void goneFileIsRemovedAndSaysSo()
    {
        QTemporaryDir dir;
        QMenu menu;
        RecentList list(QStringLiteral("recent/test"), &menu);
        const QString kept = writeFile(dir, "kept.c", "int main(void) { return 0; }\n");
        const QString gone = writeFile(dir, "gone.c", "int main(void) { return 1; }\n");
        list.add(kept);
        list.add(gone);
        QVERIFY(QFile::remove(gone));
        QSignalSpy chosen(&list, &RecentList::chosen);
        QSignalSpy missing(&list, &RecentList::missing);
        entryFor(&menu, gone)->trigger();
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(missing.count(), 1);
        QCOMPARE(list.paths(), QStringList{QFileInfo(kept).absoluteFilePath()});
        entryFor(&menu, QFileInfo(kept).absoluteFilePath())->trigger();
        QCOMPARE(chosen.count(), 1);
    }

    // In the window: a file opened into a side is listed; choosing it later opens it into the
    // focused side; a file deleted since is removed with a message naming it.
    void windowRemembersOpenedFiles()
    {
        QTemporaryDir dir;
        const QString code = QStringLiteral("print('recent')\n");
        const QString path = writeFile(dir, "recent.py", code.toUtf8());
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Dropping a file on editor A opens it there (no question: A is untouched).
            emit uitest::pane(window, 0)->editor()->filesDropped({path});
            QCOMPARE(uitest::pane(window, 0)->code(), code);
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = uitest::part<QMenu>(window, "recentFilesMenu");
        QCOMPARE(entries(menu), QStringList{QFileInfo(path).absoluteFilePath()});
        uitest::pane(window, 1)->setCode(QStringLiteral("print('b')\n"));
        uitest::pane(window, 1)->editor()->setFocus();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(uitest::pane(window, 1)->editor()->hasFocus());
        entryFor(menu, QFileInfo(path).absoluteFilePath())->trigger();
        QCOMPARE(uitest::pane(window, 1)->code(), code);

        QVERIFY(QFile::remove(path));
        entryFor(menu, QFileInfo(path).absoluteFilePath())->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("recentMissing"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("recent.py")));
        QVERIFY(box->text().contains(QLatin1String("Open Recent")));
        box->close();
        QVERIFY(entries(menu).isEmpty());
        QCOMPARE(uitest::pane(window, 1)->code(), code); // nothing lost
    }

    // Recent comparisons: a JSON document chosen there shows with its code and results; one
    // that does not parse says why and changes nothing.
    void windowOpensRecentComparisons()
    {
        QTemporaryDir dir;
        const fc::Comparison comparison =
            uitest::makeComparison(uitest::series(10, 0.1, 10), uitest::series(30, 0.1, 10));
        const QString good =
            writeFile(dir, "good.json", QJsonDocument(fc::comparisonToJson(comparison)).toJson());
        const QString bad = writeFile(dir, "bad.json", "{\"format\": \"something else\"}");
        QSettings().setValue(
            QStringLiteral("recent/comparisons"),
            QStringList{QFileInfo(good).absoluteFilePath(), QFileInfo(bad).absoluteFilePath()});

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = uitest::part<QMenu>(window, "recentComparisonsMenu");
        QCOMPARE(entries(menu).size(), 2);
        QVERIFY(uitest::action(window, "actionOpenComparison")->isEnabled());

        QSignalSpy shown(&window, &MainWindow::resultsShown);
        entryFor(menu, QFileInfo(good).absoluteFilePath())->trigger();
        QCOMPARE(shown.count(), 1);
        QCOMPARE(uitest::pane(window, 0)->code(), comparison.a().code);
        QVERIFY(window.comparison().has_value());

        QString message;
        QTimer::singleShot(0, this, [&message] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->close();
            }
        });
        entryFor(menu, QFileInfo(bad).absoluteFilePath())->trigger();
        QVERIFY2(message.contains(QLatin1String("bad.json")), qPrintable(message));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(uitest::pane(window, 0)->code(), comparison.a().code);
    }
};

QTEST_MAIN(TestRecent)
#include "tst_recent.moc"
