// The catalogue of library-owned tables (see libraries.h). Each entry names the library, how
// its tables are recognised, and, where the name alone is common in applications (sessions,
// jobs, cache), the columns the library always creates. Sources: each library's own
// migrations or documented schema.

#include "core/review/libraries.h"

#include <QList>

#include <algorithm>

namespace schemalens::review {

namespace {

struct Entry {
    const char *library;
    enum class Match { Exact, Prefix, Schema } match;
    const char *pattern; // table name, name prefix or schema (lower case)
    const char *columns; // space-separated, all required; empty: the name is enough
};

// Kept in one place, in alphabetical order of library. Names are compared in lower case.
const QList<Entry> &catalogue()
{
    using M = Entry::Match;
    static const QList<Entry> entries = {
        // Rails framework tables (Active Storage, Action Text, Action Mailbox).
        {"Action Mailbox", M::Exact, "action_mailbox_inbound_emails", ""},
        {"Action Text", M::Exact, "action_text_rich_texts", ""},
        {"Active Storage", M::Exact, "active_storage_attachments", ""},
        {"Active Storage", M::Exact, "active_storage_blobs", ""},
        {"Active Storage", M::Exact, "active_storage_variant_records", ""},
        // Auth.js (NextAuth) adapters: OAuth accounts as the provider returns them (tokens,
        // epoch expires_at), sessions and verification tokens; camelCase or snake_case.
        {"Auth.js", M::Exact, "account",
         "provider provideraccountid access_token refresh_token id_token session_state"},
        {"Auth.js", M::Exact, "accounts",
         "provider provideraccountid access_token refresh_token id_token session_state"},
        {"Auth.js", M::Exact, "accounts",
         "provider provider_account_id access_token refresh_token id_token session_state"},
        {"Auth.js", M::Exact, "session", "sessiontoken userid expires"},
        {"Auth.js", M::Exact, "session", "session_token user_id expires"},
        {"Auth.js", M::Exact, "sessions", "session_token user_id expires"},
        {"Auth.js", M::Exact, "verificationtoken", "identifier token expires"},
        {"Auth.js", M::Exact, "verification_token", "identifier token expires"},
        {"Auth.js", M::Exact, "verification_tokens", "identifier token expires"},
        // Better Auth: account (credential passwords hashed by the library), session,
        // verification.
        {"Better Auth", M::Exact, "account",
         "account_id provider_id user_id access_token refresh_token id_token"},
        {"Better Auth", M::Exact, "account",
         "accountid providerid userid accesstoken refreshtoken idtoken"},
        {"Better Auth", M::Exact, "session", "token expires_at ip_address user_agent user_id"},
        {"Better Auth", M::Exact, "session", "token expiresat ipaddress useragent userid"},
        {"Better Auth", M::Exact, "verification", "identifier value expires_at"},
        {"Better Auth", M::Exact, "verification", "identifier value expiresat"},
        // connect-pg-simple / express-session: session(sid, sess, expire).
        {"connect-pg-simple", M::Exact, "session", "sid sess expire"},
        {"connect-pg-simple", M::Exact, "sessions", "sid sess expire"},
        {"Delayed::Job", M::Exact, "delayed_jobs", "handler attempts"},
        // Django's contrib apps.
        {"Django", M::Exact, "django_session", ""},
        {"Django", M::Exact, "django_admin_log", ""},
        {"Django", M::Exact, "django_content_type", ""},
        {"Django", M::Exact, "django_site", ""},
        {"Django", M::Exact, "auth_permission", "codename content_type_id"},
        {"Django", M::Exact, "auth_group_permissions", ""},
        {"django-celery", M::Prefix, "django_celery_", ""},
        {"Flipper", M::Exact, "flipper_features", ""},
        {"Flipper", M::Exact, "flipper_gates", ""},
        {"GoodJob", M::Exact, "good_jobs", ""},
        {"GoodJob", M::Prefix, "good_job_", ""},
        {"graphile-worker", M::Schema, "graphile_worker", ""},
        {"Hangfire", M::Schema, "hangfire", ""},
        // Laravel's queue, cache and session tables (same columns in every installation).
        {"Laravel", M::Exact, "jobs", "queue payload attempts reserved_at"},
        {"Laravel", M::Exact, "failed_jobs", "connection queue payload exception"},
        {"Laravel", M::Exact, "job_batches", "total_jobs pending_jobs failed_job_ids"},
        {"Laravel", M::Exact, "sessions", "payload last_activity"},
        {"Laravel", M::Exact, "cache", "key value expiration"},
        {"Laravel", M::Exact, "cache_locks", "key owner expiration"},
        {"Oban", M::Prefix, "oban_", ""},
        {"pg-boss", M::Schema, "pgboss", ""},
        {"pg_cron", M::Schema, "cron", ""},
        {"pg_partman", M::Schema, "partman", ""},
        {"PgHero", M::Prefix, "pghero_", ""},
        {"Quartz", M::Prefix, "qrtz_", ""},
        {"Que", M::Exact, "que_jobs", ""},
        {"Que", M::Exact, "que_lockers", ""},
        {"Que", M::Exact, "que_values", ""},
        {"River", M::Exact, "river_job", ""},
        {"River", M::Exact, "river_leader", ""},
        {"River", M::Exact, "river_migration", ""},
        {"River", M::Exact, "river_queue", ""},
        {"River", M::Exact, "river_client", ""},
        {"River", M::Exact, "river_client_queue", ""},
        {"Solid Cable", M::Exact, "solid_cable_messages", ""},
        {"Solid Cache", M::Exact, "solid_cache_entries", ""},
        {"Solid Queue", M::Prefix, "solid_queue_", ""},
        {"Spring Batch", M::Prefix, "batch_job_", ""},
        {"Spring Batch", M::Prefix, "batch_step_", ""},
        {"Spring Session", M::Exact, "spring_session", ""},
        {"Spring Session", M::Exact, "spring_session_attributes", ""},
    };
    return entries;
}

bool hasColumns(const model::Table &table, const char *columns)
{
    for (const QString &wanted :
         QString::fromLatin1(columns).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool found =
            std::any_of(table.columns.cbegin(), table.columns.cend(), [&](const model::Column &c) {
                return c.name.compare(wanted, Qt::CaseInsensitive) == 0;
            });
        if (!found)
            return false;
    }
    return true;
}

} // namespace

QString owningLibrary(const model::Table &table)
{
    const QString name = table.name.toLower();
    const QString schema = table.schema.toLower();
    for (const Entry &e : catalogue()) {
        const QLatin1String pattern(e.pattern);
        bool named = false;
        switch (e.match) {
        case Entry::Match::Exact:
            named = name == pattern;
            break;
        case Entry::Match::Prefix:
            named = name.startsWith(pattern) && name.size() > pattern.size();
            break;
        case Entry::Match::Schema:
            named = schema == pattern;
            break;
        }
        if (named && hasColumns(table, e.columns))
            return QString::fromLatin1(e.library);
    }
    return {};
}

} // namespace schemalens::review
