#include "core/load/discovery/sections.h"

#include <optional>

namespace schemalens::load::discovery {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// The marker found on one line, if any.
enum class Marker { None, Up, Down, NoTransaction };

struct LineMarker {
    Marker marker = Marker::None;
    bool noTransaction = false; // dbmate "-- migrate:up transaction:false"
};

QByteArray lowerSimplified(QByteArrayView text)
{
    return text.toByteArray().toLower().simplified();
}

// The text of a "-- comment" line after the dashes and spaces; nullopt for other lines.
std::optional<QByteArrayView> lineCommentText(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    if (!line.sliced(i).startsWith("--"))
        return std::nullopt;
    i += 2;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    return line.sliced(i);
}

// "-- +goose Up", "--+goose up", "-- +goose NO TRANSACTION" (goose lower-cases annotations).
LineMarker gooseMarker(QByteArrayView line)
{
    const std::optional<QByteArrayView> comment = lineCommentText(line);
    if (!comment || !comment->startsWith("+goose"))
        return {};
    const QByteArray command = lowerSimplified(comment->sliced(6));
    if (command == "up" || command.startsWith("up "))
        return {Marker::Up, false};
    if (command == "down" || command.startsWith("down "))
        return {Marker::Down, false};
    if (command == "no transaction")
        return {Marker::NoTransaction, true};
    return {};
}

// "-- migrate:up [transaction:false]" / "-- migrate:down".
LineMarker dbmateMarker(QByteArrayView line)
{
    const std::optional<QByteArrayView> comment = lineCommentText(line);
    if (!comment)
        return {};
    const QByteArray rest = lowerSimplified(*comment);
    if (rest == "migrate:up" || rest.startsWith("migrate:up "))
        return {Marker::Up, rest.contains("transaction:false")};
    if (rest == "migrate:down" || rest.startsWith("migrate:down "))
        return {Marker::Down, false};
    return {};
}

LineMarker markerOf(QByteArrayView line, SectionStyle style)
{
    return style == SectionStyle::Goose ? gooseMarker(line) : dbmateMarker(line);
}

template <typename F> void forEachLine(const QByteArray &text, F &&f)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        f(start, end);
        start = end + 1;
    }
}

bool hasUpMarker(const QByteArray &sql, SectionStyle style)
{
    bool found = false;
    forEachLine(sql, [&](qsizetype start, qsizetype end) {
        if (!found &&
            markerOf(QByteArrayView(sql).sliced(start, end - start), style).marker == Marker::Up)
            found = true;
    });
    return found;
}

} // namespace

bool hasGooseUp(const QByteArray &sql)
{
    return sql.contains("+goose") && hasUpMarker(sql, SectionStyle::Goose);
}

bool hasDbmateUp(const QByteArray &sql)
{
    return sql.contains("migrate:up") && hasUpMarker(sql, SectionStyle::Dbmate);
}

PreparedSql keepUpSection(const QByteArray &sql, SectionStyle style)
{
    PreparedSql result{sql, false};
    if (style == SectionStyle::Whole)
        return result;
    // Text before the first up marker is not part of the migration (tools reject or ignore
    // it); without any up marker only a down section is dropped.
    bool keep = !hasUpMarker(sql, style);
    char *out = result.sql.data();
    forEachLine(sql, [&](qsizetype start, qsizetype end) {
        const LineMarker m = markerOf(QByteArrayView(sql).sliced(start, end - start), style);
        if (m.noTransaction)
            result.noTransaction = true;
        if (m.marker == Marker::Up)
            keep = true;
        else if (m.marker == Marker::Down)
            keep = false;
        // The NO TRANSACTION annotation usually precedes the up marker; it stays visible.
        if (!keep && m.marker != Marker::NoTransaction) {
            for (qsizetype k = start; k < end; ++k)
                out[k] = ' ';
        }
    });
    return result;
}

QByteArray replacePlaceholders(QByteArray sql, Dialect dialect)
{
    // GoTrue (pop) Go-template namespace: tolerate the spacing variants seen in the wild,
    // e.g. `{{ index .Options "Namespace" }}` and `{{index .Options "Namespace" }}`.
    if (sql.contains("{{")) {
        QByteArray out;
        out.reserve(sql.size());
        qsizetype pos = 0;
        while (true) {
            const qsizetype open = sql.indexOf("{{", pos);
            if (open < 0)
                break;
            const qsizetype close = sql.indexOf("}}", open + 2);
            if (close < 0)
                break;
            if (close - open > 200) { // not a template action, just braces in the text
                out.append(QByteArrayView(sql).sliced(pos, open + 2 - pos));
                pos = open + 2;
                continue;
            }
            const QByteArray inner = sql.mid(open + 2, close - open - 2).simplified();
            out.append(QByteArrayView(sql).sliced(pos, open - pos));
            if (inner == "index .Options \"Namespace\"")
                out.append("auth");
            else
                out.append(QByteArrayView(sql).sliced(open, close + 2 - open));
            pos = close + 2;
        }
        out.append(QByteArrayView(sql).sliced(pos));
        sql = std::move(out);
    }
    static const QByteArray synapseKey = "$%AUTO_INCREMENT_PRIMARY_KEY%$";
    if (sql.contains(synapseKey)) {
        sql.replace(synapseKey,
                    dialect == Dialect::SQLite
                        ? QByteArray("INTEGER PRIMARY KEY AUTOINCREMENT")
                        : QByteArray("BIGINT PRIMARY KEY GENERATED ALWAYS AS IDENTITY"));
    }
    return sql;
}

} // namespace schemalens::load::discovery
