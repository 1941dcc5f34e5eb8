// Every SQLite entry of the shared corpus loads without a crash, and the tables, columns,
// foreign keys and indexes of the model equal what the sqlite3 shell reports after
// replaying the very same migration units (the plan discovery made) in the same order.
#include "core/load/discovery.h"
#include "core/load/sqlite/sqliteloader.h"
#include "tests/corpus.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;
using namespace schemalens::load;

namespace {

QString corpus()
{
    return testcorpus::root();
}

// The shell's view, as one JSON document: tables (with WITHOUT ROWID), columns, foreign
// keys and index columns of the main schema, internal and shadow tables left out.
const char shellQuery[] = R"sql(
WITH t AS (
  SELECT s.name, l.type, l.wr FROM sqlite_schema s JOIN pragma_table_list l ON l.name = s.name
  WHERE s.type = 'table' AND l.schema = 'main' AND l.type IN ('table', 'virtual')
    AND s.name NOT LIKE 'sqlite\_%' ESCAPE '\'
)
SELECT json_object(
  'tables', (SELECT json_group_array(json_array(name, type, wr)) FROM t),
  'columns', (SELECT json_group_array(json_array(t.name, c.cid, c.name, c.type, c."notnull",
                                                 c.dflt_value, c.pk, c.hidden))
              FROM t, pragma_table_xinfo(t.name) c WHERE c.hidden <> 1),
  'fks', (SELECT json_group_array(json_array(t.name, f.id, f.seq, f."table", f."from", f."to",
                                             f.on_update, f.on_delete))
          FROM t, pragma_foreign_key_list(t.name) f WHERE t.type = 'table'),
  'indexes', (SELECT json_group_array(json_array(t.name, il.name, il."unique", il.origin,
                                                 il.partial, ii.seqno, ii.cid, ii.name,
                                                 ii."desc", ii.coll))
              FROM t, pragma_index_list(t.name) il, pragma_index_xinfo(il.name) ii
              WHERE t.type = 'table' AND ii.key = 1));
)sql";

QString lower(const QString &s)
{
    return s.toLower();
}

QString collation(const QString &c)
{
    return c.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) == 0 ? QString() : c;
}

QString columnLine(const QString &table, const QString &name, const QString &type, bool notNull,
                   const QJsonValue &defaultValue, int pk, int hidden)
{
    return QStringLiteral("column %1.%2 type=%3 notnull=%4 default=%5 pk=%6 hidden=%7")
        .arg(table, name, type)
        .arg(notNull)
        .arg(defaultValue.isString() ? defaultValue.toString() : QStringLiteral("<null>"))
        .arg(pk)
        .arg(hidden);
}

