#include "core/model/history.h"

namespace schemalens::model {

QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateSchema:
        return QStringLiteral("create-schema");
    case Kind::DropSchema:
        return QStringLiteral("drop-schema");
    case Kind::CreateTable:
        return QStringLiteral("create-table");
    case Kind::DropTable:
        return QStringLiteral("drop-table");
    case Kind::RenameTable:
        return QStringLiteral("rename-table");
    case Kind::SetTableSchema:
        return QStringLiteral("set-table-schema");
    case Kind::AddColumn:
        return QStringLiteral("add-column");
    case Kind::DropColumn:
        return QStringLiteral("drop-column");
    case Kind::RenameColumn:
        return QStringLiteral("rename-column");
    case Kind::AlterColumnType:
        return QStringLiteral("alter-column-type");
    case Kind::SetNotNull:
        return QStringLiteral("set-not-null");
    case Kind::DropNotNull:
        return QStringLiteral("drop-not-null");
    case Kind::SetDefault:
        return QStringLiteral("set-default");
    case Kind::DropDefault:
        return QStringLiteral("drop-default");
    case Kind::AddConstraint:
        return QStringLiteral("add-constraint");
    case Kind::DropConstraint:
        return QStringLiteral("drop-constraint");
    case Kind::RenameConstraint:
        return QStringLiteral("rename-constraint");
    case Kind::CreateIndex:
        return QStringLiteral("create-index");
    case Kind::DropIndex:
        return QStringLiteral("drop-index");
    case Kind::RenameIndex:
        return QStringLiteral("rename-index");
    case Kind::EnableRowSecurity:
        return QStringLiteral("enable-row-security");
    case Kind::DisableRowSecurity:
        return QStringLiteral("disable-row-security");
    case Kind::ForceRowSecurity:
        return QStringLiteral("force-row-security");
    case Kind::NoForceRowSecurity:
        return QStringLiteral("no-force-row-security");
    case Kind::CreatePolicy:
        return QStringLiteral("create-policy");
    case Kind::DropPolicy:
        return QStringLiteral("drop-policy");
    case Kind::CreateType:
        return QStringLiteral("create-type");
    case Kind::DropType:
        return QStringLiteral("drop-type");
    case Kind::AddEnumValue:
        return QStringLiteral("add-enum-value");
    case Kind::RenameEnumValue:
        return QStringLiteral("rename-enum-value");
    case Kind::CreateView:
        return QStringLiteral("create-view");
    case Kind::DropView:
        return QStringLiteral("drop-view");
    case Kind::CreateTrigger:
        return QStringLiteral("create-trigger");
    case Kind::DropTrigger:
        return QStringLiteral("drop-trigger");
    case Kind::CreateFunction:
        return QStringLiteral("create-function");
    case Kind::DropFunction:
        return QStringLiteral("drop-function");
    case Kind::CreateSequence:
        return QStringLiteral("create-sequence");
    case Kind::DropSequence:
        return QStringLiteral("drop-sequence");
    case Kind::AttachPartition:
        return QStringLiteral("attach-partition");
    case Kind::DetachPartition:
        return QStringLiteral("detach-partition");
    case Kind::Comment:
        return QStringLiteral("comment");
    }
    return {};
}

QString lockModeName(LockMode mode)
{
    switch (mode) {
    case LockMode::None:
        return {};
    case LockMode::AccessShare:
        return QStringLiteral("ACCESS SHARE");
    case LockMode::RowShare:
        return QStringLiteral("ROW SHARE");
    case LockMode::RowExclusive:
        return QStringLiteral("ROW EXCLUSIVE");
    case LockMode::ShareUpdateExclusive:
        return QStringLiteral("SHARE UPDATE EXCLUSIVE");
    case LockMode::Share:
        return QStringLiteral("SHARE");
    case LockMode::ShareRowExclusive:
        return QStringLiteral("SHARE ROW EXCLUSIVE");
    case LockMode::Exclusive:
        return QStringLiteral("EXCLUSIVE");
    case LockMode::AccessExclusive:
        return QStringLiteral("ACCESS EXCLUSIVE");
    }
    return {};
}

} // namespace schemalens::model
