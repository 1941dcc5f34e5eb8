// Dialect evidence from the configuration files of migration tools and their drivers.
#include "core/load/discovery/dialect.h"

#include "core/load/discovery/sourcefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace schemalens::load::discovery {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

constexpr qint64 configPeekBytes = 256 * 1024;
constexpr int configWeight = 6;

// What one config file says: the engines it names, each with the words that named it.
struct Finding {
    bool pg = false;
    bool lite = false;
    QString what; // the first thing that named an engine
    void add(Dialect d, const QString &text)
    {
        if (d == Dialect::Unknown)
            return;
        if (what.isEmpty())
            what = text;
        (d == Dialect::PostgreSQL ? pg : lite) = true;
    }
    // The one engine the file names, or Unknown (none, or both: an application that
    // supports either).
    Dialect only() const
    {
        return pg == lite ? Dialect::Unknown : pg ? Dialect::PostgreSQL : Dialect::SQLite;
    }
};

Dialect urlDialect(QString url)
{
    url = url.trimmed().toLower();
    if (url.startsWith(QLatin1Char('"')) || url.startsWith(QLatin1Char('\'')))
        url.remove(0, 1);
    for (const char *scheme : {"postgres:", "postgresql:", "postgis:", "pgsql:", "jdbc:postgresql:",
                               "postgresql+", "postgres+"})
        if (url.startsWith(QLatin1String(scheme)))
            return Dialect::PostgreSQL;
    for (const char *scheme :
         {"sqlite:", "sqlite3:", "file:", "libsql:", "jdbc:sqlite:", "sqlite+"})
        if (url.startsWith(QLatin1String(scheme)))
            return Dialect::SQLite;
    return Dialect::Unknown;
}

// Engine names as drivers and features spell them.
Dialect wordDialect(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("postgres") || w == QLatin1String("postgresql") ||
        w == QLatin1String("pg") || w == QLatin1String("postgis"))
        return Dialect::PostgreSQL;
    if (w == QLatin1String("sqlite") || w == QLatin1String("sqlite3") ||
        w == QLatin1String("libsql") || w == QLatin1String("turso") ||
        w == QLatin1String("better-sqlite") || w == QLatin1String("d1") ||
        w == QLatin1String("d1-http") || w == QLatin1String("expo"))
        return Dialect::SQLite;
    return Dialect::Unknown;
}

QStringList lines(const QString &path)
{
    return QString::fromUtf8(peekFile(path, configPeekBytes)).split(QLatin1Char('\n'));
}

// Quoted strings of a line: `features = ["postgres", "chrono"]` -> postgres, chrono.
QStringList quoted(const QString &text)
{
    QStringList result;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar q = text.at(i);
        if (q != QLatin1Char('"') && q != QLatin1Char('\'')) {
            ++i;
            continue;
        }
        const qsizetype end = text.indexOf(q, i + 1);
        if (end < 0)
            break;
        result.append(text.mid(i + 1, end - i - 1));
        i = end + 1;
    }
    return result;
}

// Cargo.toml: the features of diesel, sqlx and sea-orm, and the engine-specific crates.
void readCargo(const QString &path, Finding *f)
{
    static const QStringList frameworks = {QStringLiteral("diesel"), QStringLiteral("diesel-async"),
                                           QStringLiteral("diesel_migrations"),
                                           QStringLiteral("sqlx"), QStringLiteral("sea-orm")};
    QString section;
    QString crate; // the dependency the current lines belong to
    for (const QString &raw : lines(path)) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            section = line.mid(1, line.indexOf(QLatin1Char(']')) - 1).trimmed();
            crate = section.contains(QLatin1String("dependencies."))
                        ? section.section(QLatin1Char('.'), -1)
                        : QString();
            continue;
        }
        if (!section.contains(QLatin1String("dependencies")))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (crate.isEmpty() || section.endsWith(QLatin1String("dependencies"))) {
            if (eq > 0 && !line.startsWith(QLatin1Char('"')))
                crate = line.left(eq).trimmed();
        }
        if (crate == QLatin1String("rusqlite") || crate == QLatin1String("libsqlite3-sys"))
            f->add(Dialect::SQLite, Tr::tr("Cargo.toml: %1").arg(crate));
        else if (crate == QLatin1String("tokio-postgres") || crate == QLatin1String("postgres") ||
                 crate == QLatin1String("pq-sys") || crate == QLatin1String("deadpool-postgres"))
            f->add(Dialect::PostgreSQL, Tr::tr("Cargo.toml: %1").arg(crate));
        else if (frameworks.contains(crate)) {
            for (const QString &feature : quoted(line)) {
                const Dialect d = wordDialect(feature);
                f->add(d, Tr::tr("Cargo.toml: %1 feature \"%2\"").arg(crate, feature));
            }
        }
    }
}

