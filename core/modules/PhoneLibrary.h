#pragma once

#include <string>
#include <vector>

namespace finalist::modules {

// What Finalist asks of libphonenumber, answered by the phone module (modules/phone), which the
// core loads on the first phone number it reads (see ModuleLoader).
class PhoneLibrary
{
public:
    virtual ~PhoneLibrary() = default;
    // The number in E.164, read in `region` when it has no country code; empty unless it is a
    // possible number.
    virtual std::string e164(const std::string& typed, const std::string& region) const = 0;
    // An E.164 number in the international format people read; empty unless possible.
    virtual std::string international(const std::string& e164) const = 0;
    // Every region code the library knows.
    virtual std::vector<std::string> regions() const = 0;
};

// The phone module's entry point: the library, made once, kept for the life of the process.
using PhoneLibraryEntry = const PhoneLibrary* (*)();
inline constexpr char phoneModule[] = "finalist-phone";
inline constexpr char phoneLibraryEntry[] = "finalistPhoneLibrary";

} // namespace finalist::modules
