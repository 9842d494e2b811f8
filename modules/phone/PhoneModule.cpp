// The phone module: libphonenumber (and the protobuf it brings) behind PhoneLibrary, loaded only
// when a phone number is read.
#include "PhoneLibrary.h"

#include <phonenumbers/phonenumberutil.h>
#include <set>

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

class LibPhoneNumber final : public finalist::modules::PhoneLibrary
{
public:
    std::string e164(const std::string& typed, const std::string& region) const override
    {
        return format(typed, region, PhoneNumberUtil::E164);
    }

    std::string international(const std::string& e164) const override
    {
        return format(e164, "ZZ", PhoneNumberUtil::INTERNATIONAL);
    }

    std::vector<std::string> regions() const override
    {
        std::set<std::string> known;
        m_util->GetSupportedRegions(&known);
        return { known.begin(), known.end() };
    }

private:
    std::string format(const std::string& text, const std::string& region,
                       PhoneNumberUtil::PhoneNumberFormat style) const
    {
        PhoneNumber number;
        // Possible, not valid: a number the metadata does not know yet (a new range, a
        // fictional 555 one) is still a number someone typed with care.
        if (m_util->Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR
            || !m_util->IsPossibleNumber(number))
            return {};
        std::string formatted;
        m_util->Format(number, style, &formatted);
        return formatted;
    }

    const PhoneNumberUtil* m_util = PhoneNumberUtil::GetInstance();
};

} // namespace

extern "C" __attribute__((visibility("default"))) const finalist::modules::PhoneLibrary*
finalistPhoneLibrary()
{
    static const LibPhoneNumber library;
    return &library;
}
