// Soft-reference inference: columns that are clearly references without an FK constraint.

#include "core/review/context.h"

namespace schemalens::review {

QList<SoftReference> inferSoftReferences(const ReviewContext &context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace schemalens::review
