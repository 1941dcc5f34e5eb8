#pragma once

// Private to core/load/ecto: the translator of one migration, split over
// ectotranslator.cpp (module, statements, helper functions, loops, reporting) and
// ectocommands.cpp (the DSL commands rendered as PostgreSQL DDL).

#include "core/load/ecto/ectotranslator.h"
#include "core/load/ecto/exevaluator.h"
#include "core/load/sourcetext.h"
#include "core/load/treesitter/placedsql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace schemalens::load::ecto {

using treesitter::PlacedSql;
using treesitter::quoteIdentifier;
using treesitter::quoteLiteral;
using treesitter::quoteQualified;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// A column change inside create/alter: add, add_if_not_exists, modify, remove,
// remove_if_exists (timestamps() expands to two adds).
struct ColumnChange {
    enum class Kind { Add, AddIfNotExists, Modify, Remove, RemoveIfExists };
    Kind kind = Kind::Add;
    QString name;
    Value type;    // Unknown (kind Unknown with empty text) when not given (remove/1)
    Value options; // a Call-kind value holding the keyword options
    qsizetype offset = 0;

    bool hasType() const { return !(type.isUnknown() && type.text.isEmpty()); }
    bool isPrimaryKey() const
    {
        const Value *pk = options.option(QStringLiteral("primary_key"));
        return kind != Kind::Remove && kind != Kind::RemoveIfExists && pk && pk->isTrue();
    }
    bool isReference() const { return type.isCall("references"); }
};

struct TableSpec {
    QString name;
    QString prefix;
    Value options; // the table(...) call
    QString qualified() const { return quoteQualified(prefix, name); }
};

inline Value optionsOf(const QList<std::pair<QString, Value>> &keywords)
{
    Value v;
    v.kind = Value::Kind::Call;
    v.keywords = keywords;
    return v;
}

inline QString quoteNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(quoteIdentifier(n));
    return quoted.join(QStringLiteral(", "));
}

// Calls that print or log: harmless, nothing to report.
inline bool isHarmlessCall(const QString &name)
{
    return name.startsWith(QLatin1String("IO.")) || name.startsWith(QLatin1String("Logger.")) ||
           name == QLatin1String("flush") || name == QLatin1String("require") ||
           name == QLatin1String("import") || name == QLatin1String("alias") ||
           name == QLatin1String("use") || name == QLatin1String("Code.ensure_loaded");
}

class Translator {
public:
    Translator(const QByteArray &source, const QString &path, int ordinal, const RepoConfig &config,
               Translation &out)
        : m_tree(treesitter::Grammar::Elixir, source)
        , m_eval(m_tree)
        , m_sql(source)
        , m_text(source)
        , m_path(path)
        , m_ordinal(ordinal)
        , m_config(config)
        , m_out(out)
    {}

    void run();

private:
    // Module level
    void module(const Node &doBlock);
    void functionBody(const Node &def);
    void statements(const Node &block);
    void statement(const Node &node);

    // Commands
    void create(const Node &call, const Value &object, bool ifNotExists);
    void createTable(const Node &call, const TableSpec &table, bool ifNotExists);
    void alterTable(const Node &call, const TableSpec &table);
    void createIndex(const Node &call, const Value &index, bool ifNotExists);
    void createConstraint(const Node &call, const Value &constraint);
    void drop(const Node &call, const Value &object, const Value &options, bool ifExists);
    void rename(const Node &call, const Value &args);
    void execute(const Node &call, const Value &args);

    // Pieces
    std::optional<TableSpec> tableOf(const Value &value, const Node &where);
    QList<ColumnChange> columnChanges(const Node &doBlock, bool inCreate);
    bool columnStatement(const Node &node, const QString &name, const Value &call);
    void addTimestamps(const Value &call, QList<ColumnChange> &changes);
    std::optional<ColumnChange> primaryKeyColumn(const TableSpec &table, qsizetype offset);
    std::optional<QString> columnDefinition(const ColumnChange &change, const TableSpec &table,
                                            bool inlinePrimaryKey);
    std::optional<QString> columnChange(const ColumnChange &change, const TableSpec &table);
    QString typeAndOptions(const ColumnChange &change, const Value &type, bool reference);
    void comments(const TableSpec &table, const QList<ColumnChange> &changes);
    void emitStatement(qsizetype offset, const QString &sql);

    // Reporting
    void unsupported(qsizetype offset, const QString &construct, const QString &message);
    void unsupportedValue(const Value &value, const QString &context, qsizetype fallback);
    void customType(qsizetype offset, const QString &table, const QString &column,
                    const QString &type);
    Diagnostic diagnostic(const QString &rule, Diagnostic::Severity severity, qsizetype offset,
                          const QString &message) const;

    // Helper functions and comprehensions (ectotranslator.cpp)
    struct LocalFunction {
        QStringList params;
        Node body; // a do_block, or the expression of `do:`
        bool block = false;
    };
    void collectFunction(const Node &def);
    bool inlineCall(const Node &node, const QString &name, const Value &call);
    std::optional<Value> evaluateFunction(const Node &call);
    void comprehension(const Node &node);
    bool bindPattern(const Node &pattern, const Value &value, QHash<QString, Value> &into) const;
    // Where the SQL of a statement goes: its own offset, or the call site while a helper
    // function or a loop body is expanded (their statements belong to that line).
    void place(qsizetype offset);

    SyntaxTree m_tree;
    ExEvaluator m_eval;
    PlacedSql m_sql;
    SourceText m_text;
    QString m_path;
    int m_ordinal = 0;
    const RepoConfig &m_config;
    Translation &m_out;
    QSet<QString> m_localFunctions;
    QHash<QString, QList<LocalFunction>> m_functions; // name -> clauses with plain parameters
    qsizetype m_anchor = -1;
    QList<ColumnChange> *m_block = nullptr; // the create/alter block being read
    bool m_inCreate = false;
    int m_depth = 0;          // helper calls and loops being expanded
    QSet<QString> m_reported; // "offset:message", once each (helpers expand many times)
};

} // namespace schemalens::load::ecto
