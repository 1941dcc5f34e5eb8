#include "core/load/discovery/skipcheck.h"

#include "core/load/discovery/sourcefile.h"
#include "core/load/sqlite/sqltokenizer.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace schemalens::load::discovery {

namespace {

constexpr qint64 contentPeekBytes = 64 * 1024;

QString dirOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString fileNameOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString leadingDigits(const QString &name)
{
    qsizetype k = 0;
    while (k < name.size() && name.at(k).isDigit())
        ++k;
    QString digits = name.left(k);
    // Versions compare as numbers: "0001" and "1" are the same version.
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits;
}

QString lastExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : name.mid(dot + 1).toLower();
}

// A name that starts like a migration version: "0001_", "20240101_", "V2__", "R__".
bool versionLike(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QChar first = name.at(0);
    if (first.isDigit())
        return true;
    const QChar second = name.size() > 1 ? name.at(1) : QChar();
    if (QStringLiteral("VvUuBb").contains(first) && second.isDigit())
        return true;
    return name.startsWith(QLatin1String("R__"), Qt::CaseInsensitive);
}

// Extensions people give SQL files (and typos of ".sql").
bool sqlishExtension(const QString &name)
{
    static const QStringList extensions = {
        QStringLiteral("sql"), QStringLiteral("psql"), QStringLiteral("pgsql"),
        QStringLiteral("sq"),  QStringLiteral("sqll"), QStringLiteral("slq"),
        QStringLiteral("sqk"), QStringLiteral("ddl"),  QStringLiteral("sqlite")};
    return extensions.contains(lastExtension(name)) ||
           name.endsWith(QLatin1String(".sql.txt"), Qt::CaseInsensitive);
}

// Backups and deliberately disabled copies: listed, never warned about.
bool isBackupName(const QString &name)
{
    static const QStringList suffixes = {
        QStringLiteral("~"),     QStringLiteral(".bak"),    QStringLiteral(".orig"),
        QStringLiteral(".old"),  QStringLiteral(".swp"),    QStringLiteral(".rej"),
        QStringLiteral(".tmp"),  QStringLiteral(".backup"), QStringLiteral(".disabled"),
        QStringLiteral(".skip"), QStringLiteral(".ignore")};
    return std::any_of(suffixes.cbegin(), suffixes.cend(),
                       [&](const QString &s) { return name.endsWith(s, Qt::CaseInsensitive); });
}

bool isDownName(const QString &name)
{
    return name == QLatin1String("down.sql") || name.endsWith(QLatin1String(".down.sql"));
}

// Why the layout does not apply a file nobody claimed, by its name.
SkippedPath classify(const QString &path, const QString &layout)
{
    const QString name = fileNameOf(path);
    SkippedPath s;
    s.path = path;
    if (name == QLatin1String("metadata.toml"))
        s.reason = Tr::tr("Diesel migration settings (read, not applied)");
    else if (name == QLatin1String("migration_lock.toml"))
        s.reason = Tr::tr("Prisma lock file (read for the provider, not applied)");
    else if (name == QLatin1String("sqitch.plan"))
        s.reason = Tr::tr("Sqitch plan (read for the order, not applied)");
    else if (name == QLatin1String("sqitch.conf"))
        s.reason = Tr::tr("Sqitch configuration (read for the engine, not applied)");
    else if (name == QLatin1String("_journal.json"))
        s.reason = Tr::tr("Drizzle journal (read for the order, not applied)");
    else if (name.endsWith(QLatin1String(".sql.conf")))
        s.reason = Tr::tr("Flyway script configuration (read, not applied)");
    else if (isBackupName(name))
        s.reason = Tr::tr("backup or disabled copy");
    else if (isDownName(name)) {
        s.reason = Tr::tr("down migration");
        s.kind = SkipKind::Down;
    } else if (isSqlName(name)) {
        s.reason = Tr::tr("not a %1 migration file").arg(layout);
        s.kind = SkipKind::Unrecognized;
    } else {
        s.reason = Tr::tr("not an SQL file");
        s.kind = SkipKind::Unrecognized;
    }
    return s;
}

QString collapseDots(QString name)
{
    while (name.contains(QLatin1String("..")))
        name.replace(QLatin1String(".."), QLatin1String("."));
    name.replace(QLatin1String(" ."), QLatin1String("."));
    name.replace(QLatin1String(". "), QLatin1String("."));
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    return name;
}

