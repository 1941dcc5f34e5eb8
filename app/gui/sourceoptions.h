#pragma once

#include <QStringList>

namespace schemalens::gui {

// How a source is opened: the SQL dialect and the migration order the user chose (--dialect,
// --order, the Open dialog, the status bar's dialect switch). Remembered per source in
// QSettings, so a project whose runner orders files its own way opens right the next time.
// Keyed by RecentSources::storable(), which never holds a password.
struct SourceOptions {
    QString dialect;   // "pg", "sqlite", or empty: detected
    QStringList order; // migrations applied first, in this order (see load::parseOrderList)

    bool isDefault() const { return dialect.isEmpty() && order.isEmpty(); }
    bool operator==(const SourceOptions &other) const = default;

    static SourceOptions remembered(const QString &source);
    // Stores OPTIONS for SOURCE; default options forget what was stored.
    static void remember(const QString &source, const SourceOptions &options);
};

} // namespace schemalens::gui
