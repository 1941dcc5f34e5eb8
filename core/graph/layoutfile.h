#pragma once

#include "core/graph/columnmode.h"
#include "core/util/result.h"

#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace schemalens::graph {

// `.schemalens-layout.json`: what a team decided about its diagram's arrangement, kept next to
// the migrations and reviewed in git like code (DESIGN.md, "Files beside a source"). Plain
// sorted JSON, one table per line, so that moving a table changes one line:
//
//   {
//     "modes": {
//       "names": {
//         "tables": {
//           "public.orders": {"pinned": true, "x": 120, "y": 40},
//           "public.users": {"x": 400, "y": 40}
//         }
//       }
//     },
//     "version": 1,
//     "views": {
//       "Billing": {
//         "modes": {...},
//         "tables": ["public.invoices", "public.orders"]
//       }
//     }
//   }
//
// Positions are the top-left of a table's box in diagram points, by schema-qualified name.
// A pinned table stays where it is when the rest is arranged again.

struct TablePlacement {
    QPointF topLeft;
    bool pinned = false;
    bool operator==(const TablePlacement &other) const = default;
};

// The arrangement of one column mode: positions by "schema.table".
struct Arrangement {
    QMap<QString, TablePlacement> tables;
    bool isEmpty() const { return tables.isEmpty(); }
    bool operator==(const Arrangement &other) const = default;
};

// A named subset of tables with arrangements of its own.
struct SavedView {
    QStringList tables;               // "schema.table", sorted
    QMap<QString, Arrangement> modes; // by columnModeName()
    bool operator==(const SavedView &other) const = default;
};

struct LayoutFile {
    QMap<QString, Arrangement> modes; // by columnModeName()
    QMap<QString, SavedView> views;   // by name
    bool operator==(const LayoutFile &other) const = default;

    Arrangement arrangement(ColumnMode mode, const QString &view = {}) const;
    void setArrangement(ColumnMode mode, const Arrangement &arrangement, const QString &view = {});
    bool isEmpty() const { return modes.isEmpty() && views.isEmpty(); }
};

struct LayoutFileProblem {
    QString path; // JSON path, e.g. "modes.names.tables.public.orders.x"
    QString message;
};

struct ParsedLayoutFile {
    LayoutFile file;
    QList<LayoutFileProblem> problems; // unknown keys and bad values, skipped; the rest applies
};

inline constexpr char kLayoutFileName[] = ".schemalens-layout.json";

// Reads the JSON text; an error only when it is not a JSON object at all.
Result<ParsedLayoutFile> parseLayoutFile(const QByteArray &json);
// Canonical text: sorted keys, two-space indentation, one table per line, whole points.
QByteArray serializeLayoutFile(const LayoutFile &file);

// Where SOURCE keeps its layout file: next to a migration folder or schema file; for a
// database connection (postgresql://…, a DSN) in DATADIRECTORY (the application's data
// folder), named after the connection string without its password. Empty when neither.
QString layoutFilePath(const QString &source, const QString &dataDirectory);

// The data folder live sources keep their layout files in, shared by the application and
// the CLI: <generic data location>/Schemalens.
QString layoutDataDirectory();

// Reads PATH (a missing file is an empty layout, not an error).
Result<ParsedLayoutFile> readLayoutFile(const QString &path);
// Writes FILE to PATH when its text differs from what is there (atomically); an empty layout
// removes nothing and writes nothing unless a file exists. Returns whether it wrote.
Result<bool> writeLayoutFile(const QString &path, const LayoutFile &file);

} // namespace schemalens::graph
