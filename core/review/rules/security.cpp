// Rules of the security family (DESIGN.md "Review rules").

#include "core/review/context.h"
#include "core/review/rule.h"

namespace schemalens::review {

Rules securityRules()
{
    return {};
}

} // namespace schemalens::review