// The facts both sides must agree on, one line each.
QStringList fromShell(const QJsonObject &shell)
{
    QStringList lines;
    QHash<QString, bool> withoutRowid;
    for (const QJsonValue &v : shell.value(QLatin1String("tables")).toArray()) {
        const QJsonArray t = v.toArray();
        lines << QStringLiteral("table %1 %2").arg(t[0].toString(), t[1].toString());
        withoutRowid.insert(t[0].toString(), t[2].toInt() != 0);
    }
    // Primary keys per table, in key order; SQLite counts an INTEGER PRIMARY KEY of a rowid
    // table as NOT NULL in practice (it is the rowid), and so does the model.
    QHash<QString, QMap<int, QString>> pks;
    QHash<QString, QString> pkType;
    const QJsonArray columns = shell.value(QLatin1String("columns")).toArray();
    for (const QJsonValue &v : columns) {
        const QJsonArray c = v.toArray();
        if (c[6].toInt() > 0) {
            pks[c[0].toString()].insert(c[6].toInt(), c[2].toString());
            pkType[c[0].toString()] = c[3].toString();
        }
    }
    for (const QJsonValue &v : columns) {
        const QJsonArray c = v.toArray();
        const QString table = c[0].toString();
        bool notNull = c[4].toInt() != 0;
        if (c[6].toInt() == 1 && pks.value(table).size() == 1 && !withoutRowid.value(table) &&
            c[3].toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            notNull = true;
        lines << columnLine(table, c[2].toString(), c[3].toString(), notNull, c[5], c[6].toInt(),
                            c[7].toInt());
    }
    for (auto it = pks.cbegin(); it != pks.cend(); ++it)
        lines << QStringLiteral("pk %1(%2)")
                     .arg(it.key(), it.value().values().join(QLatin1Char(',')));

    // Foreign keys: rows grouped by (table, id); a NULL "to" means the parent's primary key.
    QMap<std::pair<QString, int>, QList<QJsonArray>> fks;
    for (const QJsonValue &v : shell.value(QLatin1String("fks")).toArray()) {
        const QJsonArray f = v.toArray();
        fks[{f[0].toString(), f[1].toInt()}].append(f);
    }
    for (auto it = fks.cbegin(); it != fks.cend(); ++it) {
        QStringList from, to;
        const QJsonArray &first = it.value().first();
        for (const QJsonArray &f : it.value()) {
            from << f[4].toString();
            if (!f[5].isNull())
                to << f[5].toString();
        }
        if (to.isEmpty()) {
            for (auto p = pks.cbegin(); p != pks.cend(); ++p)
                if (p.key().compare(first[3].toString(), Qt::CaseInsensitive) == 0)
                    to = p.value().values();
        }
        lines << QStringLiteral("fk %1(%2) -> %3(%4) delete=%5 update=%6")
                     .arg(it.key().first, from.join(QLatin1Char(',')), lower(first[3].toString()),
                          to.join(QLatin1Char(',')), lower(first[7].toString()),
                          lower(first[6].toString()));
    }

    // Indexes: columns in seqno order; expressions (cid -2) shown as <expr>.
    QMap<std::pair<QString, QString>, QList<QJsonArray>> indexes;
    for (const QJsonValue &v : shell.value(QLatin1String("indexes")).toArray()) {
        const QJsonArray i = v.toArray();
        indexes[{i[0].toString(), i[1].toString()}].append(i);
    }
    for (auto it = indexes.cbegin(); it != indexes.cend(); ++it) {
        QList<QJsonArray> rows = it.value();
        std::sort(rows.begin(), rows.end(), [](const QJsonArray &a, const QJsonArray &b) {
            return a[5].toInt() < b[5].toInt();
        });
        QStringList cols;
        for (const QJsonArray &r : rows)
            cols << (r[6].toInt() == -2   ? QStringLiteral("<expr>")
                     : r[6].toInt() == -1 ? QStringLiteral("rowid")
                                          : r[7].toString()) +
                        (r[8].toInt() ? QStringLiteral(" desc") : QString()) +
                        (collation(r[9].toString()).isEmpty()
                             ? QString()
                             : QStringLiteral(" collate ") + collation(r[9].toString()));
        const QString origin = rows.first()[3].toString();
        if (origin == QLatin1String("pk"))
            continue;
        if (origin == QLatin1String("u"))
            lines
                << QStringLiteral("unique %1(%2)").arg(it.key().first, cols.join(QLatin1Char(',')));
        else
            lines << QStringLiteral("index %1.%2 unique=%3 partial=%4 (%5)")
                         .arg(it.key().first, it.key().second)
                         .arg(rows.first()[2].toInt())
                         .arg(rows.first()[4].toInt())
                         .arg(cols.join(QLatin1Char(',')));
    }
    lines.sort();
    return lines;
}

QStringList fromModel(const model::Schema &schema)
{
    QStringList lines;
    for (const model::Table &t : schema.tables) {
        const bool isVirtual = t.kind == model::Table::Kind::VirtualTable;
        lines << QStringLiteral("table %1 %2")
                     .arg(t.name, isVirtual ? QStringLiteral("virtual") : QStringLiteral("table"));
        for (const model::Column &c : t.columns) {
            const int pk = t.primaryKey ? int(t.primaryKey->columns.indexOf(c.name)) + 1 : 0;
            const int hidden = c.generated.isEmpty() ? 0 : (c.generatedStored ? 3 : 2);
            lines << columnLine(t.name, c.name, c.type, !c.nullable,
                                c.defaultExpr ? QJsonValue(*c.defaultExpr) : QJsonValue(), pk,
                                hidden);
        }
        if (t.primaryKey)
            lines << QStringLiteral("pk %1(%2)")
                         .arg(t.name, t.primaryKey->columns.join(QLatin1Char(',')));
        for (const model::ForeignKey &fk : t.foreignKeys)
            lines << QStringLiteral("fk %1(%2) -> %3(%4) delete=%5 update=%6")
                         .arg(t.name, fk.columns.join(QLatin1Char(',')), lower(fk.refTable),
                              fk.refColumns.join(QLatin1Char(',')), fk.onDelete, fk.onUpdate);
        for (const model::KeyConstraint &u : t.uniques)
            lines << QStringLiteral("unique %1(%2)").arg(t.name, u.columns.join(QLatin1Char(',')));
        for (const model::Index &i : t.indexes) {
            QStringList cols;
            for (const model::IndexElement &e : i.elements)
                cols << (e.column.isEmpty() ? QStringLiteral("<expr>") : e.column) +
                            (e.descending ? QStringLiteral(" desc") : QString()) +
                            (collation(e.collation).isEmpty()
                                 ? QString()
                                 : QStringLiteral(" collate ") + collation(e.collation));
            lines << QStringLiteral("index %1.%2 unique=%3 partial=%4 (%5)")
                         .arg(t.name, i.name)
                         .arg(int(i.unique))
                         .arg(int(!i.predicate.isEmpty()))
                         .arg(cols.join(QLatin1Char(',')));
        }
    }
    lines.sort();
    return lines;
}

} // namespace

class TstSqliteCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesShell_data();
    void matchesShell();

private:
    QString m_shell;
};

void TstSqliteCorpus::initTestCase()
{
    m_shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (m_shell.isEmpty())
        QSKIP("the sqlite3 shell is not installed (packaging/install-deps.sh installs it)");
    SCHEMALENS_REQUIRE_CORPUS();
}

void TstSqliteCorpus::matchesShell_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("tables"); // the corpus' own replay count (SOURCE.md)
    const QString atuin = QStringLiteral("atuin-sqlx-sqlite/crates/");
    // atuin: seven independent databases, one folder each.
    QTest::newRow("atuin-ai") << atuin + QStringLiteral("atuin-ai/migrations") << 4;
    QTest::newRow("atuin-client-meta")
        << atuin + QStringLiteral("atuin-client/meta-migrations") << 1;
    QTest::newRow("atuin-client") << atuin + QStringLiteral("atuin-client/migrations") << 1;
    QTest::newRow("atuin-client-record")
        << atuin + QStringLiteral("atuin-client/record-migrations") << 2;
    QTest::newRow("atuin-kv") << atuin + QStringLiteral("atuin-kv/migrations") << 1;
    QTest::newRow("atuin-scripts") << atuin + QStringLiteral("atuin-scripts/migrations") << 2;
    QTest::newRow("atuin-server-sqlite")
        << atuin + QStringLiteral("atuin-server-sqlite/migrations") << 5;
    QTest::newRow("chinook") << QStringLiteral("chinook-sqlite/Chinook_Sqlite.sql") << 11;
    QTest::newRow("chinook-autoincrement")
        << QStringLiteral("chinook-sqlite/Chinook_Sqlite_AutoIncrementPKs.sql") << 11;
    QTest::newRow("flipt") << QStringLiteral(
                                  "flipt-golang-migrate-sqlite/config/migrations/sqlite3")
                           << 14;
    QTest::newRow("karakeep") << QStringLiteral("karakeep-drizzle-sqlite/packages/db/drizzle")
                              << 34;
    QTest::newRow("kratos") << QStringLiteral("kratos-popx-mixed/persistence/sql/migrations/sql")
                            << 26;
    QTest::newRow("memos") << QStringLiteral("memos-sqlite/store/migration/sqlite") << 11;
    QTest::newRow("openfga") << QStringLiteral("openfga-goose-mixed/assets/migrations/sqlite") << 5;
    QTest::newRow("sakila") << QStringLiteral("sakila-sqlite/sqlite-sakila-schema.sql") << 16;
    // 169 tables + 2 FTS4 virtual tables; SOURCE.md's 177 counted some of the 10 shadow tables.
    QTest::newRow("synapse") << QStringLiteral("synapse-schema-mixed/synapse/storage/schema")
                             << 171;
    QTest::newRow("vaultwarden") << QStringLiteral("vaultwarden-diesel-sqlite/migrations/sqlite")
                                 << 28;
}

