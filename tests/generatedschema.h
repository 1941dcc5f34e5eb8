#pragma once

// A generated PostgreSQL migration folder of any size (bench_gui, diagram-shot): 20 files of
// 100 tables for 2,000, ~1.5 FKs and ~1 index per table.

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

namespace schemalens::testing {

// 100 tables per migration file, in FILES files. Most references stay within a file (a
// module), some reach back to older modules, as in real applications.
inline bool writeGeneratedMigrations(const QString &folder, int tables)
{
    QRandomGenerator random(20240612); // fixed seed: the same schema every run
    const int perFile = 100;
    for (int first = 0, file = 1; first < tables; first += perFile, ++file) {
        QByteArray sql;
        QTextStream out(&sql);
        for (int t = first; t < std::min(tables, first + perFile); ++t) {
            const QString name = QStringLiteral("m%1_entity_%2")
                                     .arg(t / perFile, 2, 10, QLatin1Char('0'))
                                     .arg(t % perFile, 3, 10, QLatin1Char('0'));
            out << "CREATE TABLE " << name
                << " (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n";
            QList<int> parents;
            if (t > 0) {
                const int count = t > 1 && t % 2 == 0 ? 2 : 1;
                for (int p = 0; p < count; ++p) {
                    const bool local = t % perFile > 0 && random.bounded(10) < 7;
                    const int parent =
                        local ? first + int(random.bounded(t - first)) : int(random.bounded(t));
                    if (!parents.contains(parent))
                        parents.append(parent);
                }
            }
            QStringList fkColumns;
            for (int parent : std::as_const(parents)) {
                const QString column = QStringLiteral("entity_%1_id").arg(parent);
                fkColumns.append(column);
                out << "    " << column << " bigint" << (fkColumns.size() == 1 ? " NOT NULL" : "")
                    << " REFERENCES m"
                    << QStringLiteral("%1_entity_%2")
                           .arg(parent / perFile, 2, 10, QLatin1Char('0'))
                           .arg(parent % perFile, 3, 10, QLatin1Char('0'))
                    << " (id)" << (random.bounded(3) == 0 ? " ON DELETE CASCADE" : "") << ",\n";
            }
            out << "    code text NOT NULL,\n    title text,\n    amount numeric(12, 2),\n";
            const int extra = 1 + t % 7;
            for (int c = 0; c < extra; ++c)
                out << "    attr_" << c << (c % 2 ? " integer" : " text") << ",\n";
            out << "    created_at timestamptz NOT NULL DEFAULT now()\n);\n";
            // An index on the first reference for two tables in three, a unique code in ten.
            if (!fkColumns.isEmpty() && t % 3 != 0)
                out << "CREATE INDEX " << name << "_ref_idx ON " << name << " ("
                    << fkColumns.first() << ");\n";
            if (t % 10 == 0)
                out << "CREATE UNIQUE INDEX " << name << "_code_key ON " << name << " (code);\n";
            out << "\n";
        }
        out.flush();
        QFile f(QDir(folder).filePath(QStringLiteral("V%1__module_%2.sql").arg(file).arg(file)));
        if (!f.open(QIODevice::WriteOnly) || f.write(sql) != sql.size())
            return false;
    }
    return true;
}

} // namespace schemalens::testing
