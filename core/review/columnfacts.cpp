#include "core/review/columnfacts.h"

namespace schemalens::review {

bool isTextType(const ReviewContext &context, const model::Column &column)
{
    Q_UNUSED(context);
    Q_UNUSED(column);
    return false;
}

bool isEnumLikeName(const ReviewContext &context, const QString &column)
{
    Q_UNUSED(context);
    Q_UNUSED(column);
    return false;
}

QList<EnumLikeColumn> enumLikeColumns(const ReviewContext &context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace schemalens::review
