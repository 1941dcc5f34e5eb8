#pragma once

#include "core/load/sourcetext.h"
#include "core/load/treesitter/dslvalue.h"

#include <QByteArray>
#include <QString>

namespace schemalens::load::treesitter {

// Builds the SQL that a DSL migration (Ecto, Alembic) stands for, laid out so that every
// piece sits on the line and column of the DSL call that produced it. The SQL loaders then
// apply it like any SQL migration, and every origin they compute (statement, column
// definition, constraint, ALTER sub-command, parse error) points into the .exs/.py file,
// with no change to them. The layout only moves forward: a piece whose source position lies
// before the current output position (several statements from one call) follows on the
// current line.
class PlacedSql {
public:
    explicit PlacedSql(const QByteArray &source);

    // Moves the output to the line and column of `sourceOffset` (a byte offset into the
    // source) when that is ahead, otherwise separates with a space.
    void moveTo(qsizetype sourceOffset);
    void append(QByteArrayView text);
    void append(const QString &text) { append(QByteArrayView(text.toUtf8())); }
    void append(const char *text) { append(QByteArrayView(text)); }
    // Appends SQL taken from a string literal of the migration, starting on the line and
    // column of its first non-blank character (`fallback` when the text was produced), then
    // the rest as it is (escapes make the text drift from the source; lines move on only).
    void appendSource(const QList<Segment> &segments, qsizetype fallback);
    // Ends the statement with ';' (on a new line when its last line holds a -- comment).
    void endStatement();

    bool isEmpty() const { return m_out.isEmpty(); }
    const QByteArray &sql() const { return m_out; }
    QByteArray take() { return std::move(m_out); }
    int line() const { return m_line; }

private:
    SourceText m_source;
    QByteArray m_out;
    int m_line = 1;   // current output line, 1-based
    int m_column = 1; // current output column, 1-based, in characters
};

// SQL quoting for generated statements.
QString quoteIdentifier(const QString &name);                       // "name", quotes doubled
QString quoteQualified(const QString &schema, const QString &name); // "schema"."name"
QString quoteLiteral(const QString &text);                          // 'text', quotes doubled

} // namespace schemalens::load::treesitter
