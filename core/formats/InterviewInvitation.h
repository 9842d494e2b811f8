#pragma once

#include "Result.h"
#include "TextDecoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace finalist {

// One person named in an invitation: its ORGANIZER or an ATTENDEE.
struct InvitedPerson
{
    QString name; // the CN parameter, unquoted; may be empty
    QString email; // from the mailto: value (case kept, "mailto:" stripped, %-decoded), else the
                   // EMAIL parameter (RFC 7986, Apple's urn:uuid attendees); may be empty
    bool organizer = false;
    QString role; // ROLE as written (REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR, NON-PARTICIPANT)
    bool isResource = false; // CUTYPE=ROOM or CUTYPE=RESOURCE (meeting rooms, not people)
};

// The first VEVENT of an invitation (a METHOD:REQUEST or a plain exported event).
struct InterviewInvitation
{
    QString uid;
    QString summary;
    QString description;
    QString location;
    // In this machine's local time when the event has a time (UTC "Z", TZID with VTIMEZONE, TZID
    // known to the IANA database, or floating time); invalid for an all-day event.
    QDateTime start;
    QDateTime end; // the same; invalid when absent. DURATION counts when DTEND is absent.
    QDate day; // all day (VALUE=DATE): the date itself, else start's local date
    bool allDay = false;
    QString method; // REQUEST, PUBLISH, CANCEL... from the VCALENDAR, may be empty
    QString meetingUrl; // a Zoom/Teams/Meet link found in URL, X-GOOGLE-CONFERENCE, LOCATION or
                        // DESCRIPTION, if any
    // The organizer first, then the attendees in file order, each email once (case-insensitive),
    // rooms and other resources left out.
    std::vector<InvitedPerson> people;
    // How the file's bytes became text (a guess said to be one) and what was left out, by line:
    // shown before the invitation becomes a round.
    TextReport reading;
};

// Reads the bytes of an .ics file (RFC 5545). A broken file is refused whole with an Error of
// code Invalid whose message names the line (1-based, counted in the file as written, before
// unfolding), e.g. "Line 14: DTSTART “2026-13-40” is not a date and time." No VEVENT at all, an
// unterminated BEGIN, END without BEGIN, a VEVENT without DTSTART, a DTSTART that cannot be read,
// and a file that is not an iCalendar text at all (no BEGIN:VCALENDAR) are all errors.
// VALARM, VTODO, other components and unknown X- properties are ignored.
// The encoding is found as for contact files (TextDecoding: a byte order mark, else UTF-8 when
// the bytes are UTF-8, else Windows-1252, said to be a guess) unless one is chosen. Folds are
// joined on bytes first, so a fold inside a UTF-8 character heals; then each line is decoded,
// and what cannot be text (invalid bytes, NUL, control codes) is left out with a warning on the
// line where its property begins.
Result<InterviewInvitation> readInterviewInvitation(const QByteArray& bytes,
                                                    std::optional<TextEncoding> encoding = {});

} // namespace finalist
