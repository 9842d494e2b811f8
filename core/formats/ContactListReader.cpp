#include "ContactListReader.h"

namespace finalist {

ContactListReader::ContactListReader(ContactFileContents contents)
    : m_contents(std::move(contents))
{
}

Result<std::optional<ImportedContact>> ContactListReader::next(std::vector<ImportProblem>& problems)
{
    if (!m_problemsGiven) {
        m_problemsGiven = true;
        problems.insert(problems.end(), m_contents.problems.begin(), m_contents.problems.end());
    }
    if (m_progress && !m_progress(qint64(m_next), qint64(m_contents.contacts.size())))
        return DecodingReader::cancelled();
    if (m_next >= m_contents.contacts.size())
        return std::optional<ImportedContact>();
    return std::optional<ImportedContact>(std::move(m_contents.contacts[m_next++]));
}

} // namespace finalist
