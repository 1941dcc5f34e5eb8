// The rule catalogue: every family's rules in DESIGN.md order, plus the loader's own
// findings (parse-error, migration-error, source-warning), which the engine makes from load
// diagnostics rather than by running a function.

#include "core/review/rule.h"

#include <QCoreApplication>

namespace schemalens::review {

namespace {

Rules loadRules()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("review", text); };
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("parse-error"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Error,
                 .needs = Needs::Static,
                 .title = tr("SQL that does not parse"),
                 .rationale = tr("The parser rejected this statement, so nothing it declares is "
                                 "in the reviewed schema; the database would reject it too."),
                 .fix = tr("Fix the syntax at the reported line."),
                 .example = QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY,);")},
        .run = {}});
    rules.append(Rule{
        .info = {.id = QStringLiteral("migration-error"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Error,
                 .needs = Needs::History,
                 .title = tr("Statement the database engine rejects"),
                 .rationale = tr("Replaying the migrations in order, this statement fails (it "
                                 "names a missing table or column, or conflicts with an earlier "
                                 "change); a fresh deployment would stop here."),
                 .fix = tr("Make the statement valid against the schema the earlier migrations "
                           "build, or reorder the migrations."),
                 .example = QStringLiteral("CREATE TABLE a (id integer PRIMARY KEY);\n"
                                           "ALTER TABLE b ADD COLUMN x integer;")},
        .run = {}});
    rules.append(Rule{
        .info = {.id = QStringLiteral("source-warning"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = tr("Source problem"),
                 .rationale = tr("A file could not be read or used as it is, or the source relies "
                                 "on objects it never creates."),
                 .fix = tr("See the message; unreadable files are left out of the review.")},
        .run = {}});
    return rules;
}

Rules buildCatalogue()
{
    Rules rules = loadRules();
    for (const Rules &family : {referentialRules(), indexRules(), typeRules(), designRules(),
                                migrationRules(), securityRules(), liveRules()})
        rules.append(family);
    return rules;
}

} // namespace

const Rules &allRules()
{
    static const Rules rules = buildCatalogue();
    return rules;
}

const Rule *findRule(const QString &id)
{
    for (const Rule &rule : allRules()) {
        if (rule.info.id == id)
            return &rule;
    }
    return nullptr;
}

} // namespace schemalens::review
