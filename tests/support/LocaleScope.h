#pragma once

#include <QLocale>

namespace finalist::test {

// Makes a locale the default for one test and puts the previous default back afterwards, even
// when an assertion ends the test early, so no other test runs in a stranger's language.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_saved); }
    LocaleScope(const LocaleScope&) = delete;
    LocaleScope& operator=(const LocaleScope&) = delete;

    void change(const QLocale& locale) { QLocale::setDefault(locale); }

private:
    QLocale m_saved;
};

} // namespace finalist::test
