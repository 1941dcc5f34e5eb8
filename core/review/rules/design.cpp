// Rules of the design family (DESIGN.md "Review rules").

#include "core/review/context.h"
#include "core/review/rule.h"

namespace schemalens::review {

Rules designRules()
{
    return {};
}

} // namespace schemalens::review
