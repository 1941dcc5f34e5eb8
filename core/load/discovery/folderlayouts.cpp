// Layouts made of sub-folders: Diesel, Prisma, version folders (memos) and Synapse.
#include "core/load/discovery/layouts.h"

#include "core/load/discovery/naturalsort.h"
#include "core/load/discovery/sourcefile.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace schemalens::load::discovery {

namespace {

QString leadingDigits(const QString &name)
{
    qsizetype k = 0;
    while (k < name.size() && name.at(k).isDigit())
        ++k;
    return name.left(k);
}

// Lists the .sql files of `folder` that are not `keep` as skipped with `reason`.
void skipLooseSql(Candidate &c, const Folder &folder, const QStringList &keep,
                  const QString &reason)
{
    for (const QString &name : sqlFiles(folder)) {
        if (!keep.contains(name))
            c.skipped.append({folder.filePath(name), reason, SkipKind::Unrecognized});
    }
}

} // namespace

std::optional<Candidate> detectDiesel(const Folder &folder, const DetectContext &context)
{
    // migrations/<version>_<name>/up.sql (+ down.sql, metadata.toml); the version is the
    // part before the first '_', and Diesel orders versions as strings.
    Candidate c;
    c.layout = QStringLiteral("diesel");
    for (const QString &sub : folder.folders) {
        const Folder *dir = context.tree->child(folder, sub);
        if (!dir || !dir->hasFile(QStringLiteral("up.sql")) || !sub.at(0).isDigit())
            continue;
        PlannedFile f;
        f.path = dir->filePath(QStringLiteral("up.sql"));
        f.version = sub.section(QLatin1Char('_'), 0, 0);
        f.description = sub.mid(f.version.size() + 1);
        const QByteArray toml = peekFile(dir->filePath(QStringLiteral("metadata.toml")), 4096);
        f.noTransaction = QByteArray(toml).replace(' ', "").contains("run_in_transaction=false");
        c.files.append(f);
        for (const QString &name : sqlFiles(*dir)) {
            if (name == QLatin1String("down.sql"))
                c.skipped.append({dir->filePath(name), Tr::tr("down migration"), SkipKind::Down});
            else if (name != QLatin1String("up.sql"))
                c.skipped.append({dir->filePath(name), Tr::tr("not part of a Diesel migration"),
                                  SkipKind::Unrecognized});
        }
    }
    if (c.files.isEmpty())
        return std::nullopt;
    std::stable_sort(c.files.begin(), c.files.end(),
                     [](const PlannedFile &a, const PlannedFile &b) {
                         return a.version != b.version ? a.version < b.version : a.path < b.path;
                     });
    skipLooseSql(c, folder, folder.folders, Tr::tr("not inside a Diesel migration folder"));
    return c;
}

std::optional<Candidate> detectPrisma(const Folder &folder, const DetectContext &context)
{
    // migrations/<timestamp>_<name>/migration.sql; Prisma sorts the folder names as strings
    // (so "20250625_x" sorts after "20250625123456_y").
    Candidate c;
    c.layout = QStringLiteral("prisma");
    QStringList subs = folder.folders;
    std::sort(subs.begin(), subs.end(), codeUnitLess);
    for (const QString &sub : subs) {
        const Folder *dir = context.tree->child(folder, sub);
        if (!dir || !dir->hasFile(QStringLiteral("migration.sql")))
            continue;
        PlannedFile f;
        f.path = dir->filePath(QStringLiteral("migration.sql"));
        f.version = leadingDigits(sub);
        QString rest = sub.mid(f.version.size());
        if (rest.startsWith(QLatin1Char('_')))
            rest.remove(0, 1);
        f.description = rest;
        c.files.append(f);
        skipLooseSql(c, *dir, {QStringLiteral("migration.sql")},
                     Tr::tr("not part of a Prisma migration"));
    }
    if (c.files.isEmpty())
        return std::nullopt;
    skipLooseSql(c, folder, folder.folders, Tr::tr("not inside a Prisma migration folder"));
    // migration_lock.toml: provider = "postgresql"
    const QByteArray lock = peekFile(folder.filePath(QStringLiteral("migration_lock.toml")), 4096);
    static const QRegularExpression provider(QStringLiteral("provider\\s*=\\s*\"([^\"]+)\""));
    const QRegularExpressionMatch m = provider.match(QString::fromUtf8(lock));
    if (m.hasMatch()) {
        c.dialectEvidence = Tr::tr("prisma migration_lock.toml provider \"%1\"").arg(m.captured(1));
        const QString engine = m.captured(1).toLower();
        c.dialect = engine == QLatin1String("postgresql") || engine == QLatin1String("postgres")
                        ? Dialect::PostgreSQL
                    : engine == QLatin1String("sqlite") ? Dialect::SQLite
                                                        : Dialect::Unknown;
        if (c.dialect == Dialect::Unknown)
            c.otherEngine = engine;
    }
    return c;
}