void readDieselToml(const QString &path, Finding *f)
{
    for (const QString &raw : lines(path)) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        // print_schema's "schema" key exists for PostgreSQL only; import_types name backends.
        if (line.startsWith(QLatin1String("schema")) && line.contains(QLatin1Char('=')))
            f->add(Dialect::PostgreSQL, Tr::tr("diesel.toml: print_schema schema"));
        if (line.contains(QLatin1String("diesel::pg::")) ||
            line.contains(QLatin1String("diesel_full_text_search")))
            f->add(Dialect::PostgreSQL, Tr::tr("diesel.toml: PostgreSQL types"));
        if (line.contains(QLatin1String("diesel::sqlite::")))
            f->add(Dialect::SQLite, Tr::tr("diesel.toml: SQLite types"));
    }
}

void readEnv(const QString &path, const QString &name, Finding *f)
{
    for (const QString &raw : lines(path)) {
        QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || line.startsWith(QLatin1Char('#')))
            continue;
        const QString key = line.left(eq).trimmed().toUpper();
        if (!key.contains(QLatin1String("DATABASE_URL")) &&
            !key.contains(QLatin1String("DB_URL")) && key != QLatin1String("GOOSE_DRIVER") &&
            key != QLatin1String("DBMATE_DRIVER"))
            continue;
        const QString value = line.mid(eq + 1).trimmed();
        QString bare = value;
        bare.remove(QLatin1Char('"'));
        bare.remove(QLatin1Char('\''));
        const Dialect d =
            key.endsWith(QLatin1String("DRIVER")) ? wordDialect(bare) : urlDialect(bare);
        f->add(d, Tr::tr("%1: %2").arg(name, line.left(eq).trimmed()));
    }
}

void readDrizzleConfig(const QString &path, const QString &name, Finding *f)
{
    for (const QString &raw : lines(path)) {
        const QString line = raw.trimmed();
        for (const char *key : {"dialect", "driver"}) {
            if (!line.startsWith(QLatin1String(key)) &&
                !line.startsWith(QLatin1Char('"') + QLatin1String(key)))
                continue;
            const QStringList values = quoted(line.mid(line.indexOf(QLatin1Char(':')) + 1));
            if (!values.isEmpty())
                f->add(wordDialect(values.first()),
                       Tr::tr("%1: %2 \"%3\"").arg(name, QLatin1String(key), values.first()));
        }
    }
}

void readGoMod(const QString &path, Finding *f)
{
    static const char *const lite[] = {
        "github.com/mattn/go-sqlite3",   "modernc.org/sqlite",
        "github.com/glebarez/go-sqlite", "github.com/ncruces/go-sqlite3",
        "zombiezen.com/go/sqlite",       "github.com/tursodatabase/libsql-client-go"};
    static const char *const pg[] = {"github.com/lib/pq", "github.com/jackc/pgx"};
    for (const QString &raw : lines(path)) {
        const QString line = raw.trimmed();
        if (line.contains(QLatin1String("// indirect")))
            continue;
        for (const char *module : lite)
            if (line.startsWith(QLatin1String(module)) ||
                line.startsWith(QLatin1String("require ") + QLatin1String(module)))
                f->add(Dialect::SQLite, Tr::tr("go.mod: %1").arg(QLatin1String(module)));
        for (const char *module : pg)
            if (line.startsWith(QLatin1String(module)) ||
                line.startsWith(QLatin1String("require ") + QLatin1String(module)))
                f->add(Dialect::PostgreSQL, Tr::tr("go.mod: %1").arg(QLatin1String(module)));
    }
}

void readPackageJson(const QString &path, Finding *f)
{
    static const QStringList lite = {QStringLiteral("better-sqlite3"), QStringLiteral("sqlite3"),
                                     QStringLiteral("@libsql/client"), QStringLiteral("sql.js"),
                                     QStringLiteral("expo-sqlite"),    QStringLiteral("sqlite")};
    static const QStringList pg = {QStringLiteral("pg"),
                                   QStringLiteral("postgres"),
                                   QStringLiteral("@neondatabase/serverless"),
                                   QStringLiteral("@vercel/postgres"),
                                   QStringLiteral("pg-promise"),
                                   QStringLiteral("@electric-sql/pglite")};
    const QJsonObject root = QJsonDocument::fromJson(peekFile(path, configPeekBytes)).object();
    for (const char *group : {"dependencies", "devDependencies", "peerDependencies"}) {
        const QJsonObject deps = root.value(QLatin1String(group)).toObject();
        for (auto it = deps.constBegin(); it != deps.constEnd(); ++it) {
            if (lite.contains(it.key()))
                f->add(Dialect::SQLite, Tr::tr("package.json: %1").arg(it.key()));
            else if (pg.contains(it.key()))
                f->add(Dialect::PostgreSQL, Tr::tr("package.json: %1").arg(it.key()));
        }
    }
}

