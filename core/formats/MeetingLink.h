#pragma once

#include <QString>

namespace finalist {

// The first link in a text that joins a video call: Google Meet, Zoom (/j/, /my/, /w/, /s/) or
// Microsoft Teams (meetup-join, /meet/), as written. Other links on those hosts (Zoom's local
// numbers, Teams' meeting options) are passed over, and an Outlook Safe Links wrapper is looked
// inside. Empty when there is none.
QString meetingLinkIn(const QString& text);

} // namespace finalist
