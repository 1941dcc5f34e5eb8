#include "core/load/alembic/revisiongraph.h"

#include "core/load/alembic/pyevaluator.h"
#include "core/load/sourcetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <queue>

namespace schemalens::load::alembic {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// None, "id", ("a", "b") or ["a", "b"]: the ids; false when the value is not a literal.
bool revisionIds(const Value &value, QStringList *ids)
{
    if (value.isNil())
        return true;
    if (value.isString()) {
        if (!value.text.isEmpty())
            ids->append(value.text);
        return true;
    }
    if (value.kind == Value::Kind::Tuple || value.kind == Value::Kind::List) {
        for (const Value &item : value.items) {
            if (!item.isString())
                return false;
            ids->append(item.text);
        }
        return true;
    }
    return false;
}

QString fileName(const RevisionInfo &info)
{
    return QFileInfo(info.path).fileName();
}

} // namespace

RevisionInfo readRevisionInfo(const QString &path, const QByteArray &source)
{
    RevisionInfo info;
    info.path = path;
    const SyntaxTree tree(treesitter::Grammar::Python, source);
    if (!tree.ok())
        return info;
    const PyEvaluator eval(tree);
    const SourceText lines(source);
    const Node root = tree.root();
    for (uint32_t i = 0; i < root.namedChildCount(); ++i) {
        const Node statement = root.namedChild(i);
        if (!statement.is("expression_statement") || statement.namedChildCount() != 1)
            continue;
        const Node expression = statement.namedChild(0);
        if (i == 0 && (expression.is("string") || expression.is("concatenated_string"))) {
            info.message = eval.eval(expression).text.trimmed().section(QLatin1Char('\n'), 0, 0);
            continue;
        }
        if (!expression.is("assignment") || !expression.field("left").is("identifier"))
            continue;
        const QString name = eval.text(expression.field("left"));
        const Node right = expression.field("right");
        if (name == QLatin1String("revision")) {
            const Value value = eval.eval(right);
            info.revisionLine = lines.line(statement.startByte());
            if (value.isString() && !value.text.isEmpty()) {
                info.isRevision = true;
                info.revision = value.text;
            } else {
                info.problem = Tr::tr("revision is not a string literal");
            }
        } else if (name == QLatin1String("down_revision")) {
            info.downRevisionLine = lines.line(statement.startByte());
            if (!revisionIds(eval.eval(right), &info.downRevisions))
                info.problem = Tr::tr("down_revision is not a literal (None, a string or a "
                                      "tuple of strings)");
        } else if (name == QLatin1String("depends_on")) {
            if (!revisionIds(eval.eval(right), &info.dependsOn))
                info.problem = Tr::tr("depends_on is not a literal");
        }
    }
    return info;
}

GraphOrder orderRevisions(const QList<RevisionInfo> &infos)
{
    GraphOrder result;
    const int n = int(infos.size());
    // File-name order decides between independent revisions.
    QList<int> byName(n);
    for (int i = 0; i < n; ++i)
        byName[i] = i;
    std::stable_sort(byName.begin(), byName.end(),
                     [&](int a, int b) { return fileName(infos[a]) < fileName(infos[b]); });
    QList<int> rank(n);
    for (int r = 0; r < n; ++r)
        rank[byName[r]] = r;

    QHash<QString, int> byId;
    QList<bool> active(n, false);
    for (const int i : byName) {
        const RevisionInfo &info = infos[i];
        if (!info.isRevision)
            continue;
        if (const auto it = byId.constFind(info.revision); it != byId.cend()) {
            result.problems.append(
                {GraphProblem::Kind::DuplicateRevision, i, info.revisionLine,
                 Tr::tr("revision %1 is also declared in %2; this file is not applied")
                     .arg(info.revision, fileName(infos[*it]))});
            continue;
        }
        byId.insert(info.revision, i);
        active[i] = true;
    }

    QList<QList<int>> children(n);
    QList<int> pending(n, 0);
    QSet<int> referenced; // revisions that are some revision's down_revision
    for (int i = 0; i < n; ++i) {
        if (!active[i])
            continue;
        const RevisionInfo &info = infos[i];
        QSet<int> parents;
        for (const QString &id : info.downRevisions) {
            const auto it = byId.constFind(id);
            if (it == byId.cend()) {
                result.problems.append(
                    {GraphProblem::Kind::MissingParent, i, info.downRevisionLine,
                     Tr::tr("down_revision %1 of revision %2 is in no file; %2 is applied as if "
                            "it started the history")
                         .arg(id, info.revision)});
                continue;
            }
            parents.insert(*it);
            referenced.insert(*it);
        }
        for (const QString &id : info.dependsOn) {
            const auto it = byId.constFind(id);
            if (it == byId.cend()) {
                result.problems.append(
                    {GraphProblem::Kind::MissingParent, i, info.downRevisionLine,
                     Tr::tr("depends_on %1 of revision %2 is in no file").arg(id, info.revision)});
                continue;
            }
            parents.insert(*it);
        }
        parents.remove(i);
        for (const int p : parents)
            children[p].append(i);
        pending[i] = int(parents.size());
    }

    // Kahn's algorithm, the smallest file name first among the ready revisions.
    auto later = [&](int a, int b) { return rank[a] > rank[b]; };
    std::priority_queue<int, std::vector<int>, decltype(later)> ready(later);
    for (int i = 0; i < n; ++i) {
        if (active[i] && pending[i] == 0)
            ready.push(i);
    }
    QList<bool> placed(n, false);
    while (!ready.empty()) {
        const int i = ready.top();
        ready.pop();
        placed[i] = true;
        result.order.append(i);
        for (const int child : children[i]) {
            if (--pending[child] == 0)
                ready.push(child);
        }
    }
    QStringList cycle;
    QList<int> cycleFiles;
    for (const int i : byName) {
        if (active[i] && !placed[i]) {
            cycle.append(infos[i].revision);
            cycleFiles.append(i);
        }
    }
    if (!cycleFiles.isEmpty()) {
        for (const int i : cycleFiles) {
            result.problems.append(
                {GraphProblem::Kind::Cycle, i, infos[i].downRevisionLine,
                 Tr::tr("revision %1 is on a cycle of down_revisions (%2); Alembic refuses to "
                        "run it, Schemalens applies these revisions last, in file-name order")
                     .arg(infos[i].revision, cycle.join(QStringLiteral(", ")))});
            result.order.append(i);
        }
    }
    // Heads among the revisions that descend from a base: a chain cut off by a missing
    // parent is that one problem, not a second head as well.
    QList<bool> orphaned(n, false);
    for (const int i : result.order) {
        for (const QString &id : infos[i].downRevisions) {
            const auto it = byId.constFind(id);
            if (it == byId.cend() || orphaned[*it])
                orphaned[i] = true;
        }
    }
    for (const int i : byName) {
        if (active[i] && !referenced.contains(i) && !orphaned[i])
            result.heads.append(infos[i].revision);
    }
    if (result.heads.size() > 1) {
        // One problem, one finding: reported at the first head (in file-name order).
        const int first = int(byId.value(result.heads.first()));
        result.problems.append(
            {GraphProblem::Kind::MultipleHeads, first, infos[first].revisionLine,
             Tr::tr("%1 heads (%2): `alembic upgrade head` refuses to run; Schemalens applies "
                    "all of them, like `alembic upgrade heads`; a merge revision would join them")
                 .arg(result.heads.size())
                 .arg(result.heads.join(QStringLiteral(", ")))});
    }
    return result;
}

} // namespace schemalens::load::alembic
