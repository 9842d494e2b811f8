#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace finalist {

// One person the rejection wizard writes to, and how.
struct Recipient
{
    qint64 contactId = 0;
    QString name; // for display only
    Channel channel = Channel::Email;
    bool included = true;
};

// A note the wizard drafted; the user may have edited it.
struct DraftNote
{
    qint64 contactId = 0;
    qint64 templateId = 0;
    OutreachKind kind = OutreachKind::RejectionReply;
    Channel channel = Channel::Email;
    QString subject;
    QString body;
};

struct ProposedFollowUp
{
    FollowUpKind kind = FollowUpKind::Nudge;
    qint64 contactId = 0;
    QDate dueOn;
    QString reason;
    bool included = true;
};

// Everything the rejection wizard has been told so far. Kept whole, as JSON, when the user
// stops half-way, so the wizard can open again where it was.
struct RejectionAnswers
{
    int page = 0;
    // 1. The news.
    qint64 opportunityId = 0; // 0: a new opportunity, named below
    QString newCompany;
    QString newRole;
    qint64 toldById = 0; // 0: nobody in particular
    QDate toldOn;
    QString toldHow = QStringLiteral("email"); // email, call, in_person
    QString reason;
    QString praise;
    QString topic; // something the conversations touched on, for the notes
    QDate chosenHireStart; // when the chosen hire starts, if known
    // 2. What was achieved.
    QStringList achievements;
    // 3. What the user wants.
    bool thank = true;
    bool askFeedback = true;
    bool stayOnRadar = true;
    bool otherRoles = false;
    bool contractWork = false;
    bool linkedIn = false;
    // 4 to 6.
    Tone tone = Tone::Warm;
    std::vector<Recipient> recipients;
    std::vector<DraftNote> drafts;
    std::vector<ProposedFollowUp> followUps;

    QJsonObject toJson() const;
    // Everything the drafts and the dates are made from (not the page, the drafts or the
    // dates themselves): when it changes, they are made again.
    QString choicesSignature() const;
    static RejectionAnswers fromJson(const QJsonObject& json);
};

} // namespace finalist
