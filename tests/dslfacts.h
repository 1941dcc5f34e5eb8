#pragma once

// Model comparison for the Ecto and Alembic suites: a model loaded from application-code
// migrations against the model of the SQL the tool itself would run (Alembic's offline SQL,
// a hand-checked Ecto structure.sql), loaded by the PostgreSQL loader. Both are reduced to
// one fact per object (expressions canonical, see core/diff/exprcanon.h); the tools'
// bookkeeping tables are left out.

#include "core/diff/exprcanon.h"
#include "core/load/loader.h"
#include "core/load/treesitter/syntaxtree.h"
#include "core/model/schema.h"

#include <QMap>
#include <QStringList>
#include <QTest>

namespace dslfacts {

// A build configured without a tree-sitter grammar (packaging/fetch-grammars.sh could not
// fetch it) cannot read these migrations: every test of the suite but missingGrammar skips,
// saying why.
inline bool skipWithoutGrammar(schemalens::load::treesitter::Grammar grammar)
{
    using namespace schemalens::load::treesitter;
    return !grammarAvailable(grammar) &&
           qstrcmp(QTest::currentTestFunction(), "missingGrammar") != 0;
}
#define SCHEMALENS_REQUIRE_GRAMMAR(grammar)                                                        \
    do {                                                                                           \
        if (dslfacts::skipWithoutGrammar(grammar))                                                 \
            QSKIP(qPrintable(                                                                      \
                QStringLiteral("built without the tree-sitter grammar %1: run "                    \
                               "packaging/fetch-grammars.sh, then build again")                    \
                    .arg(QLatin1String(schemalens::load::treesitter::grammarPackage(grammar)))));  \
    } while (false)

// Without the grammar, loading a source of its kind is a clear error naming the grammar and
// how to get it, not an empty schema. With it, the suite's other tests cover loading.
inline void checkMissingGrammar(schemalens::load::treesitter::Grammar grammar,
                                const QString &source)
{
    using namespace schemalens;
    if (load::treesitter::grammarAvailable(grammar))
        QSKIP("the grammar is built in: this runs in builds configured without it");
    const Result<load::LoadResult> result = load::loadSource(source);
    QVERIFY(!result.ok());
    const QString message = result.error().toString();
    QVERIFY2(message.contains(QLatin1String(load::treesitter::grammarPackage(grammar))) &&
                 message.contains(QLatin1String("fetch-grammars.sh")),
             qPrintable(message));
}

inline QString expr(const QString &text)
{
    return text.isEmpty() ? QString() : schemalens::diff::canonicalExpression(text);
}

inline QString opt(const std::optional<QString> &text)
{
    return text ? expr(*text) : QStringLiteral("<none>");
}

inline bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("schema_migrations") || table == QLatin1String("alembic_version");
}

inline QMap<QString, QString> factsOf(const schemalens::model::Schema &schema)
{
    using namespace schemalens;
    QMap<QString, QString> facts;
    for (const model::Table &t : schema.tables) {
        if (t.external || isBookkeeping(t.name))
            continue;
        const QString tn = t.schema + QLatin1Char('.') + t.name;
        facts.insert(QStringLiteral("table %1").arg(tn), QStringLiteral("exists"));
        QStringList order;
        for (const model::Column &c : t.columns) {
            order.append(c.name);
            facts.insert(QStringLiteral("column %1.%2").arg(tn, c.name),
                         QStringLiteral("%1 %2 default=%3 identity=%4 generated=%5")
                             .arg(c.type,
                                  c.nullable ? QStringLiteral("null") : QStringLiteral("not null"),
                                  opt(c.defaultExpr), c.identity, expr(c.generated)));
            if (!c.comment.isEmpty())
                facts.insert(QStringLiteral("comment %1.%2").arg(tn, c.name), c.comment);
        }
        facts.insert(QStringLiteral("columns %1").arg(tn), order.join(u','));
        if (t.primaryKey)
            facts.insert(QStringLiteral("primary key %1").arg(tn),
                         QStringLiteral("%1 (%2)").arg(t.primaryKey->name,
                                                       t.primaryKey->columns.join(u',')));
        for (const model::ForeignKey &fk : t.foreignKeys)
            facts.insert(QStringLiteral("foreign key %1.%2").arg(tn, fk.name),
                         QStringLiteral("(%1) -> %2.%3 (%4) delete=%5 update=%6 deferrable=%7/%8")
                             .arg(fk.columns.join(u','), fk.refSchema, fk.refTable,
                                  fk.refColumns.join(u','), fk.onDelete, fk.onUpdate)
                             .arg(fk.deferrable)
                             .arg(fk.initiallyDeferred));
        for (const model::KeyConstraint &u : t.uniques)
            facts.insert(QStringLiteral("unique %1.%2").arg(tn, u.name),
                         QStringLiteral("(%1)").arg(u.columns.join(u',')));
        for (const model::CheckConstraint &c : t.checks)
            facts.insert(QStringLiteral("check %1.%2").arg(tn, c.name), expr(c.expression));
        for (const model::Index &i : t.indexes) {
            QStringList elements;
            for (const model::IndexElement &e : i.elements)
                elements.append(e.column.isEmpty() ? expr(e.expression) : e.column);
            facts.insert(QStringLiteral("index %1.%2").arg(tn, i.name),
                         QStringLiteral("%1 (%2) unique=%3 where=%4")
                             .arg(i.method, elements.join(u','))
                             .arg(i.unique)
                             .arg(expr(i.predicate)));
        }
        if (!t.comment.isEmpty())
            facts.insert(QStringLiteral("comment %1").arg(tn), t.comment);
    }
    for (const model::EnumType &e : schema.enums)
        facts.insert(QStringLiteral("enum %1.%2").arg(e.schema, e.name), e.values.join(u','));
    return facts;
}

// "only dsl: ...", "only sql: ...", "differs: key: dsl | sql"; empty when equal.
inline QStringList differences(const schemalens::model::Schema &dsl,
                               const schemalens::model::Schema &sql)
{
    const QMap<QString, QString> a = factsOf(dsl);
    const QMap<QString, QString> b = factsOf(sql);
    QStringList out;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend())
            out.append(QStringLiteral("only dsl: %1 = %2").arg(it.key(), it.value()));
        else if (*other != it.value())
            out.append(
                QStringLiteral("differs: %1: dsl %2 | sql %3").arg(it.key(), it.value(), *other));
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            out.append(QStringLiteral("only sql: %1 = %2").arg(it.key(), it.value()));
    }
    return out;
}

} // namespace dslfacts
