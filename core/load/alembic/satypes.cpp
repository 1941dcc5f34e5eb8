#include "core/load/alembic/satypes.h"

#include "core/load/alembic/pyevaluator.h"
#include "core/load/treesitter/placedsql.h"

#include <QCoreApplication>

namespace schemalens::load::alembic {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

const Value *argument(const Value &call, int position, const char *keyword)
{
    if (const Value *v = call.option(QLatin1String(keyword)))
        return v;
    return position >= 0 && position < call.items.size() ? &call.items.at(position) : nullptr;
}

QString intArg(const Value &call, int position, const char *keyword)
{
    const Value *v = argument(call, position, keyword);
    return v && v->kind == Value::Kind::Integer ? v->text : QString();
}

bool boolArg(const Value &call, const char *keyword)
{
    const Value *v = call.option(QLatin1String(keyword));
    return v && v->isTrue();
}

QString withLength(const QString &name, const QString &length)
{
    return length.isEmpty() ? name : name + QLatin1Char('(') + length + QLatin1Char(')');
}

// The module an SQLAlchemy type comes from: "" (generic or uppercase SQL type),
// "postgresql", "sqlite", "mysql", ... ; nullopt for anything that is not SQLAlchemy's.
std::optional<QString> saModule(const QString &qualified)
{
    if (!qualified.startsWith(QLatin1String("sqlalchemy.")))
        return std::nullopt;
    const QString module = qualified.section(QLatin1Char('.'), 0, -2);
    if (module == QLatin1String("sqlalchemy"))
        return QString();
    if (module.startsWith(QLatin1String("sqlalchemy.dialects.")))
        return module.section(QLatin1Char('.'), 2, 2);
    return QString();
}

} // namespace

QString Imports::qualify(const QString &dotted) const
{
    const QString first = dotted.section(QLatin1Char('.'), 0, 0);
    QString rest = dotted.mid(first.size());
    QString base = m_names.value(first, first);
    QString out = base + rest;
    // Re-exports: sqlalchemy.types.X, sqlalchemy.sql.sqltypes.X, sqlalchemy.schema.X,
    // sqlalchemy.sql.X, sqlalchemy.sql.expression.X are sqlalchemy.X.
    static const QStringList reexports{
        QStringLiteral("sqlalchemy.types."),          QStringLiteral("sqlalchemy.sql.sqltypes."),
        QStringLiteral("sqlalchemy.schema."),         QStringLiteral("sqlalchemy.sql.schema."),
        QStringLiteral("sqlalchemy.sql.expression."), QStringLiteral("sqlalchemy.sql."),
        QStringLiteral("sqlalchemy.sql.functions."),
    };
    for (const QString &prefix : reexports) {
        if (out.startsWith(prefix) && out.count(QLatin1Char('.')) == prefix.count(QLatin1Char('.')))
            return QStringLiteral("sqlalchemy.") + out.mid(prefix.size());
    }
    if (out.startsWith(QLatin1String("sqlalchemy.dialects.postgresql.")) ||
        out.startsWith(QLatin1String("sqlalchemy.dialects.sqlite.")) ||
        out.startsWith(QLatin1String("sqlalchemy.dialects.mysql."))) {
        // sqlalchemy.dialects.postgresql.json.JSONB -> sqlalchemy.dialects.postgresql.JSONB
        const QStringList parts = out.split(QLatin1Char('.'));
        if (parts.size() > 4)
            return parts.mid(0, 3).join(QLatin1Char('.')) + QLatin1Char('.') + parts.last();
    }
    return out;
}

bool isSa(const QString &qualified, const char *name)
{
    const QLatin1String n(name);
    return qualified == QLatin1String("sqlalchemy.") + n ||
           qualified == QLatin1String("alembic.op.") + n || qualified == n;
}

