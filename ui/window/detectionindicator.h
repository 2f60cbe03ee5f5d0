#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace fc::ui {

class LanguageCatalog;

/// "Checking toolchains…" with a busy bar in the status bar while the catalog detects which
/// compilers and interpreters are installed (at start and on Run ▸ Check toolchains again);
/// hidden otherwise, so the pickers' versions are known to be final once it is gone.
class DetectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit DetectionIndicator(const LanguageCatalog *catalog, QWidget *parent = nullptr);

    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    const LanguageCatalog *m_catalog;
    QProgressBar *m_bar;
    QLabel *m_label;
};

} // namespace fc::ui
