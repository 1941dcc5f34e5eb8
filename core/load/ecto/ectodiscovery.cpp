// Discovery of Ecto migration folders (priv/<repo>/migrations/<version>_<name>.exs).
#include "core/load/discovery/layouts.h"
#include "core/load/discovery/sourcefile.h"
#include "core/load/ecto/ectoproject.h"

#include <algorithm>

namespace schemalens::load::discovery {

namespace {

// Ecto.Migrator.extract_migration_info/1: Integer.parse(rootname) must leave "_<name>".
QString ectoVersion(const QString &name)
{
    if (!name.endsWith(QLatin1String(".exs")))
        return {};
    qsizetype k = 0;
    while (k < name.size() && name.at(k).isDigit())
        ++k;
    if (k == 0 || k >= name.size() || name.at(k) != QLatin1Char('_'))
        return {};
    return name.left(k);
}

bool isDependencyFolder(const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    return parts.contains(QLatin1String("deps")) || parts.contains(QLatin1String("_build"));
}

} // namespace

std::optional<Candidate> detectEcto(const Folder &folder, const DetectContext &)
{
    QStringList names;
    for (const QString &name : folder.files) {
        if (!ectoVersion(name).isEmpty())
            names.append(name);
    }
    if (names.isEmpty() || isDependencyFolder(folder.relative))
        return std::nullopt;
    // A folder of numbered .exs files is Ecto's when its folder says so or a file uses
    // Ecto.Migration (scripts of other tools are .exs too).
    const bool named = folder.name() == QLatin1String("migrations");
    if (!named && !peekFile(folder.filePath(names.first()), 16 * 1024).contains("Ecto.Migration"))
        return std::nullopt;
    Candidate c;
    c.layout = QStringLiteral("ecto");
    // Ecto runs migrations by integer version.
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const QString va = ectoVersion(a);
        const QString vb = ectoVersion(b);
        QString ta = va;
        QString tb = vb;
        while (ta.size() > 1 && ta.startsWith(QLatin1Char('0')))
            ta.remove(0, 1);
        while (tb.size() > 1 && tb.startsWith(QLatin1Char('0')))
            tb.remove(0, 1);
        if (ta.size() != tb.size())
            return ta.size() < tb.size();
        return ta != tb ? ta < tb : a < b;
    });
    for (const QString &name : names) {
        PlannedFile f;
        f.path = folder.filePath(name);
        f.version = ectoVersion(name);
        f.description = name.mid(f.version.size() + 1).chopped(4);
        c.files.append(f);
    }
    for (const QString &name : folder.files) {
        if (name.endsWith(QLatin1String(".exs")) && ectoVersion(name).isEmpty())
            c.skipped.append({folder.filePath(name),
                              Tr::tr("not an Ecto migration name (<version>_<name>.exs)")});
    }
    for (const QString &name : sqlFiles(folder))
        c.skipped.append({folder.filePath(name), Tr::tr("not an Ecto migration")});

    const QString root = ecto::mixProjectRoot(folder.path);
    const QStringList adapters = ecto::adapterDependencies(root);
    c.dialect = Dialect::PostgreSQL;
    if (adapters.contains(QLatin1String("postgrex")) || adapters.isEmpty()) {
        c.dialectEvidence =
            adapters.isEmpty()
                ? Tr::tr("Ecto migrations, written as ecto_sql's PostgreSQL adapter does")
                : Tr::tr("Ecto migrations; mix.exs depends on postgrex");
    } else {
        c.dialectEvidence = Tr::tr("Ecto migrations, written as ecto_sql's PostgreSQL adapter "
                                   "does (mix.exs names %1)")
                                .arg(adapters.join(QStringLiteral(", ")));
        c.diagnostics.append(sourceWarning(
            QString(), Tr::tr("mix.exs depends on %1, not postgrex; Schemalens writes these Ecto "
                              "migrations the way ecto_sql's PostgreSQL adapter does")
                           .arg(adapters.join(QStringLiteral(", ")))));
    }
    return c;
}

} // namespace schemalens::load::discovery
