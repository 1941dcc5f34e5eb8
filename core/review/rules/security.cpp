// Rules of the security family (DESIGN.md "Review rules"): secrets stored as plain text and
// row-level security that covers only part of a schema.

#include "core/review/context.h"
#include "core/review/rule.h"
#include "core/util/plural.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string>
#include <string_view>

namespace schemalens::review {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// "apiKey", "API_KEY", "api-key" -> {"api", "key"}.
QStringList words(const QString &name)
{
    QString spaced;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (i > 0 && c.isUpper() && name.at(i - 1).isLower())
            spaced += QLatin1Char('_');
        spaced += c.toLower();
    }
    // Runs of [a-z0-9], split by hand (a regular expression per column name was a third of
    // the rule's time).
    QStringList parts;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= spaced.size(); ++i) {
        const char16_t c = i < spaced.size() ? spaced.at(i).unicode() : u' ';
        const bool word = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            parts.append(spaced.mid(start, i - start));
            start = -1;
        }
    }
    return parts;
}

// A declared type that holds the value itself: text, bytes or JSON (arrays of them too).
// Integers, booleans, timestamps and uuids hold counters, flags, dates or random ids.
bool holdsPlainValue(const ReviewContext &context, const model::Column &column)
{
    const QString type = column.type.toLower();
    if (context.isSqlite()) {
        if (type.trimmed().isEmpty())
            return true; // no declared type: stores whatever it is given
        return type.contains(QLatin1String("char")) || type.contains(QLatin1String("clob")) ||
               type.contains(QLatin1String("text")) || type.contains(QLatin1String("blob"));
    }
    static const QRegularExpression plain(
        QStringLiteral("^(text|character varying|character|varchar|char|citext|bytea|json|jsonb|"
                       "bpchar)\\b"));
    return plain.match(type).hasMatch();
}

