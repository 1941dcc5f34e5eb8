#include "core/load/migrationpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace schemalens::load {

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

QString fileName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

QString folderName(const QString &path)
{
    return path.count(QLatin1Char('/')) > 0 ? path.section(QLatin1Char('/'), -2, -2) : QString();
}

// "0005_add.up.sql" -> "0005_add"; "V1__init.sql" -> "V1__init"; names keep inner dots
// ("0002_1.7.0_schema.up.sql" -> "0002_1.7.0_schema").
QString withoutExtension(const QString &name)
{
    static const QRegularExpression extension(
        QStringLiteral(
            R"((\.(up|down|do|undo|postgres|postgresql|sqlite|sqlite3|mysql))*\.(sql|exs|py|sql\.postgres|sql\.sqlite)$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString stem = name;
    stem.remove(extension);
    return stem;
}

bool isFolderPerMigration(const MigrationUnit &unit)
{
    // Diesel (up.sql), Prisma (migration.sql), popx/Drizzle v1 folders: the file name is the
    // same in every folder, the folder is the migration.
    const QString file = fileName(unit.path);
    return file == QLatin1String("up.sql") || file == QLatin1String("migration.sql") ||
           file == QLatin1String("deploy.sql");
}

QString unitList(const MigrationPlan &plan, const QList<int> &indexes)
{
    QStringList names;
    for (int i : indexes.mid(0, 5))
        names.append(QStringLiteral("#%1 %2").arg(i + 1).arg(plan.units.at(i).path));
    if (indexes.size() > 5)
        names.append(QStringLiteral("…"));
    return names.join(QLatin1String(", "));
}

} // namespace

QString migrationName(const MigrationUnit &unit)
{
    if (isFolderPerMigration(unit) && !folderName(unit.path).isEmpty())
        return folderName(unit.path);
    return fileName(unit.path);
}

QDateTime migrationDate(const MigrationUnit &unit)
{
    // The version when the layout has one, else the name; the first run of digits that reads
    // as a date: YYYYMMDD[HHMM[SS]] or YYYY-MM-DD[-HHMMSS] / YYYY_MM_DD_HHMMSS.
    static const QRegularExpression dated(QStringLiteral(
        R"((?:^|[^0-9])((?:19|20)\d\d)[-_]?(\d\d)[-_]?(\d\d)(?:[-_T]?(\d\d)(\d\d)(\d\d)?)?)"));
    for (const QString &text : {unit.version, migrationName(unit)}) {
        const QRegularExpressionMatch m = dated.match(text);
        if (!m.hasMatch())
            continue;
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid())
            continue;
        QTime time = m.captured(4).isEmpty()
                         ? QTime(0, 0)
                         : QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                                 m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
        // A time that cannot be (Vaultwarden's 2024-01-12-210182) still leaves a good date.
        if (!time.isValid())
            time = QTime(0, 0);
        return QDateTime(date, time, Qt::UTC);
    }
    return {};
}

Result<int> resolveMigrationPoint(const MigrationPlan &plan, const QString &pointText)
{
    const QString point = pointText.trimmed();
    const auto count = int(plan.units.size());
    if (point.isEmpty())
        return Error{Tr::tr("no migration given")};
    if (count == 0)
        return Error{Tr::tr("'%1': the source has no migrations").arg(point)};

    bool isNumber = false;
    const int number = (point.startsWith(QLatin1Char('#')) ? point.mid(1) : point).toInt(&isNumber);
    const auto byIndex = [&]() -> Result<int> {
        if (number < 0 || number > count)
            return Error{Tr::tr("'%1': there are %2 migrations (#0 to #%2)").arg(point).arg(count)};
        return Result<int>(number);
    };
    if (point.startsWith(QLatin1Char('#'))) {
        if (!isNumber)
            return Error{Tr::tr("'%1': expected #N, the number of migrations to apply").arg(point)};
        return byIndex();
    }

    // A version: several units may share one (Synapse deltas): up to the last of them.
    int lastWithVersion = -1;
    for (int i = 0; i < count; ++i)
        if (!plan.units.at(i).version.isEmpty() && plan.units.at(i).version == point)
            lastWithVersion = i;
    if (lastWithVersion >= 0)
        return Result<int>(lastWithVersion + 1);

    // A path or a name, exactly.
    QString wanted = point;
    wanted.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (wanted.endsWith(QLatin1Char('/')))
        wanted.chop(1);
    QList<int> exact;
    QList<int> prefix;
    for (int i = 0; i < count; ++i) {
        const MigrationUnit &unit = plan.units.at(i);
        const QString file = fileName(unit.path);
        const QString name = migrationName(unit);
        const QStringList candidates{unit.path,
                                     withoutExtension(unit.path),
                                     file,
                                     withoutExtension(file),
                                     name,
                                     withoutExtension(name),
                                     unit.path.section(QLatin1Char('/'), 0, -2)};
        const bool pathSuffix =
            wanted.contains(QLatin1Char('/')) &&
            (unit.path.endsWith(QLatin1Char('/') + wanted) ||
             unit.path.section(QLatin1Char('/'), 0, -2).endsWith(QLatin1Char('/') + wanted));
        if (candidates.contains(wanted) || pathSuffix)
            exact.append(i);
        else if (name.startsWith(wanted) || file.startsWith(wanted))
            prefix.append(i);
    }
    if (exact.size() == 1)
        return Result<int>(exact.first() + 1);
    if (exact.size() > 1)
        return Error{Tr::tr("'%1' names several migrations: %2").arg(point, unitList(plan, exact))};
    if (isNumber && number >= 0 && number <= count)
        return byIndex();
    if (prefix.size() == 1)
        return Result<int>(prefix.first() + 1);
    if (prefix.size() > 1)
        return Error{Tr::tr("'%1' starts the names of several migrations: %2")
                         .arg(point, unitList(plan, prefix))};
    if (isNumber)
        return byIndex();
    return Error{Tr::tr("no migration matches '%1' (give a version, a file name or #N; the source "
                        "has %2 migrations)")
                     .arg(point)
                     .arg(count)};
}

} // namespace schemalens::load
