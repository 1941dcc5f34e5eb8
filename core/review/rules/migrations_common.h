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

// The review's TableFuture, built by the first rule that asks and shared (most of the
// family's rules ask; the history can hold thousands of tables).
const TableFuture &tableFuture(const ReviewContext &context);

// The DROP of an index or key and the statement that rebuilds it later in the same migration
// (migrations.cpp): index-recreated reports the pair, so the rules about each half
// (index-not-concurrent, drop-index-not-concurrent, constraint-builds-index) leave it out.
QSet<const model::Operation *> recreatedIndexOperations(const ReviewContext &context,
                                                        const TableFuture &future);

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

// "file\x1fline" of the statements a line ignore (-- schemalens-ignore) covers. Found once per
// review (it reads every migration's text) and shared.
const QSet<QString> &statementsUnderInlineIgnores(const ReviewContext &context);

// Calls REPORT(first statement, ops) once per migration whose applied statements have
// operations matching MATCH(statement, op): a reviewer writes one point per migration ("this
// migration drops 4 columns"), not one per line.
template <typename Match, typename Report>
void forEachMatchingMigration(const ReviewContext &context, Match match, Report report)
{
    const QList<model::Statement> &statements = context.schema().history.statements;
    // A statement under a -- schemalens-ignore comment keeps a finding of its own, so that the
    // ignore silences that statement and not the rest of its migration.
    const QSet<QString> &ignored = statementsUnderInlineIgnores(context);
    const model::Statement *first = nullptr;
    QList<const model::Operation *> ops;
    const auto flush = [&] {
        if (first && !ops.isEmpty())
            report(*first, ops);
        first = nullptr;
        ops.clear();
    };
    QString file;
    for (const model::Statement &s : statements) {
        if (s.origin.file != file) {
            flush();
            file = s.origin.file;
        }
        if (s.failed)
            continue;
        const bool alone = !ignored.isEmpty() && ignored.contains(s.origin.file + QChar(0x1f) +
                                                                  QString::number(s.origin.line));
        if (alone)
            flush();
        for (const model::Operation &op : s.operations)
            if (match(s, op)) {
                if (!first)
                    first = &s;
                ops.append(&op);
            }
        if (alone)
            flush();
    }
    flush();
}

// A finding about OPS of one migration, at FIRST: about their table when they share one (with
// their columns when COLUMNS), else about the migration with every table (and
// "schema.table.column") listed.
Finding migrationFinding(const model::Statement &first, const QList<const model::Operation *> &ops,
                         bool columns);

// "t.a, t.b" (COLUMNS) or "t, u": what OPS work on, for messages, at most 8 named.
QString targetList(const QList<const model::Operation *> &ops, bool columns);

// True when statements I and J (I < J) of one migration run in the same transaction: both
// inside a block and no COMMIT or ROLLBACK between them.
bool sameTransaction(const ReviewContext &context, qsizetype i, qsizetype j);

// "t.a, t.b": the columns or objects of OPS, for messages about one statement.
QString objectList(const QList<const model::Operation *> &ops);

} // namespace schemalens::review::migrations