// The secret a column name announces ("password", "token", "api key"...), or empty.
QString secretKind(const QStringList &w)
{
    static const QSet<QString> secretWords = {
        QStringLiteral("password"),    QStringLiteral("passwd"), QStringLiteral("passphrase"),
        QStringLiteral("secret"),      QStringLiteral("token"),  QStringLiteral("credential"),
        QStringLiteral("credentials"), QStringLiteral("apikey"), QStringLiteral("privatekey"),
        QStringLiteral("secretkey"),   QStringLiteral("pwd"),
    };
    // Words that say the value is not the secret itself: a hash or ciphertext of it, a fact
    // about it (when it expires, how many, which kind), or a pointer to it.
    static const QSet<QString> notTheSecret = {
        QStringLiteral("hash"),
        QStringLiteral("hashed"),
        QStringLiteral("digest"),
        QStringLiteral("encrypted"),
        QStringLiteral("enc"),
        QStringLiteral("crypted"),
        QStringLiteral("cipher"),
        QStringLiteral("ciphertext"),
        QStringLiteral("encrypt"),
        QStringLiteral("salt"),
        QStringLiteral("bcrypt"),
        QStringLiteral("sha256"),
        QStringLiteral("hint"),
        QStringLiteral("prefix"),
        QStringLiteral("suffix"),
        QStringLiteral("last4"),
        QStringLiteral("masked"),
        QStringLiteral("preview"),
        QStringLiteral("expires"),
        QStringLiteral("expiry"),
        QStringLiteral("expired"),
        QStringLiteral("expiration"),
        QStringLiteral("at"),
        QStringLiteral("ts"),
        QStringLiteral("ms"),
        QStringLiteral("date"),
        QStringLiteral("time"),
        QStringLiteral("count"),
        QStringLiteral("type"),
        QStringLiteral("kind"),
        QStringLiteral("id"),
        QStringLiteral("ids"),
        QStringLiteral("uuid"),
        QStringLiteral("length"),
        QStringLiteral("policy"),
        QStringLiteral("required"),
        QStringLiteral("enabled"),
        QStringLiteral("changed"),
        QStringLiteral("version"),
        QStringLiteral("url"),
        QStringLiteral("uri"),
        QStringLiteral("name"),
        QStringLiteral("strength"),
        QStringLiteral("algorithm"),
        QStringLiteral("method"),
        QStringLiteral("status"),
        QStringLiteral("state"),
        QStringLiteral("is"),
        QStringLiteral("has"),
        QStringLiteral("scope"),
        QStringLiteral("scopes"),
        QStringLiteral("ttl"),
        QStringLiteral("lifetime"),
        QStringLiteral("revoked"),
        QStringLiteral("used"),
        QStringLiteral("sent"),
        QStringLiteral("label"),
        QStringLiteral("description"),
        QStringLiteral("provider"),
        QStringLiteral("path"),
        QStringLiteral("file"),
        QStringLiteral("ref"),
        QStringLiteral("reference"),
        QStringLiteral("vault"),
        QStringLiteral("limit"),
        QStringLiteral("usage"),
        QStringLiteral("fingerprint"),
        QStringLiteral("public"),
        QStringLiteral("identifier"),
        QStringLiteral("identifiers"),
        QStringLiteral("config"),
        QStringLiteral("settings"),
        QStringLiteral("endpoint"),
        QStringLiteral("format"),
        QStringLiteral("field"),
        QStringLiteral("valid"),
        QStringLiteral("validity"),
        // Pagination and stream positions that happen to be called tokens (Matrix, feeds).
        QStringLiteral("stream"),
        QStringLiteral("from"),
        QStringLiteral("to"),
        QStringLiteral("since"),
        QStringLiteral("batch"),
        QStringLiteral("next"),
        QStringLiteral("prev"),
        QStringLiteral("page"),
        QStringLiteral("pagination"),
        QStringLiteral("continuation"),
        QStringLiteral("cursor"),
        QStringLiteral("earliest"),
        QStringLiteral("latest"),
        QStringLiteral("last"),
        QStringLiteral("position"),
        QStringLiteral("sync"),
        // Anti-forgery tokens are per-form nonces, not credentials worth hashing.
        QStringLiteral("csrf"),
        QStringLiteral("display"),
        QStringLiteral("authn"),
        QStringLiteral("webauthn"),
        QStringLiteral("xsrf"),
        // LLM accounting: prompt_tokens, max_tokens, tokenizer.
        QStringLiteral("tokens"),
        QStringLiteral("max"),
        QStringLiteral("min"),
        QStringLiteral("total"),
        QStringLiteral("input"),
        QStringLiteral("output"),
        QStringLiteral("prompt"),
        QStringLiteral("completion"),
    };
    QStringList joined = w;
    for (qsizetype i = 0; i + 1 < w.size(); ++i) {
        const QString pair = w.at(i) + w.at(i + 1);
        if (pair == QLatin1String("apikey") || pair == QLatin1String("privatekey") ||
            pair == QLatin1String("secretkey") || pair == QLatin1String("signingkey") ||
            pair == QLatin1String("encryptionkey"))
            joined.append(pair);
    }
    for (const QString &word : std::as_const(w)) {
        if (notTheSecret.contains(word))
            return {};
    }
    for (const QString &word : std::as_const(joined)) {
        if (secretWords.contains(word))
            return word == QLatin1String("passwd") || word == QLatin1String("pwd")
                       ? QStringLiteral("password")
                       : word;
        if (word == QLatin1String("signingkey") || word == QLatin1String("encryptionkey"))
            return QStringLiteral("key");
    }
    return {};
}

// True when NAME may announce a secret at all: secretKind() needs one of its words, or two
// adjacent words making one, and the letters and digits of the lower-case name, run together,
// contain any such word. Most names fail this cheap test and skip the word splitting.
bool mayNameSecret(const QString &name)
{
    std::string letters;
    letters.reserve(size_t(name.size()));
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const char16_t lower = u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A'))
                               : u < 0x80             ? u
                                                      : c.toLower().unicode();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))
            letters += char(lower);
    }
    static constexpr std::string_view needles[] = {
        "password", "passwd",     "passphrase", "secret", "token",      "credential",
        "apikey",   "privatekey", "secretkey",  "pwd",    "signingkey", "encryptionkey",
    };
    for (const std::string_view needle : needles) {
        if (letters.find(needle) != std::string::npos)
            return true;
    }
    return false;
}

bool isForeignKeyColumn(const model::Table &table, const QString &column)
{
    for (const model::ForeignKey &fk : table.foreignKeys) {
        if (fk.columns.contains(column))
            return true;
    }
    return false;
}

