#pragma once

#include "domain/FollowUp.h"
#include "RecordFields.h"

namespace finalist::sync {

// What a follow-up points at, as another journal finds it again: the contact by the UID its
// card has on the server (with its name and company for people to read), the opportunity by its
// company and role (opportunities do not sync).
struct FollowUpLinks
{
    QString contact; // "Maya Lindqvist, Nettle & Co"
    QString contactUid;
    QString opportunity; // "Nettle & Co — Data Engineer"
};

// A follow-up as fields: reason, due day, status (Finalist's own: open, done, snoozed,
// cancelled), the day it was done (while it is), kind, and its links. "description" is the
// server's own text beside them (typed on a phone), which no follow-up holds: the adapter keeps
// it as the server last had it.
RecordFields followUpFields(const FollowUp& followUp, const FollowUpLinks& links);
// Sets reason, due day, status, done day and kind; the links are the caller's to find.
void applyFollowUpFields(FollowUp& followUp, const RecordFields& fields);
FollowUpLinks followUpLinksOf(const RecordFields& fields);
QString followUpFieldLabel(const QString& name);

// "Maya Lindqvist, Nettle & Co", "Nettle & Co — Data Engineer": on one line each.
QString contactLinkText(const QString& name, const QString& company);
QString opportunityLinkText(const QString& company, const QString& role);

} // namespace finalist::sync
