#include "FuzzBodies.h"

#include "formats/ContactCsv.h"
#include "formats/Csv.h"
#include "formats/ExportDate.h"
#include "formats/InterviewInvitation.h"
#include "formats/LinkedInConnections.h"
#include "formats/LinkedInInvitations.h"
#include "formats/VCard.h"
#include "templates/TemplateRenderer.h"

#include <cstdlib>

namespace finalist::test {

namespace {

void require(bool promise)
{
    if (!promise)
        std::abort();
}

} // namespace

void fuzzContactCsv(const QByteArray& bytes)
{
    auto rows = parseCsv(QString::fromUtf8(bytes));
    if (rows) {
        // Whatever was read, written again, reads back as the same fields.
        QString written;
        for (const CsvRow& row : rows.value())
            written += csvRecord(row.fields);
        auto again = parseCsv(written);
        require(again.ok());
    } else {
        require(!rows.error().message.isEmpty());
    }
    auto connections = LinkedInConnections::read(bytes);
    require(connections.ok() || !connections.error().message.isEmpty());
    if (connections) {
        // A warning or a refusal names its line; a date read is a real one.
        for (const ImportProblem& problem : connections.value().problems)
            require(problem.line >= 1 && !problem.message.isEmpty());
        for (const ImportedContact& person : connections.value().contacts)
            require(!person.contact.linkedInStatusOn.isValid()
                    || person.contact.linkedInStatusOn.year() >= 1);
    }
    // A spreadsheet through the mapping the window guesses from its first row.
    if (auto headers = ContactCsv::headers(bytes); headers) {
        auto mapped = ContactCsv::read(bytes, ContactCsv::guessMapping(headers.value()));
        require(mapped.ok() || !mapped.error().message.isEmpty());
    }
    if (rows)
        for (const CsvRow& row : rows.value())
            for (const QString& field : row.fields) {
                const ExportDate date = ExportDate::parse(field);
                require(date.date.isValid() || !date.monthFirstAssumed);
            }
    auto invitations = LinkedInInvitations::read(bytes);
    require(invitations.ok() || !invitations.error().message.isEmpty());
}

void fuzzVCard(const QByteArray& bytes)
{
    auto cards = VCard::read(bytes);
    if (!cards) {
        require(!cards.error().message.isEmpty());
        return;
    }
    // What is left out is said, on a line of the file.
    for (const ImportProblem& problem : cards.value().problems)
        require(problem.line >= 1 && !problem.message.isEmpty());
    std::vector<Contact> contacts;
    for (const ImportedContact& card : cards.value().contacts)
        contacts.push_back(card.contact);
    // Every card read can be written and read back, the same number of them.
    if (contacts.empty())
        return; // nothing written, and a file without a card is refused
    auto again = VCard::read(VCard::write(contacts));
    require(again.ok());
    require(again.value().contacts.size() <= contacts.size());
}

void fuzzInvitation(const QByteArray& bytes)
{
    auto invitation = readInterviewInvitation(bytes);
    if (!invitation) {
        // Refused whole, with words for the user.
        require(!invitation.error().message.isEmpty());
        return;
    }
    // A read invitation has a day, and a time unless it lasts all day; its people are unique.
    const InterviewInvitation& i = invitation.value();
    require(i.day.isValid());
    require(i.allDay || i.start.isValid());
    for (std::size_t a = 0; a < i.people.size(); ++a)
        for (std::size_t b = a + 1; b < i.people.size(); ++b)
            require(i.people[a].email.isEmpty()
                    || i.people[a].email.compare(i.people[b].email, Qt::CaseInsensitive) != 0);
}

void fuzzTemplate(const QByteArray& bytes)
{
    // A template a user typed (or a file written by hand): check() and render() agree, a
    // problem is placed inside the text, and every placeholder has a value or a marker.
    const QString text = QString::fromUtf8(bytes);
    TemplateValues values;
    int i = 0;
    for (const QString& field : TemplateRenderer::templateFields())
        values.insert(field, (i++ % 3 == 0) ? QString() : QStringLiteral("v"));
    const auto checked = TemplateRenderer::check(text);
    std::optional<TemplateProblem> problem;
    const RenderedText rendered = TemplateRenderer::render(text, values, &problem);
    require(checked.has_value() == problem.has_value());
    if (problem) {
        require(!problem->message.isEmpty());
        require(problem->line >= 1 && problem->line <= text.count(QLatin1Char('\n')) + 1);
        require(problem->column >= 1);
        require(rendered.text.isEmpty());
        return;
    }
    for (const QString& field : rendered.missing)
        require(values.value(field).isEmpty());
}

} // namespace finalist::test
