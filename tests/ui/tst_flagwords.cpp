// The window splits flags and arguments with the command line's splitter: the same text gives
// the same words (tests/core/shellwordcases.h, the table tst_cli_commands holds compare to), and
// a comparison's words shown in the editors split back to themselves.
#include "model/comparison.h"
#include "runner/comparisonrequest.h"
#include "shellwordcases.h"
#include "uitestutil.h"
#include "window/editorspage.h"

#include <QTest>

using namespace fc::ui;

class TestFlagWords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings(); }

    void windowSplitsLikeTheCommandLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        for (const shellwords::Case &c : shellwords::cases())
            QTest::newRow(c.name) << c.text << c.words;
    }
    void windowSplitsLikeTheCommandLine()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        EditorsPage page;
        page.pane(0)->setFlags(text);
        page.pane(1)->setArguments(text);
        fc::ComparisonRequest request;
        page.fillRequest(request);
        QCOMPARE(request.sides[0].flags.value_or(QStringList{QStringLiteral("<none>")}), words);
        QCOMPARE(request.sides[1].args, words);
    }

    void comparisonWordsSurviveTheEditors_data() { windowSplitsLikeTheCommandLine_data(); }
    void comparisonWordsSurviveTheEditors()
    {
        QFETCH(QStringList, words);
        fc::Comparison comparison;
        comparison.a().flags = words;
        comparison.b().args = words;
        EditorsPage page;
        page.loadComparison(comparison, true);
        fc::ComparisonRequest request;
        page.fillRequest(request);
        if (!words.isEmpty())
            QCOMPARE(request.sides[0].flags.value_or(QStringList{QStringLiteral("<none>")}), words);
        QCOMPARE(request.sides[1].args, words);
    }
};

QTEST_MAIN(TestFlagWords)
#include "tst_flagwords.moc"
