// Modules found in the build, and what a missing one or a wrong one is said as.
#include "modules/ModuleLoader.h"

#include "modules/PhoneLibrary.h"

#include <gtest/gtest.h>
#include <QDir>

using namespace finalist;

TEST(ModuleLoader, TheBuildsPhoneModuleIsFoundAndAnswers)
{
    // A test program runs from the build tree, so the build's modules folder is the one.
    EXPECT_TRUE(QDir(modules::folder()).exists(QStringLiteral("libfinalist-phone.so")))
        << modules::folder().toStdString();
    const auto entry
        = modules::entryPoint(QLatin1String(modules::phoneModule), modules::phoneLibraryEntry);
    ASSERT_TRUE(entry.ok()) << entry.error().detail.toStdString();
    const auto* library = reinterpret_cast<modules::PhoneLibraryEntry>(*entry)();
    EXPECT_EQ(library->e164("030 1234567", "DE"), "+49301234567");
    // Asked again, the same entry point, not a second load.
    EXPECT_EQ(modules::entryPoint(QLatin1String(modules::phoneModule), modules::phoneLibraryEntry)
                  .value(),
              *entry);
}

TEST(ModuleLoader, AMissingModuleIsNamedInWords)
{
    const auto entry = modules::entryPoint(QStringLiteral("finalist-nowhere"), "anything");
    ASSERT_FALSE(entry.ok());
    EXPECT_EQ(entry.error().code, Error::Code::NotFound);
    EXPECT_TRUE(entry.error().message.contains(QLatin1String("finalist-nowhere")))
        << entry.error().message.toStdString();
    EXPECT_TRUE(entry.error().message.contains(QLatin1String("Installing Finalist again")));
    EXPECT_FALSE(entry.error().detail.isEmpty());
}

TEST(ModuleLoader, AModuleWithoutTheEntryAskedForBelongsToAnotherVersion)
{
    const auto entry = modules::entryPoint(QLatin1String(modules::phoneModule), "finalistNoSuch");
    ASSERT_FALSE(entry.ok());
    EXPECT_EQ(entry.error().code, Error::Code::Invalid);
    EXPECT_TRUE(entry.error().message.contains(QLatin1String("another version")))
        << entry.error().message.toStdString();
}
