#pragma once

#include "core/load/loadresult.h"

#include <QJsonObject>

namespace schemalens::report {

// The model as DESIGN.md's `schema --format json` contract: camelCase keys, `source`,
// `tables[]`, `enums[]`, `views[]`, ..., `history[]` and `diagnostics[]`.
QJsonObject modelToJson(const load::LoadResult &result);

// Stable, indented JSON text (keys sorted by QJsonDocument), ending with a newline.
QByteArray toJsonText(const QJsonObject &object);

} // namespace schemalens::report
