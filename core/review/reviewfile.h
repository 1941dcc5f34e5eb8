#pragma once

#include "core/review/config.h"
#include "core/review/decision.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace schemalens::review {

// The review file (`.schemalens.json`) as a document the meeting edits: its decisions and
// notes can change, and writing it back touches only the entries that changed. Everything
// else (other keys, comments in "comment", key order, indentation, entries this version
// cannot read) stays byte for byte, so a file with no changes is written back identical and
// a git diff shows exactly what the meeting decided. New entries go in fingerprint (or
// note key) order, in the file's own indentation.
class ReviewFile {
public:
    // A review file that does not exist yet at PATH (saving creates it).
    static ReviewFile empty(const QString &path);
    // Reads PATH; a missing file is an empty one. Invalid JSON is an Error, never
    // overwritten. Problems of single entries are in problems().
    static Result<ReviewFile> read(const QString &path);
    static Result<ReviewFile> fromBytes(const QByteArray &bytes, const QString &path = QString());

    const QString &path() const { return m_path; }
    bool exists() const { return m_exists; }
    const QByteArray &original() const { return m_original; }
    const ReviewConfig &config() const { return m_config; } // as read (before edits)
    const QList<ConfigProblem> &problems() const { return m_problems; }

    const Decisions &decisions() const { return m_decisions; }
    std::optional<Decision> decision(const QString &fingerprint) const;
    const Notes &notes() const { return m_notes; }
    QString note(const QString &key) const { return m_notes.value(key); }

    void setDecision(const QString &fingerprint, const Decision &decision);
    void removeDecision(const QString &fingerprint);
    void setNote(const QString &key, const QString &text); // empty text removes the note
    // A comment for a file created from scratch (the connection a live source's file is for).
    void setCommentForNewFile(const QString &comment) { m_newFileComment = comment; }

    // True when the decisions or notes differ from the file's.
    bool isModified() const;
    // The file's new bytes: the original with only changed entries rewritten. Fails when the
    // file's "decisions" or "notes" is not an object (rewriting it would lose what it holds).
    Result<QByteArray> toBytes() const;
    // Writes toBytes() atomically when modified; afterwards the written bytes are the new
    // original. Returns whether anything was written.
    Result<bool> save();

private:
    QString m_path;
    bool m_exists = false;
    QByteArray m_original;
    ReviewConfig m_config;
    QList<ConfigProblem> m_problems;
    Decisions m_decisions;
    Notes m_notes;
    QString m_newFileComment;
};

// Where SOURCE's review file lives (existing or not): `.schemalens.json` in a folder source,
// beside a schema or SQLite file; for a connection string, a file in the application's data
// folder named after the connection without its password (connectionKey).
QString reviewFilePathFor(const QString &source);

// A connection string with its password removed entirely (not masked), so that a source
// with and without a password, or with a changed one, shares one review file.
QString connectionKey(const QString &source);

} // namespace schemalens::review
