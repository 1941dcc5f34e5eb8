// Layout dispatch, shared helpers, and the generic layouts (rails-structure, plain, dump).
#include "core/load/discovery/layouts.h"

#include "core/load/discovery/naturalsort.h"
#include "core/load/discovery/sourcefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace schemalens::load::discovery {

bool isSqlName(const QString &name)
{
    return name.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive);
}

QStringList sqlFiles(const Folder &folder)
{
    QStringList result;
    for (const QString &name : folder.files) {
        if (isSqlName(name))
            result.append(name);
    }
    return result;
}

Diagnostic sourceWarning(const QString &file, const QString &message)
{
    Diagnostic d;
    d.rule = QStringLiteral("source-warning");
    d.severity = Diagnostic::Severity::Warning;
    d.message = message;
    d.location.file = file;
    return d;
}

bool nearCargoManifest(const QString &folder)
{
    QDir dir(folder);
    for (int level = 0; level < 4; ++level) {
        if (dir.exists(QStringLiteral("Cargo.toml")))
            return true;
        if (!dir.cdUp())
            break;
    }
    return false;
}

bool Candidate::isToolLayout() const
{
    return layout != QLatin1String("plain") && layout != QLatin1String("dump");
}

std::optional<Candidate> detectLayout(const Folder &folder, const DetectContext &context)
{
    using Detector = std::optional<Candidate> (*)(const Folder &, const DetectContext &);
    static const Detector detectors[] = {
        detectEcto,   detectAlembic, // .exs / .py migrations: no SQL layout claims them
        detectSqitch, detectDrizzle,        detectSynapse,        detectPrisma,
        detectDiesel, detectVersionFolders, detectFlyway,         detectPostgrator,
        detectPopx,   detectGoose,          detectDbmate,         detectSupabase,
        detectSqlx,   detectGolangMigrate,  detectRailsStructure, detectPlain};
    for (const Detector detect : detectors) {
        if (std::optional<Candidate> candidate = detect(folder, context)) {
            // A layout that found nothing to apply (only down scripts, an empty plan) is
            // not a migration folder.
            if (candidate->files.isEmpty())
                return std::nullopt;
            candidate->folder = folder.path;
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<Candidate> detectRailsStructure(const Folder &folder, const DetectContext &)
{
    // Rails keeps its pg_dump-style schema in db/structure.sql; anything else in db/ is not
    // part of it (seeds, ad-hoc scripts).
    if (folder.name() != QLatin1String("db") || !folder.hasFile(QStringLiteral("structure.sql")))
        return std::nullopt;
    Candidate c;
    c.layout = QStringLiteral("rails-structure");
    PlannedFile f;
    f.path = folder.filePath(QStringLiteral("structure.sql"));
    f.description = QStringLiteral("structure");
    c.files.append(f);
    for (const QString &name : sqlFiles(folder)) {
        if (name != QLatin1String("structure.sql"))
            c.skipped.append({folder.filePath(name), Tr::tr("not the Rails structure file")});
    }
    return c;
}

namespace {

// A script whose name says it tears the schema down and that only drops objects, like
// sakila's sqlite-sakila-drop-objects.sql next to the schema script. Applying it in name
// order would drop what the real script creates, so a plain folder leaves it out.
bool isTeardownScript(const QString &path, const QString &name)
{
    static const QRegularExpression words(
        QStringLiteral("(^|[^a-z])(drop|teardown|destroy|cleanup|clean|reset|uninstall)"
                       "([^a-z]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!words.match(name).hasMatch())
        return false;
    const QByteArray text = peekFile(path, 1 << 20).toUpper();
    return text.contains("DROP ") && !text.contains("CREATE ");
}

} // namespace

std::optional<Candidate> detectPlain(const Folder &folder, const DetectContext &)
{
    QStringList names = sqlFiles(folder);
    if (names.isEmpty())
        return std::nullopt;
    std::sort(names.begin(), names.end(), naturalLess);
    Candidate c;
    c.layout = names.size() == 1 ? QStringLiteral("dump") : QStringLiteral("plain");
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        // Down scripts of any convention are never applied, even in a folder given
        // directly (a single Diesel migration folder, a golang-migrate pair).
        if (name == QLatin1String("down.sql") || name.endsWith(QLatin1String(".down.sql"))) {
            c.skipped.append({path, Tr::tr("down migration"), SkipKind::Down});
            continue;
        }
        if (name.contains(QLatin1String(".undo."))) {
            c.skipped.append({path, Tr::tr("undo script")});
            continue;
        }
        if (names.size() > 1 && isTeardownScript(path, name)) {
            c.skipped.append({path, Tr::tr("teardown script (only drops objects)")});
            continue;
        }
        PlannedFile f;
        f.path = path;
        f.description = QFileInfo(name).completeBaseName();
        c.files.append(f);
    }
    if (c.files.size() == 1)
        c.layout = QStringLiteral("dump");
    return c;
}

Candidate singleFileCandidate(const QString &absolutePath)
{
    Candidate c;
    const QFileInfo info(absolutePath);
    c.folder = info.absolutePath();
    PlannedFile f;
    f.path = absolutePath;
    f.description = info.completeBaseName();
    const QByteArray head = peekFile(absolutePath, 1 << 20);
    if (info.fileName() == QLatin1String("structure.sql")) {
        c.layout = QStringLiteral("rails-structure");
    } else if (hasGooseUp(head)) {
        c.layout = QStringLiteral("goose");
        f.sections = SectionStyle::Goose;
    } else if (hasDbmateUp(head)) {
        c.layout = QStringLiteral("dbmate");
        f.sections = SectionStyle::Dbmate;
    } else {
        c.layout = QStringLiteral("dump");
    }
    c.files.append(f);
    return c;
}

} // namespace schemalens::load::discovery
