// Rules of the indexes family (DESIGN.md "Review rules").

#include "core/review/context.h"
#include "core/review/rule.h"

namespace schemalens::review {

Rules indexRules()
{
    return {};
}

} // namespace schemalens::review
