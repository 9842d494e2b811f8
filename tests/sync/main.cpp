#include <gtest/gtest.h>
#include <QCoreApplication>

// The client runs a local event loop per request, which needs an application object.
int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
