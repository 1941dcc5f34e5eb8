// Benchmark of the review engine (not a timed test: prints figures, never fails on speed).
// Generates a realistic 2,000-table PostgreSQL schema (identity primary keys, ~1.5 FKs per
// table, tenant columns, status columns with CHECKs, soft references, single, composite,
// partial, GIN, redundant and duplicate indexes, jsonb and vector columns), loads it, and
// times runReview (target: < 200 ms on a 2-core machine). Then, to point at hot spots, it
// times building the ReviewContext and each rule alone on one thread.
//
// Run: build/bin/bench_review [--once] [--sql FILE] [TABLES] [FILE...]   (files: corpus
// entries or schema files). --once reviews the generated schema a single time and prints
// nothing else: for profilers (valgrind --tool=callgrind --toggle-collect=… on runReview and
// the engine's threads). --sql writes the generated schema to FILE, to compare reviews of it.

#include "core/load/loader.h"
#include "core/review/context.h"
#include "core/review/engine.h"
#include "core/review/rule.h"
#include "core/review/summary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace schemalens;

namespace {

const char *const kStatuses[] = {"'draft', 'active', 'archived'", "'pending', 'done', 'failed'",
                                 "'open', 'closed'"};

QByteArray generatedSchema(int tables)
{
    QRandomGenerator random(20240611); // fixed seed: the same schema every run
    QByteArray sql;
    QTextStream out(&sql);
    out << "CREATE EXTENSION IF NOT EXISTS vector;\n";
    out << "CREATE TABLE tenants (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
           "    name text NOT NULL UNIQUE,\n    created_at timestamptz NOT NULL DEFAULT now()\n"
           ");\n";
    for (int t = 0; t < tables; ++t) {
        const QString name = QStringLiteral("entity_%1").arg(t);
        out << "CREATE TABLE " << name
            << " (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
               "    tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,\n";
        // ~1.5 FKs per table besides the tenant: one parent for most, a second for half.
        QStringList fkColumns;
        if (t > 0) {
            const int parents = t > 1 && t % 2 == 0 ? 2 : 1;
            for (int p = 0; p < parents; ++p) {
                const int target = int(random.bounded(t));
                const QString column = QStringLiteral("entity_%1_id").arg(target);
                if (fkColumns.contains(column))
                    continue;
                fkColumns.append(column);
                out << "    " << column << " bigint" << (p == 0 ? " NOT NULL" : "")
                    << " REFERENCES entity_" << target << " (id)"
                    << (random.bounded(3) == 0 ? " ON DELETE CASCADE" : "") << ",\n";
            }
        }
        // A soft reference (named like a reference, no constraint) in one table of five.
        QString soft;
        if (t > 10 && t % 5 == 0) {
            soft = QStringLiteral("entity_%1_id").arg(int(random.bounded(t)));
            if (!fkColumns.contains(soft))
                out << "    " << soft << " bigint,\n";
            else
                soft.clear();
        }
        out << "    code text NOT NULL,\n    title text,\n    amount numeric(12, 2),\n";
        if (t % 3 != 0)
            out << "    status text NOT NULL DEFAULT 'draft' CHECK (status IN (" << kStatuses[t % 3]
                << ")),\n";
        const int extra = 2 + t % 9;
        for (int c = 0; c < extra; ++c)
            out << "    attr_" << c << (c % 2 ? " integer" : " text") << ",\n";
        if (t % 7 == 0)
            out << "    metadata jsonb NOT NULL DEFAULT '{}',\n";
        if (t % 97 == 0)
            out << "    embedding vector(1536),\n";
        if (t % 11 == 0)
            out << "    deleted_at timestamptz,\n";
        out << "    created_at timestamptz NOT NULL DEFAULT now(),\n"
               "    updated_at timestamptz NOT NULL DEFAULT now(),\n"
               "    UNIQUE (tenant_id, code)\n);\n";

        // Indexes: FK columns (most of them), a tenant/time composite, a status index, and
        // the mistakes real schemas have (redundant prefixes, duplicates).
        for (const QString &column : std::as_const(fkColumns)) {
            if (random.bounded(5) != 0)
                out << "CREATE INDEX " << name << '_' << column << "_idx ON " << name << " ("
                    << column << ");\n";
        }
        if (t % 2 == 0)
            out << "CREATE INDEX " << name << "_tenant_created_idx ON " << name
                << " (tenant_id, created_at DESC);\n";
        if (t % 3 == 1)
            out << "CREATE INDEX " << name << "_status_idx ON " << name << " (status);\n";
        if (t % 3 == 2)
            out << "CREATE INDEX " << name << "_open_idx ON " << name
                << " (tenant_id) WHERE status = 'open';\n";
        if (t % 13 == 0)
            out << "CREATE INDEX " << name << "_tenant_idx ON " << name << " (tenant_id);\n";
        if (t % 17 == 0)
            out << "CREATE INDEX " << name << "_code_idx ON " << name << " (code);\n"
                << "CREATE INDEX " << name << "_code_dup_idx ON " << name << " (code);\n";
        if (t % 7 == 0 && t % 14 == 0)
            out << "CREATE INDEX " << name << "_metadata_idx ON " << name
                << " USING gin (metadata jsonb_path_ops);\n";
        if (t % 11 == 0)
            out << "CREATE INDEX " << name << "_live_idx ON " << name
                << " (tenant_id, updated_at) WHERE deleted_at IS NULL;\n";
        if (t % 19 == 0)
            out << "CREATE INDEX " << name << "_lower_title_idx ON " << name
                << " (lower(title));\n";
        if (t % 194 == 0 && t % 97 == 0)
            out << "CREATE INDEX " << name << "_embedding_idx ON " << name
                << " USING hnsw (embedding vector_cosine_ops);\n";
    }
    out.flush();
    return sql;
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void benchSource(const QString &label, const QString &path, int runs)
{
    QElapsedTimer timer;
    timer.start();
    auto loaded = load::loadSource(path);
    const double loadMs = msSince(timer);
    if (!loaded) {
        std::printf("%s: load failed: %s\n", qPrintable(label),
                    qPrintable(loaded.error().toString()));
        return;
    }
    const load::LoadResult &result = loaded.value();
    int indexes = 0;
    int fks = 0;
    for (const model::Table &table : result.schema.tables) {
        indexes += int(table.indexes.size());
        fks += int(table.foreignKeys.size());
    }

    double best = 1e12;
    qsizetype findings = 0;
    QByteArray digest;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const review::ReviewResult review = review::runReview(result);
        best = std::min(best, msSince(timer));
        findings = review.findings.size();
        if (i == 0) {
            // What the review says, hashed: a speed-up must leave it unchanged.
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const review::Finding &f : review.findings) {
                hash.addData(QStringList{
                    f.fingerprint, f.message, f.rationale, f.fix, QString::number(f.rank),
                    QString::number(int(f.confidence)), QString::number(int(f.severity))}
                                 .join(QChar(0x1f))
                                 .toUtf8());
            }
            digest = hash.result().toHex().left(16);
        }
    }
    std::printf("%s: %lld tables, %d FKs, %d indexes, load %.0f ms\n", qPrintable(label),
                qlonglong(result.schema.tables.size()), fks, indexes, loadMs);
    std::printf("  runReview best of %d: %.1f ms, %lld findings (digest %s; target for the "
                "generated 2,000 tables: < 120 ms)\n",
                runs, best, qlonglong(findings), digest.constData());