// key = value / key: value files: flyway.conf, alembic.ini, database.yml, dbconfig.yml.
void readKeyValues(const QString &path, const QString &name, Finding *f)
{
    for (const QString &raw : lines(path)) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        qsizetype sep = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (sep < 0 || (colon >= 0 && colon < sep && !line.left(colon).contains(QLatin1Char(' '))))
            sep = colon;
        if (sep <= 0)
            continue;
        const QString key = line.left(sep).trimmed().toLower();
        QString value = line.mid(sep + 1).trimmed();
        value.remove(QLatin1Char('"'));
        value.remove(QLatin1Char('\''));
        Dialect d = Dialect::Unknown;
        if (key.endsWith(QLatin1String("url")))
            d = urlDialect(value);
        else if (key == QLatin1String("adapter") || key == QLatin1String("dialect"))
            d = wordDialect(value);
        f->add(d, Tr::tr("%1: %2 %3").arg(name, key, value.left(40)));
    }
}

QList<DialectSignal> configIn(const QString &dir, const QString &root)
{
    QList<DialectSignal> result;
    const QDir d(dir);
    // One listing of the folder instead of a stat() per candidate name.
    const QStringList present = d.entryList(QDir::Files | QDir::Hidden | QDir::System);
    auto relative = [&](const QString &path) {
        return path.startsWith(root + QLatin1Char('/')) ? path.mid(root.size() + 1) : path;
    };
    auto check = [&](const QString &name,
                     const std::function<void(const QString &, Finding *)> &read) {
        const QString path = d.filePath(name);
        if (name.contains(QLatin1Char('/')) ? !QFileInfo(path).isFile() : !present.contains(name))
            return;
        Finding f;
        read(path, &f);
        if (f.only() == Dialect::Unknown)
            return;
        DialectSignal s;
        s.dialect = f.only();
        s.source = QStringLiteral("config");
        s.marker = f.what;
        s.weight = configWeight;
        s.decisive = true;
        s.where = relative(path);
        result.append(s);
    };
    check(QStringLiteral("Cargo.toml"), [](const QString &p, Finding *f) { readCargo(p, f); });
    check(QStringLiteral("diesel.toml"),
          [](const QString &p, Finding *f) { readDieselToml(p, f); });
    for (const char *env : {".env", ".env.example", ".env.sample", ".env.local", ".env.development",
                            ".env.dist", ".env.template"}) {
        const QString name = QLatin1String(env);
        check(name, [name](const QString &p, Finding *f) { readEnv(p, name, f); });
    }
    for (const char *config : {"drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs",
                               "drizzle.config.cjs", "drizzle.config.json"}) {
        const QString name = QLatin1String(config);
        check(name, [name](const QString &p, Finding *f) { readDrizzleConfig(p, name, f); });
    }
    check(QStringLiteral("go.mod"), [](const QString &p, Finding *f) { readGoMod(p, f); });
    check(QStringLiteral("package.json"),
          [](const QString &p, Finding *f) { readPackageJson(p, f); });
    for (const char *kv : {"flyway.conf", "flyway.toml", "conf/flyway.conf", "alembic.ini",
                           "config/database.yml", "dbconfig.yml"}) {
        const QString name = QLatin1String(kv);
        check(name, [name](const QString &p, Finding *f) { readKeyValues(p, name, f); });
    }
    return result;
}

} // namespace

QList<DialectSignal> configSignals(const QString &folder, const QString &root)
{
    const QString top = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    QStringList dirs;
    QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    while (true) {
        dirs.append(path);
        if (path == top || !path.startsWith(top + QLatin1Char('/')))
            break;
        path = QFileInfo(path).path();
    }
    // Above the folder given, only inside the git checkout that holds it: a migration folder
    // opened directly still finds its project's Cargo.toml, but never a stray file in /tmp.
    if (!QFileInfo::exists(top + QStringLiteral("/.git"))) {
        QStringList above;
        QString up = top;
        for (int level = 0; level < 3; ++level) {
            const QString parent = QFileInfo(up).path();
            if (parent == up)
                break;
            up = parent;
            above.append(up);
            if (QFileInfo::exists(up + QStringLiteral("/.git"))) {
                dirs += above;
                break;
            }
        }
    }
    for (const QString &dir : std::as_const(dirs)) {
        const QList<DialectSignal> found = configIn(dir, top);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace schemalens::load::discovery
