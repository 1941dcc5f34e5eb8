#include "core/report/reviewreport.h"

#include "core/util/plural.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace schemalens::report {

using review::Finding;
using review::ObjectRef;
using review::Severity;

namespace {

// Translated in the "report" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(report)
};

const model::Table *findTable(const model::Schema &schema, const QString &qualified)
{
    const qsizetype dot = qualified.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return nullptr;
    return schema.table(qualified.left(dot), qualified.mid(dot + 1));
}

QString qualify(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

QString tableList(const QStringList &tables)
{
    constexpr int shown = 4;
    if (tables.size() <= shown + 1)
        return tables.join(QLatin1String(", "));
    return Tr::tr("%1 and %2 more")
        .arg(tables.mid(0, shown).join(QLatin1String(", ")))
        .arg(tables.size() - shown);
}

} // namespace

QString ReviewReport::sourceName() const
{
    if (!loaded)
        return {};
    const QString root = loaded->source.rootPath;
    if (root.contains(QLatin1String("://")) || root.contains(QLatin1Char('=')))
        return root.section(QLatin1Char('@'), -1); // a connection string: never its password
    const QString name = QFileInfo(root).fileName();
    return name.isEmpty() ? root : name;
}

QString ReviewReport::layout() const
{
    return loaded ? loaded->source.layout : QString();
}

QString ReviewReport::dialect() const
{
    return loaded ? load::dialectName(loaded->source.dialect) : QString();
}

const review::Rules &ReviewReport::catalogue() const
{
    return rules ? *rules : review::allRules();
}

model::Origin locationOf(const ReviewReport &report, const Finding &finding)
{
    if (finding.location.isValid() || !report.loaded)
        return finding.location;
    const ObjectRef &o = finding.object;
    const model::Schema &schema = report.loaded->schema;
    const model::Table *table = nullptr;
    if (!o.table.isEmpty())
        table = schema.table(o.schema, o.table);
    for (qsizetype i = 0; !table && i < o.tables.size(); ++i)
        table = findTable(schema, o.tables.at(i));
    if (table && table->origin.isValid())
        return table->origin;
    if (o.kind == ObjectRef::Kind::Migration && !o.file.isEmpty()) {
        model::Origin origin;
        origin.file = o.file;
        return origin;
    }
    return finding.location;
}

QString locationText(const model::Origin &origin)
{
    if (origin.file.isEmpty())
        return {};
    QString text = origin.file;
    if (origin.line > 0) {
        text += QLatin1Char(':') + QString::number(origin.line);
        if (origin.column > 0)
            text += QLatin1Char(':') + QString::number(origin.column);
    }
    return text;
}

QString objectText(const ObjectRef &o)
{
    const QString table = o.table.isEmpty() ? QString() : qualify(o.schema, o.table);
    switch (o.kind) {
    case ObjectRef::Kind::Column:
        if (!table.isEmpty() && !o.column.isEmpty())
            return table + QLatin1Char('.') + o.column;
        break;
    case ObjectRef::Kind::ForeignKey: {
        QString text = Tr::tr("foreign key");
        if (!o.constraint.isEmpty())
            text += QLatin1Char(' ') + o.constraint;
        if (!table.isEmpty())
            text += Tr::tr(" on %1").arg(table);
        if (!o.columns.isEmpty())
            text += QLatin1String(" (") + o.columns.join(QLatin1String(", ")) + QLatin1Char(')');
        else if (!o.column.isEmpty())
            text += QLatin1String(" (") + o.column + QLatin1Char(')');
        if (!o.refTable.isEmpty())
            text += QLatin1String(" -> ") + qualify(o.refSchema, o.refTable);
        return text;
    }
    case ObjectRef::Kind::Index:
        if (!o.index.isEmpty())
            return table.isEmpty() ? Tr::tr("index %1").arg(o.index)
                                   : Tr::tr("index %1 on %2").arg(o.index, table);
        break;
    case ObjectRef::Kind::Constraint:
        if (!o.constraint.isEmpty())
            return table.isEmpty() ? Tr::tr("constraint %1").arg(o.constraint)
                                   : Tr::tr("constraint %1 on %2").arg(o.constraint, table);
        break;
    case ObjectRef::Kind::Migration:
        if (!o.file.isEmpty())
            return Tr::tr("migration %1").arg(o.file);
        break;
    case ObjectRef::Kind::Type:
        if (!table.isEmpty())
            return Tr::tr("type %1").arg(table);
        break;
    case ObjectRef::Kind::View:
        if (!table.isEmpty())
            return Tr::tr("view %1").arg(table);
        break;
    case ObjectRef::Kind::Schema:
        if (!o.schema.isEmpty() && o.tables.isEmpty())
            return Tr::tr("schema %1").arg(o.schema);
        break;
    case ObjectRef::Kind::Table:
        break;
    }
    if (!table.isEmpty())
        return o.column.isEmpty() ? table : table + QLatin1Char('.') + o.column;
    if (!o.tables.isEmpty())
        return tableList(o.tables);
    if (!o.columns.isEmpty())
        return o.columns.join(QLatin1String(", "));
    return o.schema;
}

