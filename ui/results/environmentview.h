#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace fc {
struct Comparison;
}

namespace fc::ui {

/// The Environment tab: where and how a comparison ran (CPU, OS, toolchains, flags, sandbox,
/// plan), without which a result cannot be judged later.
class EnvironmentView : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentView(QWidget *parent = nullptr);

    void setComparison(const fc::Comparison &comparison);
    void clear();
    /// The value shown for a row label (for tests); empty when there is no such row.
    QString value(const QString &label) const;

private:
    void addRow(const QString &label, const QString &value, int side = -1);

    QFormLayout *m_form;
    QLabel *m_empty;
};

} // namespace fc::ui
