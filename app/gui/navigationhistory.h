#pragma once

#include <QList>
#include <QString>

namespace schemalens::gui {

// Back/Forward through the tables and findings a user visited, like a browser's history: a
// visit after going back drops the forward entries; revisiting the current entry adds
// nothing. Entries name tables by "schema.table" and findings by fingerprint, so they
// survive a reload of the same source.
class NavigationHistory {
public:
    struct Entry {
        enum class Kind { Table, Finding };
        Kind kind = Kind::Table;
        QString key;
        bool operator==(const Entry &other) const = default;
    };
    static constexpr int maxEntries = 100;

    void visit(const Entry &entry);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_entries.size(); }
    Entry back();    // the entry before the current one (call only when canGoBack())
    Entry forward(); // the entry after the current one (call only when canGoForward())
    void clear();
    qsizetype size() const { return m_entries.size(); }

private:
    QList<Entry> m_entries;
    qsizetype m_current = -1;
};

} // namespace schemalens::gui
