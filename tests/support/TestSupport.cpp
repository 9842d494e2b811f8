#include "TestSupport.h"

#include "storage/OpportunityRepository.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QFile>

namespace finalist::test {

TempFolder::TempFolder()
{
    EXPECT_TRUE(m_dir.isValid());
}

QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
}

std::unique_ptr<Database> openOrFail(const QString& path, const Clock& clock,
                                     DatabaseOptions options)
{
    auto db = Database::open(path, clock, options);
    if (!db) {
        ADD_FAILURE() << "could not open " << path.toStdString() << ": "
                      << db.error().message.toStdString() << " / "
                      << db.error().detail.toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(FINALIST_FIXTURES_DIR "/") + name;
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString copyFixture(const TempFolder& folder, const QString& name)
{
    const QString target = folder.path(name);
    EXPECT_TRUE(QFile::copy(fixturePath(name), target)) << name.toStdString();
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void addProcessWithALongName(Database& db)
{
    Opportunity longest;
    longest.company = QStringLiteral("Bramble & Fernhill Analytical Instruments International");
    longest.role = QStringLiteral("Principal Service Designer, Accessibility and Inclusion");
    const Status added = OpportunityRepository(db).add(longest);
    EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().detail.toStdString());
}

} // namespace finalist::test
