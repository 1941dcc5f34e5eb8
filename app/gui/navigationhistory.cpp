#include "app/gui/navigationhistory.h"

namespace schemalens::gui {

void NavigationHistory::visit(const Entry &entry)
{
    if (m_current >= 0 && m_entries.at(m_current) == entry)
        return;
    m_entries.resize(m_current + 1); // a new visit forgets the way forward
    m_entries.append(entry);
    if (m_entries.size() > maxEntries)
        m_entries.removeFirst();
    m_current = m_entries.size() - 1;
}

NavigationHistory::Entry NavigationHistory::back()
{
    Q_ASSERT(canGoBack());
    return m_entries.at(--m_current);
}

NavigationHistory::Entry NavigationHistory::forward()
{
    Q_ASSERT(canGoForward());
    return m_entries.at(++m_current);
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_current = -1;
}

} // namespace schemalens::gui
