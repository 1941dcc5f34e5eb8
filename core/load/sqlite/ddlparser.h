#pragma once

// Structure SQLite's PRAGMAs do not report, taken from the CREATE statements themselves:
// CHECK constraints, constraint names, DEFERRABLE, generated-column expressions, column
// collations, index expressions and predicates, trigger timing/events, view bodies. The
// input is SQL that SQLite accepted (sqlite_schema.sql or a replayed statement), so the
// parser is tolerant rather than validating: it walks tokens and skips what it does not
// need. Offsets are byte offsets into the text given.

#include "core/load/sqlite/sqltokenizer.h"

#include <QStringList>

namespace schemalens::load::sqlite {

struct ParsedColumn {
    QString name;
    qsizetype offset = 0;
    QString collation;
    QString generated; // expression of GENERATED ALWAYS AS (…) / AS (…)
    bool generatedStored = false;
    bool autoincrement = false; // PRIMARY KEY AUTOINCREMENT
};

struct ParsedCheck {
    QString name; // empty when unnamed
    QString expression;
    QString column; // set for a column-level CHECK
    qsizetype offset = 0;
};

// PRIMARY KEY or UNIQUE, column or table level.
struct ParsedKey {
    QString name;
    QStringList columns;
    bool primary = false;
    qsizetype offset = 0;
};

struct ParsedForeignKey {
    QString name;
    QStringList columns;
    QString refTable;
    QStringList refColumns; // empty: the parent's primary key
    bool onDeleteExplicit = false;
    bool deferrable = false;
    bool initiallyDeferred = false;
    qsizetype offset = 0;
};

struct ParsedTable {
    bool ok = false;
    QString name;
    bool isVirtual = false;
    QString module; // USING module of a virtual table
    bool asSelect = false;
    bool withoutRowid = false;
    bool strict = false;
    QList<ParsedColumn> columns;
    QList<ParsedCheck> checks;
    QList<ParsedKey> keys;
    QList<ParsedForeignKey> foreignKeys;
};

struct ParsedIndexElement {
    QString column;     // a plain column name
    QString expression; // otherwise the expression, whitespace normalized
    QString collation;
    bool descending = false;
};

struct ParsedIndex {
    bool ok = false;
    QString name;
    QString table;
    bool unique = false;
    QList<ParsedIndexElement> elements;
    QString predicate; // WHERE of a partial index
};

struct ParsedTrigger {
    bool ok = false;
    QString name;
    QString table;
    QString timing = QStringLiteral("before"); // SQLite's default
    QStringList events;
    QStringList updateColumns;
    QString when;
};

struct ParsedView {
    bool ok = false;
    QString name;
    QStringList columns;
    QString definition; // the SELECT as written
};

// ALTER TABLE t ADD [COLUMN] coldef: the new column and its constraints.
struct ParsedAddColumn {
    bool ok = false;
    QString table;
    ParsedTable column; // one column; checks/keys/foreignKeys of it
};

ParsedTable parseCreateTable(QByteArrayView sql);
ParsedIndex parseCreateIndex(QByteArrayView sql);
ParsedTrigger parseCreateTrigger(QByteArrayView sql);
ParsedView parseCreateView(QByteArrayView sql);
ParsedAddColumn parseAlterAddColumn(QByteArrayView sql);

// Keys that identify a constraint across two parses of the same table (the statement as
// replayed and sqlite_schema.sql after later ALTERs), to carry origins over.
QString checkKey(const QString &expression);
QString foreignKeyKey(const QStringList &columns, const QString &refTable);
QString uniqueKey(const QStringList &columns);
QString primaryKeyKey();

} // namespace schemalens::load::sqlite
