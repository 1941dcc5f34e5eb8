#pragma once

#include "core/model/table.h"

#include <QString>

// The hook through which review rules look at data, not just the schema (orphan-rows). The
// live loader implements it over its read-only connection (core/load/live/datachecker.h);
// reviews of files have none, and the data rules then do not run.

namespace schemalens::review {

class DataChecker {
public:
    struct Count {
        qint64 rows = 0;
        bool atLeast = false; // the count stopped at the row limit: "at least rows"
        QString error;        // the query failed (timeout, privilege); rows is then 0
    };

    virtual ~DataChecker() = default;

    // Rows of CHILD whose non-null COLUMN matches no PARENTCOLUMN of PARENT, counted up to a
    // row limit and under a statement timeout. Must be safe to call from any one thread.
    virtual Count countOrphans(const model::Table &child, const QString &column,
                               const model::Table &parent, const QString &parentColumn) const = 0;
    virtual qint64 rowLimit() const = 0;
};

} // namespace schemalens::review
