#pragma once

#include "core/review/context.h"
#include "core/review/finding.h"

#include <QMap>

namespace schemalens::review {

// The numbers a reviewer opens with.
struct Summary {
    int tables = 0;
    int views = 0;
    int columns = 0;
    int foreignKeys = 0;
    QMap<QString, int> foreignKeysByOnDelete; // "cascade", "set null", "restrict", "no action"...
    int softForeignKeys = 0;
    int indexes = 0; // explicit indexes, not those backing PK/unique constraints
    int triggers = 0;
    int enums = 0;
    int migrations = 0;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

// Something the schema does well, computed, e.g. "every FK is indexed".
struct Strength {
    QString id;      // stable, e.g. "fks-indexed"
    QString message; // "All 42 foreign keys are covered by an index."
};

Summary summarize(const ReviewContext &context, const Findings &findings, int migrations);
QList<Strength> findStrengths(const ReviewContext &context, const Findings &findings);

} // namespace schemalens::review
