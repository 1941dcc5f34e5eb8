#pragma once

// Edits of stored expression text after a rename. PostgreSQL keeps defaults, CHECKs, index
// expressions and predicates as parsed trees referring to objects by number, so renaming a
// column or moving a sequence changes how they print. The loader keeps them as text: these
// functions re-parse the text with libpg_query ("SELECT <expr>"), find the references in
// the tree, and replace exactly those tokens, leaving the rest of the text as it was.

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace schemalens::load::pg {

// Renames column references (ColumnRef nodes whose last field is `oldName`) in an
// expression over one table. Returns the text unchanged when nothing refers to the column
// or it does not parse.
QString renameColumnInExpression(const QString &expression, const QString &oldName,
                                 const QString &newName);

// Rewrites the regclass literal of every nextval()/currval() call: `rename` receives the
// literal's name parts (as regclass input reads them: unquoted parts lower-cased) and
// returns the new text of the name, or nothing to leave it.
QString rewriteSequenceReferences(
    const QString &expression,
    const std::function<std::optional<QString>(const QStringList &parts)> &rename);

// Replaces the string constants equal to `oldValue` (an enum label after RENAME VALUE:
// PostgreSQL stores the label's oid, so a default 'old'::mood prints as 'new'::mood).
QString renameStringConstant(const QString &expression, const QString &oldValue,
                             const QString &newValue);

} // namespace schemalens::load::pg
