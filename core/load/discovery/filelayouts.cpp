// Layouts recognised by their file-name conventions, all in one folder.
#include "core/load/discovery/layouts.h"

#include "core/load/discovery/naturalsort.h"
#include "core/load/discovery/sourcefile.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace schemalens::load::discovery {

namespace {

constexpr qint64 markerPeekBytes = 64 * 1024;

// Sorts by version value (digits compared by value, no overflow), then by file name.
void sortByNumericVersion(QList<PlannedFile> &files)
{
    std::stable_sort(files.begin(), files.end(), [](const PlannedFile &a, const PlannedFile &b) {
        if (const int c = compareDigits(a.version, b.version))
            return c < 0;
        return a.path < b.path;
    });
}

PlannedFile planned(const Folder &folder, const QString &name, const QString &version,
                    const QString &description)
{
    PlannedFile f;
    f.path = folder.filePath(name);
    f.version = version;
    f.description = description;
    return f;
}

bool enoughMatches(qsizetype matched, qsizetype total)
{
    return matched > 0 && matched * 2 >= total;
}

// The file-name conventions, shared by the detectors and layoutAppliesName().
const QRegularExpression &postgratorName()
{
    static const QRegularExpression rx(
        QStringLiteral("^(\\d+)\\.(do|undo)(?:\\.(.*))?\\.(sql|js|cjs|mjs)$"),
        QRegularExpression::CaseInsensitiveOption);
    return rx;
}
// <version>_<name>[.<dialect>][.autocommit].(up|down).sql (ory/popx, gobuffalo/pop).
const QRegularExpression &popxName()
{
    static const QRegularExpression rx(
        QStringLiteral("^(\\d+)_([^.]+)(?:\\.([a-z0-9]+))?(\\.autocommit)?\\.(up|down)\\.sql$"));
    return rx;
}
const QRegularExpression &gooseName()
{
    static const QRegularExpression rx(QStringLiteral("^(\\d+)_(.*)\\.sql$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return rx;
}
// dbmate takes the leading digits as the version: "20200101_x.sql", "0001-x.sql".
const QRegularExpression &dbmateName()
{
    static const QRegularExpression rx(QStringLiteral("^(\\d+)[-_]?(.*)\\.sql$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return rx;
}
const QRegularExpression &supabaseName()
{
    static const QRegularExpression rx(QStringLiteral("^(\\d+)_(.*)\\.sql$"));
    return rx;
}
// Simple "<version>_<name>.sql" or reversible "<version>_<name>.up.sql"/".down.sql".
const QRegularExpression &sqlxName()
{
    static const QRegularExpression rx(QStringLiteral("^(\\d+)_(.+?)(\\.up|\\.down)?\\.sql$"));
    return rx;
}
const QRegularExpression &golangMigrateName()
{
    // golang-migrate's own pattern is ^([0-9]+)_(.*)\.(down|up)\.(.*)$: any extension, so
    // "0002_x.up..sql" is applied too. Of the names it takes, those that end in SQL.
    static const QRegularExpression rx(QStringLiteral("^(\\d+)_(.*)\\.(up|down)\\.\\.*sql$"));
    return rx;
}

// Flyway: V<version>__<description>.sql (versions use '.' or '_' between numeric parts),
// R__<description>.sql, U<version>__ undo and B<version>__ baseline scripts.
enum class FlywayKind { None, Versioned, Repeatable, Undo, Baseline };
FlywayKind flywayKind(const QString &name, QString *version = nullptr,
                      QString *description = nullptr)
{
    static const QRegularExpression versionRx(QStringLiteral("^\\d+([._]\\d+)*$"));
    if (!name.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
        return FlywayKind::None;
    const QString base = name.chopped(4);
    const qsizetype sep = base.indexOf(QLatin1String("__"));
    if (sep <= 0)
        return FlywayKind::None;
    const QChar kind = base.at(0);
    const QString v = base.mid(1, sep - 1);
    if (version)
        *version = v;
    // Flyway shows descriptions with spaces for underscores.
    if (description)
        *description = base.mid(sep + 2).replace(QLatin1Char('_'), QLatin1Char(' '));
    const bool numbered = versionRx.match(v).hasMatch();
    if (kind == QLatin1Char('R') && v.isEmpty())
        return FlywayKind::Repeatable;
    if (!numbered)
        return FlywayKind::None;
    if (kind == QLatin1Char('V'))
        return FlywayKind::Versioned;
    if (kind == QLatin1Char('U'))
        return FlywayKind::Undo;
    if (kind == QLatin1Char('B'))
        return FlywayKind::Baseline;
    return FlywayKind::None;
}

} // namespace

bool layoutAppliesName(const QString &layout, const QString &name)
{
    const QByteArray l = layout.toLatin1();
    if (l == "flyway") {
        const FlywayKind kind = flywayKind(name);
        return kind == FlywayKind::Versioned || kind == FlywayKind::Repeatable;
    }
    if (l == "postgrator") {
        const QRegularExpressionMatch m = postgratorName().match(name);
        return m.hasMatch() && isSqlName(name) &&
               m.captured(2).compare(QLatin1String("do"), Qt::CaseInsensitive) == 0;
    }
    if (l == "popx") {
        const QRegularExpressionMatch m = popxName().match(name);
        return m.hasMatch() && m.captured(5) == QLatin1String("up");
    }
    if (l == "goose")
        return gooseName().match(name).hasMatch();
    if (l == "dbmate")
        return dbmateName().match(name).hasMatch();
    if (l == "supabase")
        return supabaseName().match(name).hasMatch();
    if (l == "sqlx") {
        const QRegularExpressionMatch m = sqlxName().match(name);
        return m.hasMatch() && m.captured(3) != QLatin1String(".down");
    }
    if (l == "golang-migrate") {
        const QRegularExpressionMatch m = golangMigrateName().match(name);
        return m.hasMatch() && m.captured(3) == QLatin1String("up");
    }
    if (l == "diesel")
        return name == QLatin1String("up.sql");
    if (l == "prisma")
        return name == QLatin1String("migration.sql");
    // Plain folders, dumps, version folders, synapse, sqitch and drizzle apply .sql files
    // (by plan or journal where they have one); down scripts never.
    return isSqlName(name) && name != QLatin1String("down.sql") &&
           !name.endsWith(QLatin1String(".down.sql")) && !name.contains(QLatin1String(".undo."));
}

std::optional<Candidate> detectFlyway(const Folder &folder, const DetectContext &)
{
    Candidate c;
    c.layout = QStringLiteral("flyway");
    QList<PlannedFile> versioned;
    QList<PlannedFile> repeatable;
    qsizetype matched = 0;
    const QStringList names = sqlFiles(folder);
    for (const QString &name : names) {
        QString version;
        QString description;
        switch (flywayKind(name, &version, &description)) {
        case FlywayKind::Repeatable: {
            ++matched;
            PlannedFile f = planned(folder, name, QString(), description);
            f.repeatable = true;
            repeatable.append(f);
            break;
        }
        case FlywayKind::Versioned: {
            ++matched;
            PlannedFile f = planned(
                folder, name, version.replace(QLatin1Char('_'), QLatin1Char('.')), description);
            // Flyway's per-script config: V1__x.sql.conf with executeInTransaction=false.
            const QByteArray conf = peekFile(f.path + QStringLiteral(".conf"), 4096);
            if (QByteArray(conf).replace(' ', "").toLower().contains("executeintransaction=false"))
                f.noTransaction = true;
            versioned.append(f);
            break;
        }
        case FlywayKind::Undo:
            ++matched;
            c.skipped.append({folder.filePath(name), Tr::tr("undo script")});
            break;
        case FlywayKind::Baseline:
            ++matched;
            c.skipped.append(
                {folder.filePath(name),
                 Tr::tr("baseline migration (only used to baseline an existing database)")});
            break;
        case FlywayKind::None:
            c.skipped.append({folder.filePath(name), Tr::tr("not a Flyway migration file name"),
                              SkipKind::Unrecognized});
            break;
        }
    }
    if (versioned.isEmpty() && repeatable.isEmpty())
        return std::nullopt;
    if (!enoughMatches(matched, names.size()))
        return std::nullopt;
    std::stable_sort(versioned.begin(), versioned.end(),
                     [](const PlannedFile &a, const PlannedFile &b) {
                         return compareVersions(a.version, b.version) < 0;
                     });
    // Repeatable migrations run after all versioned ones, ordered by description.
    std::stable_sort(
        repeatable.begin(), repeatable.end(),
        [](const PlannedFile &a, const PlannedFile &b) { return a.description < b.description; });
    c.files = versioned + repeatable;
    return c;
}

std::optional<Candidate> detectPostgrator(const Folder &folder, const DetectContext &)
{
    const QRegularExpression &rx = postgratorName();
    Candidate c;
    c.layout = QStringLiteral("postgrator");
    qsizetype matched = 0;
    qsizetype total = 0;
    for (const QString &name : folder.files) {
        const QRegularExpressionMatch m = rx.match(name);
        if (isSqlName(name))
            ++total;
        if (!m.hasMatch()) {
            if (isSqlName(name))
                c.skipped.append({folder.filePath(name),
                                  Tr::tr("not a Postgrator migration file name"),
                                  SkipKind::Unrecognized});
            continue;
        }
        if (isSqlName(name))
            ++matched;
        if (m.captured(2).compare(QLatin1String("undo"), Qt::CaseInsensitive) == 0)
            c.skipped.append({folder.filePath(name), Tr::tr("undo script")});
        else if (!isSqlName(name))
            c.skipped.append({folder.filePath(name), Tr::tr("JavaScript migration, not SQL")});
        else
            c.files.append(planned(folder, name, m.captured(1), m.captured(3)));
    }
    if (c.files.isEmpty() || !enoughMatches(matched, total))
        return std::nullopt;
    sortByNumericVersion(c.files);
    return c;
}

std::optional<Candidate> detectPopx(const Folder &folder, const DetectContext &context)
{
    const QRegularExpression &rx = popxName();
    struct Entry {
        QString name, version, description, dialect; // dialect "" = all
        bool autocommit = false;
        bool up = true;
    };
    QList<Entry> entries;
    bool pgVariants = false;
    bool liteVariants = false;
    bool popMarkers = false;
    qsizetype total = 0;
    for (const QString &name : sqlFiles(folder)) {
        ++total;
        const QRegularExpressionMatch m = rx.match(name);
        if (!m.hasMatch())
            continue;
        Entry e{name,
                m.captured(1),
                m.captured(2),
                m.captured(3),
                !m.captured(4).isEmpty(),
                m.captured(5) == QLatin1String("up")};
        if (e.dialect == QLatin1String("sqlite"))
            e.dialect = QStringLiteral("sqlite3"); // popx canonicalises the name
        if (e.dialect == QLatin1String("postgresql"))
            e.dialect = QStringLiteral("postgres");
        if (e.dialect == QLatin1String("autocommit")) { // "x.autocommit.up.sql" parses this way
            e.dialect.clear();
            e.autocommit = true;
        }
        static const QStringList dialects = {QStringLiteral("postgres"), QStringLiteral("sqlite3"),
                                             QStringLiteral("mysql"), QStringLiteral("cockroach")};
        if (!e.dialect.isEmpty() && !dialects.contains(e.dialect))
            continue; // "0004_1.8.0_schema.up.sql" style names are golang-migrate's
        pgVariants |= e.dialect == QLatin1String("postgres");
        liteVariants |= e.dialect == QLatin1String("sqlite3");
        popMarkers |= !e.dialect.isEmpty() || e.autocommit;
        entries.append(e);
    }
    if (!popMarkers) {
        // Without dialect or autocommit names, pop is recognisable by its Go templates.
        for (qsizetype k = 0; k < qMin<qsizetype>(entries.size(), 5) && !popMarkers; ++k)
            popMarkers = peekFile(folder.filePath(entries[k].name), markerPeekBytes).contains("{{");
    }
    if (!popMarkers || !enoughMatches(entries.size(), total))
        return std::nullopt;

    Candidate c;
    c.layout = QStringLiteral("popx");
    // The dialect decides which variant runs: the requested one, else PostgreSQL unless the
    // folder only has SQLite variants.
    Dialect wanted = context.requested;
    if (wanted == Dialect::Unknown)
        wanted = (pgVariants || !liteVariants) ? Dialect::PostgreSQL : Dialect::SQLite;
    const QString wantedName =
        wanted == Dialect::SQLite ? QStringLiteral("sqlite3") : QStringLiteral("postgres");
    if (pgVariants || liteVariants) {
        c.dialect = wanted;
        c.dialectEvidence =
            pgVariants && liteVariants
                ? Tr::tr(
                      "popx file names: '.%1.' variants chosen (PostgreSQL is the default when a "
                      "folder has both)")
                      .arg(wantedName)
                : Tr::tr("popx file names with '.%1.'")
                      .arg(pgVariants ? QStringLiteral("postgres") : QStringLiteral("sqlite3"));
    }

    // popx sorts versions as strings, then lets a file for the exact dialect replace the
    // generic one of the same version, even when that file is empty (a deliberate no-op).
    QMap<QString, QList<Entry>> byVersion;
    for (const Entry &e : entries) {
        if (!e.up)
            c.skipped.append({folder.filePath(e.name), Tr::tr("down migration"), SkipKind::Down});
        else
            byVersion[e.version].append(e);
    }
    for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
        const bool specific = std::any_of(it->cbegin(), it->cend(),
                                          [&](const Entry &e) { return e.dialect == wantedName; });
        for (const Entry &e : *it) {
            if (e.dialect.isEmpty() ? specific : e.dialect != wantedName) {
                c.skipped.append(
                    {folder.filePath(e.name),
                     e.dialect.isEmpty()
                         ? Tr::tr("replaced by the dialect-specific file of the same version")
                         : Tr::tr("other dialect")});
                continue;
            }
            PlannedFile f = planned(folder, e.name, e.version, e.description);
            f.noTransaction = e.autocommit;
            c.files.append(f);
        }
    }
    QSet<QString> known;
    for (const Entry &e : entries)
        known.insert(e.name);
    for (const QString &name : sqlFiles(folder)) {
        if (!known.contains(name))
            c.skipped.append({folder.filePath(name), Tr::tr("not a popx migration file name"),
                              SkipKind::Unrecognized});
    }
    return c;
}

namespace {

// Shared by goose and dbmate: numbered .sql files recognised by section markers inside.
std::optional<Candidate> detectSectioned(const Folder &folder, const QRegularExpression &rx,
                                         SectionStyle style, const QString &layout,
                                         bool (*hasMarker)(const QByteArray &))
{
    Candidate c;
    c.layout = layout;
    bool marked = false;
    const QStringList names = sqlFiles(folder);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = rx.match(name);
        if (!m.hasMatch()) {
            c.skipped.append({folder.filePath(name),
                              Tr::tr("not a %1 migration file name").arg(layout),
                              SkipKind::Unrecognized});
            continue;
        }
        PlannedFile f = planned(folder, name, m.captured(1), m.captured(2));
        f.sections = style;
        marked = marked || hasMarker(peekFile(f.path, markerPeekBytes));
        c.files.append(f);
    }
    if (!marked || !enoughMatches(c.files.size(), names.size()))
        return std::nullopt;
    sortByNumericVersion(c.files);
    return c;
}

} // namespace

std::optional<Candidate> detectGoose(const Folder &folder, const DetectContext &)
{
    std::optional<Candidate> c = detectSectioned(folder, gooseName(), SectionStyle::Goose,
                                                 QStringLiteral("goose"), hasGooseUp);
    if (c) {
        // Go migrations are part of goose's sequence but are code; list them so that gaps
        // in the SQL chain are explained.
        static const QRegularExpression goRx(QStringLiteral("^\\d+_.*\\.go$"));
        for (const QString &name : folder.files) {
            if (goRx.match(name).hasMatch())
                c->skipped.append({folder.filePath(name), Tr::tr("Go migration, not SQL")});
        }
    }
    return c;
}

std::optional<Candidate> detectDbmate(const Folder &folder, const DetectContext &)
{
    return detectSectioned(folder, dbmateName(), SectionStyle::Dbmate, QStringLiteral("dbmate"),
                           hasDbmateUp);
}

std::optional<Candidate> detectSupabase(const Folder &folder, const DetectContext &)
{
    const qsizetype slash = folder.path.lastIndexOf(QLatin1Char('/'));
    const QString parent = folder.path.left(slash);
    if (folder.name() != QLatin1String("migrations") ||
        !parent.endsWith(QLatin1String("/supabase")))
        return std::nullopt;
    const QRegularExpression &rx = supabaseName();
    Candidate c;
    c.layout = QStringLiteral("supabase");
    c.dialect = Dialect::PostgreSQL;
    c.dialectEvidence = Tr::tr("Supabase migrations run on PostgreSQL");
    QStringList names = sqlFiles(folder);
    std::sort(names.begin(), names.end(), codeUnitLess); // the CLI applies them in name order
    for (const QString &name : names) {
        const QRegularExpressionMatch m = rx.match(name);
        if (m.hasMatch())
            c.files.append(planned(folder, name, m.captured(1), m.captured(2)));
        else
            c.skipped.append({folder.filePath(name),
                              Tr::tr("not a Supabase migration file name (<timestamp>_name.sql)"),
                              SkipKind::Unrecognized});
    }
    return c;
}

std::optional<Candidate> detectSqlx(const Folder &folder, const DetectContext &)
{
    const QRegularExpression &rx = sqlxName();
    Candidate c;
    c.layout = QStringLiteral("sqlx");
    bool simple = false;
    bool timestamps = true;
    for (const QString &name : sqlFiles(folder)) {
        const QRegularExpressionMatch m = rx.match(name);
        if (!m.hasMatch())
            return std::nullopt; // sqlx refuses files without a version
        simple |= m.captured(3).isEmpty();
        timestamps &= m.captured(1).size() >= 12;
        if (m.captured(3) == QLatin1String(".down"))
            c.skipped.append({folder.filePath(name), Tr::tr("down migration"), SkipKind::Down});
        else
            c.files.append(planned(folder, name, m.captured(1), m.captured(2)));
    }
    // Numbered files alone could be any hand-rolled runner; sqlx writes 14-digit
    // timestamps, and reversible pairs are sqlx's only inside a Rust crate (otherwise they
    // are golang-migrate's).
    if (c.files.isEmpty() || !((simple && timestamps) || nearCargoManifest(folder.path)))
        return std::nullopt;
    sortByNumericVersion(c.files);
    return c;
}

std::optional<Candidate> detectGolangMigrate(const Folder &folder, const DetectContext &)
{
    const QRegularExpression &rx = golangMigrateName();
    Candidate c;
    c.layout = QStringLiteral("golang-migrate");
    qsizetype matched = 0;
    const QStringList names = sqlFiles(folder);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = rx.match(name);
        if (!m.hasMatch()) {
            c.skipped.append({folder.filePath(name), Tr::tr("not a golang-migrate file name"),
                              SkipKind::Unrecognized});
            continue;
        }
        ++matched;
        if (m.captured(3) == QLatin1String("down"))
            c.skipped.append({folder.filePath(name), Tr::tr("down migration"), SkipKind::Down});
        else
            c.files.append(planned(folder, name, m.captured(1), m.captured(2)));
    }
    if (c.files.isEmpty() || !enoughMatches(matched, names.size()))
        return std::nullopt;
    sortByNumericVersion(c.files); // golang-migrate parses the version as an integer
    return c;
}

} // namespace schemalens::load::discovery
