#pragma once

#include "core/load/discovery.h"
#include "core/load/loadresult.h"

#include <functional>
#include <optional>

namespace schemalens::load {

struct LoadOptions {
    DiscoveryOptions discovery;
    // Live PostgreSQL sources: the schemas to read (empty: every non-system schema).
    QStringList schemas;
    // Called after each unit with (done, total); returning false cancels the load.
    std::function<bool(int, int)> progress;
    // Apply the migrations only up to and including this one (migrationpoint.h: "#N", a
    // version, a file or folder name); empty: all of them. A source without migrations (a
    // database, a live connection) refuses it with an Error.
    QString at;
    // Keep the model after every migration unit in LoadResult::snapshots (the timeline).
    // Copies share everything a unit did not change (Qt's implicit sharing).
    bool snapshots = false;
    // The review file's "migrationsInTransaction": overrides the layout's default for
    // whether each migration runs in a transaction (core/load/transactions.h).
    std::optional<bool> migrationsInTransaction;
};

// Loads any source: a migration folder, a schema file, or later `sqlite:PATH` and
// PostgreSQL URIs. Returns an Error only when the source cannot be read at all.
Result<LoadResult> loadSource(const QString &source, const LoadOptions &options = {});

} // namespace schemalens::load
