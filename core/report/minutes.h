#pragma once

#include "core/report/reviewreport.h"
#include "core/review/decision.h"

#include <QHash>

namespace schemalens::report {

// The minutes of a design review meeting, fit to paste into a pull request or a wiki: the
// date, the source and its revision, a summary (decided and open findings by severity), the
// decisions grouped by status with their notes and owners, decisions whose findings are gone
// (resolved), the open questions (discuss), and the table and column notes.
struct MinutesInput {
    ReviewReport report;         // loaded, result (findings and suppressed), toolVersion
    review::Decisions decisions; // the review file's decisions now (the window may have
                                 // changed them since the review ran)
    review::Notes notes;
    QString date;     // the meeting's day, YYYY-MM-DD
    QString revision; // sourceRevision() text; empty when it has none
    // HTML only: an SVG document of each discussed finding's area, by fingerprint.
    QHash<QString, QByteArray> areaSvgs;
};

QString minutesToMarkdown(const MinutesInput &input);
QString minutesToHtml(const MinutesInput &input);

// The findings the minutes picture (HTML): those with a decision other than a bare "open",
// in the order the minutes list them.
review::Findings discussedFindings(const MinutesInput &input);

// Where the source stands in git: "0123456789ab (main)", with ", uncommitted changes" when
// the source's files differ from that commit (the review file itself does not count), or
// "not in a git repository"; empty for a live database. Runs `git`; a missing git reads as
// not in a repository.
QString sourceRevision(const load::MigrationPlan &plan);

} // namespace schemalens::report
