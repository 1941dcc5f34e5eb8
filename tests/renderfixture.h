#pragma once

// A small hand-made ER graph and a straight-line layout for the render and export suites:
// painting and exporting are tested without depending on Graphviz's placement.

#include "core/graph/ergraph.h"
#include "core/graph/layout.h"

namespace rendertest {

using namespace schemalens;

inline graph::ColumnRow row(const QString &name, const QString &type, bool pk = false,
                            bool fk = false, bool notNull = false)
{
    graph::ColumnRow r;
    r.name = name;
    r.type = type;
    r.primaryKey = pk;
    r.foreignKey = fk;
    r.notNull = notNull || pk;
    return r;
}

inline review::Finding finding(review::Severity severity, const QString &message)
{
    review::Finding f;
    f.rule = QStringLiteral("test-rule");
    f.severity = severity;
    f.message = message;
    return f;
}

// organisations <- users <- posts, posts.editor_id a soft reference to users, profiles 1:1
// with users; findings on users.email (warning) and the posts->users edge (error).
inline graph::ErGraph sampleGraph()
{
    graph::ErGraph g;
    graph::TableNode orgs;
    orgs.id = QStringLiteral("public.organisations");
    orgs.schema = QStringLiteral("public");
    orgs.name = QStringLiteral("organisations");
    orgs.rows = {row(QStringLiteral("id"), QStringLiteral("bigint"), true),
                 row(QStringLiteral("name"), QStringLiteral("text"), false, false, true)};

    graph::TableNode users;
    users.id = QStringLiteral("public.users");
    users.schema = QStringLiteral("public");
    users.name = QStringLiteral("users");
    users.rows = {
        row(QStringLiteral("id"), QStringLiteral("uuid"), true),
        row(QStringLiteral("organisation_id"), QStringLiteral("bigint"), false, true),
        row(QStringLiteral("email"), QStringLiteral("character varying(320)"), false, false, true)};
    users.rows[2].unique = true;
    users.rows[2].marks.add(finding(review::Severity::Warning, QStringLiteral("email is text")));
    users.marks = users.rows[2].marks;

    graph::TableNode posts;
    posts.id = QStringLiteral("public.posts");
    posts.schema = QStringLiteral("public");
    posts.name = QStringLiteral("posts");
    posts.rows = {row(QStringLiteral("id"), QStringLiteral("bigint"), true),
                  row(QStringLiteral("author_id"), QStringLiteral("uuid"), false, true, true),
                  row(QStringLiteral("editor_id"), QStringLiteral("uuid")),
                  row(QStringLiteral("price"), QStringLiteral("numeric(10,2)"))};
    posts.rows[2].softKey = true;

    graph::TableNode profiles;
    profiles.id = QStringLiteral("public.profiles");
    profiles.schema = QStringLiteral("public");
    profiles.name = QStringLiteral("profiles");
    profiles.rows = {row(QStringLiteral("user_id"), QStringLiteral("uuid"), true, true)};

    g.nodes = {orgs, users, posts, profiles};

    graph::Edge usersOrg;
    usersOrg.id = QStringLiteral("public.users->public.organisations:users_org_fkey");
    usersOrg.from = 1;
    usersOrg.to = 0;
    usersOrg.fromColumns = {QStringLiteral("organisation_id")};
    usersOrg.toColumns = {QStringLiteral("id")};
    usersOrg.name = QStringLiteral("users_org_fkey");
    usersOrg.onDelete = QStringLiteral("set null");
    usersOrg.optional = true;

    graph::Edge postsAuthor;
    postsAuthor.id = QStringLiteral("public.posts->public.users:posts_author_fkey");
    postsAuthor.from = 2;
    postsAuthor.to = 1;
    postsAuthor.fromColumns = {QStringLiteral("author_id")};
    postsAuthor.toColumns = {QStringLiteral("id")};
    postsAuthor.name = QStringLiteral("posts_author_fkey");
    postsAuthor.onDelete = QStringLiteral("cascade");
    postsAuthor.optional = false;
    postsAuthor.marks.add(finding(review::Severity::Error, QStringLiteral("blocked cascade")));

    graph::Edge postsEditor;
    postsEditor.id = QStringLiteral("public.posts->public.users:~editor_id");
    postsEditor.from = 2;
    postsEditor.to = 1;
    postsEditor.fromColumns = {QStringLiteral("editor_id")};
    postsEditor.toColumns = {QStringLiteral("id")};
    postsEditor.soft = true;

    graph::Edge profileUser;
    profileUser.id = QStringLiteral("public.profiles->public.users:profiles_user_fkey");
    profileUser.from = 3;
    profileUser.to = 1;
    profileUser.fromColumns = {QStringLiteral("user_id")};
    profileUser.toColumns = {QStringLiteral("id")};
    profileUser.name = QStringLiteral("profiles_user_fkey");
    profileUser.onDelete = QStringLiteral("no action");
    profileUser.optional = false;
    profileUser.oneToOne = true;

    g.edges = {usersOrg, postsAuthor, postsEditor, profileUser};
    return g;
}

// Tables side by side (referenced tables right of their children is not needed here), edges
// as straight cubics from the child's right edge to the parent's left edge.
inline graph::Layout straightLayout(const graph::ErGraph &g, const QList<graph::NodeGeometry> &geo)
{
    graph::Layout layout;
    double x = 0;
    for (int i = 0; i < g.nodes.size(); ++i) {
        const double y = (i % 2) * 60.0;
        layout.nodes << QRectF(QPointF(x, y), geo.at(i).size);
        x += geo.at(i).size.width() + 80;
    }
    for (const graph::Edge &e : g.edges) {
        const QRectF from = layout.nodes.at(e.from);
        const QRectF to = layout.nodes.at(e.to);
        graph::EdgeGeometry eg;
        eg.tail = QPointF(from.left(), from.center().y());
        eg.head = QPointF(to.right(), to.center().y());
        const QPointF mid = (eg.tail + eg.head) / 2;
        eg.points = {eg.tail, QPointF(mid.x(), eg.tail.y()), QPointF(mid.x(), eg.head.y()),
                     eg.head};
        layout.edges << eg;
    }
    QRectF bounds;
    for (const QRectF &r : layout.nodes)
        bounds = bounds.united(r);
    layout.bounds = bounds;
    layout.engine = QStringLiteral("test");
    return layout;
}

} // namespace rendertest
