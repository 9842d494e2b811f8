#pragma once

// Waiting for the event loop in a GoogleTest test. QTest's QTRY_ macros report to QTest, not
// to GoogleTest: a failed QTRY_VERIFY only returns from the test, which then passes. These
// fail the test.
#include <gtest/gtest.h>
#include <QTest>

#define EXPECT_EVENTUALLY(condition, milliseconds)                                                 \
    EXPECT_TRUE(QTest::qWaitFor([&] { return bool(condition); }, milliseconds))                    \
        << "never became true: " #condition

#define ASSERT_EVENTUALLY(condition, milliseconds)                                                 \
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(condition); }, milliseconds))                    \
        << "never became true: " #condition
