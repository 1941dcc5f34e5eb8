#include "core/load/discovery/selection.h"

#include "core/load/discovery/sourcefile.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace schemalens::load::discovery {

namespace {

// Bounds for the content scan of one candidate: enough to classify, cheap for huge trees.
constexpr int contentScanFiles = 300;
constexpr int contentScanMinFiles = 8;
constexpr qint64 contentScanBytes = 32 * 1024; // the top of a file decides its dialect

// High confidence, with nothing decisive for the other dialect and little else.
bool settled(const QList<DialectSignal> &evidence)
{
    const DialectGuess guess = weighDialect(evidence);
    if (guess.confidence != DialectConfidence::High)
        return false;
    int against = 0;
    int total = 0;
    for (const DialectSignal &s : evidence) {
        if (s.dialect == Dialect::Unknown)
            continue;
        const int points = s.weight * qMax(1, s.files);
        total += points;
        if (s.dialect != guess.dialect) {
            if (s.decisive)
                return false;
            against += points;
        }
    }
    return against * 8 < total;
}

QString layoutLabel(const Candidate &c)
{
    if (c.layout == QLatin1String("dump"))
        return Tr::tr("separate schema file, not chosen");
    if (c.layout == QLatin1String("plain"))
        return Tr::tr("separate folder of SQL files, not chosen");
    return Tr::tr("separate %1 migration folder, not chosen").arg(c.layout);
}

QStringList claimedPaths(const Candidate &c)
{
    QStringList paths;
    for (const PlannedFile &f : c.files)
        paths.append(f.path);
    for (const SkippedPath &s : c.skipped)
        paths.append(s.path);
    return paths;
}

void skipAll(const Candidate &c, const QString &reason, QList<SkippedPath> *out)
{
    for (const QString &path : claimedPaths(c))
        out->append({path, reason});
}

} // namespace

DialectGuess candidateDialect(const Candidate &candidate, const Tree *tree)
{
    DialectGuess guess;
    if (candidate.dialect != Dialect::Unknown || !candidate.otherEngine.isEmpty()) {
        // The tool's own metadata says which engine it runs on.
        guess.dialect = candidate.dialect;
        guess.otherEngine = candidate.otherEngine;
        guess.evidence = candidate.dialectEvidence;
        guess.confidence = DialectConfidence::High;
        if (guess.dialect != Dialect::Unknown)
            guess.evidenceList.append(nameSignal(guess, QStringLiteral("metadata")));
        return guess;
    }
    QList<DialectSignal> evidence;
    // Folder names, deepest first: ".../migrations/sqlite3" decides before the repository
    // name. Inside a tree only the part below (and including) the folder given counts, so a
    // checkout under ~/pg-projects/ does not make everything PostgreSQL.
    QStringList folders;
    if (tree) {
        const Folder *folder = tree->find(candidate.folder);
        const QString relative = folder ? folder->relative : QString();
        QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        std::reverse(parts.begin(), parts.end());
        folders = parts;
        folders.append(QFileInfo(tree->root).fileName());
    } else {
        folders.append(QFileInfo(candidate.folder).fileName());
    }
    for (const QString &name : folders) {
        const DialectGuess byName = dialectFromName(name, true);
        if (!byName.otherEngine.isEmpty())
            return byName; // an engine we do not load: the selection skips the folder
        if (byName.decided()) {
            evidence.append(nameSignal(byName, QStringLiteral("name")));
            break;
        }
    }
    for (const PlannedFile &f : candidate.files) {
        const DialectGuess byName = dialectFromName(QFileInfo(f.path).fileName(), false);
        if (!byName.otherEngine.isEmpty())
            return byName;
        if (byName.decided()) {
            evidence.append(nameSignal(byName, QStringLiteral("name")));
            break;
        }
    }
    evidence += configSignals(candidate.folder, tree ? tree->root : candidate.folder);
    evidence += layoutSignals(candidate.layout);
    // Content, file by file in the tool's order. Once the evidence is clear and nothing in
    // the files read so far argues for the other dialect, reading on changes nothing.
    ContentEvidence content;
    for (const PlannedFile &f : candidate.files) {
        if (content.files() >= contentScanFiles)
            break;
        // Binary and non-UTF-8 files are rejected later; their bytes are no evidence.
        const QByteArray head = peekFile(f.path, contentScanBytes);
        if (!looksLikeText(head))
            continue;
        content.add({tree ? tree->relative(f.path) : QFileInfo(f.path).fileName(), head});
        if (content.files() >= contentScanMinFiles && content.files() % 8 == 0 &&
            settled(evidence + content.found()))
            break;
    }
    return weighDialect(evidence + content.found());
}

