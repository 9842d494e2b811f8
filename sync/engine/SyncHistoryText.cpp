#include "SyncHistoryText.h"

#include "records/ContactFields.h"
#include "records/FollowUpFields.h"
#include "records/JournalFields.h"

#include <QCoreApplication>

namespace finalist::sync::history {

namespace {

// The texts were said by the sync itself before they were kept in no language: the same
// context keeps their translations.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RecordSync)
};

const QLatin1String kAdded("added");
const QLatin1String kRestored("restored");
const QLatin1String kKeptEdited("kept-edited");
const QLatin1String kFromServer("server:");
const QLatin1String kConflict("conflict:");

QString labelOf(SyncKind kind, const QString& field)
{
    switch (kind) {
    case SyncKind::Contacts:
        return contactFieldLabel(field);
    case SyncKind::FollowUps:
        return followUpFieldLabel(field);
    case SyncKind::Journal:
        return journalFieldLabel(field);
    }
    return field;
}

QString labelsOf(SyncKind kind, const QString& fields)
{
    QStringList labels;
    for (const QString& field : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels << labelOf(kind, field);
    return labels.join(QStringLiteral(", "));
}

} // namespace

QString added()
{
    return kAdded;
}

QString restored()
{
    return kRestored;
}

QString keptEdited()
{
    return kKeptEdited;
}

QString changed(const QStringList& fromServer, const QStringList& conflicts)
{
    QStringList lines;
    if (!fromServer.isEmpty())
        lines << kFromServer + fromServer.join(QLatin1Char(','));
    if (!conflicts.isEmpty())
        lines << kConflict + conflicts.join(QLatin1Char(','));
    return lines.join(QLatin1Char('\n'));
}

QString text(SyncKind kind, const QString& stored)
{
    QStringList said;
    for (const QString& line : stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line == kAdded)
            said << Texts::tr("Added from the server");
        else if (line == kRestored)
            said << Texts::tr("Deleted here, but changed on the server since: kept");
        else if (line == kKeptEdited)
            said << Texts::tr("Deleted on the server, but changed here since: kept");
        else if (line.startsWith(kFromServer))
            said << Texts::tr("Changed on the server: %1")
                        .arg(labelsOf(kind, line.mid(kFromServer.size())));
        else if (line.startsWith(kConflict))
            said << Texts::tr("Changed here and on the server: %1 (both kept; choose one)")
                        .arg(labelsOf(kind, line.mid(kConflict.size())));
        else
            said << line; // written as text by an earlier version
    }
    return said.join(QLatin1Char('\n'));
}

} // namespace finalist::sync::history
