// Rules of the migrations family (DESIGN.md "Review rules").

#include "core/review/context.h"
#include "core/review/rule.h"

namespace schemalens::review {

Rules migrationRules()
{
    return {};
}

} // namespace schemalens::review
