#pragma once
// Shared by the design family's files (design.cpp, design_similar.cpp); not a public header.

#include "core/review/finding.h"

namespace schemalens::review {
class ReviewContext;
}

namespace schemalens::review::design {

// similar-tables (design_similar.cpp).
void similarTables(const ReviewContext &context, Findings &out);

} // namespace schemalens::review::design
