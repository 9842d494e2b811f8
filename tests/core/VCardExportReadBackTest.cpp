// Finalist's vCards read by an independent reader: Debian's python3-vobject (installed by
// script/bootstrap), field for field, in 4.0 and in 3.0.
#include "domain/ContactUid.h"
#include "formats/VCard.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace finalist;

namespace {

QJsonArray readByVobject(const QString& path)
{
    static const char* script = R"(
import json, sys, vobject
out = []
for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    n = card.n.value
    out.append({'fn': card.fn.value, 'given': n.given, 'family': n.family,
                'uid': card.uid.value if hasattr(card, 'uid') else '',
                'org': card.org.value[0] if hasattr(card, 'org') else '',
                'title': card.title.value if hasattr(card, 'title') else '',
                'email': card.email.value if hasattr(card, 'email') else '',
                'tel': card.tel.value if hasattr(card, 'tel') else '',
                'url': card.url.value if hasattr(card, 'url') else '',
                'note': card.note.value if hasattr(card, 'note') else ''})
print(json.dumps(out))
)";
    const QString debian = QStringLiteral("/usr/bin/python3");
    QProcess python;
    python.start(QFile::exists(debian) ? debian : QStringLiteral("python3"),
                 { QStringLiteral("-c"), QString::fromUtf8(script), path });
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

TEST(VCardExport, VobjectReadsEveryFieldOfBothVersions)
{
    test::TempFolder folder;
    Contact zoe;
    zoe.id = 42;
    zoe.createdAt = QStringLiteral("2026-03-02T09:00:00.000Z");
    zoe.firstName = QStringLiteral("Zoë");
    zoe.lastName = QStringLiteral("van Dijk");
    zoe.company = QStringLiteral("Lindqvist & Maré; Partners");
    zoe.title = QStringLiteral("Director, Design");
    zoe.email = QStringLiteral("zoe@example.org");
    zoe.phone = QStringLiteral("+31 20 555 0100");
    zoe.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/zoevandijk");
    zoe.notes = QStringLiteral("Long note that folds past seventy-five octets, with ééé, "
                               "a comma, a semicolon; and a second line.\nHere.");
    for (VCard::Version version : { VCard::Version::V40, VCard::Version::V30 }) {
        SCOPED_TRACE(version == VCard::Version::V40 ? "4.0" : "3.0");
        const QString path = folder.path(QStringLiteral("zoe.vcf"));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(VCard::write({ zoe }, version));
        out.close();
        const QJsonArray cards = readByVobject(path);
        ASSERT_EQ(cards.size(), 1);
        const QJsonObject c = cards[0].toObject();
        EXPECT_EQ(c[QStringLiteral("fn")].toString(), zoe.displayName());
        EXPECT_EQ(c[QStringLiteral("given")].toString(), zoe.firstName);
        EXPECT_EQ(c[QStringLiteral("family")].toString(), zoe.lastName);
        EXPECT_EQ(c[QStringLiteral("uid")].toString(), contactUid(zoe));
        EXPECT_EQ(c[QStringLiteral("org")].toString(), zoe.company);
        EXPECT_EQ(c[QStringLiteral("title")].toString(), zoe.title);
        EXPECT_EQ(c[QStringLiteral("email")].toString(), zoe.email);
        // 4.0: a tel: URI in E.164; 3.0 has no URIs and keeps the number as typed.
        EXPECT_EQ(c[QStringLiteral("tel")].toString(),
                  version == VCard::Version::V40 ? QStringLiteral("tel:+31205550100") : zoe.phone);
        EXPECT_EQ(c[QStringLiteral("url")].toString(), zoe.linkedInUrl);
        EXPECT_EQ(c[QStringLiteral("note")].toString(), zoe.notes);
    }
}
