// Layouts ordered by a manifest file rather than by file names: Drizzle's journal and
// Sqitch's plan.
#include "core/load/discovery/layouts.h"

#include "core/load/discovery/dialect.h"
#include "core/load/discovery/naturalsort.h"
#include "core/load/discovery/sourcefile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace schemalens::load::discovery {

namespace {

constexpr qint64 manifestLimit = 16 * 1024 * 1024;

QString splitVersion(const QString &tag, QString *description)
{
    qsizetype k = 0;
    while (k < tag.size() && tag.at(k).isDigit())
        ++k;
    *description = tag.mid(k < tag.size() && tag.at(k) == QLatin1Char('_') ? k + 1 : k);
    return tag.left(k);
}

} // namespace

std::optional<Candidate> detectDrizzle(const Folder &folder, const DetectContext &context)
{
    const Folder *meta = context.tree->child(folder, QStringLiteral("meta"));
    if (!meta || !meta->hasFile(QStringLiteral("_journal.json")))
        return std::nullopt;
    const QString journalPath = meta->filePath(QStringLiteral("_journal.json"));
    const QString journalName = context.tree->relative(journalPath);
    Candidate c;
    c.layout = QStringLiteral("drizzle");

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(peekFile(journalPath, manifestLimit), &error);
    QStringList names = sqlFiles(folder);
    if (doc.isNull() || !doc.isObject()) {
        // Without a journal drizzle would refuse to run; name order is the best guess left.
        c.diagnostics.append(sourceWarning(
            journalName,
            Tr::tr("cannot read the drizzle journal %1 (%2); files are applied in name order")
                .arg(journalName, error.errorString())));
        std::sort(names.begin(), names.end(), naturalLess);
        for (const QString &name : names) {
            PlannedFile f;
            f.path = folder.filePath(name);
            f.version = splitVersion(name.chopped(4), &f.description);
            c.files.append(f);
        }
        return c;
    }

    const QJsonObject journal = doc.object();
    const QString dialect = journal.value(QLatin1String("dialect")).toString();
    if (!dialect.isEmpty()) {
        const DialectGuess guess =
            dialectFromEngineName(dialect, Tr::tr("drizzle journal dialect \"%1\"").arg(dialect));
        c.dialect = guess.dialect;
        c.dialectEvidence = guess.evidence;
        c.otherEngine = guess.otherEngine;
    }
    // drizzle-kit's migrator runs exactly the journal entries, in journal order.
    QSet<QString> used;
    const QJsonArray entries = journal.value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QString tag = value.toObject().value(QLatin1String("tag")).toString();
        if (tag.isEmpty())
            continue;
        const QString name = tag + QStringLiteral(".sql");
        if (!folder.hasFile(name)) {
            c.diagnostics.append(sourceWarning(
                journalName, Tr::tr("drizzle journal entry '%1' has no file %2")
                                 .arg(tag, context.tree->relative(folder.filePath(name)))));
            continue;
        }
        used.insert(name);
        PlannedFile f;
        f.path = folder.filePath(name);
        f.version = splitVersion(tag, &f.description);
        c.files.append(f);
    }
    for (const QString &name : names) {
        if (used.contains(name))
            continue;
        const QString rel = context.tree->relative(folder.filePath(name));
        c.diagnostics.append(sourceWarning(
            rel, Tr::tr("%1 is not in the drizzle journal %2; drizzle does not apply it")
                     .arg(rel, journalName)));
        c.skipped.append({folder.filePath(name), Tr::tr("not in drizzle journal")});
    }
    return c;
}

namespace {

struct PlanEntry {
    bool isTag = false;
    QString name;
    QString note;
    int line = 0;
};

// Parses sqitch.plan: pragmas (%syntax-version=...), blank and comment lines are skipped;
// "@tag ..." lines are tags; other lines are changes "name [deps] timestamp planner # note".
QList<PlanEntry> parsePlan(const QByteArray &text)
{
    QList<PlanEntry> entries;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const QString line = QString::fromUtf8(lines.at(k)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char('%')))
            continue;
        PlanEntry e;
        e.line = int(k) + 1;
        const qsizetype hash = line.indexOf(QLatin1String(" #"));
        if (hash >= 0)
            e.note = line.mid(hash + 2).trimmed();
        QString head = line.left(hash >= 0 ? hash : line.size()).section(QLatin1Char(' '), 0, 0);
        if (head.startsWith(QLatin1Char('@'))) {
            e.isTag = true;
            e.name = head.mid(1);
        } else {
            if (head.startsWith(QLatin1Char('-')))
                continue; // "-change": the change is reverted at this point of the plan
            if (head.startsWith(QLatin1Char('+')))
                head.remove(0, 1);
            e.name = head;
        }
        entries.append(e);
    }
    return entries;
}

