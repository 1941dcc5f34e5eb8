// Discovery of Alembic versions folders: versions/*.py (with sub-folders when Alembic's
// recursive_version_locations is used) or versions/<dialect>/*.py, ordered by the revision
// graph; the dialect from the folder name, alembic.ini's sqlalchemy.url or env.py.
#include "core/load/alembic/pyevaluator.h"
#include "core/load/alembic/revisiongraph.h"
#include "core/load/discovery/dialect.h"
#include "core/load/discovery/layouts.h"
#include "core/load/discovery/sourcefile.h"
#include "core/load/treesitter/syntaxtree.h"

#include <QDir>
#include <QFileInfo>

namespace schemalens::load::discovery {

namespace {

constexpr qint64 kRevisionLimit = 64 * 1024 * 1024;

bool isPythonModule(const QString &name)
{
    return name.endsWith(QLatin1String(".py")) && name != QLatin1String("__init__.py");
}

bool isDialectFolder(const QString &name)
{
    return dialectFromName(name, true).decided();
}

// Collects the .py files of `folder` and, for a versions folder, of sub-folders that are not
// named after a dialect (those are separate histories, found as their own candidates).
void collectPython(const Folder &folder, const Tree &tree, bool recurse, QStringList *paths)
{
    for (const QString &name : folder.files) {
        if (isPythonModule(name))
            paths->append(folder.filePath(name));
    }
    if (!recurse)
        return;
    for (const QString &sub : folder.folders) {
        if (sub == QLatin1String("__pycache__") || isDialectFolder(sub))
            continue;
        if (const Folder *child = tree.child(folder, sub))
            collectPython(*child, tree, true, paths);
    }
}

// "postgresql+psycopg2://..." -> the engine part.
DialectGuess dialectFromUrl(const QString &url, const QString &evidence)
{
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString scheme = url.left(colon).section(QLatin1Char('+'), 0, 0).trimmed().toLower();
    if (scheme == QLatin1String("driver")) // the alembic.ini template's placeholder
        return {};
    return dialectFromEngineName(scheme, evidence);
}

// alembic.ini next to the script folder or above it (the usual layout puts it at the
// project root and the script folder, holding env.py, below).
DialectGuess dialectFromIni(const QString &scriptFolder)
{
    QDir dir(scriptFolder);
    for (int level = 0; level < 3; ++level) {
        const QString ini = dir.filePath(QStringLiteral("alembic.ini"));
        const QByteArray text = peekFile(ini, 1 << 20);
        for (const QByteArray &raw : text.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (!line.startsWith("sqlalchemy.url"))
                continue;
            const qsizetype eq = line.indexOf('=');
            if (eq < 0)
                continue;
            const QString url = QString::fromUtf8(line.mid(eq + 1)).trimmed();
            const DialectGuess guess =
                dialectFromUrl(url, Tr::tr("alembic.ini sqlalchemy.url \"%1\"")
                                        .arg(url.section(QLatin1Char(':'), 0, 0)));
            if (guess.decided())
                return guess;
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

// Database URLs written as string literals in env.py (a default for DATABASE_URL, ...).
DialectGuess dialectFromEnv(const QString &scriptFolder)
{
    const QByteArray text = peekFile(scriptFolder + QStringLiteral("/env.py"), 4 << 20);
    if (text.isEmpty())
        return {};
    const treesitter::SyntaxTree tree(treesitter::Grammar::Python, text);
    if (!tree.ok())
        return {};
    QList<treesitter::Node> stack{tree.root()};
    while (!stack.isEmpty()) {
        const treesitter::Node node = stack.takeLast();
        if (node.is("string_content")) {
            const QString literal = QString::fromUtf8(tree.text(node)).trimmed();
            if (literal.contains(QLatin1String("://")) ||
                literal.startsWith(QLatin1String("sqlite:"))) {
                const DialectGuess guess =
                    dialectFromUrl(literal, Tr::tr("env.py names a \"%1\" database URL")
                                                .arg(literal.section(QLatin1Char(':'), 0, 0)));
                if (guess.decided())
                    return guess;
            }
            continue;
        }
        for (uint32_t i = node.namedChildCount(); i > 0; --i)
            stack.append(node.namedChild(i - 1));
    }
    return {};
}

} // namespace

std::optional<Candidate> detectAlembic(const Folder &folder, const DetectContext &context)
{
    const bool versions = folder.name() == QLatin1String("versions");
    const QFileInfo parentInfo(folder.path);
    const bool dialectSub =
        parentInfo.dir().dirName() == QLatin1String("versions") && isDialectFolder(folder.name());
    if (!versions && !dialectSub)
        return std::nullopt;
    QStringList paths;
    collectPython(folder, *context.tree, versions, &paths);
    if (paths.isEmpty())
        return std::nullopt;

    Candidate c;
    c.layout = QStringLiteral("alembic");
    if (!treesitter::grammarAvailable(treesitter::Grammar::Python)) {
        // A build without the Python grammar cannot read the revision graph. The folder is
        // still claimed when its files name a down_revision, so that loading says what is
        // missing (core/load/loader.cpp) instead of "no migration files found".
        for (const QString &path : paths) {
            if (!peekFile(path, kRevisionLimit).contains("down_revision"))
                continue;
            PlannedFile f;
            f.path = path;
            c.files.append(f);
        }
        if (c.files.isEmpty())
            return std::nullopt;
        return c;
    }

    QList<alembic::RevisionInfo> infos;
    for (const QString &path : paths) {
        alembic::RevisionInfo info =
            alembic::readRevisionInfo(path, peekFile(path, kRevisionLimit));
        if (!info.isRevision) {
            c.skipped.append({path, info.problem.isEmpty()
                                        ? Tr::tr("not an Alembic revision (no revision = \"...\")")
                                        : info.problem});
            continue;
        }
        infos.append(info);
    }
    if (infos.isEmpty())
        return std::nullopt;
    const alembic::GraphOrder graph = alembic::orderRevisions(infos);
    QList<bool> used(infos.size(), false);
    for (const int i : graph.order) {
        used[i] = true;
        PlannedFile f;
        f.path = infos[i].path;
        f.version = infos[i].revision;
        f.description =
            infos[i].message.isEmpty() ? QFileInfo(f.path).completeBaseName() : infos[i].message;
        c.files.append(f);
    }
    for (qsizetype i = 0; i < infos.size(); ++i) {
        if (!used[i])
            c.skipped.append(
                {infos[i].path, Tr::tr("duplicate revision id %1").arg(infos[i].revision)});
    }
    for (const alembic::GraphProblem &problem : graph.problems) {
        Diagnostic d;
        d.rule = QStringLiteral("revision-graph");
        d.severity = Diagnostic::Severity::Warning;
        d.message = problem.message;
        if (problem.file >= 0)
            d.location.file = context.tree->relative(infos[problem.file].path);
        d.location.line = problem.line;
        c.diagnostics.append(d);
    }

    // The script folder (env.py) is the versions folder's parent.
    const QString versionsFolder = versions ? folder.path : parentInfo.absolutePath();
    const QString scriptFolder = QFileInfo(versionsFolder).absolutePath();
    DialectGuess guess;
    if (dialectSub)
        guess = dialectFromName(folder.name(), true);
    if (!guess.decided())
        guess = dialectFromIni(scriptFolder);
    if (!guess.decided())
        guess = dialectFromEnv(scriptFolder);
    if (guess.decided()) {
        c.dialect = guess.dialect;
        c.dialectEvidence = guess.evidence;
        c.otherEngine = guess.otherEngine;
    } else {
        // Revision file names ("..._postgres_fuzzy_search.py") and their SQL snippets say
        // little about the engine a project runs on: PostgreSQL unless told otherwise.
        c.dialect = Dialect::PostgreSQL;
        c.dialectEvidence = Tr::tr("Alembic: no database URL in alembic.ini or env.py; "
                                   "PostgreSQL assumed (--dialect sqlite loads it as SQLite)");
    }
    return c;
}

} // namespace schemalens::load::discovery
