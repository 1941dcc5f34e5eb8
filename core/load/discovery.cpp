// PLACEHOLDER: replaced by the full implementation (helper task "discovery").
#include "core/load/discovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace schemalens::load {

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return QStringLiteral("pg");
    case Dialect::SQLite: return QStringLiteral("sqlite");
    case Dialect::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Result<MigrationPlan> discover(const QString &path, const DiscoveryOptions &options)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("schemalens", "%1: no such file or folder")
                         .arg(path), {}};
    MigrationPlan plan;
    plan.rootPath = info.absoluteFilePath();
    plan.dialect = options.dialect == Dialect::Unknown ? Dialect::PostgreSQL : options.dialect;
    QStringList files;
    if (info.isDir()) {
        plan.isFolder = true;
        plan.layout = QStringLiteral("plain");
        const auto entries = QDir(path).entryList({QStringLiteral("*.sql")}, QDir::Files,
                                                  QDir::Name);
        for (const QString &e : entries)
            files << QDir(path).filePath(e);
    } else {
        plan.layout = QStringLiteral("dump");
        files << path;
    }
    int ordinal = 0;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        MigrationUnit unit;
        unit.absolutePath = QFileInfo(f).absoluteFilePath();
        unit.path = info.isDir() ? QDir(path).relativeFilePath(f) : QFileInfo(f).fileName();
        unit.ordinal = ordinal++;
        unit.sql = file.readAll();
        plan.units.append(unit);
    }
    return plan;
}

} // namespace schemalens::load
