#include "JournalExport.h"

#include "formats/SafeFileWriter.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/OpportunityRepository.h"

#include <algorithm>
#include <map>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

Error ioError(const QString& message, const QString& detail = {})
{
    return Error{ Error::Code::Io, message, detail, {} };
}

// Lower-case ASCII letters and digits joined by single dashes: safe on every file system.
QString slugOf(const QString& title)
{
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            slug += c;
        } else if (c.isLetterOrNumber() || c.isSpace() || c.isPunct() || c.isSymbol()) {
            if (!c.isMark() && !slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
                slug += QLatin1Char('-');
        }
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(60);
}

} // namespace

Result<JournalDocument> JournalExport::load(std::optional<qint64> entryId) const
{
    JournalRepository journal(m_db);
    std::vector<JournalEntry> entries;
    if (entryId) {
        auto one = journal.get(*entryId);
        if (!one)
            return one.error();
        entries.push_back(std::move(one).value());
    } else {
        auto all = journal.list();
        if (!all)
            return all.error();
        entries = std::move(all).value();
        std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            return a.writtenOn != b.writtenOn ? a.writtenOn < b.writtenOn : a.id < b.id;
        });
    }

    LessonRepository lessonRepository(m_db);
    auto lessons = entryId ? lessonRepository.listForEntry(*entryId) : lessonRepository.listAll();
    if (!lessons)
        return lessons.error();
    std::map<qint64, std::vector<Lesson>> lessonsByEntry;
    for (Lesson& lesson : lessons.value())
        lessonsByEntry[lesson.entryId].push_back(std::move(lesson));

    OpportunityRepository opportunities(m_db);
    std::map<qint64, QString> labels; // read each opportunity once
    JournalDocument document;
    for (JournalEntry& entry : entries) {
        JournalDocumentEntry item;
        if (entry.opportunityId != 0) {
            auto found = labels.find(entry.opportunityId);
            if (found == labels.end()) {
                auto opportunity = opportunities.get(entry.opportunityId);
                QString label;
                if (opportunity) {
                    QStringList parts;
                    for (const QString& part : { opportunity->company, opportunity->role }) {
                        if (!part.isEmpty())
                            parts << part;
                    }
                    label = parts.join(QStringLiteral(" — "));
                }
                found = labels.emplace(entry.opportunityId, label).first;
            }
            item.opportunityLabel = found->second;
        }
        if (auto it = lessonsByEntry.find(entry.id); it != lessonsByEntry.end())
            item.lessons = std::move(it->second);
        item.entry = std::move(entry);
        document.push_back(std::move(item));
    }
    return document;
}

Status JournalExport::writeFile(const JournalDocument& document, const JournalFormat& format,
                                const QString& path)
{
    return writeFileAtomically(path, format.render(document));
}

QString JournalExport::fileNameFor(const JournalEntry& entry, const QString& extension,
                                   QStringList& taken)
{
    QStringList parts;
    if (entry.writtenOn.isValid())
        parts << entry.writtenOn.toString(Qt::ISODate);
    if (const QString slug = slugOf(entry.title); !slug.isEmpty())
        parts << slug;
    if (parts.isEmpty())
        parts << QStringLiteral("entry");
    const QString base = parts.join(QLatin1Char('-'));
    QString name = base + QLatin1Char('.') + extension;
    // Case-insensitive: two names differing only in case collide on macOS and Windows.
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1-%2.%3").arg(base).arg(n).arg(extension);
    taken << name;
    return name;
}

Status JournalExport::writeFolder(const JournalDocument& document, const JournalFormat& format,
                                  const QString& folder, const ExportProgress& progress)
{
    const QFileInfo target(folder);
    if (target.exists() && !target.isDir()) {
        return ioError(Texts::tr("“%1” is a file, not a folder. Choose a new or empty folder.")
                           .arg(QDir::toNativeSeparators(folder)));
    }
    if (target.isDir()
        && !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return ioError(
            Texts::tr("The folder “%1” is not empty. Choose a new or empty folder, so no "
                      "file of yours is overwritten.")
                .arg(QDir::toNativeSeparators(folder)));
    }
    const QDir parent = target.absoluteDir();
    if (!QDir().mkpath(parent.absolutePath())) {
        return ioError(Texts::tr("The folder “%1” cannot be created.")
                           .arg(QDir::toNativeSeparators(parent.absolutePath())));
    }
    // A sibling, so the final rename stays on one file system.
    const QString temporary = parent.filePath(
        QStringLiteral(".%1.partial-%2")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
    if (!QDir().mkdir(temporary)) {
        return ioError(Texts::tr("A temporary folder cannot be created beside “%1”.")
                           .arg(QDir::toNativeSeparators(folder)));
    }
    const auto abandon = [&](Error error) {
        QDir(temporary).removeRecursively();
        return error;
    };

    const int total = int(document.size());
    QStringList taken;
    for (int i = 0; i < total; ++i) {
        const JournalDocumentEntry& item = document[size_t(i)];
        const QString name = fileNameFor(item.entry, format.fileExtension(), taken);
        if (Status written
            = writeFileAtomically(QDir(temporary).filePath(name), format.render({ item }));
            !written) {
            return abandon(written.error());
        }
        if (progress && !progress(i + 1, total))
            return abandon(Error{ Error::Code::Io,
                                  Texts::tr("The export was cancelled. Nothing was saved."),
                                  {},
                                  {} });
    }

    // An empty target folder is replaced; the check above guarantees it holds nothing.
    if (target.isDir() && !QDir().rmdir(target.absoluteFilePath())) {
        return abandon(ioError(Texts::tr("The folder “%1” cannot be replaced.")
                                   .arg(QDir::toNativeSeparators(folder))));
    }
    if (!QDir().rename(temporary, target.absoluteFilePath())) {
        return abandon(
            ioError(Texts::tr("The export could not be moved into “%1”. Nothing was saved.")
                        .arg(QDir::toNativeSeparators(folder))));
    }
    return {};
}

} // namespace finalist