TypeSql renderType(const Value &type, const Imports &imports, SqlDialect dialect)
{
    TypeSql out;
    const bool pg = dialect == SqlDialect::PostgreSQL;
    if (type.isCall("..with_variant")) {
        // X().with_variant(Y(), "postgresql"): Y on that dialect, X elsewhere.
        const Value *variant = argument(type, 0, "type_");
        const Value *dialectName = argument(type, 1, "dialect_name");
        const Value *receiver = type.option(QLatin1String(kReceiver));
        const QString wanted = pg ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
        bool matches = false;
        if (dialectName && dialectName->isString())
            matches = dialectName->text == wanted ||
                      (pg && dialectName->text == QLatin1String("postgres"));
        if (variant && matches)
            return renderType(*variant, imports, dialect);
        if (receiver)
            return renderType(*receiver, imports, dialect);
    }
    Value call; // a type class given without a call is its default instance
    if (type.kind == Value::Kind::Call) {
        call = type;
    } else if (type.isAtom() && type.codeName) {
        call.kind = Value::Kind::Call;
        call.text = type.text;
    } else {
        out.error = type.isUnknown() ? type.text : Tr::tr("not a SQLAlchemy type");
        return out;
    }
    const QString qualified = imports.qualify(call.text);
    const std::optional<QString> module = saModule(qualified);
    if (!module) {
        // sqlmodel's AutoString is a String without length.
        if (qualified == QLatin1String("sqlmodel.sql.sqltypes.AutoString") ||
            qualified == QLatin1String("sqlmodel.AutoString")) {
            out.sql = QStringLiteral("VARCHAR");
            return out;
        }
        out.customType = call.text;
        out.sql = treesitter::quoteIdentifier(call.text);
        return out;
    }
    const QString name = qualified.section(QLatin1Char('.'), -1);
    const QString length = intArg(call, 0, "length");
    if (name == QLatin1String("Integer") || name == QLatin1String("INTEGER") ||
        name == QLatin1String("INT")) {
        out.sql = QStringLiteral("INTEGER");
        out.integerRank = 2;
    } else if (name == QLatin1String("BigInteger") || name == QLatin1String("BIGINT")) {
        out.sql = QStringLiteral("BIGINT");
        out.integerRank = 3;
    } else if (name == QLatin1String("SmallInteger") || name == QLatin1String("SMALLINT")) {
        out.sql = QStringLiteral("SMALLINT");
        out.integerRank = 1;
    } else if (name == QLatin1String("String") || name == QLatin1String("Unicode") ||
               name == QLatin1String("VARCHAR") || name == QLatin1String("NVARCHAR")) {
        out.sql = withLength(name == QLatin1String("NVARCHAR") && !pg ? QStringLiteral("NVARCHAR")
                                                                      : QStringLiteral("VARCHAR"),
                             length);
    } else if (name == QLatin1String("Text") || name == QLatin1String("UnicodeText") ||
               name == QLatin1String("TEXT") || name == QLatin1String("CLOB")) {
        out.sql = pg ? QStringLiteral("TEXT") : withLength(QStringLiteral("TEXT"), length);
    } else if (name == QLatin1String("CHAR") || name == QLatin1String("NCHAR")) {
        out.sql = withLength(QStringLiteral("CHAR"), length);
    } else if (name == QLatin1String("Boolean") || name == QLatin1String("BOOLEAN")) {
        out.sql = QStringLiteral("BOOLEAN");
    } else if (name == QLatin1String("Date") || name == QLatin1String("DATE")) {
        out.sql = QStringLiteral("DATE");
    } else if (name == QLatin1String("DateTime") || name == QLatin1String("TIMESTAMP") ||
               name == QLatin1String("DATETIME")) {
        const bool zone = boolArg(call, "timezone") || (argument(call, 0, "timezone") &&
                                                        argument(call, 0, "timezone")->isTrue());
        if (pg) {
            const QString precision = intArg(call, -1, "precision");
            out.sql =
                QStringLiteral("TIMESTAMP") +
                (precision.isEmpty() ? QString()
                                     : QLatin1Char('(') + precision + QLatin1Char(')')) +
                (zone ? QStringLiteral(" WITH TIME ZONE") : QStringLiteral(" WITHOUT TIME ZONE"));
        } else {
            out.sql = name == QLatin1String("TIMESTAMP") ? QStringLiteral("TIMESTAMP")
                                                         : QStringLiteral("DATETIME");
        }
    } else if (name == QLatin1String("Time") || name == QLatin1String("TIME")) {
        const bool zone = boolArg(call, "timezone") || (argument(call, 0, "timezone") &&
                                                        argument(call, 0, "timezone")->isTrue());
        out.sql = pg ? (zone ? QStringLiteral("TIME WITH TIME ZONE")
                             : QStringLiteral("TIME WITHOUT TIME ZONE"))
                     : QStringLiteral("TIME");
    } else if (name == QLatin1String("Numeric") || name == QLatin1String("NUMERIC") ||
               name == QLatin1String("DECIMAL")) {
        const QString precision = intArg(call, 0, "precision");
        const QString scale = intArg(call, 1, "scale");
        QString base = name == QLatin1String("DECIMAL") ? QStringLiteral("DECIMAL")
                                                        : QStringLiteral("NUMERIC");
        if (!precision.isEmpty())
            base += QLatin1Char('(') + precision +
                    (scale.isEmpty() ? QString() : QStringLiteral(", ") + scale) + QLatin1Char(')');
        out.sql = base;
    } else if (name == QLatin1String("Float") || name == QLatin1String("FLOAT")) {
        out.sql = withLength(QStringLiteral("FLOAT"), intArg(call, 0, "precision"));
    } else if (name == QLatin1String("REAL")) {
        out.sql = QStringLiteral("REAL");
    } else if (name == QLatin1String("DOUBLE_PRECISION") || name == QLatin1String("Double") ||
               name == QLatin1String("DOUBLE")) {
        out.sql = pg ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("DOUBLE");
    } else if (name == QLatin1String("JSON")) {
        out.sql = QStringLiteral("JSON");
    } else if (name == QLatin1String("JSONB")) {
        out.sql = QStringLiteral("JSONB");
    } else if (name == QLatin1String("LargeBinary") || name == QLatin1String("PickleType") ||
               name == QLatin1String("BLOB") || name == QLatin1String("BYTEA") ||
               name == QLatin1String("BINARY") || name == QLatin1String("VARBINARY")) {
        out.sql = pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    } else if (name == QLatin1String("Interval") || name == QLatin1String("INTERVAL")) {
        out.sql = pg ? QStringLiteral("INTERVAL") : QStringLiteral("DATETIME");
    } else if (name == QLatin1String("UUID") || name == QLatin1String("Uuid")) {
        out.sql = pg ? QStringLiteral("UUID") : QStringLiteral("CHAR(32)");
    } else if (name == QLatin1String("ARRAY")) {
        const Value *item = argument(call, 0, "item_type");
        if (!pg || !item) {
            out.error = Tr::tr("ARRAY has no SQLite form");
            return out;
        }
        TypeSql inner = renderType(*item, imports, dialect);
        if (!inner.ok())
            return inner;
        inner.sql += QLatin1String("[]");
        inner.integerRank = 0;
        const QString dimensions = intArg(call, -1, "dimensions");
        for (int d = 1; d < dimensions.toInt(); ++d)
            inner.sql += QLatin1String("[]");
        return inner;
    } else if (name == QLatin1String("Enum") || name == QLatin1String("ENUM")) {
        QStringList values;
        bool literal = true;
        for (const Value &v : call.items) {
            if (v.isString())
                values.append(v.text);
            else
                literal = false;
        }
        const Value *enumName = call.option(QStringLiteral("name"));
        const Value *native = call.option(QStringLiteral("native_enum"));
        const bool nativeEnum = !(native && native->isFalse());
        if (pg && nativeEnum) {
            if (!enumName || !enumName->isString()) {
                out.error = Tr::tr("an Enum without a literal name= (SQLAlchemy names it after "
                                   "the Python enum class)");
                return out;
            }
            out.sql = treesitter::quoteIdentifier(enumName->text);
            out.enumName = enumName->text;
            out.enumValues = values;
            const Value *create = call.option(QStringLiteral("create_type"));
            out.createEnum = literal && !(create && create->isFalse());
            if (!literal)
                out.unsupportedReason = Tr::tr("the values of enum %1 come from code; the type "
                                               "is not created")
                                            .arg(enumName->text);
        } else {
            if (!literal) {
                out.error = Tr::tr("the values of this Enum come from code");
                return out;
            }
            qsizetype longest = 0;
            for (const QString &v : values)
                longest = std::max(longest, v.size());
            const QString explicitLength = intArg(call, -1, "length");
            out.sql =
                withLength(QStringLiteral("VARCHAR"),
                           explicitLength.isEmpty() ? QString::number(longest) : explicitLength);
        }
    } else if (*module == QLatin1String("postgresql") && pg) {
        // Other PostgreSQL types under their own name (INET, CIDR, TSVECTOR, HSTORE,
        // MONEY, OID, MACADDR, BIT, CITEXT, INT4RANGE, ...).
        out.sql = name.toUpper();
        if (!length.isEmpty())
            out.sql = withLength(out.sql, length);
    } else {
        out.error =
            Tr::tr("%1 has no %2 form")
                .arg(call.text, pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    }
    return out;
}

std::optional<Value> sqlTextOf(const Value &value, const Imports &imports)
{
    if (value.isString())
        return value;
    if (value.kind == Value::Kind::Call && value.items.size() == 1 &&
        value.items.first().isString()) {
        const QString qualified = imports.qualify(value.text);
        if (isSa(qualified, "text") || isSa(qualified, "literal_column") ||
            qualified == QLatin1String("sqlalchemy.sql.text"))
            return value.items.first();
    }
    return std::nullopt;
}

std::optional<QString> renderServerDefault(const Value &value, const Imports &imports,
                                           SqlDialect dialect, QString *error)
{
    const bool pg = dialect == SqlDialect::PostgreSQL;
    if (value.isString())
        return treesitter::quoteLiteral(value.text);
    if (value.kind == Value::Kind::Integer || value.kind == Value::Kind::Float)
        return value.text;
    if (value.kind == Value::Kind::Call) {
        if (const std::optional<Value> sql = sqlTextOf(value, imports))
            return sql->text;
        const QString qualified = imports.qualify(value.text);
        if (isSa(qualified, "true"))
            return pg ? QStringLiteral("true") : QStringLiteral("1");
        if (isSa(qualified, "false"))
            return pg ? QStringLiteral("false") : QStringLiteral("0");
        if (isSa(qualified, "null"))
            return QStringLiteral("NULL");
        // sa.func.now(), sa.func.current_timestamp(), func.gen_random_uuid()
        const qsizetype funcAt = qualified.indexOf(QLatin1String("func."));
        if (funcAt >= 0 &&
            (funcAt == 0 || qualified.startsWith(QLatin1String("sqlalchemy.func.")))) {
            const QString function = qualified.mid(funcAt + 5);
            const QString lower = function.toLower();
            if (lower == QLatin1String("now"))
                return pg ? QStringLiteral("now()") : QStringLiteral("CURRENT_TIMESTAMP");
            if (lower == QLatin1String("current_timestamp") ||
                lower == QLatin1String("current_date") || lower == QLatin1String("current_time") ||
                lower == QLatin1String("localtimestamp") || lower == QLatin1String("localtime"))
                return function.toUpper();
            QStringList args;
            for (const Value &arg : value.items) {
                if (arg.isString())
                    args.append(treesitter::quoteLiteral(arg.text));
                else if (arg.kind == Value::Kind::Integer || arg.kind == Value::Kind::Float)
                    args.append(arg.text);
                else if (const std::optional<Value> sql = sqlTextOf(arg, imports))
                    args.append(sql->text);
                else {
                    *error = Tr::tr("argument of %1 is not a literal").arg(value.text);
                    return std::nullopt;
                }
            }
            return function + QLatin1Char('(') + args.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
    }
    if (const Value *unknown = value.firstUnknown())
        *error = unknown->text;
    else
        *error =
            Tr::tr("server_default %1 is not a string, sa.text() or sa.func call").arg(value.text);
    return std::nullopt;
}

} // namespace schemalens::load::alembic
