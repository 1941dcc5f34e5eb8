#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace schemalens {

// The libraries this build runs with, for About dialogs and `--version` (name, version).
QList<QPair<QString, QString>> libraryVersions();

} // namespace schemalens
