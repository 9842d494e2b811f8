#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

namespace finalist {

// A message to a contact.
struct Outreach : Record
{
    qint64 contactId = 0;
    qint64 opportunityId = 0; // 0: none
    qint64 templateId = 0; // 0: written by hand
    OutreachKind kind = OutreachKind::ThankYou;
    Channel channel = Channel::Email;
    OutreachStatus status = OutreachStatus::Draft;
    QString subject;
    QString body;
    QDate sentOn;
    QDate repliedOn;
};

} // namespace finalist