// The engine named in sqitch.conf ([core] engine = pg), searched from the plan's folder up
// to the folder the user gave.
QString sqitchEngine(const Folder &folder, const Tree &tree, QString *confPath)
{
    QDir dir(folder.path);
    while (true) {
        const QString conf = dir.filePath(QStringLiteral("sqitch.conf"));
        if (QFileInfo::exists(conf)) {
            bool inCore = false;
            for (const QByteArray &raw : peekFile(conf, 1 << 20).split('\n')) {
                const QString line = QString::fromUtf8(raw).trimmed();
                if (line.startsWith(QLatin1Char('[')))
                    inCore = line == QLatin1String("[core]");
                else if (inCore && line.startsWith(QLatin1String("engine"))) {
                    *confPath = conf;
                    return line.section(QLatin1Char('='), 1).trimmed();
                }
            }
        }
        if (QDir::cleanPath(dir.absolutePath()) == tree.root || !dir.cdUp())
            break;
    }
    return {};
}

void collectSql(const Folder &folder, const Tree &tree, QStringList *paths)
{
    for (const QString &name : sqlFiles(folder))
        paths->append(folder.filePath(name));
    for (const QString &sub : folder.folders) {
        if (const Folder *dir = tree.child(folder, sub))
            collectSql(*dir, tree, paths);
    }
}

} // namespace

std::optional<Candidate> detectSqitch(const Folder &folder, const DetectContext &context)
{
    const Tree &tree = *context.tree;
    const Folder *deploy = tree.child(folder, QStringLiteral("deploy"));
    if (!deploy || !folder.hasFile(QStringLiteral("sqitch.plan")))
        return std::nullopt;
    Candidate c;
    c.layout = QStringLiteral("sqitch");
    const QString planPath = folder.filePath(QStringLiteral("sqitch.plan"));
    const QList<PlanEntry> plan = parsePlan(peekFile(planPath, manifestLimit));

    QSet<QString> used;
    for (qsizetype k = 0; k < plan.size(); ++k) {
        const PlanEntry &e = plan.at(k);
        if (e.isTag)
            continue;
        // A change reworked later in the plan keeps its older script as name@tag.sql,
        // where tag is the first tag that follows this occurrence.
        QString script = e.name;
        const bool reworked =
            std::any_of(plan.cbegin() + k + 1, plan.cend(), [&](const PlanEntry &later) {
                return !later.isTag && later.name == e.name;
            });
        if (reworked) {
            const auto tag = std::find_if(plan.cbegin() + k + 1, plan.cend(),
                                          [](const PlanEntry &t) { return t.isTag; });
            if (tag != plan.cend())
                script += QLatin1Char('@') + tag->name;
        }
        const QString path = deploy->filePath(script + QStringLiteral(".sql"));
        if (!QFileInfo::exists(path)) {
            Diagnostic d = sourceWarning(tree.relative(planPath),
                                         Tr::tr("sqitch plan change '%1' has no deploy script %2")
                                             .arg(e.name, tree.relative(path)));
            d.location.line = e.line;
            c.diagnostics.append(d);
            continue;
        }
        used.insert(path);
        PlannedFile f;
        f.path = path;
        f.version = script;
        f.description = e.note;
        c.files.append(f);
    }

    QStringList deployScripts;
    collectSql(*deploy, tree, &deployScripts);
    for (const QString &path : deployScripts) {
        if (!used.contains(path))
            c.skipped.append({path, Tr::tr("not in sqitch plan"), SkipKind::Unrecognized});
    }
    for (const auto &[sub, reason] :
         {std::pair{QStringLiteral("revert"), Tr::tr("revert script")},
          std::pair{QStringLiteral("verify"), Tr::tr("verify script")}}) {
        QStringList scripts;
        if (const Folder *dir = tree.child(folder, sub))
            collectSql(*dir, tree, &scripts);
        for (const QString &path : scripts)
            c.skipped.append({path, reason});
    }
    for (const QString &name : sqlFiles(folder))
        c.skipped.append(
            {folder.filePath(name), Tr::tr("not in sqitch plan"), SkipKind::Unrecognized});

    QString conf;
    const QString engine = sqitchEngine(folder, tree, &conf);
    if (!engine.isEmpty()) {
        const DialectGuess guess =
            dialectFromEngineName(engine, Tr::tr("sqitch.conf engine \"%1\"").arg(engine));
        c.dialect = guess.dialect;
        c.dialectEvidence = guess.evidence;
        c.otherEngine = guess.otherEngine;
    }
    return c;
}

} // namespace schemalens::load::discovery
