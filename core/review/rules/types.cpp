// Rules of the types family (DESIGN.md "Review rules").

#include "core/review/context.h"
#include "core/review/rule.h"

namespace schemalens::review {

Rules typeRules()
{
    return {};
}

} // namespace schemalens::review
