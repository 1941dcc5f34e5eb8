#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace schemalens::load::alembic {

// What a revision file declares at module level: `revision = "ae1027a6acf"`,
// `down_revision = "1975ea83b712"` (None for a base, a tuple for a merge), `depends_on`.
// Annotated assignments (`revision: str = ...`) count too.
struct RevisionInfo {
    QString path;            // absolute
    bool isRevision = false; // a `revision = "..."` string assignment was found
    QString revision;
    QStringList downRevisions;
    QStringList dependsOn;
    QString message;          // first line of the module docstring
    int revisionLine = 0;     // 1-based line of `revision =`
    int downRevisionLine = 0; // 1-based line of `down_revision =`
    QString problem;          // why the declarations could not be read (non-literal values)
};

RevisionInfo readRevisionInfo(const QString &path, const QByteArray &source);

// A problem with the revision graph, reported with the file and line it concerns.
struct GraphProblem {
    enum class Kind { MultipleHeads, MissingParent, Cycle, DuplicateRevision, NoBase };
    Kind kind;
    int file = -1; // index into the infos given, -1 for the graph as a whole
    int line = 0;
    QString message;
};

struct GraphOrder {
    QList<int> order; // indexes into the infos given, in the order Alembic upgrades them
    QList<GraphProblem> problems;
    QStringList heads;
};

// Orders revisions the way `alembic upgrade heads` applies them: every revision after its
// down_revisions (all parents of a merge) and its depends_on, branches in file-name order.
// A missing parent is reported and the revision treated as a base; revisions on a cycle are
// reported and applied last, in file-name order; of two files with one revision id the
// first is used. Several heads are reported (`alembic upgrade head` refuses them) and all
// are applied.
GraphOrder orderRevisions(const QList<RevisionInfo> &infos);

} // namespace schemalens::load::alembic
