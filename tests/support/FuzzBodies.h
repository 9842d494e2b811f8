#pragma once

#include <QByteArray>

namespace finalist::test {

// What each fuzz target does with one input; the corpus replay test runs the same bodies, so
// every input the fuzzer kept is also an ordinary test. They abort on a broken promise.
void fuzzContactCsv(const QByteArray& bytes);
void fuzzVCard(const QByteArray& bytes);
void fuzzInvitation(const QByteArray& bytes);
void fuzzTemplate(const QByteArray& bytes);

} // namespace finalist::test
