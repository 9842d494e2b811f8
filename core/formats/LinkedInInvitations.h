#pragma once

#include "Result.h"
#include "TextDecoding.h"

#include <QByteArray>
#include <QDate>
#include <vector>

namespace finalist {

// One row of LinkedIn's Invitations.csv: an invitation still waiting, sent or received.
struct LinkedInInvitation
{
    int line = 0;
    QString name; // the other person
    QString profileUrl; // theirs, when the export has it
    bool sentByMe = false; // OUTGOING
    QDate sentOn;
};

// LinkedIn's Invitations.csv (From, To, Sent At, Message, Direction, and in newer exports the
// inviter's and invitee's profile URLs). The header is searched for, as in Connections.csv.
class LinkedInInvitations
{
public:
    // Read through readCsv like every CSV; the names only find contacts, so what was left out
    // of them is not reported here.
    static Result<std::vector<LinkedInInvitation>> read(const QByteArray& bytes,
                                                        std::optional<TextEncoding> encoding = {});
    // Whether the start of a file is Invitations.csv's rather than Connections.csv's, so one
    // command reads both: its header names "From", "Sent At" and "Direction".
    static bool isInvitations(const QByteArray& head);
};

} // namespace finalist
