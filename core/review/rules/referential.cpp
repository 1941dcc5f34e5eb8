// Rules of the referential family (DESIGN.md "Review rules"): the catalogue entries. The
// rules themselves live in referential_keys.cpp (keys and types), referential_tables.cpp
// (primary keys, per-parent numbers), referential_refs.cpp
// (soft, polymorphic and tenant references, indexes on FKs) and referential_cascade.cpp
// (ON DELETE policies and FK cycles); soft references are inferred in inference.cpp.

#include "core/review/context.h"
#include "core/review/rule.h"
#include "core/review/rules/referential_p.h"

namespace schemalens::review {

namespace {

Rule rule(const char *id, Severity severity, const char *title, const char *rationale,
          const char *fix, const char *example,
          std::function<void(const ReviewContext &, Findings &)> run)
{
    using referential::Tr;
    return Rule{.info = {.id = QString::fromLatin1(id),
                         .family = QStringLiteral("referential"),
                         .defaultSeverity = severity,
                         .needs = Needs::Static,
                         .title = Tr::tr(title),
                         .rationale = Tr::tr(rationale),
                         .fix = Tr::tr(fix),
                         .example = QString::fromLatin1(example)},
                .run = std::move(run)};
}

} // namespace

Rules referentialRules()
{
    using namespace referential;
    // The strings are translated in rule(); QT_TRANSLATE_NOOP marks them for lupdate.
    Rules rules;
    rules.append(
        rule("dangling-reference", Severity::Error,
             QT_TRANSLATE_NOOP("review", "Reference to a table or column that does not exist"),
             QT_TRANSLATE_NOOP("review",
                               "A foreign key, index or constraint names something the schema does "
                               "not have (SQLite accepts such keys and fails later writes with "
                               "\"foreign key mismatch\"); the reference protects nothing."),
             QT_TRANSLATE_NOOP("review", "Point it at an existing key, or drop it."),
             "CREATE TABLE child (id integer PRIMARY KEY,\n"
             "  parent_id integer REFERENCES parent (id));",
             danglingReference));
    rules.append(rule(
        "table-no-pk", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Table without a primary key"),
        QT_TRANSLATE_NOOP("review",
                          "Without a primary key rows cannot be addressed reliably: duplicates "
                          "creep in, ORMs and logical replication (UPDATE/DELETE) need one, and "
                          "no foreign key can point at the table."),
        QT_TRANSLATE_NOOP("review", "ALTER TABLE t ADD PRIMARY KEY (id);"),
        "CREATE TABLE events (name text, at timestamptz);", tableNoPk));
    rules.append(
        rule("sequence-not-unique", Severity::Warning,
             QT_TRANSLATE_NOOP("review", "Per-parent number without a unique constraint"),
             QT_TRANSLATE_NOOP("review",
                               "A version, sequence or position number only means something if it "
                               "is unique per parent; without a constraint two concurrent writers "
                               "take the same number and nothing notices."),
             QT_TRANSLATE_NOOP("review", "ALTER TABLE t ADD UNIQUE (parent_id, version);"),
             "CREATE TABLE documents (id bigint PRIMARY KEY);\n"
             "CREATE TABLE document_versions (id bigint PRIMARY KEY,\n"
             "  document_id bigint NOT NULL REFERENCES documents, version integer NOT NULL);",
             sequenceNotUnique));
    rules.append(rule(
        "soft-fk", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Reference without a foreign key"),
        QT_TRANSLATE_NOOP("review",
                          "The column is clearly a reference (its name, its type and the table "
                          "it names all agree) but no constraint checks it, so deleted or "
                          "mistyped parents leave orphan rows. The finding also names a missing "
                          "index and the cascades into the target. References left unconstrained "
                          "on purpose are not reported one by one: a foreign key a migration "
                          "dropped, and a schema, a table family or a target whose references "
                          "mostly have none (then one finding says so)."),
        QT_TRANSLATE_NOOP("review",
                          "ALTER TABLE t ADD CONSTRAINT t_user_id_fkey FOREIGN KEY (user_id) "
                          "REFERENCES users (id) NOT VALID;\n"
                          "ALTER TABLE t VALIDATE CONSTRAINT t_user_id_fkey;"),
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL);",
        softFk));
    rules.append(rule(
        "polymorphic-fk", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Polymorphic reference no constraint can protect"),
        QT_TRANSLATE_NOOP("review",
                          "An x_type + x_id pair points at a row of one of several tables; no "
                          "foreign key can check it, so orphans and type typos go unnoticed and "
                          "every join needs the type in its condition. A pair counts when the "
                          "type's stated values (CHECK, enum, default) name tables, or, stating "
                          "none, nothing else explains it: not kinds of one thing, not an id in "
                          "another system, not the row's own key."),
        QT_TRANSLATE_NOOP("review", "Use one nullable FK column per target table with CHECK "
                                    "(num_nonnulls(a_id, b_id) = 1), or a shared parent table."),
        "CREATE TABLE comments (id bigint PRIMARY KEY,\n"
        "  commentable_type text NOT NULL, commentable_id bigint NOT NULL);",
        polymorphicFk));
    rules.append(rule(
        "fk-to-non-pk", Severity::Info,
        QT_TRANSLATE_NOOP("review", "Foreign key to a unique key that is not the primary key"),
        QT_TRANSLATE_NOOP("review",
                          "Referencing a natural key ties children to a value that may change "
                          "(updates then need ON UPDATE CASCADE) and is usually wider than the "
                          "primary key."),
        QT_TRANSLATE_NOOP("review", "Reference the parent's primary key instead."),
        "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);\n"
        "CREATE TABLE logins (id bigint PRIMARY KEY, email text REFERENCES users (email));",
        fkToNonPk));
    rules.append(rule(
        "fk-type-mismatch", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Foreign key column type differs from the referenced column"),
        QT_TRANSLATE_NOOP("review",
                          "An integer column referencing a bigint key breaks once the parent "
                          "passes 2^31; other mismatches force casts in every join and can keep "
                          "indexes from being used."),
        QT_TRANSLATE_NOOP("review", "ALTER TABLE t ALTER COLUMN parent_id TYPE bigint;"),
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE posts (id bigint PRIMARY KEY, user_id integer REFERENCES users);",
        fkTypeMismatch));
    rules.append(rule(
        "fk-missing-index", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Foreign key without an index"),
        QT_TRANSLATE_NOOP("review",
                          "Deleting or updating a parent row looks for its children by the FK "
                          "columns; without an index on them each such check scans the child "
                          "table, and joins from parent to children do too. A partial index "
                          "counts when the lookups can use it (its predicate is implied by the "
                          "key, or keeps live rows); soft references carry their index in "
                          "soft-fk."),
        QT_TRANSLATE_NOOP("review", "CREATE INDEX CONCURRENTLY t_parent_id_idx ON t (parent_id);"),
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users);",
        fkMissingIndex));
    rules.append(rule(
        "cascade-inconsistent", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Foreign keys of the same role with different ON DELETE"),
        QT_TRANSLATE_NOOP("review",
                          "Foreign keys that play the same role (the same column to the same "
                          "parent, or the tenant column) usually want the same delete policy; "
                          "one odd key out either blocks a delete the others cascade or "
                          "silently deletes what the others protect (for a tenant column, SET "
                          "NULL among cascades leaves rows of no tenant). One foreign key gets "
                          "one ON DELETE finding: this rule carries it unless the key blocks a "
                          "cascade (cascade-blocked), and names an unstated policy too."),
        QT_TRANSLATE_NOOP("review", "Give it the policy its siblings have, or document why not."),
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE a (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE "
        "CASCADE);\n"
        "CREATE TABLE b (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE "
        "CASCADE);\n"
        "CREATE TABLE c (id bigint PRIMARY KEY, user_id bigint REFERENCES users);",
        cascadeInconsistent));
    rules.append(rule(
        "fk-no-on-delete", Severity::Info,
        QT_TRANSLATE_NOOP("review", "Foreign key without ON DELETE where its siblings state one"),
        QT_TRANSLATE_NOOP("review",
                          "Most foreign keys to this parent, or of the whole schema, say what a "
                          "delete does; this one falls back to NO ACTION, which may be an "
                          "oversight rather than a decision. Reported here only when the key "
                          "neither blocks a cascade nor differs from its siblings (then "
                          "cascade-blocked or cascade-inconsistent carries it), and not for "
                          "pg_dump sources, which omit NO ACTION."),
        QT_TRANSLATE_NOOP("review", "State the ON DELETE action explicitly."),
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE a (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE "
        "CASCADE);\n"
        "CREATE TABLE b (id bigint PRIMARY KEY, user_id bigint REFERENCES users);",
        fkNoOnDelete));
    rules.append(rule(
        "set-null-not-null", Severity::Error,
        QT_TRANSLATE_NOOP("review", "ON DELETE SET NULL on a NOT NULL column"),
        QT_TRANSLATE_NOOP("review",
                          "The action sets the column to NULL, which its NOT NULL constraint "
                          "rejects, so every delete of a referenced parent row fails."),
        QT_TRANSLATE_NOOP("review",
                          "ALTER TABLE t ALTER COLUMN parent_id DROP NOT NULL; (or use CASCADE "
                          "or RESTRICT)"),
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE posts (id bigint PRIMARY KEY,\n"
        "  user_id bigint NOT NULL REFERENCES users ON DELETE SET NULL);",
        setNullNotNull));
    rules.append(rule(
        "cascade-blocked", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Cascading delete blocked by a restricting foreign key"),
        QT_TRANSLATE_NOOP("review",
                          "A cascading delete stops at the first foreign key that restricts it, "
                          "so the parent cannot be deleted in one statement; either the "
                          "restriction is intended and the cascade above it is misleading, or "
                          "the blocking key should cascade or set null too. The most serious of "
                          "the ON DELETE findings: when the key also differs from its siblings "
                          "or states no policy, this finding names that too."),
        QT_TRANSLATE_NOOP("review",
                          "Make the blocking key cascade or set null, or stop cascading above "
                          "it."),
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE "
        "CASCADE);\n"
        "CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint REFERENCES orders);",
        cascadeBlocked));
    rules.append(rule(
        "circular-fk", Severity::Info, QT_TRANSLATE_NOOP("review", "Foreign key cycle"),
        QT_TRANSLATE_NOOP("review",
                          "Tables that reference each other in a cycle cannot both get their "
                          "first row unless one link is nullable (filled in later) or the "
                          "constraints are DEFERRABLE; deletes need the same care. A soft "
                          "reference counts: its cycle closes when its key is added."),
        QT_TRANSLATE_NOOP("review",
                          "ALTER TABLE t ALTER CONSTRAINT t_other_id_fkey DEFERRABLE INITIALLY "
                          "DEFERRED;"),
        "CREATE TABLE a (id bigint PRIMARY KEY, b_id bigint);\n"
        "CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);\n"
        "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;",
        circularFk));
    rules.append(rule(
        "tenant-composite-fk", Severity::Warning,
        QT_TRANSLATE_NOOP("review", "Separate tenant and parent foreign keys"),
        QT_TRANSLATE_NOOP("review",
                          "The row and its parent each reference the tenant, but nothing ties "
                          "the two together: a row can point at another tenant's parent. A "
                          "composite foreign key (tenant, parent) enforces the hierarchy."),
        QT_TRANSLATE_NOOP("review", "ALTER TABLE projects ADD UNIQUE (workspace_id, id);\n"
                                    "ALTER TABLE tasks ADD FOREIGN KEY (workspace_id, project_id) "
                                    "REFERENCES projects (workspace_id, id);"),
        "CREATE TABLE workspaces (id bigint PRIMARY KEY);\n"
        "CREATE TABLE projects (id bigint PRIMARY KEY,\n"
        "  workspace_id bigint NOT NULL REFERENCES workspaces);\n"
        "CREATE TABLE tasks (id bigint PRIMARY KEY,\n"
        "  workspace_id bigint NOT NULL REFERENCES workspaces,\n"
        "  project_id bigint NOT NULL REFERENCES projects);",
        tenantCompositeFk));
    rules.append(rule(
        "self-ref-no-check", Severity::Info,
        QT_TRANSLATE_NOOP("review", "Self-reference without a CHECK against self-links"),
        QT_TRANSLATE_NOOP("review",
                          "A row whose parent is itself makes tree walks loop forever; a CHECK "
                          "costs nothing and rules the one-row cycle out."),
        QT_TRANSLATE_NOOP("review", "ALTER TABLE t ADD CHECK (parent_id <> id);"),
        "CREATE TABLE categories (id bigint PRIMARY KEY,\n"
        "  parent_id bigint REFERENCES categories);",
        selfRefNoCheck));
    return rules;
}

} // namespace schemalens::review
