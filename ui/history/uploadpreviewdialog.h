#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QUrl>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace fc::ui {

/// Shown before the first share (an upload or a live share): what the document holds, in
/// words and as the very JSON that goes out, where it goes, and that anyone with the link can
/// read it. "Don't show this again" is remembered (syncsettings::uploadPreviewDismissed) when
/// the user goes ahead.
class UploadPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    UploadPreviewDialog(const QUrl &backend, const QJsonObject &document, bool live,
                        QWidget *parent = nullptr);

    /// Whether the preview must be shown before sharing (the user has not dismissed it).
    static bool needed();

    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *jsonView() const { return m_json; }
    QCheckBox *dontAskAgain() const { return m_dontAsk; }

    void accept() override;

private:
    QLabel *m_summary;
    QPlainTextEdit *m_json;
    QCheckBox *m_dontAsk;
};

} // namespace fc::ui