// What a table of secrets keeps (access and refresh tokens, API keys, OAuth codes, a plugin's
// secrets), or empty: the kind its value column holds. Its value column may be called just
// `value`, `token`, `key`, `code` or `secret`, names that say nothing alone.
QString secretTableKind(const QString &table)
{
    const QStringList w = words(table);
    if (w.isEmpty())
        return {};
    const QString &last = w.last();
    const QString before = w.size() >= 2 ? w.at(w.size() - 2) : QString();
    if (last == QLatin1String("token") || last == QLatin1String("tokens"))
        return QStringLiteral("token");
    if (last == QLatin1String("secret") || last == QLatin1String("secrets") ||
        last == QLatin1String("credential") || last == QLatin1String("credentials"))
        return QStringLiteral("secret");
    static const QSet<QString> keyOwners = {QStringLiteral("api"),     QStringLiteral("access"),
                                            QStringLiteral("secret"),  QStringLiteral("private"),
                                            QStringLiteral("signing"), QStringLiteral("auth")};
    if ((last == QLatin1String("key") || last == QLatin1String("keys")) &&
        keyOwners.contains(before))
        return QStringLiteral("key");
    if (last == QLatin1String("apikeys") || last == QLatin1String("apikey"))
        return QStringLiteral("key");
    static const QSet<QString> codeOwners = {
        QStringLiteral("oauth"),        QStringLiteral("authorization"), QStringLiteral("auth"),
        QStringLiteral("verification"), QStringLiteral("reset"),         QStringLiteral("otp"),
        QStringLiteral("login"),        QStringLiteral("recovery"),      QStringLiteral("backup")};
    if ((last == QLatin1String("code") || last == QLatin1String("codes")) &&
        codeOwners.contains(before))
        return QStringLiteral("code");
    return {};
}

// The column of a secrets table (secretTableKind()) that holds the secret itself.
bool isSecretValueColumn(const QString &tableKind, const QString &column)
{
    const QString name = column.toLower();
    if (name == QLatin1String("value") || name == QLatin1String("token") ||
        name == QLatin1String("secret") || name == QLatin1String("plaintext"))
        return true;
    // `key` of a secrets table is usually the secret's name; of an API-keys table, the key.
    if (name == QLatin1String("key"))
        return tableKind == QLatin1String("key") || tableKind == QLatin1String("token");
    if (name == QLatin1String("code"))
        return tableKind == QLatin1String("code");
    return false;
}

// A table of locks or leases (worker_locks, job_leases): its token is a fencing token that
// proves who holds the lock, worthless once the lock is released, not a credential.
bool isLockTable(const QString &table)
{
    static const QSet<QString> lockWords = {QStringLiteral("lock"),  QStringLiteral("locks"),
                                            QStringLiteral("lease"), QStringLiteral("leases"),
                                            QStringLiteral("mutex"), QStringLiteral("semaphore")};
    const QStringList w = words(table);
    return std::any_of(w.cbegin(), w.cend(),
                       [](const QString &word) { return lockWords.contains(word); });
}

void plaintextSecret(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        const QString tableKind = secretTableKind(table->name);
        for (const model::Column &column : table->columns) {
            if (!column.generated.isEmpty())
                continue;
            const bool tableValue =
                !tableKind.isEmpty() && isSecretValueColumn(tableKind, column.name);
            if ((!tableValue && !mayNameSecret(column.name)) || !holdsPlainValue(context, column) ||
                isForeignKeyColumn(*table, column.name))
                continue;
            const QString kind = tableValue ? tableKind : secretKind(words(column.name));
            if (kind.isEmpty() || (kind == QLatin1String("token") && isLockTable(table->name)))
                continue;
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = column.name;
            const QString type = column.type.isEmpty() ? QStringLiteral("value") : column.type;
            f.message =
                tableValue
                    ? Tr::tr("%1.%2 is the %3 column of a table of %3s, stored as %4 with "
                             "nothing saying it is hashed or encrypted: if it holds the value "
                             "itself, anyone who can read the table (or a backup) can use it")
                          .arg(table->name, column.name, kind, type)
                    : Tr::tr("%1.%2 is named like a %3 and stored as %4 with nothing saying it "
                             "is hashed or encrypted: if it holds the value itself, anyone who "
                             "can read the table (or a backup) can use it")
                          .arg(table->name, column.name, kind, type);
            // Exactly the length of a digest: SHA-1 (40), bcrypt (60), SHA-256 (64) or SHA-512
            // (128) in hex, which is how hashed values are usually kept (Kratos' recovery
            // codes, Harbor's varchar(40) passwords). A password of such a length is most
            // likely its hash; a token may be either.
            static const QRegularExpression digestLength(
                QStringLiteral("^(character varying|varchar|character|char)\\((40|60|64|128)\\)$"));
            if (digestLength.match(column.type.toLower()).hasMatch())
                f.confidence =
                    kind == QLatin1String("password") ? Confidence::Low : Confidence::Medium;
            const QString t = context.qualified(*table);
            const QString hashed = context.quote(column.name + QLatin1String("_hash"));
            if (kind == QLatin1String("password")) {
                f.fix = Tr::tr("Store only a slow salted hash (argon2id, bcrypt) computed by the "
                               "application; after re-hashing or resetting existing values:\n"
                               "ALTER TABLE %1 RENAME COLUMN %2 TO %3;")
                            .arg(t, context.quote(column.name), hashed);
            } else {
                f.fix =
                    Tr::tr("If the application only compares the value, store a hash of it "
                           "(SHA-256 of a random token is enough):\n"
                           "ALTER TABLE %1 RENAME COLUMN %2 TO %3;\n"
                           "If it must read the value back (a provider's token, a key it uses), "
                           "encrypt it with a key kept outside the database.")
                        .arg(t, context.quote(column.name), hashed);
            }
            f.location = column.origin.isValid() ? column.origin : table->origin;
            out.append(std::move(f));
        }
    }
}

