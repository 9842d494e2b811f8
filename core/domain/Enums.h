#pragma once

#include <array>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <utility>

namespace finalist {

// The vocabulary of ../DESIGN.md. Each enum is stored by a stable key (its SQL value) and shown
// by a translated label.

// Where a hiring process stands, in the order a process usually moves through them. The first
// six are open; the rest say how it ended (see domain/Stages.h).
enum class Stage
{
    Interested,
    Applied,
    Screening,
    Interviewing,
    FinalRound,
    Offer,
    RunnerUp,
    NotChosen,
    Withdrawn,
    Ghosted,
    Hired
};
enum class RoundKind
{
    PhoneScreen,
    Video,
    OnSite,
    Panel,
    Assignment,
    Final
};
enum class RoundOutcome
{
    Pending,
    Passed,
    NotPassed
};
enum class RoleCategory
{
    Executive,
    Director,
    HiringManager,
    TeamMember,
    Recruiter,
    Gatekeeper,
    Other
};
enum class LinkedInStatus
{
    NotConnected,
    AskedToInvite,
    Pending,
    Connected
};
enum class LinkKind
{
    IntroducedBy,
    WorksWith,
    ReportsTo
};
enum class OutreachKind
{
    ThankYou,
    RejectionReply,
    FeedbackRequest,
    StayOnRadar,
    CheckIn,
    LinkedInInvitation,
    Letter
};
enum class Channel
{
    Email,
    PhoneScript,
    Card,
    LinkedIn,
    InPerson
};
enum class OutreachStatus
{
    Draft,
    Sent,
    Replied,
    NoReply
};
enum class FollowUpStatus
{
    Open,
    Done,
    Snoozed,
    Cancelled
};
// Why a follow-up exists; the journal and the wizard find their own again by it.
enum class FollowUpKind
{
    Action, // a next step the user wrote down
    Revisit, // read this entry again
    Nudge, // no reply yet
    NinetyDay, // before the chosen hire's ninety-day mark
    StayInTouch
};
enum class WinKind
{
    Derived,
    Written
};
enum class Tone
{
    Warm,
    Formal,
    Brief
};
// What one of a contact's addresses is: where to write, call, visit, read or message them.
enum class DetailKind
{
    Email,
    Phone,
    Address,
    Web,
    Handle // an instant-message or social account
};
enum class LessonKind
{
    Lesson,
    Strength,
    Practise
};

template <typename E> struct EnumEntry
{
    E value;
    const char* key; // stored in the database and files; never changes
    const char* label; // shown to people, translated in the "Enums" context
};

// The table of one enum; specialised in Enums.cpp.
template <typename E> struct EnumTable;

#define FINALIST_ENUM_TABLE(E, N)                                                                  \
    template <> struct EnumTable<E>                                                                \
    {                                                                                              \
        static const std::array<EnumEntry<E>, N>& entries();                                       \
    };

FINALIST_ENUM_TABLE(Stage, 11)
FINALIST_ENUM_TABLE(RoundKind, 6)
FINALIST_ENUM_TABLE(RoundOutcome, 3)
FINALIST_ENUM_TABLE(RoleCategory, 7)
FINALIST_ENUM_TABLE(LinkedInStatus, 4)
FINALIST_ENUM_TABLE(LinkKind, 3)
FINALIST_ENUM_TABLE(OutreachKind, 7)
FINALIST_ENUM_TABLE(Channel, 5)
FINALIST_ENUM_TABLE(OutreachStatus, 4)
FINALIST_ENUM_TABLE(FollowUpStatus, 4)
FINALIST_ENUM_TABLE(FollowUpKind, 5)
FINALIST_ENUM_TABLE(WinKind, 2)
FINALIST_ENUM_TABLE(Tone, 3)
FINALIST_ENUM_TABLE(LessonKind, 3)
FINALIST_ENUM_TABLE(DetailKind, 5)
#undef FINALIST_ENUM_TABLE

template <typename E> QString enumKey(E value)
{
    for (const auto& entry : EnumTable<E>::entries()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E> QString enumLabel(E value)
{
    for (const auto& entry : EnumTable<E>::entries()) {
        if (entry.value == value)
            return QCoreApplication::translate("Enums", entry.label);
    }
    return {};
}

// Whether a label keeps its capital inside a sentence ("Final round" reads "final round" in
// English, but a German noun keeps its capital): each translation says so for its language.
bool labelsKeepTheirCaseInSentences();

// The label as a word inside a sentence ("3 not chosen", "moved to final round").
template <typename E> QString enumLabelInSentence(E value)
{
    const QString label = enumLabel(value);
    return labelsKeepTheirCaseInSentences() ? label : label.toLower();
}

template <typename E> std::optional<E> enumFromKey(const QString& key)
{
    for (const auto& entry : EnumTable<E>::entries()) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

// The SQL CHECK list of an enum's keys: 'a','b','c'.
template <typename E> QString enumSqlList()
{
    QString list;
    for (const auto& entry : EnumTable<E>::entries()) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QLatin1Char('\'') + QLatin1String(entry.key) + QLatin1Char('\'');
    }
    return list;
}

} // namespace finalist
