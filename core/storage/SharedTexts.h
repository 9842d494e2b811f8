#pragma once

#include <QSet>
#include <QString>

namespace finalist {

// One copy of each text a read comes across again and again (companies, roles, sources,
// places): the rows that show the same text share it instead of holding one each.
class SharedTexts
{
public:
    QString operator()(QString text) { return *m_texts.insert(std::move(text)); }

private:
    QSet<QString> m_texts;
};

} // namespace finalist