// A column that says whose row it is: a reference (user_id, "ownerId", an FK column), not a
// flag or a status that a policy may also test.
bool isOwnerColumn(const model::Table &table, const QString &column)
{
    static const QRegularExpression reference(QStringLiteral("(_id|[a-z]Id|_by|^owner|^user)$"));
    return column != QLatin1String("id") &&
           (reference.match(column).hasMatch() || isForeignKeyColumn(table, column));
}

// The columns a table's policies compare (user_id, workspace_id...): the identifiers in the
// USING / WITH CHECK expressions that are columns of the table.
QStringList policyColumns(const model::Table &table)
{
    static const QRegularExpression identifier(QStringLiteral("\"?([A-Za-z_][A-Za-z0-9_]*)\"?"));
    QStringList columns;
    for (const model::Policy &policy : table.policies) {
        for (const QString &expr : {policy.usingExpr, policy.withCheck}) {
            for (const auto &m : identifier.globalMatch(expr)) {
                const QString name = m.captured(1);
                if (table.column(name) && isOwnerColumn(table, name) && !columns.contains(name))
                    columns.append(name);
            }
        }
    }
    return columns;
}

struct ProtectedColumn {
    QString column;
    QStringList tables; // RLS tables whose policies use it (or that have the tenant column)
    const model::Table *example = nullptr;
    QString exampleExpr; // a USING expression mentioning the column, for the fix
};