QString lowerKnownParts(const QString &name)
{
    static const QStringList parts = {QStringLiteral("sql"),  QStringLiteral("up"),
                                      QStringLiteral("down"), QStringLiteral("do"),
                                      QStringLiteral("undo"), QStringLiteral("autocommit")};
    QStringList segments = name.split(QLatin1Char('.'));
    for (qsizetype k = 1; k < segments.size(); ++k) {
        if (parts.contains(segments[k].toLower()))
            segments[k] = segments[k].toLower();
    }
    QString result = segments.join(QLatin1Char('.'));
    // Diesel and Prisma files have fixed lower-case names.
    if (result.compare(QLatin1String("up.sql"), Qt::CaseInsensitive) == 0 ||
        result.compare(QLatin1String("migration.sql"), Qt::CaseInsensitive) == 0)
        result = result.toLower();
    return result;
}

QString fixExtension(const QString &name)
{
    if (name.endsWith(QLatin1String(".sql.txt"), Qt::CaseInsensitive))
        return name.chopped(4);
    const QString ext = lastExtension(name);
    if (ext == QLatin1String("up") || ext == QLatin1String("down"))
        return name + QStringLiteral(".sql");
    if (ext != QLatin1String("sql") && sqlishExtension(name))
        return name.left(name.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".sql");
    return name;
}

// Flyway's prefixes are upper case, and its separator is a double underscore.
QString fixFlywayPrefix(QString name)
{
    if (name.size() > 1 && QStringLiteral("vrub").contains(name.at(0)) &&
        (name.at(1).isDigit() || name.at(1) == QLatin1Char('_')))
        name[0] = name.at(0).toUpper();
    if (name.size() > 1 && name.at(0) == QLatin1Char('V') && name.at(1).isDigit()) {
        qsizetype k = 1;
        while (k < name.size() && (name.at(k).isDigit() || name.at(k) == QLatin1Char('.')))
            ++k;
        if (k < name.size() && name.at(k) == QLatin1Char('_') &&
            (k + 1 >= name.size() || name.at(k + 1) != QLatin1Char('_')))
            name.insert(k, QLatin1Char('_'));
    }
    return name;
}

// "0001-init.up.sql" for "0001_init.up.sql".
QString fixVersionSeparator(QString name)
{
    qsizetype k = 0;
    while (k < name.size() && name.at(k).isDigit())
        ++k;
    if (k > 0 && k < name.size() && name.at(k) == QLatin1Char('-'))
        name[k] = QLatin1Char('_');
    return name;
}

// golang-migrate and popx need ".up": "0001_init.sql" is not applied.
QString addUp(const QString &name)
{
    if (!name.endsWith(QLatin1String(".sql")) || name.endsWith(QLatin1String(".up.sql")) ||
        name.endsWith(QLatin1String(".down.sql")) || !name.at(0).isDigit())
        return name;
    return name.chopped(4) + QStringLiteral(".up.sql");
}

// The (folder, version) pairs that have an up file: applied, or left out for another reason
// (a variant of the other dialect, a near-miss name that gets its own warning). A down
// file named "down.sql" has the empty version: its folder must hold the up file.
QSet<QString> upVersions(const Candidate &c)
{
    QSet<QString> versions;
    auto add = [&](const QString &path) {
        const QString folder = dirOf(path);
        versions.insert(folder + QLatin1Char('\n'));
        versions.insert(folder + QLatin1Char('\n') + leadingDigits(fileNameOf(path)));
    };
    for (const PlannedFile &f : c.files)
        add(f.path);
    for (const SkippedPath &s : c.skipped) {
        if (s.kind != SkipKind::Down && isSqlName(fileNameOf(s.path)))
            add(s.path);
    }
    return versions;
}

bool hasUpFile(const QSet<QString> &upVersions, const QString &downPath)
{
    return upVersions.contains(dirOf(downPath) + QLatin1Char('\n') +
                               leadingDigits(fileNameOf(downPath)));
}

} // namespace

QStringList nameCorrections(const QString &name)
{
    using Fix = QString (*)(const QString &);
    static const Fix fixes[] = {
        [](const QString &n) { return collapseDots(n); },
        [](const QString &n) { return lowerKnownParts(n); },
        [](const QString &n) { return fixExtension(n); },
        [](const QString &n) { return fixFlywayPrefix(n); },
        [](const QString &n) { return fixVersionSeparator(n); },
        [](const QString &n) { return addUp(n); },
    };
    QStringList result;
    auto add = [&](const QString &candidate) {
        if (candidate != name && !candidate.isEmpty() && !result.contains(candidate))
            result.append(candidate);
    };
    for (const Fix fix : fixes)
        add(fix(name));
    // Then the fixes together, so that "0001_x.UP..sql" becomes "0001_x.up.sql"; adding
    // ".up" comes last, only when the rest alone does not help.
    QString all = name;
    for (const Fix fix : fixes)
        if (fix != fixes[std::size(fixes) - 1])
            all = fix(all);
    add(all);
    add(addUp(all));
    return result;
}

