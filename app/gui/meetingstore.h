#pragma once

#include "app/gui/document.h"
#include "core/review/reviewfile.h"

#include <QObject>

namespace schemalens::gui {

// The design review's decisions and notes for the open document, kept in its review file
// (core/review/reviewfile.h): every change is written at once, so a meeting loses nothing
// when the program or the machine stops. The document itself is immutable; the window asks
// this store what was decided.
class MeetingStore : public QObject {
    Q_OBJECT
public:
    explicit MeetingStore(QObject *parent = nullptr);

    // Reads the review file of DOCUMENT (the one its review used, else where it belongs).
    void setDocument(DocumentPtr document);
    DocumentPtr document() const { return m_document; }
    QString path() const { return m_file.path(); }
    // Why the store cannot write (the file is not valid JSON...); empty when it can.
    QString readError() const { return m_readError; }
    QString lastError() const { return m_lastError; }

    std::optional<review::Decision> decision(const QString &fingerprint) const;
    review::DecisionStatus status(const QString &fingerprint) const;
    const review::Decisions &decisions() const { return m_file.decisions(); }
    const review::Notes &notes() const { return m_file.notes(); }
    QString note(const QString &key) const { return m_file.note(key); }

    // Records the decision on FINDING with today's date and the finding's rule and message
    // (so that the file reads without the program). An open status with no note and no owner
    // removes the entry. A won't-fix needs a reason: without one nothing is written and this
    // returns false with lastError() set. False too when the file cannot be written.
    bool decide(const review::Finding &finding, review::DecisionStatus status, const QString &note,
                const QString &owner);
    bool setStatus(const review::Finding &finding, review::DecisionStatus status);
    bool setNote(const QString &key, const QString &text);

    // Decisions whose finding is not in the document's review (fixed by a migration, rule
    // turned off...): shown as resolved, removed only by removeResolved().
    review::Decisions resolved() const;
    bool removeResolved();

    // How many of FINDINGS have a decision other than open.
    int decidedCount(const review::Findings &findings) const;

    // True when the review file on disk holds exactly what this store last wrote (so a
    // file-system event about it is our own write, not a teammate's change).
    bool fileIsOurs() const;

Q_SIGNALS:
    void decisionChanged(const QString &fingerprint);
    void notesChanged();
    void resolvedChanged();
    void writeFailed(const QString &message);

private:
    bool save();

    DocumentPtr m_document;
    review::ReviewFile m_file;
    QString m_readError;
    QString m_lastError;
    QByteArray m_written; // bytes of our last write (or read)
};

} // namespace schemalens::gui