void rlsMissing(const ReviewContext &context, Findings &out)
{
    // Schema -> the columns RLS tables of that schema are protected by.
    QMap<QString, QList<ProtectedColumn>> bySchema;
    for (const model::Table *table : context.tables()) {
        if (!table->rowSecurity)
            continue;
        QStringList columns = policyColumns(*table);
        for (const model::Column &c : table->columns) {
            if (context.isTenantColumn(c.name) && !columns.contains(c.name))
                columns.append(c.name);
        }
        QList<ProtectedColumn> &list = bySchema[table->schema];
        for (const QString &column : std::as_const(columns)) {
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const ProtectedColumn &p) { return p.column == column; });
            if (it == list.end()) {
                list.append({column, {}, nullptr, {}});
                it = list.end() - 1;
            }
            it->tables.append(table->name);
            if (it->exampleExpr.isEmpty()) {
                for (const model::Policy &policy : table->policies) {
                    if (policy.usingExpr.contains(column)) {
                        it->example = table;
                        it->exampleExpr = policy.usingExpr;
                        break;
                    }
                }
            }
        }
    }
    // Schema -> its tables that could have RLS, and how many do. When most do, RLS is the
    // schema's rule and a table without it (typically one added later) is the exception,
    // whatever its columns.
    // The tenant tables themselves (what workspace_id points at) hold no tenant's rows: they
    // are the tenants, usually managed by a service role, and are not counted.
    QSet<const model::Table *> tenantRoots;
    for (const model::Table *table : context.tables()) {
        for (const model::ForeignKey &fk : table->foreignKeys) {
            if (fk.columns.size() == 1 && context.isTenantColumn(fk.columns.constFirst()))
                if (const model::Table *root = context.referencedTable(fk); root && root != table)
                    tenantRoots.insert(root);
        }
    }
    for (const SoftReference &soft : context.softReferences()) {
        if (context.isTenantColumn(soft.column) && soft.target != soft.table)
            tenantRoots.insert(soft.target);
    }
    QHash<QString, int> candidates;
    QHash<QString, int> secured;
    QHash<QString, QStringList> securedNames;
    for (const model::Table *table : context.tables()) {
        if (table->kind == model::Table::Kind::ForeignTable ||
            table->kind == model::Table::Kind::VirtualTable || tenantRoots.contains(table))
            continue;
        ++candidates[table->schema];
        if (table->rowSecurity) {
            ++secured[table->schema];
            securedNames[table->schema].append(table->name);
        }
    }
    for (const model::Table *table : context.tables()) {
        if (table->rowSecurity || table->kind == model::Table::Kind::ForeignTable ||
            table->kind == model::Table::Kind::VirtualTable)
            continue;
        const int withRls = secured.value(table->schema);
        const bool majority = withRls >= 3 && 2 * withRls > candidates.value(table->schema);
        const auto schema = bySchema.constFind(table->schema);
        bool reported = false;
        for (const ProtectedColumn &p :
             schema == bySchema.cend() ? QList<ProtectedColumn>{} : *schema) {
            // The table holding the tenant rows themselves (organizations.id) has no tenant
            // column; a table qualifies when it has the very column the policies compare.
            if (!table->column(p.column) || p.column == QLatin1String("id"))
                continue;
            QStringList others = p.tables;
            others.sort();
            const QString sample = others.mid(0, 3).join(QStringLiteral(", ")) +
                                   (others.size() > 3 ? QStringLiteral(", …") : QString());
            Finding f;
            f.object.kind = ObjectRef::Kind::Table;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.columns = {p.column};
            f.message = plural(Tr::tr("%1.%2 has %3 but no row-level security, while %4 other "
                                      "table(s) of schema %1 with %3 have it (%5)"),
                               others.size())
                            .arg(table->schema, table->name, p.column)
                            .arg(others.size())
                            .arg(sample);
            const QString t = context.qualified(*table);
            QString expr = p.exampleExpr;
            if (expr.isEmpty())
                expr = context.quote(p.column) + QLatin1String(" = /* the current ") + p.column +
                       QLatin1String(" */ NULL");
            f.fix = Tr::tr("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;\n"
                           "CREATE POLICY %2 ON %1 USING (%3);")
                        .arg(t, context.quote(table->name + QLatin1String("_") + p.column), expr);
            f.location = table->origin;
            // The owner column is inferred from the policies; corroborated by the majority.
            f.confidence = majority ? Confidence::High : Confidence::Medium;
            out.append(std::move(f));
            reported = true;
            break; // one finding per table, on the first protected column it has
        }
        if (reported || !majority || tenantRoots.contains(table))
            continue;
        QStringList others = securedNames.value(table->schema);
        others.sort();
        const QString sample = others.mid(0, 3).join(QStringLiteral(", ")) +
                               (others.size() > 3 ? QStringLiteral(", …") : QString());
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = table->schema;
        f.object.table = table->name;
        f.message = Tr::tr("%1.%2 has no row-level security, while %3 of the %4 tables of schema "
                           "%1 have it (%5)")
                        .arg(table->schema, table->name)
                        .arg(withRls)
                        .arg(candidates.value(table->schema))
                        .arg(sample);
        const QString t = context.qualified(*table);
        f.fix = Tr::tr("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;\n"
                       "-- and the policies its rows need, e.g.\n"
                       "CREATE POLICY %2 ON %1 FOR SELECT USING (/* condition */ true);")
                    .arg(t, context.quote(table->name + QLatin1String("_select")));
        f.location = table->origin;
        f.confidence = Confidence::Medium;
        out.append(std::move(f));
    }
}