    // Where the time goes: the shared context, then every rule alone on this thread.
    const review::ReviewConfig config;
    double contextMs = 1e12;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const review::ReviewContext context(result.schema, result.source, config);
        contextMs = std::min(contextMs, msSince(timer));
    }
    const review::ReviewContext context(result.schema, result.source, config);
    QList<QPair<double, QString>> perRule;
    QStringList familyLines;         // the indexes family, always shown
    QMap<QString, double> perFamily; // what each family costs (new rules land in one)
    double total = 0;
    for (const review::Rule &rule : review::allRules()) {
        if (!rule.run || rule.info.needs == review::Needs::Live)
            continue;
        double ruleBest = 1e12;
        qsizetype count = 0;
        for (int i = 0; i < runs; ++i) {
            review::Findings out;
            timer.restart();
            rule.run(context, out);
            ruleBest = std::min(ruleBest, msSince(timer));
            count = out.size();
        }
        total += ruleBest;
        perFamily[rule.info.family] += ruleBest;
        perRule.append({ruleBest, QStringLiteral("%1 (%2 findings)").arg(rule.info.id).arg(count)});
        if (rule.info.family == QLatin1String("indexes"))
            familyLines.append(QStringLiteral("%1 ms  %2 (%3 findings)")
                                   .arg(ruleBest, 8, 'f', 2)
                                   .arg(rule.info.id)
                                   .arg(count));
    }
    std::sort(perRule.begin(), perRule.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    const review::ReviewResult reviewed = review::runReview(result);
    timer.restart();
    (void)review::summarize(context, reviewed.findings, int(result.source.units.size()));
    const double summaryMs = msSince(timer);
    timer.restart();
    (void)review::findStrengths(context, reviewed.findings);
    const double strengthsMs = msSince(timer);
    std::printf("  summary %.1f ms, strengths %.1f ms\n", summaryMs, strengthsMs);
    std::printf("  context %.1f ms; rules %.1f ms in sequence; slowest:\n", contextMs, total);
    for (qsizetype i = 0; i < std::min<qsizetype>(8, perRule.size()); ++i)
        std::printf("    %8.2f ms  %s\n", perRule.at(i).first, qPrintable(perRule.at(i).second));
    QStringList families;
    for (auto it = perFamily.cbegin(); it != perFamily.cend(); ++it)
        families.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'f', 1));
    std::printf("  per family (ms): %s\n", qPrintable(families.join(QStringLiteral(", "))));
    std::printf("  indexes family:\n");
    for (const QString &line : std::as_const(familyLines))
        std::printf("    %s\n", qPrintable(line));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool once = args.removeAll(QStringLiteral("--once")) > 0;
    QString sqlFile;
    if (const qsizetype at = args.indexOf(QStringLiteral("--sql"));
        at >= 0 && at + 1 < args.size()) {
        sqlFile = args.at(at + 1);
        args.remove(at, 2);
    }
    int tables = 2000;
    if (!args.isEmpty() && args.first().toInt() > 0)
        tables = args.takeFirst().toInt();
    if (!sqlFile.isEmpty()) {
        QFile file(sqlFile);
        return file.open(QIODevice::WriteOnly) && file.write(generatedSchema(tables)) >= 0 ? 0 : 1;
    }
    const int runs = 5;
    if (once) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("generated.sql"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generatedSchema(tables)) < 0)
            return 1;
        file.close();
        auto loaded = load::loadSource(path);
        if (!loaded)
            return 1;
        QElapsedTimer timer;
        timer.start();
        const review::ReviewResult review = review::runReview(loaded.value());
        std::printf("runReview: %.1f ms, %lld findings\n", msSince(timer),
                    qlonglong(review.findings.size()));
        return 0;
    }
    if (args.isEmpty()) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("generated.sql"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generatedSchema(tables)) < 0)
            return 1;
        file.close();
        benchSource(QStringLiteral("generated %1 tables").arg(tables), path, runs);
        benchSource(QStringLiteral("lago structure.sql"),
                    QStringLiteral(SCHEMALENS_CORPUS "/lago-structure-pg/db/structure.sql"), runs);
    }
    for (const QString &source : std::as_const(args))
        benchSource(source, source, runs);
    return 0;
}
