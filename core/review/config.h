#pragma once

#include "core/load/migrationplan.h"
#include "core/review/decision.h"
#include "core/review/finding.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

namespace schemalens::review {

struct Suppression {
    QString fingerprint;
    QString reason;
};

// A problem in a review file, reported with its JSON path ("$.rules.wide-table.severity").
struct ConfigProblem {
    QString path;
    QString message;
};

// The review file (`.schemalens.json` in the source folder, or `--config FILE`):
//
// {
//   "rules": {
//     "wide-table": { "enabled": true, "severity": "warning", "maxColumns": 30 },
//     "migration-count": false
//   },
//   "naming": {
//     "tenantColumns": ["tenant_id", "workspace_id", "client_account_id"],
//     "enumLikeColumns": ["(^|_)(status|state|kind|type)$"]   // regular expressions
//   },
//   "ignoreTables": ["schema_migrations", "audit_*"],         // globs on table or schema.table
//   "suppressions": [ { "fingerprint": "3f2a…", "reason": "legacy table, owned by billing" } ],
//   "decisions": { "3f2a…": { "status": "wont-fix", "note": "…", "owner": "…",
//                             "date": "2026-12-07" } },                  // core/review/decisions.h
//   "notes": { "public.orders": "…", "public.orders.customer_id": "…" },
//   "targetDialect": "postgresql",                            // a SQLite schema that will move
//   "postgresVersion": 13,                                    // default 15
//   "migrationsInTransaction": false                          // default: the layout's
// }
//
// Threshold keys are declared by each rule (RuleInfo::thresholds); unknown rules, unknown
// keys and bad values are problems, never silently ignored.
struct ReviewConfig {
    QSet<QString> disabledRules;
    QSet<QString> enabledRules; // opt-in rules (RuleInfo::optIn) the file turns on
    QHash<QString, Severity> severities;
    QHash<QString, QHash<QString, double>> thresholds; // rule id -> key -> value
    QStringList tenantColumns;                         // empty: the built-in list
    QStringList enumLikePatterns;                      // empty: the built-in patterns
    QStringList ignoreTables;                          // globs
    QList<Suppression> suppressions;
    Decisions decisions; // what design reviews decided, by finding fingerprint
    Notes notes;         // table and column notes
    QString path;        // the file it was read from, if any
    // "targetDialect": the dialect the schema will move to (a SQLite schema on its way to
    // PostgreSQL gets the port findings); Unknown: it stays where it is.
    load::Dialect targetDialect = load::Dialect::Unknown;
    // The PostgreSQL version the migrations will run on ("postgresVersion", --pg-version):
    // several lock and rewrite hazards depend on it.
    int postgresVersion = 15;
    // "migrationsInTransaction": whether the migration tool runs each file in a transaction,
    // overriding the layout's default (core/load/transactions.h). Pass it to the loader
    // (load::LoadOptions::migrationsInTransaction).
    std::optional<bool> migrationsInTransaction;

    bool enabled(const QString &rule) const { return !disabledRules.contains(rule); }
};

struct ParsedConfig {
    ReviewConfig config;
    QList<ConfigProblem> problems;
};

// Parses a review file. Problems in single entries are collected and the rest applies;
// only unreadable or non-JSON input is an Error.
Result<ParsedConfig> parseConfig(const QByteArray &json);
Result<ParsedConfig> loadConfigFile(const QString &path);

// The review file that applies to SOURCE: `.schemalens.json` in the folder (or in the folder
// of a file); for a connection string, its file in the application's data folder
// (reviewFilePathFor in core/review/reviewfile.h). Empty when there is none.
QString findConfigFor(const QString &source);

} // namespace schemalens::review
