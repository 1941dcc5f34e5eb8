#pragma once

#include <QStringList>

namespace schemalens::gui {

// Most recently opened sources, newest first, kept in QSettings. Connection strings are
// stored redacted (no password, ever); libpq finds the password in ~/.pgpass again.
class RecentSources {
public:
    static constexpr int maxEntries = 10;
    static QStringList load();
    static void add(const QString &source);
    static void remove(const QString &source);
    static void clear();
    static QString storable(const QString &source); // what may be written to disk
};

} // namespace schemalens::gui