std::optional<Selection> selectCandidate(const Tree &tree, const DiscoveryOptions &options)
{
    DetectContext context{&tree, options.dialect};
    QList<Candidate> found;
    for (const Folder &folder : tree.folders) {
        if (std::optional<Candidate> c = detectLayout(folder, context))
            found.append(std::move(*c));
    }
    if (found.isEmpty())
        return std::nullopt;

    auto depthOf = [&](const Candidate &c) {
        const Folder *f = tree.find(c.folder);
        return f ? f->depth : 0;
    };

    // 1. Drop candidates that a bigger layout already accounts for.
    std::stable_sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.isToolLayout() != b.isToolLayout())
            return a.isToolLayout();
        return a.files.size() + a.skipped.size() > b.files.size() + b.skipped.size();
    });
    QSet<QString> claimed;
    QList<Candidate> kept;
    for (Candidate &c : found) {
        const QStringList paths = claimedPaths(c);
        if (std::all_of(paths.cbegin(), paths.cend(),
                        [&](const QString &p) { return claimed.contains(p); }))
            continue;
        for (const QString &p : paths)
            claimed.insert(p);
        kept.append(std::move(c));
    }
    // A repository that uses sqlx somewhere uses it for its reversible (up/down) folders
    // too, which alone look like golang-migrate's.
    if (std::any_of(kept.cbegin(), kept.cend(),
                    [](const Candidate &c) { return c.layout == QLatin1String("sqlx"); })) {
        for (Candidate &c : kept) {
            if (c.layout == QLatin1String("golang-migrate") &&
                std::all_of(c.files.cbegin(), c.files.cend(),
                            [](const PlannedFile &f) { return f.version.size() >= 12; }))
                c.layout = QStringLiteral("sqlx");
        }
    }

    // 2. Dialect filter.
    QList<DialectGuess> guesses;
    for (const Candidate &c : kept)
        guesses.append(candidateDialect(c, &tree));
    Dialect wanted = options.dialect;
    if (wanted == Dialect::Unknown) {
        const bool anyPg = std::any_of(guesses.cbegin(), guesses.cend(), [](const DialectGuess &g) {
            return g.dialect == Dialect::PostgreSQL;
        });
        const bool anyLite =
            std::any_of(guesses.cbegin(), guesses.cend(),
                        [](const DialectGuess &g) { return g.dialect == Dialect::SQLite; });
        wanted = anyPg ? Dialect::PostgreSQL : anyLite ? Dialect::SQLite : Dialect::Unknown;
    }
    QList<qsizetype> eligible;
    QList<qsizetype> otherDialect;
    for (qsizetype k = 0; k < kept.size(); ++k) {
        const DialectGuess &g = guesses.at(k);
        const bool fits =
            g.otherEngine.isEmpty() &&
            (g.dialect == Dialect::Unknown || wanted == Dialect::Unknown || g.dialect == wanted);
        (fits ? eligible : otherDialect).append(k);
    }
    if (eligible.isEmpty()) { // --dialect forces a folder of the other dialect
        eligible = otherDialect;
        otherDialect.clear();
    }

    // 3. Rank.
    std::stable_sort(eligible.begin(), eligible.end(), [&](qsizetype x, qsizetype y) {
        const Candidate &a = kept.at(x);
        const Candidate &b = kept.at(y);
        if (a.isToolLayout() != b.isToolLayout())
            return a.isToolLayout();
        const int da = depthOf(a);
        const int db = depthOf(b);
        if (a.isToolLayout()) {
            if (a.files.size() != b.files.size())
                return a.files.size() > b.files.size();
            if (da != db)
                return da < db;
        } else {
            if (da != db)
                return da < db;
            if (a.files.size() != b.files.size())
                return a.files.size() > b.files.size();
        }
        return a.folder < b.folder;
    });

    Selection selection;
    const qsizetype chosenIndex = eligible.takeFirst();
    selection.chosen = kept.at(chosenIndex);
    selection.dialect = guesses.at(chosenIndex);
    if (selection.dialect.confidence == DialectConfidence::Low) {
        // A folder without clear evidence of its own leans to the dialect that every other
        // migration folder of the same tree shows clearly (atuin's client migrations next to
        // its other SQLite folders); folders of both dialects say nothing.
        int pg = 0;
        int lite = 0;
        for (qsizetype k = 0; k < kept.size(); ++k) {
            const DialectGuess &g = guesses.at(k);
            if (k == chosenIndex || g.confidence == DialectConfidence::Low)
                continue;
            if (g.dialect == Dialect::PostgreSQL)
                ++pg;
            else if (g.dialect == Dialect::SQLite)
                ++lite;
        }
        if ((pg > 0) != (lite > 0)) {
            DialectSignal sibling;
            sibling.dialect = pg > 0 ? Dialect::PostgreSQL : Dialect::SQLite;
            sibling.source = QStringLiteral("tree");
            sibling.marker = Tr::tr("the other migration folders of the tree (%n folder(s))",
                                    nullptr, qMax(pg, lite));
            sibling.weight = 2;
            QList<DialectSignal> evidence = selection.dialect.evidenceList;
            evidence.append(sibling);
            selection.dialect = weighDialect(evidence);
        }
    }

    // 4. dbmate init folder next to the chosen one.
    if (selection.chosen.layout == QLatin1String("dbmate")) {
        const QString parent = QFileInfo(selection.chosen.folder).path();
        for (qsizetype k = 0; k < eligible.size(); ++k) {
            const Candidate &c = kept.at(eligible.at(k));
            const QFileInfo info(c.folder);
            if (c.layout == QLatin1String("dbmate") && info.path() == parent &&
                info.fileName().startsWith(QLatin1String("init"), Qt::CaseInsensitive)) {
                selection.chosen.files = c.files + selection.chosen.files;
                selection.chosen.skipped += c.skipped;
                eligible.removeAt(k);
                break;
            }
        }
    }

    for (const qsizetype k : eligible)
        skipAll(kept.at(k), layoutLabel(kept.at(k)), &selection.skipped);
    for (const qsizetype k : otherDialect)
        skipAll(kept.at(k),
                guesses.at(k).otherEngine.isEmpty()
                    ? Tr::tr("other dialect")
                    : Tr::tr("other dialect (%1)").arg(guesses.at(k).otherEngine),
                &selection.skipped);
    return selection;
}

} // namespace schemalens::load::discovery
