#pragma once

// What the history suites share (tst_history_view, tst_sharing): the window's parts, a sample
// comparison, a real HTTP server on 127.0.0.1 and two small helpers.

#include "cloud/syncsettings.h"
#include "desktop/desktopintegration.h"
#include "desktop/singleinstance.h"
#include "history/historycontroller.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "history/livesharebanner.h"
#include "history/livesharecontroller.h"
#include "history/openpermalinkdialog.h"
#include "history/sharedialog.h"
#include "history/syncsettingspage.h"
#include "history/uploadpreviewdialog.h"
#include "languages/languagecatalog.h"
#include "mainwindow.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "results/verdictbanner.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "runner/sandbox.h"
#include "settings/settingsdialog.h"
#include "sidepane.h"
#include "tst_cloud_httpserver.h"
#include "tst_history_sample.h"
#include "uitestutil.h"
#include "windowparts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace fc;
using namespace fc::ui;
using fc::testing::HttpRequest;
using fc::testing::HttpResponse;
using fc::testing::LocalHttpServer;
using fc::testing::sampleComparison;

namespace historytest {

inline QByteArray documentOf(Comparison c, const QString &runId)
{
    c.runId = runId;
    c.a().id = runId + QStringLiteral("-a");
    c.b().id = runId + QStringLiteral("-b");
    return QJsonDocument(comparisonDocument(c)).toJson(QJsonDocument::Compact);
}

inline void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
    }
}

} // namespace historytest

using historytest::closeMessageBoxes;
using historytest::documentOf;
