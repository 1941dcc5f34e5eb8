#pragma once

#include "core/graph/layout.h"

#include <QByteArray>

#include <optional>

namespace schemalens::graph {

// Binary forms of a layout request and of a layout: the wire format of the layout worker
// process and of the disk cache. A request keeps only what the layout depends on (node ids,
// clusters, row names, edge endpoints and columns, sizes, options): findings, types and
// marks do not move boxes, so a new review does not invalidate a cached layout.
QByteArray encodeRequest(const LayoutRequest &request);
std::optional<LayoutRequest> decodeRequest(const QByteArray &bytes);

QByteArray encodeLayout(const Layout &layout);
std::optional<Layout> decodeLayout(const QByteArray &bytes);

// Cache key: a versioned SHA-256 (hex) of encodeRequest(). Bump kLayoutFormatVersion when
// the layout code changes what it produces for the same input.
inline constexpr int kLayoutFormatVersion = 6;
QString layoutCacheKey(const QByteArray &encodedRequest);

} // namespace schemalens::graph
