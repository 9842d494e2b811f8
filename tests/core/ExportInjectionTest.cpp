// Hostile values in every export: a name that tries to close its card and open another, values
// starting with a CR (which many readers take for a line end), control codes, and the
// characters each format escapes. Each file must stay one well-formed record per record, and
// read back to the same values (line breaks as \n, control codes left out).
#include "formats/ContactCsv.h"
#include "formats/Csv.h"
#include "formats/ICalendar.h"
#include "formats/ICalendarLines.h"
#include "formats/VCard.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QRegularExpression>

using namespace finalist;

namespace {

const QString kInjectedName = QStringLiteral("Ann\rEND:VCARD\rBEGIN:VCARD\rFN:Mallory");

// What survives an export: each kind of line break becomes one \n, control codes go.
QString expectedBack(QString value)
{
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    value.removeIf(ical::isControlCode);
    return value;
}

// Every line ends in CRLF, nothing else breaks a line, no control byte but tab is left, and each
// line is either a fold or NAME[;PARAMS]:VALUE. Returns the lines (folds included) for more checks.
QList<QByteArray> checkContentLines(const QByteArray& written)
{
    for (qsizetype i = 0; i < written.size(); ++i) {
        const uchar c = uchar(written[i]);
        if (c == '\r')
            EXPECT_TRUE(i + 1 < written.size() && written[i + 1] == '\n') << "a bare CR at " << i;
        else if (c == '\n')
            EXPECT_TRUE(i > 0 && written[i - 1] == '\r') << "a bare LF at " << i;
        else
            EXPECT_FALSE((c < 0x20 && c != '\t') || c == 0x7F)
                << "control byte " << int(c) << " at " << i; // a tab is allowed by both RFCs
    }
    EXPECT_TRUE(written.endsWith("\r\n"));
    QList<QByteArray> lines = written.split('\n');
    lines.removeLast();
    static const QRegularExpression property(QStringLiteral("^[A-Za-z0-9-]+(;[^:]*)?:"));
    for (QByteArray& line : lines) {
        line.chop(1); // the CR
        EXPECT_TRUE(line.startsWith(' ') || property.match(QString::fromUtf8(line)).hasMatch())
            << line.toStdString();
    }
    return lines;
}

int linesEqualTo(const QList<QByteArray>& lines, const QByteArray& wanted)
{
    return int(std::count(lines.begin(), lines.end(), wanted));
}

} // namespace

TEST(ExportInjection, AVCardNameCannotCloseItsCardOrOpenAnother)
{
    Contact ann;
    ann.firstName = kInjectedName;
    ann.lastName = QStringLiteral("\rO'Neil; Jr., \\esq");
    ann.company = QStringLiteral("\r\nHarbor, Inc.;\x01 Finch");
    ann.title = QStringLiteral("Head of\tPlatform") + QChar(0) + QChar(0x85) + QChar(0x7F);
    ann.email = QStringLiteral("ann@example.org\r\nX-INJECTED:1");
    ann.phone = QStringLiteral("+1 555\r0100\nTEL:666");
    ann.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ann\r\nURL:https://evil.example");
    ann.notes = QStringLiteral("\rstarts with a CR\r\nthen CRLF\nthen LF; and, commas \\ too");
    Contact plain;
    plain.firstName = QStringLiteral("Maya");
    plain.lastName = QStringLiteral("Lindqvist");
    for (VCard::Version version : { VCard::Version::V40, VCard::Version::V30 }) {
        SCOPED_TRACE(version == VCard::Version::V40 ? "4.0" : "3.0");
        const QByteArray written = VCard::write({ ann, plain }, version);
        const QList<QByteArray> lines = checkContentLines(written);
        EXPECT_EQ(linesEqualTo(lines, "BEGIN:VCARD"), 2) << written.toStdString();
        EXPECT_EQ(linesEqualTo(lines, "END:VCARD"), 2);
        EXPECT_FALSE(written.contains("\r\nFN:Mallory"));
        EXPECT_FALSE(written.contains("\r\nX-INJECTED"));
        EXPECT_FALSE(written.contains("\r\nTEL:666"));
        EXPECT_FALSE(written.contains("\r\nURL:https://evil"));

        auto back = VCard::read(written);
        ASSERT_OK(back);
        ASSERT_EQ(back.value().contacts.size(), 2u);
        EXPECT_TRUE(back.value().reading.warnings.empty());
        const Contact& c = back.value().contacts[0].contact;
        EXPECT_EQ(c.firstName, expectedBack(ann.firstName));
        EXPECT_EQ(c.lastName, expectedBack(ann.lastName).trimmed());
        EXPECT_EQ(c.company, expectedBack(ann.company).trimmed());
        EXPECT_EQ(c.title, QStringLiteral("Head of\tPlatform"));
        EXPECT_EQ(c.email, QStringLiteral("ann@example.org\nX-INJECTED:1"));
        EXPECT_EQ(c.phone, QStringLiteral("+1 555 0100 TEL:666"));
        EXPECT_EQ(c.linkedInUrl,
                  QStringLiteral("https://www.linkedin.com/in/ann URL:https://evil.example"));
        EXPECT_EQ(c.notes, expectedBack(ann.notes).trimmed());
        EXPECT_EQ(back.value().contacts[1].contact.displayName(), QStringLiteral("Maya Lindqvist"));
    }
}