bool changesSchema(const QByteArray &sql)
{
    using sqlite::Token;
    static const char *const objects[] = {
        "table",    "index",     "view",   "trigger",   "type",   "schema", "sequence",
        "function", "extension", "policy", "procedure", "domain", "column", "constraint"};
    // Words that may stand between the verb and the object: CREATE OR REPLACE VIEW, CREATE
    // UNIQUE INDEX, DROP TABLE IF EXISTS, ALTER TABLE ONLY ...
    static const char *const modifiers[] = {
        "or",    "replace",  "unique",  "temp",      "temporary", "materialized", "global",
        "local", "unlogged", "virtual", "recursive", "if",        "not",          "exists"};
    const QByteArrayView text(sql);
    bool afterVerb = false;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const Token t = sqlite::nextToken(text, pos);
        pos = t.end > pos ? t.end : pos + 1;
        if (t.isTrivia())
            continue;
        const bool verb = t.kind == Token::Kind::Word && (sqlite::isKeyword(text, t, "create") ||
                                                          sqlite::isKeyword(text, t, "alter") ||
                                                          sqlite::isKeyword(text, t, "drop"));
        if (verb) {
            afterVerb = true;
            continue;
        }
        if (!afterVerb || t.kind != Token::Kind::Word) {
            afterVerb = false;
            continue;
        }
        for (const char *object : objects) {
            if (sqlite::isKeyword(text, t, object))
                return true;
        }
        afterVerb = std::any_of(std::begin(modifiers), std::end(modifiers),
                                [&](const char *m) { return sqlite::isKeyword(text, t, m); });
    }
    return false;
}

void reviewSkipped(Candidate &c, const Tree *tree, Diagnostics *diagnostics)
{
    QSet<QString> known;
    for (const PlannedFile &f : c.files)
        known.insert(f.path);
    for (const SkippedPath &s : c.skipped)
        known.insert(s.path);

    if (tree) {
        QStringList folders{c.folder};
        for (const PlannedFile &f : c.files)
            folders.append(dirOf(f.path));
        for (const SkippedPath &s : c.skipped)
            folders.append(dirOf(s.path));
        // Layouts made of one folder per migration: folders that lack the migration file.
        if (const Folder *root = tree->find(c.folder);
            root && (c.layout == QLatin1String("diesel") || c.layout == QLatin1String("prisma"))) {
            for (const QString &sub : root->folders)
                folders.append(root->filePath(sub));
        }
        folders.removeDuplicates();
        std::sort(folders.begin(), folders.end());
        for (const QString &path : std::as_const(folders)) {
            const Folder *folder = tree->find(path);
            if (!folder)
                continue;
            for (const QString &name : folder->files) {
                const QString file = folder->filePath(name);
                if (known.contains(file))
                    continue;
                known.insert(file);
                c.skipped.append(classify(file, c.layout));
            }
        }
    }

    auto relative = [&](const QString &path) {
        return tree ? tree->relative(path) : fileNameOf(path);
    };
    const QSet<QString> ups = upVersions(c);
    for (SkippedPath &s : c.skipped) {
        const QString name = fileNameOf(s.path);
        QString message;
        if (s.kind == SkipKind::Down) {
            if (!hasUpFile(ups, s.path)) {
                const QString version = leadingDigits(name);
                message = version.isEmpty()
                              ? Tr::tr("%1 is a down migration without an up migration next to "
                                       "it; %2 applies nothing from this folder")
                                    .arg(relative(s.path), c.layout)
                              : Tr::tr("%1 is a down migration without an up migration for "
                                       "version %2; %3 applies nothing for this version")
                                    .arg(relative(s.path), version, c.layout);
            }
        } else if (s.kind == SkipKind::Unrecognized) {
            for (const QString &corrected : nameCorrections(name)) {
                if (!layoutAppliesName(c.layout, corrected))
                    continue;
                const QString sibling = dirOf(s.path) + QLatin1Char('/') + corrected;
                const bool copy =
                    std::any_of(c.files.cbegin(), c.files.cend(),
                                [&](const PlannedFile &f) { return f.path == sibling; });
                message = copy ? Tr::tr("%1 is not applied: %2 does not take this file name (%3); "
                                        "it looks like a copy of %4, which is applied")
                                     .arg(relative(s.path), c.layout, s.reason, corrected)
                               : Tr::tr("%1 is not applied: %2 does not take this file name (%3). "
                                        "Did you mean %4?")
                                     .arg(relative(s.path), c.layout, s.reason, corrected);
                break;
            }
            if (message.isEmpty() && (versionLike(name) || sqlishExtension(name)) &&
                changesSchema(peekFile(s.path, contentPeekBytes)))
                message = Tr::tr("%1 changes the schema like a migration but is not applied: %2")
                              .arg(relative(s.path), s.reason);
        }
        if (message.isEmpty())
            continue;
        s.looksLikeMigration = true;
        diagnostics->append(sourceWarning(relative(s.path), message));
    }
}

} // namespace schemalens::load::discovery
