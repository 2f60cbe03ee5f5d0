#include "version.h"

#include <QRegularExpression>
#include <QTest>

// The core library links and answers without a GUI.
class TestCoreLibrary : public QObject
{
    Q_OBJECT
private slots:
    void versionIsSemantic()
    {
        static const QRegularExpression semver(QStringLiteral(R"(^\d+\.\d+\.\d+$)"));
        QVERIFY2(semver.match(fc::version()).hasMatch(), qPrintable(fc::version()));
    }
    void runsOnQt6() { QVERIFY(fc::qtVersion().startsWith(QLatin1String("6."))); }
};

QTEST_GUILESS_MAIN(TestCoreLibrary)
#include "tst_corelibrary.moc"
