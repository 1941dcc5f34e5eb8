// Rules of the referential family (DESIGN.md "Review rules").

#include "core/review/context.h"
#include "core/review/rule.h"

namespace schemalens::review {

Rules referentialRules()
{
    return {};
}

} // namespace schemalens::review
