#include "FieldMerge.h"

#include <QSet>

namespace finalist::sync {

MergedFields mergeFields(const RecordFields& localBase, const RecordFields& local,
                         const RecordFields& serverBase, const RecordFields& server)
{
    QSet<QString> names;
    for (const RecordFields* side : { &localBase, &local, &serverBase, &server }) {
        for (auto it = side->keyBegin(); it != side->keyEnd(); ++it)
            names.insert(*it);
    }
    QStringList ordered(names.begin(), names.end());
    ordered.sort();

    MergedFields merged;
    for (const QString& name : ordered) {
        const QString mine = local.value(name);
        const QString theirs = server.value(name);
        const bool changedHere = mine != localBase.value(name);
        const bool changedThere = theirs != serverBase.value(name);
        QString value = mine;
        if (changedThere && !changedHere) {
            value = theirs;
            if (theirs != mine)
                merged.fromServer << name;
        } else if (changedThere && changedHere && theirs != mine) {
            merged.conflicts << name;
        }
        if (!value.isEmpty())
            merged.fields.insert(name, value);
        if (value != mine)
            merged.localNeedsUpdate = true;
    }
    // Compared as the server would read it: a field the server's record lacks is empty there.
    for (const QString& name : ordered) {
        if (merged.fields.value(name) != server.value(name))
            merged.serverNeedsUpdate = true;
    }
    return merged;
}

} // namespace finalist::sync
