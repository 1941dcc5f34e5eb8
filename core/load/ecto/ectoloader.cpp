#include "core/load/ecto/ectoloader.h"

#include "core/load/ecto/ectoproject.h"
#include "core/load/ecto/ectotranslator.h"
#include "core/load/pg/pgloader.h"

#include <QFileInfo>

namespace schemalens::load::ecto {

LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options)
{
    Diagnostics translationDiagnostics;
    QMap<QString, int> unsupported;
    QList<treesitter::CustomTypeUse> customTypes;
    RepoConfig config;
    if (!plan.units.isEmpty())
        config = readRepoConfig(QFileInfo(plan.units.first().absolutePath).absolutePath());
    for (MigrationUnit &unit : plan.units) {
        Translation translation = translateMigration(unit.sql, unit.path, unit.ordinal, config);
        unit.sql = std::move(translation.sql);
        unit.noTransaction = unit.noTransaction || translation.noTransaction;
        translationDiagnostics += translation.diagnostics;
        customTypes += translation.customTypes;
        for (auto it = translation.unsupported.cbegin(); it != translation.unsupported.cend(); ++it)
            unsupported[it.key()] += it.value();
    }
    translationDiagnostics += treesitter::customTypeFindings(customTypes);
    LoadResult result = pg::loadPlan(std::move(plan), options);
    result.diagnostics = translationDiagnostics + result.diagnostics;
    for (auto it = unsupported.cbegin(); it != unsupported.cend(); ++it)
        result.stats.unsupported[it.key()] += it.value();
    return result;
}

} // namespace schemalens::load::ecto
