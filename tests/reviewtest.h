#pragma once
// Shared helpers for review tests: load SQL (a file, or a folder of migrations) and review it.

#include "core/load/loader.h"
#include "core/review/config.h"
#include "core/review/engine.h"
#include "core/review/rule.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace reviewtest {

using namespace schemalens;

// The load result and its review together: the review points into the loaded schema.
struct Reviewed {
    load::LoadResult loaded;
    review::ReviewResult result;

    review::Findings ofRule(const QString &rule) const
    {
        review::Findings found;
        for (const review::Finding &f : result.findings) {
            if (f.rule == rule)
                found.append(f);
        }
        return found;
    }
};

// Reviews PATH (a .sql file or a migration folder). A file or folder whose name contains
// ".sqlite" is loaded as SQLite, any other .sql file as PostgreSQL (a case file is often
// too small and plain for the dialect detection to tell; folders are still detected).
inline std::unique_ptr<Reviewed> reviewPath(const QString &path,
                                            const review::ReviewConfig &config = {})
{
    load::LoadOptions options;
    options.migrationsInTransaction = config.migrationsInTransaction;
    if (path.contains(QLatin1String(".sqlite")))
        options.discovery.dialect = load::Dialect::SQLite;
    else if (path.endsWith(QLatin1String(".sql")))
        options.discovery.dialect = load::Dialect::PostgreSQL;
    auto loaded = load::loadSource(path, options);
    if (!loaded)
        return nullptr;
    auto reviewed = std::make_unique<Reviewed>();
    reviewed->loaded = std::move(loaded).value();
    review::ReviewOptions reviewOptions;
    reviewOptions.config = config;
    // A case folder may carry its own review file (targetDialect, thresholds), as the CLI
    // finds it.
    if (config.path.isEmpty()) {
        if (const QString file = review::findConfigFor(path); !file.isEmpty()) {
            if (auto parsed = review::loadConfigFile(file))
                reviewOptions.config = parsed->config;
        }
    }
    reviewed->result = review::runReview(reviewed->loaded, reviewOptions);
    return reviewed;
}

// Reviews SQL given inline (written to a temporary file first).
inline std::unique_ptr<Reviewed> reviewSql(const QString &sql, bool sqlite = false,
                                           const review::ReviewConfig &config = {})
{
    QTemporaryDir dir;
    const QString path =
        dir.filePath(sqlite ? QStringLiteral("schema.sqlite.sql") : QStringLiteral("schema.sql"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(sql.toUtf8());
    file.close();
    return reviewPath(path, config);
}

// Reviews a migration folder given inline: file name -> SQL, applied in the layout's order.
inline std::unique_ptr<Reviewed> reviewMigrations(const QList<QPair<QString, QString>> &files,
                                                  bool sqlite = false,
                                                  const review::ReviewConfig &config = {})
{
    QTemporaryDir dir;
    const QString root =
        dir.filePath(sqlite ? QStringLiteral("migrations.sqlite") : QStringLiteral("migrations"));
    QDir().mkpath(root);
    for (const auto &[name, sql] : files) {
        QFile file(QDir(root).filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return nullptr;
        file.write(sql.toUtf8());
    }
    return reviewPath(root, config);
}

} // namespace reviewtest
