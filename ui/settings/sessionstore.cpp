#include "settings/sessionstore.h"

#include "settings/appsettings.h"
#include "sidepane.h"

namespace fc::ui {

SessionStore::SessionStore(SidePane *a, SidePane *b, QObject *parent)
    : QObject(parent)
    , m_panes{a, b}
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMs);
    connect(&m_timer, &QTimer::timeout, this, &SessionStore::saveNow);
    for (SidePane *pane : m_panes) {
        const auto schedule = [this] {
            if (!m_restoring)
                m_timer.start();
        };
        connect(pane, &SidePane::changed, this, schedule);
        connect(pane, &SidePane::languageChanged, this, schedule);
    }
}

bool SessionStore::restore()
{
    if (!appsettings::hasSession())
        return false;
    const auto sides = appsettings::session();
    m_restoring = true;
    for (int side = 0; side < 2; ++side)
        m_panes[size_t(side)]->restore(sides[size_t(side)]);
    m_restoring = false;
    return true;
}

void SessionStore::saveNow()
{
    m_timer.stop();
    appsettings::setSession({m_panes[0]->snapshot(), m_panes[1]->snapshot()},
                            m_title ? m_title() : QString());
    appsettings::setSessionOrigin(m_origin ? m_origin() : CodeOrigin());
    appsettings::sync();
    ++m_saves;
}

} // namespace fc::ui
