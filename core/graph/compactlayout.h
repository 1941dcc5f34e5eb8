#pragma once

// Private to core/graph: the compact layout behind computeLayout's "auto" (see the comment
// at the top of compactlayout.cpp).

#include "core/graph/layout.h"

namespace schemalens::graph::detail {

// Places REQUEST's tables and routes its edges. Coordinates are not yet moved to the origin
// (computeLayout does that).
Result<Layout> compactLayout(const LayoutRequest &request, const LayoutProgress &progress);

// How a candidate drawing of the compact layout serves a reader: its edge crossings and its
// scale at fit on the reference screen (1270×670 points in the shape asked for, at most 1).
struct CandidateScore {
    int crossings = 0;
    double scale = 0;
};
// Names of 12 px are read down to 7 px.
inline constexpr double kLegibleZoom = 7.0 / 12;

// The candidate to keep: of those whose names are legible at fit (when none is: whose names
// are within a tenth of the largest), the one with the fewest crossings, then the larger,
// then the first. -1 for none.
int chooseCandidate(const QList<CandidateScore> &candidates);

// The sentence computeLayout reports as Layout::engineReason for the compact layout.
QString compactReason(int tables);

} // namespace schemalens::graph::detail
