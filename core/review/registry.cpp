// The rule catalogue: every family's rules in DESIGN.md order, plus the loader's own
// findings (parse-error, migration-error, source-warning), which the engine makes from load
// diagnostics rather than by running a function.

#include "core/review/inlineignore.h"
#include "core/review/rule.h"

#include <QCoreApplication>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

Rules loadRules()
{
    Rules rules;
    rules.append(
        Rule{.info = {.id = QStringLiteral("parse-error"),
                      .family = QStringLiteral("load"),
                      .defaultSeverity = Severity::Error,
                      .needs = Needs::Static,
                      .title = Tr::tr("SQL that does not parse"),
                      .rationale =
                          Tr::tr("The parser rejected this statement, so nothing it declares is "
                                 "in the reviewed schema; the database would reject it too."),
                      .fix = Tr::tr("Fix the syntax at the reported line."),
                      .example = QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY,);")},
             .run = {}});
    rules.append(Rule{
        .info = {.id = QStringLiteral("migration-error"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Error,
                 .needs = Needs::History,
                 .title = Tr::tr("Statement the database engine rejects"),
                 .rationale =
                     Tr::tr("Replaying the migrations in order, this statement fails (it "
                            "names a missing table or column, or conflicts with an earlier "
                            "change); a fresh deployment would stop here."),
                 .fix = Tr::tr("Make the statement valid against the schema the earlier migrations "
                               "build, or reorder the migrations."),
                 .example = QStringLiteral("CREATE TABLE a (id integer PRIMARY KEY);\n"
                                           "ALTER TABLE b ADD COLUMN x integer;")},
        .run = {}});
    rules.append(Rule{
        .info = {.id = QStringLiteral("source-warning"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Source problem"),
                 .rationale =
                     Tr::tr("A file could not be read or used as it is, or the source relies "
                            "on objects it never creates."),
                 .fix = Tr::tr("See the message; unreadable files are left out of the review.")},
        .run = {}});
    return rules;
}

Rules buildCatalogue()
{
    Rules rules = loadRules();
    for (const Rules &family : {referentialRules(), indexRules(), typeRules(), typeKeyRules(),
                                designRules(), migrationRules(), securityRules(), liveRules()})
        rules.append(family);
    rules.append(inlineIgnoreRules());
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