std::optional<Candidate> detectVersionFolders(const Folder &folder, const DetectContext &context)
{
    // store/migration/<driver>/<major.minor>/<NN>__<name>.sql (+ LATEST.sql), as memos has.
    static const QRegularExpression versionRx(QStringLiteral("^v?\\d+(\\.\\d+)+$"));
    QList<const Folder *> versions;
    for (const QString &sub : folder.folders) {
        const Folder *dir = context.tree->child(folder, sub);
        if (dir && versionRx.match(sub).hasMatch() && !sqlFiles(*dir).isEmpty())
            versions.append(dir);
    }
    const bool hasLatest = folder.hasFile(QStringLiteral("LATEST.sql"));
    if (versions.size() < 2 && !(hasLatest && !versions.isEmpty()))
        return std::nullopt;
    std::sort(versions.begin(), versions.end(), [](const Folder *a, const Folder *b) {
        auto bare = [](const QString &n) { return n.startsWith(QLatin1Char('v')) ? n.mid(1) : n; };
        return compareVersions(bare(a->name()), bare(b->name())) < 0;
    });
    QList<PlannedFile> chain;
    for (const Folder *dir : versions) {
        QStringList names = sqlFiles(*dir);
        std::sort(names.begin(), names.end(), naturalLess);
        for (const QString &name : names) {
            PlannedFile f;
            f.path = dir->filePath(name);
            f.version = dir->name();
            f.description = name.chopped(4);
            chain.append(f);
        }
    }
    Candidate c;
    c.layout = QStringLiteral("version-folders");
    if (hasLatest) {
        // LATEST.sql is the complete schema that a fresh install applies; the version
        // folders only upgrade an existing database from an older release (memos'
        // migrator). Applying both would create every table twice.
        PlannedFile latest;
        latest.path = folder.filePath(QStringLiteral("LATEST.sql"));
        latest.description = QStringLiteral("LATEST");
        c.files.append(latest);
        for (const PlannedFile &f : chain)
            c.skipped.append({f.path, Tr::tr("upgrade step (a fresh install applies LATEST.sql)")});
    } else {
        c.files = chain;
    }
    skipLooseSql(c, folder, {QStringLiteral("LATEST.sql")},
                 Tr::tr("not part of the version folders"));
    return c;
}

