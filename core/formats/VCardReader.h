#pragma once

#include "ContactReader.h"

#include <memory>

class QIODevice;

namespace finalist {

// vCards over a file, one card at a time (VCard::read reads the bytes through here): lines are
// unfolded as they arrive, each card is built from its properties and given when it ends. When
// the encoding is neither chosen nor named by a byte order mark, a first pass counts the UTF-8
// in the unfolded lines (a fold may cut a character in two), as the whole-file reading did.
class VCardReader final : public ContactReader
{
public:
    explicit VCardReader(QIODevice& device, std::optional<TextEncoding> encoding = {},
                         qsizetype chunkBytes = DecodingReader::kDefaultChunkBytes);
    ~VCardReader() override;

    Status open() override;
    Result<std::optional<ImportedContact>> next(std::vector<ImportProblem>& problems) override;
    const TextReport& reading() const override;

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace finalist
