// The files that register the fastercodes:// scheme with the desktop, checked on every platform:
// the macOS bundle's Info.plist (its template and the file as a macOS build writes it) and the
// Linux desktop entry. The three desktop ids (bundle id, desktop file, AppStream id) agree.

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QVariant>
#include <QXmlStreamReader>
#include <optional>

namespace {

const QString kBundleId = QStringLiteral("codes.faster.fastercodes");
const QString kDesktopFile =
    QStringLiteral(FC_SOURCE_DIR "/resources/codes.faster.fastercodes.desktop");
// The metainfo as the build writes it (its release entry carries the project's version).
const QString kMetainfoFile = QStringLiteral(FC_METAINFO_FILE);
const QString kPlistTemplate = QStringLiteral(FC_SOURCE_DIR "/app/macos/Info.plist.in");

// One property-list value: <dict> → QVariantMap, <array> → QVariantList, <string> → QString,
// <true/>/<false/> → bool, <integer>/<real> → number. Anything else is an error.
std::optional<QVariant> plistValue(QXmlStreamReader &xml, QString *error)
{
    const QStringView name = xml.name();
    if (name == u"dict") {
        QVariantMap map;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"key") {
                *error = QStringLiteral("<%1> where a <key> was expected").arg(xml.name());
                return std::nullopt;
            }
            const QString key = xml.readElementText();
            if (map.contains(key)) {
                *error = QStringLiteral("the key %1 appears twice").arg(key);
                return std::nullopt;
            }
            if (!xml.readNextStartElement()) {
                *error = QStringLiteral("the key %1 has no value").arg(key);
                return std::nullopt;
            }
            const auto value = plistValue(xml, error);
            if (!value)
                return std::nullopt;
            map.insert(key, *value);
        }
        return map;
    }
    if (name == u"array") {
        QVariantList list;
        while (xml.readNextStartElement()) {
            const auto value = plistValue(xml, error);
            if (!value)
                return std::nullopt;
            list << *value;
        }
        return list;
    }
    if (name == u"string")
        return xml.readElementText();
    if (name == u"true" || name == u"false") {
        const bool on = name == u"true";
        xml.skipCurrentElement();
        return on;
    }
    if (name == u"integer")
        return xml.readElementText().toLongLong();
    if (name == u"real")
        return xml.readElementText().toDouble();
    *error = QStringLiteral("unknown element <%1>").arg(name);
    return std::nullopt;
}

// The top-level dictionary of a property list, after checking the whole file is well-formed XML.
std::optional<QVariantMap> readPlist(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"plist" ||
        xml.attributes().value(QStringLiteral("version")) != u"1.0") {
        *error = QStringLiteral("not a <plist version=\"1.0\">: %1").arg(xml.errorString());
        return std::nullopt;
    }
    if (!xml.readNextStartElement() || xml.name() != u"dict") {
        *error = QStringLiteral("the plist does not hold a <dict>");
        return std::nullopt;
    }
    const auto root = plistValue(xml, error);
    if (!root)
        return std::nullopt;
    while (!xml.atEnd())
        xml.readNext(); // the rest must be well-formed too
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return root->toMap();
}

QStringList urlSchemes(const QVariantMap &plist)
{
    QStringList schemes;
    for (const QVariant &type : plist.value(QStringLiteral("CFBundleURLTypes")).toList()) {
        for (const QVariant &scheme :
             type.toMap().value(QStringLiteral("CFBundleURLSchemes")).toList())
            schemes << scheme.toString();
    }
    return schemes;
}

