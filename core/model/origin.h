#pragma once

#include <QString>

namespace schemalens::model {

// Where an object or a change comes from: a file (relative to the loaded source), a 1-based
// line and column, and the migration's position in the applied order (0-based; -1 when the
// source is not a migration folder, e.g. a live connection).
struct Origin {
    QString file;
    int line = 0;
    int column = 0;
    int ordinal = -1;

    bool isValid() const { return !file.isEmpty() || line > 0; }
    QString toString() const; // "file:line:column", parts omitted when unknown
    bool operator==(const Origin &) const = default;
};

} // namespace schemalens::model
