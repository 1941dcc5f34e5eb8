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
    // The review file's "migrationsInTransaction": overrides the layout's default for
    // whether each migration runs in a transaction (core/load/transactions.h).
    std::optional<bool> migrationsInTransaction;
};

// Loads any source: a migration folder, a schema file, or later `sqlite:PATH` and
// PostgreSQL URIs. Returns an Error only when the source cannot be read at all.
Result<LoadResult> loadSource(const QString &source, const LoadOptions &options = {});

} // namespace schemalens::load