// Every string of a plist, depth first.
void collectStrings(const QVariant &value, QStringList *out)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        for (const QVariant &v : value.toMap())
            collectStrings(v, out);
    } else if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &v : value.toList())
            collectStrings(v, out);
    } else if (value.typeId() == QMetaType::QString) {
        *out << value.toString();
    }
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT
private slots:
    void macosTemplateIsWellFormedAndDeclaresTheScheme()
    {
        QString error;
        const auto plist = readPlist(kPlistTemplate, &error);
        QVERIFY2(plist, qPrintable(error));
        QCOMPARE(urlSchemes(*plist), QStringList{QStringLiteral("fastercodes")});
        QCOMPARE(plist->value(QStringLiteral("CFBundleIdentifier")).toString(),
                 QStringLiteral("${MACOSX_BUNDLE_GUI_IDENTIFIER}"));
        QCOMPARE(plist->value(QStringLiteral("CFBundlePackageType")).toString(),
                 QStringLiteral("APPL"));
        QCOMPARE(plist->value(QStringLiteral("NSPrincipalClass")).toString(),
                 QStringLiteral("NSApplication"));
        QVERIFY(plist->value(QStringLiteral("NSHighResolutionCapable")).toBool());
        // Only placeholders CMake fills in (app/CMakeLists.txt); no @VAR@, which Qt's own
        // configure pass over the template would replace with nothing.
        QStringList strings;
        collectStrings(*plist, &strings);
        static const QRegularExpression placeholder(QStringLiteral("\\$\\{([^}]*)\\}"));
        for (const QString &s : std::as_const(strings)) {
            for (const auto &m : placeholder.globalMatch(s)) {
                const QString name = m.captured(1);
                QVERIFY2(name.startsWith(QLatin1String("MACOSX_BUNDLE_")) ||
                             name == QLatin1String("FC_MACOS_MINIMUM_VERSION"),
                         qPrintable(name));
            }
            QVERIFY2(!s.contains(QLatin1Char('@')), qPrintable(s));
        }
    }

    void macosInfoPlistAsBuilt()
    {
        QString error;
        const auto plist = readPlist(QStringLiteral(FC_INFO_PLIST_PREVIEW), &error);
        QVERIFY2(plist, qPrintable(error));
        QStringList strings;
        collectStrings(*plist, &strings);
        for (const QString &s : std::as_const(strings))
            QVERIFY2(!s.contains(QLatin1String("${")) && !s.isEmpty(),
                     qPrintable(QStringLiteral("left unfilled: '%1'").arg(s)));
        QCOMPARE(plist->value(QStringLiteral("CFBundleIdentifier")).toString(), kBundleId);
        QCOMPARE(plist->value(QStringLiteral("CFBundleExecutable")).toString(),
                 QStringLiteral("fastercodes"));
        QCOMPARE(plist->value(QStringLiteral("CFBundleShortVersionString")).toString(),
                 QStringLiteral(FC_PROJECT_VERSION));
        QCOMPARE(plist->value(QStringLiteral("CFBundleVersion")).toString(),
                 QStringLiteral(FC_PROJECT_VERSION));
        QVERIFY(plist->value(QStringLiteral("LSMinimumSystemVersion"))
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^\\d+(\\.\\d+)*$"))));
        const QVariantList types = plist->value(QStringLiteral("CFBundleURLTypes")).toList();
        QCOMPARE(types.size(), 1);
        const QVariantMap type = types.first().toMap();
        QCOMPARE(type.value(QStringLiteral("CFBundleURLName")).toString(), kBundleId);
        QCOMPARE(type.value(QStringLiteral("CFBundleURLSchemes")).toList(),
                 QVariantList{QStringLiteral("fastercodes")});
    }

    void linuxDesktopFileDeclaresTheScheme()
    {
        QFile file(kDesktopFile);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(kDesktopFile));
        QString group;
        QHash<QString, QString> entry;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++lineNumber;
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (line.startsWith(QLatin1Char('['))) {
                QVERIFY2(line.endsWith(QLatin1Char(']')), qPrintable(line));
                if (group.isEmpty())
                    QCOMPARE(line, QStringLiteral("[Desktop Entry]")); // the first group
                group = line;
                continue;
            }
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            QVERIFY2(eq > 0 && !group.isEmpty(), qPrintable(QString::number(lineNumber)));
            if (group != QLatin1String("[Desktop Entry]"))
                continue;
            const QString key = line.left(eq).trimmed();
            QVERIFY2(!entry.contains(key), qPrintable(QStringLiteral("%1 twice").arg(key)));
            entry.insert(key, line.mid(eq + 1).trimmed());
        }
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QVERIFY(!entry.value(QStringLiteral("Name")).isEmpty());
        QCOMPARE(entry.value(QStringLiteral("Icon")), kBundleId);
        // The desktop passes the link as an argument: %U (or %u), which main() hands over.
        const QStringList exec = entry.value(QStringLiteral("Exec")).split(QLatin1Char(' '));
        QCOMPARE(exec.value(0), QStringLiteral("fastercodes"));
        QVERIFY2(exec.contains(QStringLiteral("%U")) || exec.contains(QStringLiteral("%u")),
                 qPrintable(entry.value(QStringLiteral("Exec"))));
        // A list: semicolon-separated and terminated.
        const QString mime = entry.value(QStringLiteral("MimeType"));
        QVERIFY2(mime.endsWith(QLatin1Char(';')), qPrintable(mime));
        QVERIFY2(mime.split(QLatin1Char(';'), Qt::SkipEmptyParts)
                     .contains(QStringLiteral("x-scheme-handler/fastercodes")),
                 qPrintable(mime));

        // desktop-file-validate, where installed (desktop-file-utils), has the last word.
        const QString validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validate.isEmpty()) {
            QProcess p;
            p.start(validate, {kDesktopFile});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        }
    }

    void theDesktopIdsAgree()
    {
        // The bundle id is the desktop file's name and the AppStream id.
        QCOMPARE(QFileInfo(kDesktopFile).completeBaseName(), kBundleId);
        QFile metainfo(kMetainfoFile);
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&metainfo);
        QString id;
        QString launchable;
        QString releaseVersion;
        QString releaseDate;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"id" && id.isEmpty())
                id = xml.readElementText();
            else if (xml.name() == u"launchable")
                launchable = xml.readElementText();
            else if (xml.name() == u"release" && releaseVersion.isEmpty()) {
                // The newest release comes first.
                releaseVersion = xml.attributes().value(u"version").toString();
                releaseDate = xml.attributes().value(u"date").toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, kBundleId);
        QCOMPARE(releaseVersion, QStringLiteral(FC_PROJECT_VERSION));
        // A real date (CMakeLists.txt's FASTERCODES_RELEASE_DATE), not a placeholder left behind.
        QVERIFY2(QDate::fromString(releaseDate, Qt::ISODate).isValid(), qPrintable(releaseDate));
        QVERIFY2(QDate::fromString(releaseDate, Qt::ISODate).year() >= 2026,
                 qPrintable(releaseDate));
        if (!launchable.isEmpty())
            QCOMPARE(launchable, QFileInfo(kDesktopFile).fileName());
    }
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktop_files.moc"