void rlsNoPolicy(const ReviewContext &context, Findings &out)
{
    // A schema whose RLS tables all lack policies is locked down on purpose (Supabase's auth
    // schema: only the service role reads it); the rule is about the table someone forgot.
    QHash<QString, int> withRls;
    QHash<QString, int> withPolicy;
    for (const model::Table *table : context.tables()) {
        if (table->rowSecurity) {
            ++withRls[table->schema];
            if (!table->policies.isEmpty())
                ++withPolicy[table->schema];
        }
    }
    for (const model::Table *table : context.tables()) {
        if (!table->rowSecurity || !table->policies.isEmpty())
            continue;
        if (withRls.value(table->schema) >= 2 && withPolicy.value(table->schema) == 0)
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = table->schema;
        f.object.table = table->name;
        f.message = table->forceRowSecurity
                        ? Tr::tr("%1 has row-level security enabled and forced but no policy: "
                                 "every role, the owner included, sees and changes no row")
                              .arg(table->name)
                        : Tr::tr("%1 has row-level security enabled but no policy: every role but "
                                 "the owner and BYPASSRLS roles is denied all rows (deny-all; "
                                 "intended when only a service role uses the table)")
                              .arg(table->name);
        f.fix = Tr::tr("If other roles should reach the table, add a policy, e.g.\n"
                       "CREATE POLICY %1 ON %2 FOR SELECT USING (/* condition */ true);\n"
                       "If deny-all is intended, say so: COMMENT ON TABLE %2 IS 'RLS deny-all: "
                       "service role only';")
                    .arg(context.quote(table->name + QLatin1String("_select")),
                         context.qualified(*table));
        f.location = table->origin;
        // Where RLS was switched on is the better pointer when the history has it.
        for (const model::Change &change : context.schema().history.changes) {
            if (change.kind == model::Change::Kind::EnableRowSecurity &&
                change.schema == table->schema && change.table == table->name)
                f.location = change.origin;
        }
        out.append(std::move(f));
    }
}

} // namespace

Rules securityRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("plaintext-secret"),
                 .family = QStringLiteral("security"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Secret stored as plain text"),
                 .rationale = Tr::tr("A password, token, API key or credential kept as it is gives "
                                     "anyone with read access to the table, a replica or a backup "
                                     "the means to log in or call the API as its owner."),
                 .fix = Tr::tr("Store a hash when the value is only compared, or encrypt it with a "
                               "key kept outside the database when it must be read back."),
                 .example = QStringLiteral("CREATE TABLE api_keys (\n"
                                           "  id bigint PRIMARY KEY,\n"
                                           "  api_key text NOT NULL\n);")},
        .run = plaintextSecret});
    rules.append(
        Rule{.info = {.id = QStringLiteral("rls-missing"),
                      .family = QStringLiteral("security"),
                      .defaultSeverity = Severity::Warning,
                      .needs = Needs::Static,
                      .title = Tr::tr("Table without row-level security next to tables with it"),
                      .rationale =
                          Tr::tr("When a schema relies on row-level security to keep tenants or "
                                 "users apart (its owner columns are in policies, or most of its "
                                 "tables have RLS), a table without RLS, often one added later, "
                                 "is readable across tenants by every role that can select it."),
                      .fix = Tr::tr("ENABLE ROW LEVEL SECURITY on the table and add the policy its "
                                    "siblings use."),
                      .sqlite = false,
                      .example = QStringLiteral(
                          "CREATE TABLE notes (id bigint PRIMARY KEY, user_id uuid NOT NULL);\n"
                          "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
                          "CREATE POLICY notes_owner ON notes USING (user_id = "
                          "current_setting('app.user_id')::uuid);\n"
                          "CREATE TABLE files (id bigint PRIMARY KEY, user_id uuid NOT NULL);")},
             .run = rlsMissing});
    rules.append(Rule{
        .info = {.id = QStringLiteral("rls-no-policy"),
                 .family = QStringLiteral("security"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = Tr::tr("Row-level security without a policy"),
                 .rationale =
                     Tr::tr("With RLS enabled and no policy, PostgreSQL denies every row to "
                            "every role except the owner and BYPASSRLS roles; often an "
                            "unfinished migration, sometimes a deliberate service-only "
                            "table."),
                 .fix = Tr::tr("Add the policies the table needs, or document that deny-all is "
                               "intended."),
                 .sqlite = false,
                 .example = QStringLiteral("CREATE TABLE audit (id bigint PRIMARY KEY);\n"
                                           "ALTER TABLE audit ENABLE ROW LEVEL SECURITY;")},
        .run = rlsNoPolicy});
    return rules;
}

} // namespace schemalens::review
