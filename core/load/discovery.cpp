// Entry point of migration discovery: classify the path, pick the layout and its dialect,
// apply the --order override, and read each file into a prepared MigrationUnit.
// The parts live in core/load/discovery/: tree walking, layout detectors, candidate
// selection, dialect evidence, up-section extraction and safe file reading.
#include "core/load/discovery.h"

#include "core/load/bookkeeping.h"
#include "core/load/discovery/dialect.h"
#include "core/load/discovery/layouts.h"
#include "core/load/discovery/sections.h"
#include "core/load/discovery/selection.h"
#include "core/load/discovery/skipcheck.h"
#include "core/load/discovery/sourcefile.h"
#include "core/load/discovery/tree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <functional>

namespace schemalens::load {

QString confidenceName(DialectConfidence confidence)
{
    switch (confidence) {
    case DialectConfidence::High:
        return QStringLiteral("high");
    case DialectConfidence::Medium:
        return QStringLiteral("medium");
    case DialectConfidence::Low:
        break;
    }
    return QStringLiteral("low");
}

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("pg");
    case Dialect::SQLite:
        return QStringLiteral("sqlite");
    case Dialect::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

using namespace discovery;

// Puts the files named by --order first, in that order; the rest keep the detected order.
// Entries match a path relative to the source, a trailing part of it, a file name, or a
// version. An entry that matches nothing, or only a file that is not applied, is reported.
QList<PlannedFile> applyOrder(const QList<PlannedFile> &files, const QList<SkippedPath> &skipped,
                              const QStringList &order,
                              const std::function<QString(const QString &)> &relative,
                              Diagnostics *diagnostics)
{
    if (order.isEmpty())
        return files;
    auto matches = [&](const QString &path, const QString &version, const QString &entry) {
        const QString rel = relative(path);
        return rel == entry || rel.endsWith(QLatin1Char('/') + entry) ||
               (!version.isEmpty() && version == entry);
    };
    QList<PlannedFile> result;
    QSet<qsizetype> taken;
    for (const QString &raw : order) {
        QString entry = QDir::fromNativeSeparators(raw.trimmed());
        if (entry.startsWith(QLatin1String("./")))
            entry.remove(0, 2);
        if (entry.isEmpty())
            continue;
        bool found = false;
        for (qsizetype k = 0; k < files.size(); ++k) {
            if (matches(files[k].path, files[k].version, entry)) {
                found = true;
                if (!taken.contains(k)) {
                    taken.insert(k);
                    result.append(files[k]);
                }
            }
        }
        if (found)
            continue;
        const auto skip = std::find_if(skipped.cbegin(), skipped.cend(), [&](const SkippedPath &s) {
            return matches(s.path, QString(), entry);
        });
        diagnostics->append(sourceWarning(
            QString(), skip == skipped.cend()
                           ? Tr::tr("order entry '%1' matches no migration").arg(entry)
                           : Tr::tr("order entry '%1' names %2, which is not applied (%3)")
                                 .arg(entry, relative(skip->path), skip->reason)));
    }
    for (qsizetype k = 0; k < files.size(); ++k) {
        if (!taken.contains(k))
            result.append(files[k]);
    }
    return result;
}

DialectGuess singleFileDialect(const Candidate &candidate)
{
    const QFileInfo info(candidate.files.first().path);
    QList<DialectSignal> evidence;
    for (const DialectGuess &byName :
         {dialectFromName(info.fileName(), false), dialectFromName(info.dir().dirName(), true)}) {
        if (!byName.otherEngine.isEmpty())
            return byName;
        if (byName.decided()) {
            evidence.append(nameSignal(byName, QStringLiteral("name")));
            break;
        }
    }
    evidence += configSignals(info.absolutePath(), info.absolutePath());
    evidence += contentSignals({{info.fileName(), peekFile(info.absoluteFilePath(), 32 * 1024)}});
    return weighDialect(evidence);
}

} // namespace