QString objectKindWord(const ObjectRef &object)
{
    if (object.kind == ObjectRef::Kind::Table && !object.table.isEmpty())
        return Tr::tr("table");
    if (object.kind == ObjectRef::Kind::Column && !object.column.isEmpty())
        return Tr::tr("column");
    return {};
}

FixParts splitFix(const QString &fix)
{
    // SQL statements in fixes are written in upper case; prose that starts with "Create" or
    // "Add" is not, so only an upper-case keyword (or a comment) starts the SQL part.
    static const QRegularExpression sqlStart(QStringLiteral(
        "^(--|/\\*|(ALTER|CREATE|DROP|UPDATE|INSERT|DELETE|COMMENT|BEGIN|COMMIT|WITH|SELECT|"
        "SET|RESET|REINDEX|GRANT|REVOKE|PRAGMA|VACUUM|ANALYZE|TRUNCATE|DO|CLUSTER)(\\s|;|$))"));
    const QStringList lines = fix.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (sqlStart.match(lines.at(i).trimmed()).hasMatch()) {
            FixParts parts;
            parts.prose = lines.mid(0, i).join(QLatin1Char('\n')).trimmed();
            parts.sql = lines.mid(i).join(QLatin1Char('\n')).trimmed();
            return parts;
        }
    }
    return {fix.trimmed(), {}};
}

QString markdownFence(const QString &code, const QString &language)
{
    int longest = 0;
    int run = 0;
    for (QChar c : code) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    return fence + language + QLatin1Char('\n') + code + QLatin1Char('\n') + fence;
}

QString markdownEscape(const QString &text)
{
    // Inline markup anywhere; block markup (headings, lists, quotes) only at the start.
    static const QString inlineSpecial = QStringLiteral("\\`*_[]<>|~&");
    static const QString blockSpecial = QStringLiteral("#+->=");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
        if (inlineSpecial.contains(c) || (out.isEmpty() && blockSpecial.contains(c)))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString markdownCode(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Pipes would end a table cell even inside a code span (GFM).
    flat.replace(QLatin1Char('|'), QLatin1String("\\|"));
    int longest = 0;
    int run = 0;
    for (QChar c : flat) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString ticks(longest + 1, QLatin1Char('`'));
    const bool pad = flat.startsWith(QLatin1Char('`')) || flat.endsWith(QLatin1Char('`'));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return ticks + space + flat + space + ticks;
}

QString severityHeading(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("Errors");
    case Severity::Warning:
        return Tr::tr("Warnings");
    case Severity::Info:
        return Tr::tr("Info");
    }
    return {};
}

review::Findings findingsOf(const review::Findings &findings, Severity severity)
{
    review::Findings out;
    for (const Finding &f : findings) {
        if (f.severity == severity)
            out.append(f);
    }
    return out;
}

