#include "i18n/DateText.h"

#include "formats/HtmlJournalFormat.h"
#include "formats/JournalDocument.h"
#include "LocaleScope.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

const QDate kDay(2026, 12, 2); // a Wednesday, with day and month that cannot be swapped unseen

struct Expected
{
    const char* locale;
    const char* shortDate;
    const char* dayMonth;
    const char* longDate;
    const char* editFormat;
};

} // namespace

TEST(DateText, EachLocaleWritesItsOwnOrderWithAFourDigitYear)
{
    const Expected cases[] = {
        { "en_US", "12/2/2026", "12/2", "Wednesday, December 2, 2026", "M/d/yyyy" },
        { "en_GB", "02/12/2026", "02/12", "Wednesday, 2 December 2026", "dd/MM/yyyy" },
        { "de_DE", "02.12.2026", "02.12.", "Mittwoch, 2. Dezember 2026", "dd.MM.yyyy" },
        { "ja_JP", "2026/12/02", "12/02", "2026年12月2日水曜日", "yyyy/MM/dd" },
        { "sv_SE", "2026-12-02", "12-02", "onsdag 2 december 2026", "yyyy-MM-dd" },
    };
    test::LocaleScope scope(QLocale(QStringLiteral("en_US")));
    // One after another in the same test: a change of default must not leave the last formats.
    for (const Expected& c : cases) {
        SCOPED_TRACE(c.locale);
        scope.change(QLocale(QString::fromLatin1(c.locale)));
        EXPECT_EQ(dates::shortDate(kDay), QString::fromUtf8(c.shortDate));
        EXPECT_EQ(dates::dayMonth(kDay), QString::fromUtf8(c.dayMonth));
        EXPECT_EQ(dates::longDate(kDay), QString::fromUtf8(c.longDate));
        EXPECT_EQ(dates::editFormat(), QString::fromUtf8(c.editFormat));
        EXPECT_EQ(QLocale().toString(kDay, dates::editFormat()), dates::shortDate(kDay))
            << "an edit reads as the table beside it";
    }
}

TEST(DateText, TheYearLeavesWithItsSeparatorWhereverItStands)
{
    test::LocaleScope scope(QLocale(QStringLiteral("ko_KR"))); // "yy. M. d.": first, widened
    EXPECT_EQ(dates::shortDate(kDay), QStringLiteral("2026. 12. 2."));
    EXPECT_EQ(dates::dayMonth(kDay), QStringLiteral("12. 2."));
    scope.change(QLocale(QStringLiteral("bg_BG"))); // "d.MM.yy 'г'.": last, with a quoted suffix
    EXPECT_EQ(dates::shortDate(kDay), QStringLiteral("2.12.2026 г."));
    EXPECT_EQ(dates::dayMonth(kDay), QStringLiteral("2.12."));
    scope.change(QLocale(QStringLiteral("hr_HR"))); // "dd. MM. yyyy.": last, stop kept once
    EXPECT_EQ(dates::dayMonth(kDay), QStringLiteral("02. 12."));
    scope.change(QLocale(QStringLiteral("es_ES"))); // "d/M/yy": no stop to keep
    EXPECT_EQ(dates::shortDate(kDay), QStringLiteral("2/12/2026"));
    EXPECT_EQ(dates::dayMonth(kDay), QStringLiteral("2/12"));
}

TEST(DateText, DateAndTimeJoinTheShortDateAndTheShortTime)
{
    test::LocaleScope scope(QLocale(QStringLiteral("en_GB")));
    const QDateTime when(kDay, QTime(9, 5));
    EXPECT_EQ(dates::dateTime(when), QStringLiteral("02/12/2026 09:05"));
    scope.change(QLocale(QStringLiteral("de_DE")));
    EXPECT_EQ(dates::dateTime(when), QStringLiteral("02.12.2026 09:05"));
    scope.change(QLocale(QStringLiteral("en_US")));
    EXPECT_EQ(dates::dateTime(when),
              QStringLiteral("12/2/2026 ") + QLocale().toString(QTime(9, 5), QLocale::ShortFormat));
    EXPECT_TRUE(dates::dateTime(when).contains(QStringLiteral("9:05")));
}

TEST(DateText, AnInvalidDateIsWrittenAsNothing)
{
    test::LocaleScope scope(QLocale(QStringLiteral("en_US")));
    EXPECT_TRUE(dates::shortDate(QDate()).isEmpty());
    EXPECT_TRUE(dates::longDate(QDate()).isEmpty());
    EXPECT_TRUE(dates::dayMonth(QDate()).isEmpty());
    EXPECT_TRUE(dates::dateTime(QDateTime()).isEmpty());
    EXPECT_TRUE(dates::shortDate(QDate(2026, 2, 30)).isEmpty());
}

TEST(DateText, AnUntitledReflectionAndTheHtmlExportUseTheLocaleAndKeepTheIsoDay)
{
    test::LocaleScope scope(QLocale(QStringLiteral("en_GB")));
    JournalDocumentEntry item;
    item.entry.writtenOn = kDay;
    EXPECT_EQ(titleOf(item.entry), QStringLiteral("Reflection of 02/12/2026"));

    const QString html = QString::fromUtf8(HtmlJournalFormat().render({ item }));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<time datetime=\"2026-12-02\">Wednesday, 2 December 2026</time>")))
        << qPrintable(html);

    JournalDocumentEntry undated;
    undated.entry.title = QStringLiteral("No day");
    const QString bare = QString::fromUtf8(HtmlJournalFormat().render({ undated }));
    EXPECT_FALSE(bare.contains(QStringLiteral("<time"))) << "no empty date element";
}
