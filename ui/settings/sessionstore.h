#pragma once

#include "window/codeorigin.h"

#include <QObject>
#include <QTimer>
#include <array>
#include <functional>

namespace fc::ui {

class SidePane;

/// Saves both editors (code, language, flags, arguments, stdin) as the user types, debounced,
/// and flushes to disk at once, so that a crash loses at most the last debounce interval.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 500;

    SessionStore(SidePane *a, SidePane *b, QObject *parent = nullptr);

    /// Puts the saved session into the panes; false (panes untouched) when there is none.
    bool restore();
    /// Saves now (e.g. on close) instead of after the debounce interval.
    void saveNow();
    bool isPending() const { return m_timer.isActive(); }
    /// The title saved with the session (e.g. the example's name).
    void setTitleProvider(std::function<QString()> provider) { m_title = std::move(provider); }
    /// Where the code came from, saved in the same write as the code.
    void setOriginProvider(std::function<CodeOrigin()> provider) { m_origin = std::move(provider); }
    /// How many times the session was written (for tests of the debouncing).
    int saveCount() const { return m_saves; }

private:
    std::array<SidePane *, 2> m_panes;
    QTimer m_timer;
    std::function<QString()> m_title;
    std::function<CodeOrigin()> m_origin;
    int m_saves = 0;
    bool m_restoring = false;
};

} // namespace fc::ui