QString severityCounts(const review::Summary &summary)
{
    QStringList parts;
    if (summary.errors)
        parts.append(plural(Tr::tr("%n error(s)", nullptr, int(summary.errors)), summary.errors));
    if (summary.warnings)
        parts.append(
            plural(Tr::tr("%n warning(s)", nullptr, int(summary.warnings)), summary.warnings));
    if (summary.infos)
        parts.append(plural(Tr::tr("%n info(s)", nullptr, int(summary.infos)), summary.infos));
    return parts.isEmpty() ? Tr::tr("no findings") : parts.join(QLatin1String(", "));
}

QString onDeleteBreakdown(const review::Summary &summary)
{
    // Most consequential first: what deletes data, what nulls it, what blocks.
    static const QStringList order = {QStringLiteral("cascade"), QStringLiteral("set null"),
                                      QStringLiteral("set default"), QStringLiteral("restrict"),
                                      QStringLiteral("no action")};
    QStringList parts;
    for (const QString &policy : order) {
        if (const int n = summary.foreignKeysByOnDelete.value(policy))
            parts.append(QStringLiteral("%1 %2").arg(policy).arg(n));
    }
    for (auto it = summary.foreignKeysByOnDelete.cbegin();
         it != summary.foreignKeysByOnDelete.cend(); ++it) {
        if (!order.contains(it.key()) && it.value())
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    return parts.join(QLatin1String(", "));
}

QString shortObjectText(const ObjectRef &o)
{
    const auto name = [&](const QString &schema, const QString &table) {
        return schema.isEmpty() || schema == QLatin1String("public") ||
                       schema == QLatin1String("main")
                   ? table
                   : schema + QLatin1Char('.') + table;
    };
    const QString table = o.table.isEmpty() ? QString() : name(o.schema, o.table);
    if (o.kind == ObjectRef::Kind::Migration && !o.file.isEmpty())
        return QFileInfo(o.file).fileName() == QLatin1String("up.sql") ||
                       QFileInfo(o.file).fileName() == QLatin1String("migration.sql")
                   ? o.file.section(QLatin1Char('/'), -2)
                   : QFileInfo(o.file).fileName();
    if (!table.isEmpty()) {
        if (!o.column.isEmpty())
            return table + QLatin1Char('.') + o.column;
        if (!o.index.isEmpty())
            return table + QLatin1String(" (") + o.index + QLatin1Char(')');
        if (!o.constraint.isEmpty())
            return table + QLatin1String(" (") + o.constraint + QLatin1Char(')');
        if (o.kind == ObjectRef::Kind::ForeignKey && !o.columns.isEmpty())
            return table + QLatin1Char('.') + o.columns.join(QLatin1Char(','));
        if (o.tables.size() > 1) {
            QStringList names;
            for (const QString &t : o.tables) {
                const qsizetype dot = t.indexOf(QLatin1Char('.'));
                names.append(dot < 0 ? t : name(t.left(dot), t.mid(dot + 1)));
            }
            return names.join(QLatin1Char('+'));
        }
        return table;
    }
    if (!o.tables.isEmpty()) {
        QStringList names;
        for (const QString &t : o.tables) {
            const qsizetype dot = t.indexOf(QLatin1Char('.'));
            names.append(dot < 0 ? t : name(t.left(dot), t.mid(dot + 1)));
        }
        return names.join(QLatin1Char('+'));
    }
    if (!o.schema.isEmpty())
        return Tr::tr("schema %1").arg(o.schema);
    return Tr::tr("the schema");
}

QString namesList(const QStringList &names, int shown)
{
    if (names.size() <= shown + 1)
        return names.join(QLatin1String(", "));
    return Tr::tr("%1 and %2 more")
        .arg(names.mid(0, shown).join(QLatin1String(", ")))
        .arg(names.size() - shown);
}

namespace {

// "5 columns", "3 tables", "2 foreign keys"... for a group of findings about KIND.
QString groupCount(ObjectRef::Kind kind, qsizetype n)
{
    switch (kind) {
    case ObjectRef::Kind::Column:
        return Tr::tr("%1 columns").arg(n);
    case ObjectRef::Kind::Table:
        return Tr::tr("%1 tables").arg(n);
    case ObjectRef::Kind::ForeignKey:
        return Tr::tr("%1 foreign keys").arg(n);
    case ObjectRef::Kind::Index:
        return Tr::tr("%1 indexes").arg(n);
    case ObjectRef::Kind::Migration:
        return Tr::tr("%1 places in the migrations").arg(n);
    default:
        break;
    }
    return Tr::tr("%1 places").arg(n);
}

} // namespace

QList<TopIssueLine> topIssueLines(const ReviewReport &report, int maxItems)
{
    const review::Findings &findings = report.result->findings;
    QList<TopIssueLine> lines;
    for (const review::TopIssue &item : review::topIssues(findings, maxItems)) {
        TopIssueLine line;
        line.severity = item.severity;
        line.rule = item.rule;
        line.score = item.score;
        line.count = int(item.findings.size());
        const Finding &best = findings.at(item.findings.first());
        bool sameKind = true;
        for (int i : item.findings) {
            const Finding &f = findings.at(i);
            sameKind = sameKind && f.object.kind == best.object.kind;
            const QString object = shortObjectText(f.object);
            if (!line.objects.contains(object))
                line.objects.append(object);
        }
        if (item.findings.size() == 1) {
            line.headline = best.message;
            line.location = locationText(locationOf(report, best));
        } else {
            QString title = item.rule;
            for (const review::Rule &rule : report.catalogue()) {
                if (rule.info.id == item.rule)
                    title = rule.info.title;
            }
            line.headline = title + QLatin1String(": ") +
                            groupCount(sameKind ? best.object.kind : ObjectRef::Kind::Schema,
                                       item.findings.size());
        }
        lines.append(line);
    }
    return lines;
}

QList<std::pair<QString, QString>> summaryRows(const ReviewReport &report)
{
    const review::Summary &s = report.result->summary;
    QList<std::pair<QString, QString>> rows;
    const auto number = [](int n) { return QString::number(n); };
    QString source = report.sourceName();
    if (!report.layout().isEmpty())
        source += QStringLiteral(" (%1, %2)").arg(report.layout(), report.dialect());
    rows.append({Tr::tr("Source"), source});
    if (report.loaded && report.loaded->source.isFolder)
        rows.append({Tr::tr("Migrations"), number(s.migrations)});
    rows.append({Tr::tr("Tables"), number(s.tables)});
    rows.append({Tr::tr("Columns"), number(s.columns)});
    QString fks = number(s.foreignKeys);
    if (s.foreignKeys > 0)
        fks += Tr::tr(" (ON DELETE: %1)").arg(onDeleteBreakdown(s));
    rows.append({Tr::tr("Foreign keys"), fks});
    rows.append({Tr::tr("Soft foreign keys"), number(s.softForeignKeys)});
    rows.append({Tr::tr("Indexes (besides keys)"), number(s.indexes)});
    rows.append({Tr::tr("Triggers"), number(s.triggers)});
    rows.append({Tr::tr("Views"), number(s.views)});
    rows.append({Tr::tr("Enum types"), number(s.enums)});
    rows.append({Tr::tr("Findings"), severityCounts(s)});
    if (!report.result->suppressed.isEmpty())
        rows.append({Tr::tr("Suppressed"), number(int(report.result->suppressed.size()))});
    return rows;
}

QString decisionLine(const review::Decision &decision)
{
    QString line = review::decisionStatusTitle(decision.status);
    if (!decision.note.isEmpty())
        line += QLatin1String(": ") + decision.note;
    QStringList who;
    if (!decision.owner.isEmpty())
        who.append(decision.owner);
    if (!decision.date.isEmpty())
        who.append(decision.date);
    if (!who.isEmpty())
        line += QLatin1String(" (") + who.join(QLatin1String(", ")) + QLatin1Char(')');
    return line;
}

} // namespace schemalens::report
