// The UI suite needs one QApplication for the whole run, made before any widget.
#include "i18n/Translations.h"

#include <gtest/gtest.h>
#include <QApplication>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FinalistTests"));
    QApplication::setApplicationName(QStringLiteral("FinalistTests"));
    // The English plural forms, as the app loads them (English whatever the machine speaks).
    finalist::installTranslations(app, QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