void TstSqliteCorpus::matchesShell()
{
    QFETCH(QString, path);
    QFETCH(int, tables);
    DiscoveryOptions discovery;
    discovery.dialect = Dialect::SQLite;
    Result<MigrationPlan> plan = discover(corpus() + QLatin1Char('/') + path, discovery);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QVERIFY(!plan->units.isEmpty());

    // The shell replays each unit from its own file, in plan order, and goes on after errors.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray script = ".bail off\n.output /dev/null\n";
    for (const MigrationUnit &unit : plan->units) {
        const QString file =
            dir.filePath(QStringLiteral("%1.sql").arg(unit.ordinal, 5, 10, QLatin1Char('0')));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(unit.sql);
        script += ".read '" + file.toUtf8() + "'\n";
    }
    script += ".output stdout\n.mode list\n.headers off\n";
    script += shellQuery;
    QProcess shell;
    shell.start(m_shell, {QStringLiteral(":memory:")});
    QVERIFY(shell.waitForStarted());
    shell.write(script);
    shell.closeWriteChannel();
    QVERIFY(shell.waitForFinished(120000));
    QJsonParseError error;
    const QJsonDocument json =
        QJsonDocument::fromJson(shell.readAllStandardOutput().trimmed(), &error);
    QVERIFY2(json.isObject(), qPrintable(error.errorString()));

    const LoadResult result = sqlite::loadPlan(std::move(plan).value(), {});
    const QStringList expected = fromShell(json.object());
    const QStringList actual = fromModel(result.schema);
    if (actual != expected) {
        QStringList onlyShell, onlyModel;
        for (const QString &line : expected)
            if (!actual.contains(line))
                onlyShell << line;
        for (const QString &line : actual)
            if (!expected.contains(line))
                onlyModel << line;
        QFAIL(qPrintable(QStringLiteral("model and sqlite3 shell differ\nonly in shell:\n  %1\n"
                                        "only in model:\n  %2")
                             .arg(onlyShell.mid(0, 20).join(QStringLiteral("\n  ")),
                                  onlyModel.mid(0, 20).join(QStringLiteral("\n  ")))));
    }
    QCOMPARE(result.schema.tables.size(), tables);
    int failures = 0;
    for (const Diagnostic &d : result.diagnostics)
        failures += d.severity == Diagnostic::Severity::Error;
    qInfo("%s: %lld units, %d statements, %lld tables, %lld lines compared, %d failed statements",
          qPrintable(path), qlonglong(result.source.units.size()), result.stats.statements,
          qlonglong(result.schema.tables.size()), qlonglong(actual.size()), failures);
}

QTEST_GUILESS_MAIN(TstSqliteCorpus)
#include "tst_sqlite_corpus.moc"
