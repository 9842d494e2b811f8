#include "Samples.h"

namespace finalist::test {

QString hardText()
{
    return QStringLiteral(
        "Grateful 🙏🏽 for 👩‍👩‍👧 — شكراً جزيلاً لكم — "
        "Ame\u0301lie, n\u0303, Z\u0308o\u0308 — \"quoted\" 'single' "
        "); DROP TABLE contacts; -- NEAR(a b) * -x\n\tsecond line");
}

} // namespace finalist::test