Result<MigrationPlan> discover(const QString &path, const DiscoveryOptions &options)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        if (!path.isEmpty() && info.isSymLink())
            return Error{Tr::tr("%1: symbolic link loop or dangling link").arg(path), {}};
        return Error{Tr::tr("%1: no such file or folder").arg(path), {}};
    }
    MigrationPlan plan;
    plan.rootPath = QDir::cleanPath(info.absoluteFilePath());
    plan.isFolder = info.isDir();

    Candidate chosen;
    DialectGuess dialect;
    QList<SkippedPath> skipped;
    Tree tree;
    std::function<QString(const QString &)> relative;
    if (plan.isFolder) {
        tree = walkTree(plan.rootPath);
        std::optional<Selection> selection = selectCandidate(tree, options);
        if (!selection)
            return Error{Tr::tr("no migration files found in %1").arg(path), {}};
        chosen = std::move(selection->chosen);
        dialect = selection->dialect;
        skipped = std::move(selection->skipped);
        plan.diagnostics = tree.diagnostics;
        relative = [&tree](const QString &p) { return tree.relative(p); };
    } else {
        chosen = singleFileCandidate(plan.rootPath);
        dialect = singleFileDialect(chosen);
        relative = [](const QString &p) { return QFileInfo(p).fileName(); };
    }

    plan.layout = chosen.layout;
    plan.bookkeeping = bookkeepingTables(plan.layout);
    reviewSkipped(chosen, plan.isFolder ? &tree : nullptr, &plan.diagnostics);
    plan.dialectSignals = dialect.evidenceList;
    if (options.dialect != Dialect::Unknown) {
        plan.dialect = options.dialect;
        plan.dialectEvidence =
            Tr::tr("requested explicitly (--dialect %1)").arg(dialectName(options.dialect));
        plan.dialectConfidence = DialectConfidence::High;
        DialectSignal requested;
        requested.dialect = options.dialect;
        requested.source = QStringLiteral("option");
        requested.marker = plan.dialectEvidence;
        requested.decisive = true;
        plan.dialectSignals.prepend(requested);
    } else if (dialect.dialect != Dialect::Unknown) {
        plan.dialect = dialect.dialect;
        plan.dialectEvidence = dialect.evidence;
        plan.dialectConfidence = dialect.confidence;
    } else {
        plan.dialectEvidence =
            !dialect.otherEngine.isEmpty()
                ? Tr::tr("%1 (%2 is not supported)").arg(dialect.evidence, dialect.otherEngine)
            : dialect.evidence.isEmpty() ? Tr::tr("no dialect markers found")
                                         : dialect.evidence;
    }
    plan.diagnostics += chosen.diagnostics;

    const QList<PlannedFile> ordered =
        applyOrder(chosen.files, chosen.skipped, options.order, relative, &plan.diagnostics);
    for (const PlannedFile &file : ordered) {
        const QString rel = relative(file.path);
        SourceText text = readSourceFile(file.path, rel, options.maxFileSize);
        if (!text.ok) {
            plan.diagnostics.append(text.problem);
            plan.skipped.append({rel, text.reason});
            continue;
        }
        const PreparedSql prepared = keepUpSection(text.bytes, file.sections);
        MigrationUnit unit;
        unit.path = rel;
        unit.absolutePath = file.path;
        unit.version = file.version;
        unit.description = file.description;
        unit.ordinal = int(plan.units.size());
        unit.repeatable = file.repeatable;
        unit.noTransaction = file.noTransaction || prepared.noTransaction;
        unit.sql = replacePlaceholders(prepared.sql, plan.dialect);
        plan.units.append(std::move(unit));
    }
    for (const SkippedPath &s : chosen.skipped)
        plan.skipped.append({relative(s.path), s.reason, s.looksLikeMigration});
    for (const SkippedPath &s : skipped)
        plan.skipped.append({relative(s.path), s.reason, s.looksLikeMigration});
    return plan;
}

} // namespace schemalens::load