TEST(ExportInjection, AnICalendarTextCannotCloseItsEventOrAddAProperty)
{
    CalendarItem item;
    item.uid = QStringLiteral("follow-up-7@finalist\r\nUID:stolen");
    item.date = QDate(2026, 3, 9);
    item.summary = QStringLiteral("Call Ann\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Mallory");
    item.description = QStringLiteral("\rstarts with a CR; has, commas \\ and a bell\x07 and ")
        + QChar(0) + QStringLiteral("NUL");
    CalendarItem second;
    second.uid = QStringLiteral("follow-up-8@finalist");
    second.date = QDate(2026, 3, 10);
    second.summary = QStringLiteral("Write to Maya");
    const CalendarOrganizer organizer{ QStringLiteral("Ann \"the\" Candidate\r\nX-INJECTED:1"),
                                       QStringLiteral("ann@example.org\r\nATTENDEE:x") };
    for (bool todos : { false, true }) {
        SCOPED_TRACE(todos ? "VTODO" : "VEVENT");
        const QByteArray written = writeICalendar(
            { item, second }, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), todos, organizer);
        const QList<QByteArray> lines = checkContentLines(written);
        const QByteArray component = todos ? "VTODO" : "VEVENT";
        EXPECT_EQ(linesEqualTo(lines, "BEGIN:" + component), 2) << written.toStdString();
        EXPECT_EQ(linesEqualTo(lines, "END:" + component), 2);
        EXPECT_EQ(linesEqualTo(lines, "BEGIN:VCALENDAR"), 1);
        EXPECT_EQ(linesEqualTo(lines, "END:VCALENDAR"), 1);

        // Read back through the same unfolding and splitting the invitation reader uses.
        QStringList summaries, descriptions, uids;
        int organizers = 0;
        for (const ical::UnfoldedLine& unfolded : ical::unfold(written)) {
            ical::ContentLine line;
            ASSERT_TRUE(ical::parse(unfolded, line)) << unfolded.text.toStdString();
            EXPECT_FALSE(line.name.startsWith("X-INJECTED") || line.name == "ATTENDEE");
            if (line.name == "SUMMARY")
                summaries << ical::unescapeText(line.value);
            else if (line.name == "DESCRIPTION")
                descriptions << ical::unescapeText(line.value);
            else if (line.name == "UID")
                uids << ical::unescapeText(line.value);
            else if (line.name == "ORGANIZER") {
                ++organizers;
                EXPECT_EQ(line.parameter("CN"), QStringLiteral("Ann the Candidate X-INJECTED:1"));
            }
        }
        ASSERT_EQ(summaries.size(), 2);
        EXPECT_EQ(summaries[0], expectedBack(item.summary));
        // A to-do's UID is the event's with "-todo" before the "@": still one line, still whole.
        const QString uid
            = todos ? QString(item.uid).insert(item.uid.lastIndexOf(u'@'), u"-todo") : item.uid;
        EXPECT_EQ(uids.value(0), expectedBack(uid));
        EXPECT_TRUE(descriptions.contains(expectedBack(item.description)))
            << descriptions.join(QLatin1Char('|')).toStdString();
        EXPECT_EQ(organizers, 2);
    }
}

TEST(ExportInjection, ACsvCellCannotRunAFormulaOrSplitItsRecord)
{
    Contact ann;
    ann.firstName = kInjectedName;
    ann.lastName = QStringLiteral("=HYPERLINK(\"https://evil.example\",\"click\")");
    ann.title = QStringLiteral("\r=1+2");
    ann.company = QStringLiteral("@SUM(A1:A9)");
    ann.email = QStringLiteral("-2+3");
    ann.phone = QStringLiteral("+44 20 7946 0018");
    ann.notes = QStringLiteral("a \"quoted\" word, a comma\r\na bell\x07 and ") + QChar(0)
        + QStringLiteral("NUL");
    Contact plain;
    plain.firstName = QStringLiteral("Maya");
    plain.lastName = QStringLiteral("Lindqvist");
    const QByteArray csv = ContactCsv::write({ ann, plain });
    EXPECT_FALSE(csv.contains('\0'));
    EXPECT_FALSE(csv.contains('\x07'));
    auto rows = parseCsv(QString::fromUtf8(csv));
    ASSERT_OK(rows);
    ASSERT_EQ(rows.value().size(), 3u) << "a header and two records";
    const QStringList& fields = rows.value()[1].fields;
    ASSERT_EQ(fields.size(), 20);
    // Every cell a spreadsheet would run starts with an apostrophe.
    for (int column : { 1, 2, 4, 5, 6 })
        EXPECT_TRUE(fields[column].startsWith(QLatin1Char('\''))) << fields[column].toStdString();
    EXPECT_EQ(rows.value()[2].fields.value(0), QStringLiteral("Maya"));

    // Read back through the guessed mapping: the apostrophes go, the values come back.
    auto headers = ContactCsv::headers(csv);
    ASSERT_OK(headers);
    auto back = ContactCsv::read(csv, ContactCsv::guessMapping(headers.value()));
    ASSERT_OK(back);
    ASSERT_EQ(back.value().contacts.size(), 2u);
    const Contact& c = back.value().contacts[0].contact;
    EXPECT_EQ(c.firstName, ann.firstName);
    EXPECT_EQ(c.lastName, ann.lastName);
    EXPECT_EQ(c.company, ann.company);
    EXPECT_EQ(c.email, ann.email);
    EXPECT_EQ(c.phone, ann.phone);
    EXPECT_EQ(c.notes, QStringLiteral("a \"quoted\" word, a comma\r\na bell and NUL"));
}
