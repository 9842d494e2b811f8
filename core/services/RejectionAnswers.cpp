#include "RejectionAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace finalist {

namespace {

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

template <typename E> E enumFrom(const QJsonValue& v, E fallback)
{
    return enumFromKey<E>(v.toString()).value_or(fallback);
}

} // namespace

QJsonObject RejectionAnswers::toJson() const
{
    QJsonArray people, notes, later;
    for (const Recipient& r : recipients)
        people.append(QJsonObject{ { QStringLiteral("contact"), r.contactId },
                                   { QStringLiteral("name"), r.name },
                                   { QStringLiteral("channel"), enumKey(r.channel) },
                                   { QStringLiteral("included"), r.included } });
    for (const DraftNote& n : drafts)
        notes.append(QJsonObject{ { QStringLiteral("contact"), n.contactId },
                                  { QStringLiteral("template"), n.templateId },
                                  { QStringLiteral("kind"), enumKey(n.kind) },
                                  { QStringLiteral("channel"), enumKey(n.channel) },
                                  { QStringLiteral("subject"), n.subject },
                                  { QStringLiteral("body"), n.body } });
    for (const ProposedFollowUp& f : followUps)
        later.append(QJsonObject{ { QStringLiteral("kind"), enumKey(f.kind) },
                                  { QStringLiteral("contact"), f.contactId },
                                  { QStringLiteral("due"), date(f.dueOn) },
                                  { QStringLiteral("reason"), f.reason },
                                  { QStringLiteral("included"), f.included } });
    return { { QStringLiteral("page"), page },
             { QStringLiteral("opportunity"), opportunityId },
             { QStringLiteral("new_company"), newCompany },
             { QStringLiteral("new_role"), newRole },
             { QStringLiteral("told_by"), toldById },
             { QStringLiteral("told_on"), date(toldOn) },
             { QStringLiteral("told_how"), toldHow },
             { QStringLiteral("reason"), reason },
             { QStringLiteral("praise"), praise },
             { QStringLiteral("topic"), topic },
             { QStringLiteral("chosen_hire_start"), date(chosenHireStart) },
             { QStringLiteral("achievements"), QJsonArray::fromStringList(achievements) },
             { QStringLiteral("thank"), thank },
             { QStringLiteral("ask_feedback"), askFeedback },
             { QStringLiteral("stay_on_radar"), stayOnRadar },
             { QStringLiteral("other_roles"), otherRoles },
             { QStringLiteral("contract_work"), contractWork },
             { QStringLiteral("linkedin"), linkedIn },
             { QStringLiteral("tone"), enumKey(tone) },
             { QStringLiteral("recipients"), people },
             { QStringLiteral("drafts"), notes },
             { QStringLiteral("follow_ups"), later } };
}

QString RejectionAnswers::choicesSignature() const
{
    RejectionAnswers choices = *this;
    choices.page = 0;
    choices.drafts.clear();
    choices.followUps.clear();
    return QString::fromUtf8(QJsonDocument(choices.toJson()).toJson(QJsonDocument::Compact));
}

RejectionAnswers RejectionAnswers::fromJson(const QJsonObject& json)
{
    RejectionAnswers a;
    a.page = json.value(QStringLiteral("page")).toInt();
    a.opportunityId = json.value(QStringLiteral("opportunity")).toInteger();
    a.newCompany = json.value(QStringLiteral("new_company")).toString();
    a.newRole = json.value(QStringLiteral("new_role")).toString();
    a.toldById = json.value(QStringLiteral("told_by")).toInteger();
    a.toldOn = dateFrom(json.value(QStringLiteral("told_on")));
    a.toldHow = json.value(QStringLiteral("told_how")).toString(QStringLiteral("email"));
    a.reason = json.value(QStringLiteral("reason")).toString();
    a.praise = json.value(QStringLiteral("praise")).toString();
    a.topic = json.value(QStringLiteral("topic")).toString();
    a.chosenHireStart = dateFrom(json.value(QStringLiteral("chosen_hire_start")));
    for (const QJsonValue& v : json.value(QStringLiteral("achievements")).toArray())
        a.achievements << v.toString();
    a.thank = json.value(QStringLiteral("thank")).toBool(true);
    a.askFeedback = json.value(QStringLiteral("ask_feedback")).toBool(true);
    a.stayOnRadar = json.value(QStringLiteral("stay_on_radar")).toBool(true);
    a.otherRoles = json.value(QStringLiteral("other_roles")).toBool();
    a.contractWork = json.value(QStringLiteral("contract_work")).toBool();
    a.linkedIn = json.value(QStringLiteral("linkedin")).toBool();
    a.tone = enumFrom(json.value(QStringLiteral("tone")), Tone::Warm);
    for (const QJsonValue& v : json.value(QStringLiteral("recipients")).toArray()) {
        const QJsonObject o = v.toObject();
        a.recipients.push_back({ o.value(QStringLiteral("contact")).toInteger(),
                                 o.value(QStringLiteral("name")).toString(),
                                 enumFrom(o.value(QStringLiteral("channel")), Channel::Email),
                                 o.value(QStringLiteral("included")).toBool(true) });
    }
    for (const QJsonValue& v : json.value(QStringLiteral("drafts")).toArray()) {
        const QJsonObject o = v.toObject();
        a.drafts.push_back(
            { o.value(QStringLiteral("contact")).toInteger(),
              o.value(QStringLiteral("template")).toInteger(),
              enumFrom(o.value(QStringLiteral("kind")), OutreachKind::RejectionReply),
              enumFrom(o.value(QStringLiteral("channel")), Channel::Email),
              o.value(QStringLiteral("subject")).toString(),
              o.value(QStringLiteral("body")).toString() });
    }
    for (const QJsonValue& v : json.value(QStringLiteral("follow_ups")).toArray()) {
        const QJsonObject o = v.toObject();
        a.followUps.push_back({ enumFrom(o.value(QStringLiteral("kind")), FollowUpKind::Nudge),
                                o.value(QStringLiteral("contact")).toInteger(),
                                dateFrom(o.value(QStringLiteral("due"))),
                                o.value(QStringLiteral("reason")).toString(),
                                o.value(QStringLiteral("included")).toBool(true) });
    }
    return a;
}

} // namespace finalist
