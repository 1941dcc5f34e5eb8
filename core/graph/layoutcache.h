#pragma once

#include "core/graph/layout.h"

#include <optional>

namespace schemalens::graph {

// Laid-out diagrams on disk, so that re-opening a schema is instant. One file per key
// (layoutCacheKey of the encoded request) under CacheLocation/layouts/. Writes are atomic
// (QSaveFile); an entry that is truncated, corrupt or of another version is ignored.
class LayoutCache {
public:
    // DIRECTORY empty: QStandardPaths::CacheLocation + "/layouts".
    explicit LayoutCache(QString directory = {});

    QString directory() const { return m_directory; }
    std::optional<Layout> load(const QString &key) const;
    bool store(const QString &key, const Layout &layout) const;

    static QString defaultDirectory();

private:
    QString path(const QString &key) const;
    QString m_directory;
};

} // namespace schemalens::graph
