#pragma once

#include "core/review/datacheck.h"
#include "core/util/result.h"

#include <memory>

namespace schemalens::load::live {

class Connection;

// review::DataChecker over a read-only connection of its own (`--data-checks`): every count
// runs in a READ ONLY transaction under a statement timeout and stops at a row limit, and
// every identifier is quoted with PQescapeIdentifier.
class LiveDataChecker : public review::DataChecker {
public:
    static Result<std::shared_ptr<LiveDataChecker>>
    open(const QString &source, qint64 rowLimit = 1000, int statementTimeoutMs = 10000);
    ~LiveDataChecker() override;

    Count countOrphans(const model::Table &child, const QString &column, const model::Table &parent,
                       const QString &parentColumn) const override;
    qint64 rowLimit() const override { return m_rowLimit; }
    // The last query sent (tests check its quoting).
    QString lastQuery() const;

    struct Private;

private:
    LiveDataChecker(std::unique_ptr<Private> d, qint64 rowLimit);
    std::unique_ptr<Private> d;
    qint64 m_rowLimit;
};

} // namespace schemalens::load::live
