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
    // Migrations written in application code (Ecto, Alembic), read without running them.
    rules.append(Rule{
        .info = {.id = QStringLiteral("unsupported"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::History,
                 .title = Tr::tr("Migration code that cannot be read statically"),
                 .rationale =
                     Tr::tr("Loops, conditionals, helper functions, database calls and values "
                            "computed at run time decide what this migration does only when it "
                            "runs; Schemalens never guesses, so what they change is missing from "
                            "the reviewed schema."),
                 .fix = Tr::tr("Write the change as plain migration calls with literal names, or "
                               "as SQL (execute), or accept that the diagram leaves it out."),
                 .example = QStringLiteral("for t <- [:a, :b], do: create(table(t))")},
        .run = {}});
    rules.append(Rule{
        .info = {.id = QStringLiteral("custom-type"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::History,
                 .title = Tr::tr("Column type defined in application code"),
                 .rationale = Tr::tr("The migration names a type class of the project "
                                     "(myapp.db.UUID, an Ecto custom type); its database type is "
                                     "decided by that code, so the column is shown with the name "
                                     "as written and type rules cannot judge it."),
                 .fix = Tr::tr("Use the database type in the migration, or accept the unknown "
                               "type."),
                 .example = QStringLiteral("sa.Column(\"id\", myapp.db.UUID(), primary_key=True)")},
        .run = {}});
    rules.append(Rule{
        .info = {.id = QStringLiteral("revision-graph"),
                 .family = QStringLiteral("load"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::History,
                 .title = Tr::tr("Alembic revision graph problem"),
                 .rationale = Tr::tr("Several heads, a down_revision that no file declares, a "
                                     "cycle or a duplicate revision id: `alembic upgrade head` "
                                     "refuses to run or runs an order nobody reviewed."),
                 .fix = Tr::tr("Add a merge revision (alembic merge heads), restore the missing "
                               "revision, or fix the down_revision."),
                 .example = QStringLiteral("revision = \"b\"\ndown_revision = \"a\"\n\n"
                                           "revision = \"c\"\ndown_revision = \"a\"")},
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
