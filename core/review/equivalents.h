#pragma once

#include <QStringList>

namespace schemalens::review {

// The checks of other migration linters that look for the same problem as rule ID, as
// "squawk:<rule>", "strong_migrations:<check>" and "atlas:<analyzer code>": a team moving
// from one of them sees the mapping in `schemalens-cli rules`. Empty when none does.
QStringList equivalentsOf(const QString &id);

} // namespace schemalens::review