std::optional<Candidate> detectSynapse(const Folder &folder, const DetectContext &context)
{
    // Synapse: <module>/full_schemas/<N>/full.sql.<engine> and <module>/delta/<N>/*.sql[.<engine>]
    // for the modules common, main and state (or a single module folder).
    const Tree &tree = *context.tree;
    QList<const Folder *> modules;
    auto isModule = [](const Folder &f) {
        return f.hasFolder(QStringLiteral("full_schemas")) || f.hasFolder(QStringLiteral("delta"));
    };
    if (isModule(folder))
        modules.append(&folder);
    for (const QString &sub : folder.folders) {
        const Folder *dir = tree.child(folder, sub);
        if (dir && isModule(*dir))
            modules.append(dir);
    }
    // Numbered version folders per kind, across the modules.
    auto versionDirs = [&](const QString &kind) {
        QList<std::pair<int, const Folder *>> result;
        for (const Folder *module : modules) {
            const Folder *parent = tree.child(*module, kind);
            if (!parent)
                continue;
            for (const QString &sub : parent->folders) {
                bool ok = false;
                const int n = sub.toInt(&ok);
                if (ok)
                    result.append({n, tree.child(*parent, sub)});
            }
        }
        return result;
    };
    const auto fulls = versionDirs(QStringLiteral("full_schemas"));
    const auto deltas = versionDirs(QStringLiteral("delta"));
    if (fulls.isEmpty() && deltas.size() < 2)
        return std::nullopt;

    Candidate c;
    c.layout = QStringLiteral("synapse");
    const Dialect wanted =
        context.requested == Dialect::SQLite ? Dialect::SQLite : Dialect::PostgreSQL;
    const QString own =
        wanted == Dialect::SQLite ? QStringLiteral(".sql.sqlite") : QStringLiteral(".sql.postgres");
    const QString other =
        wanted == Dialect::SQLite ? QStringLiteral(".sql.postgres") : QStringLiteral(".sql.sqlite");
    c.dialect = wanted;
    c.dialectEvidence = Tr::tr("synapse: '%1' files chosen (Synapse runs the files of its engine; "
                               "PostgreSQL is the default)")
                            .arg(own);

    // Synapse first creates its bookkeeping tables from schema_version.sql.
    for (const Folder *module : modules) {
        if (module->hasFile(QStringLiteral("schema_version.sql"))) {
            PlannedFile f;
            f.path = module->filePath(QStringLiteral("schema_version.sql"));
            f.description = QStringLiteral("schema_version");
            c.files.append(f);
        }
        skipLooseSql(c, *module, {QStringLiteral("schema_version.sql")},
                     Tr::tr("not part of Synapse's schema files"));
    }

    // Within one version Synapse sorts the entries of all modules by file name, then path.
    auto applyVersion = [&](int version, const QList<const Folder *> &dirs, bool isDelta) {
        QList<std::pair<QString, QString>> entries; // (file name, absolute path)
        for (const Folder *dir : dirs) {
            for (const QString &name : dir->files)
                entries.append({name, dir->filePath(name)});
        }
        std::sort(entries.begin(), entries.end());
        for (const auto &[name, path] : entries) {
            if (name.endsWith(QLatin1String(".sql")) || name.endsWith(own)) {
                PlannedFile f;
                f.path = path;
                f.version = QString::number(version);
                f.description = name.section(QLatin1Char('.'), 0, 0);
                c.files.append(f);
            } else if (name.endsWith(other)) {
                c.skipped.append({path, Tr::tr("other dialect")});
            } else if (isDelta && name.endsWith(QLatin1String(".py"))) {
                c.skipped.append({path, Tr::tr("Python delta, not SQL")});
            } else if (!name.endsWith(QLatin1String(".pyc"))) {
                c.skipped.append(
                    {path, Tr::tr("not a Synapse schema file"), SkipKind::Unrecognized});
            }
        }
    };
    auto group = [](const QList<std::pair<int, const Folder *>> &dirs) {
        QMap<int, QList<const Folder *>> byVersion;
        for (const auto &[n, dir] : dirs) {
            if (dir)
                byVersion[n].append(dir);
        }
        return byVersion;
    };
    const QMap<int, QList<const Folder *>> fullByVersion = group(fulls);
    const QMap<int, QList<const Folder *>> deltaByVersion = group(deltas);
    // A fresh install uses the newest full schema, then the deltas newer than it.
    const int base = fullByVersion.isEmpty() ? -1 : fullByVersion.lastKey();
    for (auto it = fullByVersion.cbegin(); it != fullByVersion.cend(); ++it) {
        if (it.key() == base) {
            applyVersion(it.key(), it.value(), false);
            continue;
        }
        for (const Folder *dir : it.value()) {
            for (const QString &name : dir->files)
                c.skipped.append(
                    {dir->filePath(name), Tr::tr("older full schema (version %1)").arg(it.key())});
        }
    }
    for (auto it = deltaByVersion.cbegin(); it != deltaByVersion.cend(); ++it) {
        if (it.key() > base) {
            applyVersion(it.key(), it.value(), true);
            continue;
        }
        for (const Folder *dir : it.value()) {
            for (const QString &name : dir->files)
                c.skipped.append({dir->filePath(name),
                                  Tr::tr("not newer than the full schema (version %1)").arg(base)});
        }
    }
    return c;
}

} // namespace schemalens::load::discovery
