#include "app/gui/meetingstore.h"

#include "core/load/live/connstring.h"
#include "core/review/decisions.h"

#include <QDate>
#include <QFile>

namespace schemalens::gui {

MeetingStore::MeetingStore(QObject *parent)
    : QObject(parent)
    , m_file(review::ReviewFile::empty(QString()))
{}

void MeetingStore::setDocument(DocumentPtr document)
{
    m_document = std::move(document);
    m_readError.clear();
    m_lastError.clear();
    m_file = review::ReviewFile::empty(QString());
    m_written.clear();
    if (!m_document)
        return;
    const QString path = m_document->configPath.isEmpty()
                             ? review::reviewFilePathFor(m_document->source)
                             : m_document->configPath;
    Result<review::ReviewFile> file = review::ReviewFile::read(path);
    if (!file) {
        // Never overwrite a file we could not read: decisions stay in memory only.
        m_readError = file.error().toString();
        m_file = review::ReviewFile::empty(QString());
        return;
    }
    m_file = std::move(file).value();
    if (load::live::isConnectionString(m_document->source))
        m_file.setCommentForNewFile(
            tr("Schemalens review file of %1").arg(review::connectionKey(m_document->source)));
    m_written = m_file.original();
}

std::optional<review::Decision> MeetingStore::decision(const QString &fingerprint) const
{
    return m_file.decision(fingerprint);
}

review::DecisionStatus MeetingStore::status(const QString &fingerprint) const
{
    const auto d = m_file.decision(fingerprint);
    return d ? d->status : review::DecisionStatus::Open;
}

bool MeetingStore::decide(const review::Finding &finding, review::DecisionStatus status,
                          const QString &note, const QString &owner)
{
    m_lastError.clear();
    if (status == review::DecisionStatus::WontFix && note.trimmed().isEmpty()) {
        m_lastError = tr("A won't-fix decision needs a reason: write it in the note.");
        return false;
    }
    const std::optional<review::Decision> old = m_file.decision(finding.fingerprint);
    if (status == review::DecisionStatus::Open && note.trimmed().isEmpty() &&
        owner.trimmed().isEmpty()) {
        if (!old)
            return true;
        m_file.removeDecision(finding.fingerprint);
    } else {
        review::Decision d = old.value_or(review::Decision{});
        const bool changed = !old || old->status != status || old->note != note.trimmed() ||
                             old->owner != owner.trimmed();
        if (!changed)
            return true;
        d.status = status;
        d.note = note.trimmed();
        d.owner = owner.trimmed();
        d.date = QDate::currentDate().toString(Qt::ISODate);
        d.rule = finding.rule;
        d.message = finding.message;
        m_file.setDecision(finding.fingerprint, d);
    }
    if (!save())
        return false;
    Q_EMIT decisionChanged(finding.fingerprint);
    return true;
}

bool MeetingStore::setStatus(const review::Finding &finding, review::DecisionStatus status)
{
    const std::optional<review::Decision> old = m_file.decision(finding.fingerprint);
    return decide(finding, status, old ? old->note : QString(), old ? old->owner : QString());
}

bool MeetingStore::setNote(const QString &key, const QString &text)
{
    m_lastError.clear();
    if (m_file.note(key) == text.trimmed() ||
        (text.trimmed().isEmpty() && m_file.note(key).isEmpty()))
        return true;
    m_file.setNote(key, text.trimmed());
    if (!save())
        return false;
    Q_EMIT notesChanged();
    return true;
}

review::Decisions MeetingStore::resolved() const
{
    if (!m_document)
        return {};
    review::Findings all = m_document->review.findings;
    all += m_document->review.suppressed;
    return review::unmatchedDecisions(all, m_file.decisions());
}

bool MeetingStore::removeResolved()
{
    const review::Decisions gone = resolved();
    if (gone.isEmpty())
        return true;
    for (auto it = gone.cbegin(); it != gone.cend(); ++it)
        m_file.removeDecision(it.key());
    if (!save())
        return false;
    Q_EMIT resolvedChanged();
    return true;
}

int MeetingStore::decidedCount(const review::Findings &findings) const
{
    int count = 0;
    for (const review::Finding &f : findings) {
        const auto d = m_file.decision(f.fingerprint);
        if (d && d->decided())
            ++count;
    }
    return count;
}

bool MeetingStore::fileIsOurs() const
{
    if (m_file.path().isEmpty())
        return false;
    QFile file(m_file.path());
    if (!file.exists())
        return m_written.isEmpty();
    return file.open(QIODevice::ReadOnly) && file.readAll() == m_written;
}

bool MeetingStore::save()
{
    if (!m_readError.isEmpty() || m_file.path().isEmpty()) {
        m_lastError =
            m_readError.isEmpty()
                ? tr("There is no review file to write the decision to.")
                : tr("The review file cannot be read, so it is not written: %1").arg(m_readError);
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    const Result<bool> saved = m_file.save();
    if (!saved) {
        m_lastError = saved.error().toString();
        Q_EMIT writeFailed(m_lastError);
        return false;
    }
    m_written = m_file.original();
    return true;
}

} // namespace schemalens::gui
