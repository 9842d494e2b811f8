#include "ContactReader.h"

namespace finalist {

Result<ContactFileContents> readAllContacts(ContactReader& reader)
{
    if (auto opened = reader.open(); !opened)
        return opened.error();
    ContactFileContents contents;
    while (true) {
        auto person = reader.next(contents.problems);
        if (!person)
            return person.error();
        if (!person.value())
            break;
        contents.contacts.push_back(std::move(*person.value()));
    }
    contents.reading = reader.reading();
    return contents;
}

} // namespace finalist
