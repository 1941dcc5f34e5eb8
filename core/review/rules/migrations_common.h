#pragma once

// Shared by the rule files of the migrations family (migrations*.cpp): how migrations are
// named in messages, what becomes of a table later in the history, and the statement log.

#include "core/review/context.h"
#include "core/review/rule.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace schemalens::review::migrations {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// Migration files are often all called up.sql / migration.sql: the folder is named too.
QString migrationName(const model::Origin &origin);

// The family's rule lists, one per file; migrationRules() (migrations.cpp) joins them.
Rules historyRules();     // migrations.cpp: what the history did (types, indexes, size)
Rules lockRules();        // migrations_locks.cpp: locks and rewrites of busy tables
Rules transactionRules(); // migrations_transactions.cpp: transaction blocks
Rules compatRules();      // migrations_compat.cpp: changes that break deployed code
Rules statementRules();   // migrations_statements.cpp: other statement-level hazards

// What becomes of tables after a point in the history: a change to a table that a later
// migration drops is history, not a finding (issue 16).
class TableFuture {
public:
    explicit TableFuture(const ReviewContext &context);

    // True when the table named SCHEMA.NAME at change index POSITION (changes before it have
    // happened) still exists at the end of the history, under whatever name.
    bool survives(int position, const QString &schema, const QString &name) const;

private:
    struct Event {
        int position;
        model::Change::Kind kind;
        QString schema;
        QString table;
        QString oldValue;
    };
    QList<Event> m_events; // creations, drops, renames, moves, in applied order
    QSet<QString> m_final; // "schema\x1fname" of the tables at the end
};

// The statements of the history with the position after each (for TableFuture).
inline int positionAfter(const model::Statement &s)
{
    return s.firstChange + s.changeCount;
}

// The PostgreSQL version the rules judge for (the review file's "postgresVersion").
inline int postgresVersion(const ReviewContext &context)
{
    return context.config().postgresVersion;
}

// An operation on a table that existed before its migration, is reviewed (not ignored, not
// the tool's bookkeeping) and survives the history: the kind of table lock hazards matter on.
bool isLiveExistingTable(const ReviewContext &context, const TableFuture &future,
                         const model::Statement &statement, const model::Operation &op);

// A finding about one statement of a migration, located at it.
Finding statementFinding(const model::Statement &statement, const model::Operation &op);

// How to run a statement outside a transaction with the tool of FILE's layout (goose's
// NO TRANSACTION, dbmate's transaction:false…), as a fix comment.
QString noTransactionAdvice(const ReviewContext &context, const QString &file);

// The tool's transaction around FILE, if any (History::runs).
const model::MigrationRun *runOf(const ReviewContext &context, const QString &file);

// Calls REPORT(statement, index, ops) once per applied statement that has operations
// matching MATCH(statement, op): one statement, one finding.
template <typename Match, typename Report>
void forEachMatchingStatement(const ReviewContext &context, Match match, Report report)
{
    const QList<model::Statement> &statements = context.schema().history.statements;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const model::Statement &s = statements.at(i);
        if (s.failed)
            continue;
        QList<const model::Operation *> ops;
        for (const model::Operation &op : s.operations)
            if (match(s, op))
                ops.append(&op);
        if (!ops.isEmpty())
            report(s, i, ops);
    }
}

// True when statements I and J (I < J) of one migration run in the same transaction: both
// inside a block and no COMMIT or ROLLBACK between them.
bool sameTransaction(const ReviewContext &context, qsizetype i, qsizetype j);

// "t.a, t.b": the columns or objects of OPS, for messages about one statement.
QString objectList(const QList<const model::Operation *> &ops);

} // namespace schemalens::review::migrations
