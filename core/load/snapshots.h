#pragma once

#include "core/load/loadresult.h"

namespace schemalens::load {

// Records LoadResult::snapshots while a loader applies units, compactly: every
// Snapshot::checkpointInterval-th snapshot keeps the whole model; the others keep only the
// tables that differ from the snapshot before (compared member by member) and the order of
// all of them. An 800-migration history of ~110 tables keeps a few MB instead of ~75 MB of
// table copies. snapshotSchema() puts a snapshot's model back together, exactly.
class SnapshotRecorder {
public:
    explicit SnapshotRecorder(LoadResult &result)
        : m_result(result)
    {}

    // After each unit: SCHEMA is the model as it stands (its history is not copied).
    void record(const model::Schema &schema, qsizetype changes);

private:
    LoadResult &m_result;
    QList<model::Table> m_previous; // the tables as the last snapshot saw them
    QStringList m_previousOrder;
};

// The model after the first COUNT units (1 .. loaded.snapshots.size()), its history empty.
model::Schema snapshotSchema(const LoadResult &loaded, int count);

} // namespace schemalens::load
