#pragma once

#include "core/load/discovery.h"
#include "core/load/discovery/dialect.h"
#include "core/load/discovery/layouts.h"
#include "core/load/discovery/tree.h"

#include <optional>

namespace schemalens::load::discovery {

// The migration folder chosen in a tree, with its dialect and what was left out.
struct Selection {
    Candidate chosen;
    DialectGuess dialect;
    QList<SkippedPath> skipped; // files of the candidates that were not chosen
};

// Detects a layout in every folder of the tree and picks the one to load:
//  1. Candidates whose files all belong to a bigger layout (diesel/prisma migration
//     folders, sqitch deploy/revert/verify, synapse delta folders) are dropped.
//  2. Dialect: when candidates of both dialects exist, PostgreSQL ones are kept unless
//     options.dialect asks for SQLite; the others are skipped as "other dialect". Folders
//     of engines we do not load (mysql, ...) are skipped the same way.
//  3. Rank: a real tool layout beats a plain folder or a dump; among tool layouts the one
//     with the most migrations wins (then the shallowest, then by path); among plain
//     folders and dumps the shallowest wins (then the most files), so that pagila's
//     top-level dump beats its extras/ folder.
//  4. dbmate: a sibling folder named init* (supabase/postgres: db/init-scripts next to
//     db/migrations) runs first and is merged into the chosen folder.
std::optional<Selection> selectCandidate(const Tree &tree, const DiscoveryOptions &options);

// The dialect a candidate shows without any option: the layout's own metadata, then
// folder names from the candidate's folder up to the root, then file names, then content.
DialectGuess candidateDialect(const Candidate &candidate, const Tree *tree);

} // namespace schemalens::load::discovery
