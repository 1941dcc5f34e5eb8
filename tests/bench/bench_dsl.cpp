// Benchmark: loading migrations written in application code. A generated Ecto project with
// 600 migrations (creates with references and timestamps, alters, indexes, execute) and an
// Alembic project with 120 revisions (create_table, add/alter_column, indexes, a merge),
// loaded whole (discovery, tree-sitter, translation, PostgreSQL loader; the Alembic project
// also as SQLite, with batch rebuilds). Target: under 1 s each. Prints wall and CPU time of
// the best of three runs and fails (exit 1) above the target.
#include "core/load/loader.h"
#include "core/load/treesitter/syntaxtree.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace schemalens;

namespace {

constexpr int kEctoMigrations = 600;
constexpr int kAlembicRevisions = 120;
constexpr int kSkipped = 77; // CTest's SKIP_RETURN_CODE (tests/bench/CMakeLists.txt)
constexpr qint64 kTargetMs = 1000;

qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every fourth migration creates a table; the others alter, index or execute SQL on the
// tables created so far, like a long-lived Phoenix application.
QByteArray ectoMigration(int i)
{
    const QByteArray n = QByteArray::number(i);
    const QByteArray t = "t" + QByteArray::number(i / 4 * 4);
    QByteArray body;
    switch (i % 4) {
    case 0:
        body = "    create table(:" + t +
               ") do\n"
               "      add :name, :string, null: false\n"
               "      add :status, :string, default: \"new\"\n"
               "      add :amount, :decimal, precision: 12, scale: 2\n"
               "      add :meta, :map, default: %{}\n";
        if (i >= 4)
            body += "      add :parent_id, references(:t" + QByteArray::number(i / 8 * 4) +
                    ", on_delete: :delete_all)\n";
        body += "      timestamps(type: :utc_datetime)\n    end\n"
                "    create unique_index(:" +
                t + ", [:name])\n";
        break;
    case 1:
        body = "    alter table(:" + t +
               ") do\n"
               "      add :note_" +
               n +
               ", :text\n"
               "      modify :status, :string, size: 40, null: false\n"
               "    end\n";
        break;
    case 2:
        body = "    create index(:" + t +
               ", [:status, desc: :inserted_at], where: \"status <> 'done'\")\n"
               "    create constraint(:" +
               t + ", :amount_positive_" + n + ", check: \"amount >= 0\")\n";
        break;
    default:
        body = "    execute \"\"\"\n    COMMENT ON TABLE " + t + " IS 'table " + n +
               "';\n    \"\"\"\n"
               "    rename table(:" +
               t + "), :note_" + QByteArray::number(i - 2) + ", to: :remark_" + n + "\n";
        break;
    }
    return "defmodule App.Repo.Migrations.M" + n +
           " do\n  use Ecto.Migration\n\n  def change do\n" + body + "  end\nend\n";
}

QByteArray alembicRevision(int i)
{
    const QByteArray n = QByteArray::number(i);
    const QByteArray t = "t" + QByteArray::number(i / 3 * 3);
    // Revisions 60 and 61 branch from 59; 62 merges them.
    QByteArray down =
        i == 0 ? QByteArray("None") : QByteArray("\"r" + QByteArray::number(i - 1) + "\"");
    if (i == 61)
        down = "\"r59\"";
    if (i == 62)
        down = "(\"r60\", \"r61\")";
    QByteArray body;
    switch (i % 3) {
    case 0:
        body = "    op.create_table(\n        \"" + t +
               "\",\n"
               "        sa.Column(\"id\", sa.Integer(), primary_key=True),\n"
               "        sa.Column(\"name\", sa.String(100), nullable=False, index=True),\n"
               "        sa.Column(\"status\", sa.String(20), server_default=\"new\"),\n"
               "        sa.Column(\"created_at\", sa.DateTime(), server_default=sa.func.now()),\n";
        if (i >= 3)
            body += "        sa.Column(\"parent_id\", sa.Integer(), sa.ForeignKey(\"t" +
                    QByteArray::number(i / 6 * 3) + ".id\", ondelete=\"CASCADE\")),\n";
        body +=
            "        sa.UniqueConstraint(\"name\", \"status\", name=\"uq_" + t + "\"),\n    )\n";
        break;
    case 1:
        body = "    op.add_column(\"" + t + "\", sa.Column(\"note_" + n +
               "\", sa.Text()))\n"
               "    op.create_index(\"ix_" +
               t + "_status\", \"" + t + "\", [\"status\"])\n";
        break;
    default:
        body = "    with op.batch_alter_table(\"" + t +
               "\") as batch_op:\n"
               "        batch_op.alter_column(\"status\", nullable=False, "
               "existing_type=sa.String(20))\n"
               "        batch_op.drop_column(\"note_" +
               QByteArray::number(i - 1) + "\")\n";
        break;
    }
    return "\"\"\"revision " + n +
           "\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
           "revision = \"r" +
           n + "\"\ndown_revision = " + down + "\n\n\ndef upgrade():\n" + body +
           "\n\ndef downgrade():\n    pass\n";
}

struct Run {
    qint64 wallMs = 0;
    qint64 cpuMs = 0;
    int tables = 0;
    int diagnostics = 0;
};

Run best(const QString &source, load::Dialect dialect)
{
    Run result{std::numeric_limits<qint64>::max(), 0, 0, 0};
    for (int attempt = 0; attempt < 3; ++attempt) {
        load::LoadOptions options;
        options.discovery.dialect = dialect;
        QElapsedTimer timer;
        const qint64 cpu = cpuMs();
        timer.start();
        const Result<load::LoadResult> r = load::loadSource(source, options);
        const qint64 wall = timer.elapsed();
        if (!r)
            return {};
        if (wall < result.wallMs)
            result = {wall, cpuMs() - cpu, int(r->schema.tables.size()),
                      int(r->diagnostics.size())};
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    for (const load::treesitter::Grammar grammar :
         {load::treesitter::Grammar::Elixir, load::treesitter::Grammar::Python}) {
        if (!load::treesitter::grammarAvailable(grammar)) {
            out << "SKIP: built without the tree-sitter grammar "
                << load::treesitter::grammarPackage(grammar)
                << " (run packaging/fetch-grammars.sh, then build again)\n";
            return kSkipped;
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString ecto = dir.filePath(QStringLiteral("ecto"));
    for (int i = 0; i < kEctoMigrations; ++i) {
        if (!write(ecto + QStringLiteral("/priv/repo/migrations/%1_m%2.exs")
                              .arg(20200101000000LL + i)
                              .arg(i),
                   ectoMigration(i)))
            return 1;
    }
    const QString alembic = dir.filePath(QStringLiteral("alembic"));
    for (int i = 0; i < kAlembicRevisions; ++i) {
        if (!write(alembic + QStringLiteral("/migrations/versions/%1_r%2.py")
                                 .arg(i, 4, 10, QLatin1Char('0'))
                                 .arg(i),
                   alembicRevision(i)))
            return 1;
    }

    bool ok = true;
    auto report = [&](const char *what, const Run &run, int expectedTables) {
        out << what << ": " << run.wallMs << " ms wall, " << run.cpuMs << " ms CPU, " << run.tables
            << " tables, " << run.diagnostics << " diagnostics\n";
        if (run.tables != expectedTables || run.diagnostics != 0) {
            out << "  FAIL: expected " << expectedTables << " tables and no diagnostics\n";
            ok = false;
        }
        if (run.wallMs > kTargetMs) {
            out << "  FAIL: over the " << kTargetMs << " ms target\n";
            ok = false;
        }
    };
    report("ecto 600 migrations (PostgreSQL)", best(ecto, load::Dialect::Unknown),
           kEctoMigrations / 4);
    report("alembic 120 revisions (PostgreSQL)", best(alembic, load::Dialect::PostgreSQL),
           kAlembicRevisions / 3);
    report("alembic 120 revisions (SQLite, batch rebuilds)", best(alembic, load::Dialect::SQLite),
           kAlembicRevisions / 3);
    out.flush();
    return ok ? 0 : 1;
}
