#pragma once

#include "core/load/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace schemalens::load::discovery {

// The result of reading one migration file: either its bytes (valid UTF-8, not binary) or
// the diagnostic that explains why it was not loaded.
struct SourceText {
    bool ok = false;
    QByteArray bytes;
    Diagnostic problem; // set when !ok; rule "parse-error", location = the file
    QString reason;     // set when !ok; short, for MigrationPlan::skipped
};

// Reads a migration file defensively: refuses non-regular files (folders named *.sql, FIFOs
// that would block, broken or looping symlinks) and files larger than `maxBytes` before
// allocating anything; rejects binary files (a NUL byte in the first 8 KB) and non-UTF-8
// text (reporting the line and column of the first invalid byte). A UTF-8 byte order mark
// is replaced by a space so that the parsers do not choke on it while columns stay put.
// `relativePath` names the file in diagnostics.
SourceText readSourceFile(const QString &absolutePath, const QString &relativePath,
                          qint64 maxBytes);

// Reads at most `limit` bytes of a regular file, silently (empty on any problem). Used for
// classification (layout markers, dialect evidence), never for loading.
QByteArray peekFile(const QString &absolutePath, qint64 limit);

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<qsizetype> firstInvalidUtf8(const QByteArray &bytes);

} // namespace schemalens::load::discovery
