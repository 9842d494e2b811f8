#pragma once

#include "domain/Template.h"
#include "Table.h"

#include <optional>

namespace finalist {

class TemplateRepository : public Table<Template>
{
public:
    explicit TemplateRepository(Database& db);
    Result<std::vector<Template>> list(std::optional<OutreachKind> kind = {},
                                       std::optional<Channel> channel = {},
                                       std::optional<Tone> tone = {}) const;
    Result<Template> findBuiltin(const QString& key) const;
};

} // namespace finalist
