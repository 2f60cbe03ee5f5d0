#include "runner/diagnosticparser.h"

#include <QTest>

using namespace fc;

// Compiler output captured from the toolchains of the Debian 13 build root (gcc 14, javac 21,
// go 1.24, rustc 1.85).
class TestDiagnostics : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("message");
        QTest::newRow("gcc") << QStringLiteral(
                                    "/tmp/x-1/main.c: In function 'main':\n/tmp/x-1/main.c:3:5: "
                                    "error: 'x' undeclared (first use in this function)\n")
                             << QStringLiteral("main.c") << 3 << 5 << QStringLiteral("error")
                             << QStringLiteral("'x' undeclared (first use in this function)");
        QTest::newRow("gcc warning")
            << QStringLiteral("main.cpp:12:9: warning: unused variable 'y' [-Wunused-variable]")
            << QStringLiteral("main.cpp") << 12 << 9 << QStringLiteral("warning")
            << QStringLiteral("unused variable 'y' [-Wunused-variable]");
        QTest::newRow("javac") << QStringLiteral("Main.java:7: error: ';' expected\n        int x "
                                                 "= 1\n                 ^\n1 error\n")
                               << QStringLiteral("Main.java") << 7 << 0 << QStringLiteral("error")
                               << QStringLiteral("';' expected");
        QTest::newRow("go")
            << QStringLiteral("# command-line-arguments\n./main.go:5:2: undefined: fmt.Printn\n")
            << QStringLiteral("main.go") << 5 << 2 << QStringLiteral("error")
            << QStringLiteral("undefined: fmt.Printn");
        QTest::newRow("rustc") << QStringLiteral(
                                      "error[E0425]: cannot find value `y` in this scope\n --> "
                                      "/tmp/w/main.rs:2:20\n  |\n2 |     println!(\"{}\", y);\n")
                               << QStringLiteral("main.rs") << 2 << 20 << QStringLiteral("error")
                               << QStringLiteral("cannot find value `y` in this scope");
    }
    void parses()
    {
        QFETCH(QString, output);
        const QList<Diagnostic> diagnostics = parseDiagnostics(output);
        QVERIFY(!diagnostics.isEmpty());
        const Diagnostic &d = diagnostics.first();
        QTEST(d.file, "file");
        QTEST(d.line, "line");
        QTEST(d.column, "column");
        QTEST(d.severity, "severity");
        QTEST(d.message, "message");
    }
    void ignoresPlainText()
    {
        QVERIFY(
            parseDiagnostics(QStringLiteral("Compiling...\nDone in 1.2s\n1 error\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
