#include "common/DocumentsFolder.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QScopeGuard>

using namespace finalist;

TEST(DocumentsFolder, FileDialogsStartAtHomeUntilThereIsADocumentsFolder)
{
    test::TempFolder home;
    const QByteArray before = qgetenv("HOME");
    const QByteArray xdg = qgetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", before);
        qputenv("XDG_CONFIG_HOME", xdg);
    });
    qputenv("HOME", home.root().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.path(QStringLiteral(".config")).toLocal8Bit());
    EXPECT_EQ(QDir(documentsFolder()), QDir(home.root())) << documentsFolder().toStdString();
    ASSERT_TRUE(QDir(home.root()).mkdir(QStringLiteral("Documents")));
    EXPECT_EQ(QDir(documentsFolder()), QDir(home.path(QStringLiteral("Documents"))))
        << documentsFolder().toStdString();
}
