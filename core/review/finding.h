#pragma once

#include "core/model/origin.h"
#include "core/review/decision.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace schemalens::review {

// Ordered from most to least severe, so `a < b` means "a is worse than b".
enum class Severity { Error, Warning, Info };

QString severityName(Severity severity); // "error", "warning", "info"
std::optional<Severity> severityFromName(const QString &name);

// How much evidence a finding rests on, best first: High when the schema states the problem
// (a constraint, a type, a statement), Medium when it is inferred with corroboration, Low when
// it rests on names alone or the schema explains the choice (a comment, a library's table).
enum class Confidence { High, Medium, Low };

QString confidenceName(Confidence confidence); // "high", "medium", "low"
std::optional<Confidence> confidenceFromName(const QString &name);

// What a finding is about. Fields that do not apply stay empty. Cross-table findings list
// every table involved in `tables` ("schema.table") and, where it matters, the columns in
// `columns` (for a single table: column names; across tables: "schema.table.column").
struct ObjectRef {
    enum class Kind { Schema, Table, Column, ForeignKey, Index, Constraint, Migration, Type, View };
    Kind kind = Kind::Table;
    QString schema;
    QString table;
    QString column;
    QString constraint; // FK, unique, check or exclusion constraint name
    QString index;
    QString refSchema; // FK / soft-FK target
    QString refTable;
    QStringList refColumns;
    QStringList tables;
    QStringList columns;
    QString file; // a migration file, for Kind::Migration

    static QString kindName(Kind kind); // "table", "column", "foreignKey", ...
};

struct Finding {
    QString rule;
    Severity severity = Severity::Warning;
    ObjectRef object;
    QString message;   // one line naming the object
    QString rationale; // why it matters; the rule's rationale unless the rule refines it
    QString fix;       // suggested fix, SQL in the schema's dialect where one exists
    model::Origin location;
    // Extra identity for the fingerprint when object fields alone do not tell two findings
    // of one rule apart (e.g. the second index of a redundant pair). Never line numbers.
    QString fingerprintKey;
    // Filled by the engine: a stable hash of rule + object identity + fingerprintKey,
    // independent of line numbers and of the order of statements.
    QString fingerprint;
    // Filled by the engine when a review file suppresses the finding.
    QString suppressedBecause;
    // The suppression is written in the migration file (-- schemalens-ignore), not in the
    // review file (SARIF's "inSource" against "external").
    bool suppressedInSource = false;
    // Set by the rule (the engine may lower it, e.g. when a comment explains the choice).
    Confidence confidence = Confidence::High;
    // Filled by the engine: an impact score from severity, reach and confidence; reports and
    // the findings dock order by it, highest first.
    double rank = 0;
    // Filled by the engine when the review file holds a decision for this fingerprint.
    std::optional<Decision> decision;
};

using Findings = QList<Finding>;

} // namespace schemalens::review
