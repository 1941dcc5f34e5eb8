#pragma once

// Private to core/graph: the compact layout behind computeLayout's "auto" (see the comment
// at the top of compactlayout.cpp).

#include "core/graph/layout.h"

namespace schemalens::graph::detail {

// Places REQUEST's tables and routes its edges. Coordinates are not yet moved to the origin
// (computeLayout does that).
Result<Layout> compactLayout(const LayoutRequest &request, const LayoutProgress &progress);

// The sentence computeLayout reports as Layout::engineReason for the compact layout.
QString compactReason(int tables);

} // namespace schemalens::graph::detail
