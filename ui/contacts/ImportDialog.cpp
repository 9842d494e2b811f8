#include "ImportDialog.h"

#include "ContactFileReader.h"
#include "formats/ContactCsvLayout.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

ImportDialog::ImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_reader(new ContactFileReader(this))
    , m_pages(new QStackedWidget(this))
    , m_mapping(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_readingRow(new QWidget(this))
    , m_reading(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_kindBox(new QComboBox(this))
    , m_progressText(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelReading(new QPushButton(tr("Cancel Reading"), this))
    , m_readAgain(new QPushButton(tr("Read Again"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_next(new QPushButton(tr("Preview"), this))
{
    setWindowTitle(tr("Import Contacts"));
    resize(900, 580);
    // Lines broken by hand: a word-wrapped label in a dialog is given one line's height.
    m_summary->setWordWrap(false);

    auto* mappingPage = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingPage);
    auto* mappingHint = new QLabel(
        tr("Which column holds what? Finalist chose from the headings;\ncolumns left out are "
           "not imported."),
        mappingPage);
    mappingHint->setWordWrap(true);
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({ tr("Column"), tr("First value"), tr("Import as") });
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The fields' names whole ("Messenger or social account"); the values give way.
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    mappingLayout->addWidget(mappingHint);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(m_next, 0, Qt::AlignRight);

    auto* previewPage = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHorizontalHeaderLabels({ tr("Import"), tr("Person"), tr("Title"), tr("Role"),
                                           tr("Company"), tr("Email"), tr("LinkedIn"),
                                           tr("In your contacts") });
    m_preview->setAccessibleName(tr("People in the file"));
    QHeaderView* header = m_preview->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TakeColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    const int widths[ColumnCount] = { 0, 150, 160, 110, 130, 170, 110, 0 };
    for (int c = PersonColumn; c < MatchColumn; ++c)
        m_preview->setColumnWidth(c, widths[c]);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setMaximumHeight(110);
    m_problems->setAccessibleName(
        tr("Rows that will not be imported, what is left out of the others, and why"));
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(new QLabel(
        tr("Rows that will not be imported, and what is left out of the others"), previewPage));
    previewLayout->addWidget(m_problems);

    // While the file is read: how far, and a way to stop. Also what is left after stopping.
    auto* progressPage = new QWidget(this);
    auto* progressLayout = new QVBoxLayout(progressPage);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    m_progressBar->setObjectName(QStringLiteral("importProgress"));
    m_progressBar->setTextVisible(false);
    m_cancelReading->setObjectName(QStringLiteral("cancelReading"));
    m_readAgain->setObjectName(QStringLiteral("readAgain"));
    auto* progressButtons = new QHBoxLayout;
    progressButtons->addStretch(1);
    progressButtons->addWidget(m_readAgain);
    progressButtons->addWidget(m_cancelReading);
    progressLayout->addStretch(1);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addLayout(progressButtons);
    progressLayout->addStretch(2);

    m_pages->addWidget(mappingPage);
    m_pages->addWidget(previewPage);
    m_pages->addWidget(progressPage);

    // How the file's bytes became text ("Read as Windows-1252 (a guess …)"), and another
    // encoding to read it in when the guess was wrong.
    m_reading->setObjectName(QStringLiteral("importReading"));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (TextEncoding encoding : { TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                   TextEncoding::Windows1252 })
        m_encoding->addItem(TextDecoding::name(encoding), int(encoding));
    auto* encodingLabel = new QLabel(tr("&Encoding:"), m_readingRow);
    encodingLabel->setBuddy(m_encoding);
    // What the file is read as, guessed from its name and headings; another choice reads it
    // again that way.
    m_kindBox->setObjectName(QStringLiteral("importKind"));
    m_kindBox->addItem(tr("LinkedIn connections"), int(Kind::LinkedInConnections));
    m_kindBox->addItem(tr("LinkedIn invitations"), int(Kind::LinkedInInvitations));
    m_kindBox->addItem(tr("vCard"), int(Kind::VCard));
    m_kindBox->addItem(tr("Spreadsheet (CSV)"), int(Kind::Csv));
    auto* kindLabel = new QLabel(tr("Read &as:"), m_readingRow);
    kindLabel->setBuddy(m_kindBox);
    auto* readingLayout = new QHBoxLayout(m_readingRow);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_reading, 1);
    readingLayout->addWidget(kindLabel);
    readingLayout->addWidget(m_kindBox);
    readingLayout->addWidget(encodingLabel);
    readingLayout->addWidget(m_encoding);
    m_readingRow->hide(); // until a file has been read

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import->setObjectName(QStringLiteral("runImport"));
    m_import->setEnabled(false);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 0);
    layout->addWidget(m_readingRow, 0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::showPreviewFromMapping);
    connect(m_preview, &QTableWidget::itemChanged, this, &ImportDialog::takeRow);
    connect(m_kindBox, &QComboBox::activated, this, [this](int index) {
        const auto kind = static_cast<Kind>(m_kindBox->itemData(index).toInt());
        if (kind != m_kind)
            load(m_path, kind);
    });
    connect(m_encoding, &QComboBox::activated, this, [this](int index) {
        chooseEncoding(static_cast<TextEncoding>(m_encoding->itemData(index).toInt()));
    });
    connect(m_cancelReading, &QPushButton::clicked, this, &ImportDialog::cancelReading);
    connect(m_readAgain, &QPushButton::clicked, this, &ImportDialog::startReading);
    connect(m_reader, &ContactFileReader::progressed, this, &ImportDialog::showProgress);
    connect(m_reader, &ContactFileReader::finished, this, &ImportDialog::readingEnded);
}

ImportDialog::~ImportDialog()
{
    m_reader->stop(); // before the widgets its signals would reach are gone
}

ImportDialog::Kind ImportDialog::guessKind(const QString& path, const QByteArray& start)
{
    return guessContactFileKind(path, start);
}

void ImportDialog::fail(const QString& message)
{
    m_summary->setText(message);
    m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_import->setEnabled(false);
}

void ImportDialog::load(const QString& path, Kind kind)
{
    m_path = path;
    m_kind = kind;
    m_chosenEncoding.reset();
    m_fields.clear();
    m_mapped = false;
    m_readingRow->hide();
    startReading();
}

bool ImportDialog::isReading() const
{
    return m_reader->isReading();
}

void ImportDialog::chooseEncoding(TextEncoding encoding)
{
    if (m_kind == Kind::Csv && !m_mapped && m_pages->currentIndex() == 0)
        m_fields = mappedFields(); // still mapping: what was chosen so far is kept
    m_chosenEncoding = encoding;
    startReading();
}

void ImportDialog::startReading()
{
    ContactFileRequest request;
    request.path = m_path;
    request.kind = m_kind;
    request.encoding = m_chosenEncoding;
    if (m_kind == Kind::Csv && m_mapped)
        request.mapping = m_fields;
    request.databasePath = m_db.path();
    const QFileInfo file(m_path);
    m_readSize = file.size();
    m_readModified = file.lastModified();
    // The encoding box stays usable: another choice simply starts the reading again (and
    // disabling it would move the focus away, to Cancel).
    m_import->setEnabled(false);
    m_summary->setStyleSheet({});
    m_summary->setText(tr("Nothing is written until you press Import."));
    m_progressText->setText(tr("Reading “%1”…").arg(QFileInfo(m_path).fileName()));
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_cancelReading->show();
    m_cancelReading->setEnabled(true);
    m_readAgain->hide();
    m_pages->setCurrentIndex(2);
    m_reader->start(request);
}

void ImportDialog::showProgress(ReadingStep step, qint64 done, qint64 total)
{
    const QString name = QFileInfo(m_path).fileName();
    if (step == ReadingStep::Loading && total > 0) {
        m_progressText->setText(tr("Reading “%1”…").arg(name));
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(done * 1000 / total));
    } else {
        m_progressText->setText(m_kind == Kind::LinkedInInvitations
                                    ? tr("Reading the invitations in “%1”…").arg(name)
                                    : tr("Reading the people in “%1”…").arg(name));
        m_progressBar->setRange(0, 0); // the parser says nothing of how far it is
    }
}

void ImportDialog::cancelReading()
{
    if (!m_reader->isReading())
        return;
    // Heard between chunks of the file at once; while the people are being read, only once
    // that step ends (the parsers have no progress of their own yet). Said, so the click shows.
    m_reader->cancel(); // the reader then finishes as cancelled; readingEnded() says so
    m_progressText->setText(tr("Stopping…"));
    m_cancelReading->setEnabled(false);
}

void ImportDialog::reject()
{
    hide(); // gone at once, even while the reading finishes the step it is in
    m_reader->stop();
    QDialog::reject();
}

void ImportDialog::readingEnded()
{
    ContactFileReading reading = m_reader->take();
    const QString name = QFileInfo(m_path).fileName();
    switch (reading.outcome) {
    case ContactFileReading::Outcome::Cancelled:
        showStopped(tr("Reading “%1” was cancelled. Nothing was imported.").arg(name));
        m_summary->setStyleSheet({});
        m_summary->setText(tr("Nothing was imported."));
        emit readingFinished(false);
        return;
    case ContactFileReading::Outcome::Failed:
        showStopped(tr("Nothing was imported. Another encoding may read it, or the file may be of "
                       "another kind."));
        fail(reading.failure);
        if (m_chosenEncoding) // the line above the pages still told of the reading before
            m_reading->setText(
                tr("Not readable as %1.").arg(TextDecoding::name(*m_chosenEncoding)));
        emit readingFinished(false);
        return;
    case ContactFileReading::Outcome::Read:
        break;
    }
    const bool ok = showReading(reading);
    if (!ok)
        showStopped(tr("Nothing was imported."));
    emit readingFinished(ok);
}

// The reading ended without a preview: why, and a way to read the file again.
void ImportDialog::showStopped(const QString& text)
{
    m_pages->setCurrentIndex(2);
    m_progressText->setText(text);
    m_progressBar->hide();
    m_cancelReading->hide();
    m_readAgain->show();
}

bool ImportDialog::showReading(ContactFileReading& reading)
{
    showReadingLine(reading.reading);
    m_readReport = reading.reading;
    const QString name = QFileInfo(m_path).fileName();
    if (m_kind == Kind::LinkedInInvitations) {
        m_invitations = std::move(reading.invitations);
        showInvitations();
        return true;
    }
    if (m_kind == Kind::Csv && reading.headers.size() > 0) {
        showMapping(reading.headers, reading.firstRow);
        return true;
    }
    if (!reading.matched) {
        fail(tr("“%1” could not be read.").arg(name));
        return false;
    }
    // Matched while it was read: the preview holds the first rows, the counts are the file's.
    ImportSummary& matched = *reading.matched;
    m_plan = {};
    m_plan.source = importSource(m_kind);
    m_plan.fileName = name;
    m_plan.candidates = std::move(matched.candidates);
    m_plan.problems = std::move(matched.problems);
    m_plan.reading = matched.reading;
    m_fileNew = matched.newCount;
    m_fileMatched = matched.matchCount;
    showPlan();
    return true;
}

void ImportDialog::showReadingLine(const TextReport& report)
{
    m_reading->setText(report.summary());
    m_kindBox->setCurrentIndex(std::max(0, m_kindBox->findData(int(m_kind))));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(report.encoding))));
    m_readingRow->show();
}

void ImportDialog::showInvitations()
{
    const QString name = QFileInfo(m_path).fileName();
    m_summary->setStyleSheet({});
    m_summary->setText(tr("%n invitation(s) in “%1”.\nThe people Finalist knows become "
                          "“invitation pending”.",
                          nullptr, int(m_invitations.size()))
                           .arg(name));
    m_pages->setCurrentIndex(1);
    for (int c = 0; c < ColumnCount; ++c)
        m_preview->setColumnHidden(c, false);
    // Only who and which way: an invitation names nothing else.
    for (int c : { TakeColumn, TitleColumn, RoleColumn, CompanyColumn, EmailColumn, MatchColumn })
        m_preview->setColumnHidden(c, true);
    const QSignalBlocker blocker(m_preview);
    m_preview->setRowCount(int(m_invitations.size()));
    for (int row = 0; row < int(m_invitations.size()); ++row) {
        const LinkedInInvitation& invitation = m_invitations[std::size_t(row)];
        m_preview->setItem(row, PersonColumn, new QTableWidgetItem(invitation.name));
        m_preview->setItem(row, LinkedInColumn,
                           new QTableWidgetItem(invitation.sentByMe ? tr("You invited them")
                                                                    : tr("They invited you")));
    }
    showProblems({});
    m_import->setEnabled(!m_invitations.empty());
}

void ImportDialog::showMapping(const QStringList& headers, const QStringList& firstRow)
{
    m_pages->setCurrentIndex(0);
    m_summary->setStyleSheet({});
    // An address book Finalist knows by its headings comes with its columns chosen.
    const ContactCsvLayout layout = ContactCsvLayout::recognise(headers);
    m_summary->setText(tr("“%1” is %2 of %n column(s).", nullptr, int(headers.size()))
                           .arg(QFileInfo(m_path).fileName(), ContactCsvLayout::name(layout.kind)));
    // Read again in another encoding, the columns are the same: the user's choices stay.
    const std::vector<ContactCsv::Field> fields
        = m_fields.size() == std::size_t(headers.size()) ? m_fields : layout.mapping;
    m_mapping->setRowCount(int(headers.size()));
    for (int row = 0; row < int(headers.size()); ++row) {
        m_mapping->setItem(row, 0, new QTableWidgetItem(headers[row]));
        m_mapping->setItem(row, 1, new QTableWidgetItem(firstRow.value(row)));
        auto* field = new QComboBox(m_mapping);
        for (int f = int(ContactCsv::Field::Ignore); f <= int(ContactCsv::kLastField); ++f)
            field->addItem(ContactCsv::fieldLabel(static_cast<ContactCsv::Field>(f)), f);
        field->setCurrentIndex(field->findData(int(fields[std::size_t(row)])));
        m_mapping->setCellWidget(row, 2, field);
    }
}

std::vector<ContactCsv::Field> ImportDialog::mappedFields() const
{
    std::vector<ContactCsv::Field> mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        mapping.push_back(static_cast<ContactCsv::Field>(box ? box->currentData().toInt() : 0));
    }
    return mapping;
}

void ImportDialog::showPreviewFromMapping()
{
    m_fields = mappedFields();
    m_mapped = true;
    startReading();
}

void ImportDialog::showPlan()
{
    m_pages->setCurrentIndex(1);
    for (int c = 0; c < ColumnCount; ++c)
        m_preview->setColumnHidden(c, false);
    const QSignalBlocker blocker(m_preview); // filling is not ticking
    // A preview of thousands of rows would be slow to build and no easier to read.
    const int shown = int(std::min(m_plan.candidates.size(), kPreviewRows));
    m_preview->setRowCount(shown);
    const auto cell = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(text); // the whole text where the column cuts it short
        return item;
    };
    for (int row = 0; row < shown; ++row) {
        const ImportCandidate& candidate = m_plan.candidates[std::size_t(row)];
        const Contact& c = candidate.incoming.contact;
        const bool isNew = candidate.match == ImportMatch::New;
        auto* take = new QTableWidgetItem;
        take->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        take->setCheckState((isNew ? candidate.include : candidate.merge) ? Qt::Checked
                                                                          : Qt::Unchecked);
        take->setToolTip(isNew ? tr("Ticked: added to your contacts. Unticked: left out.")
                               : tr("Ticked: merged into %1. Unticked: skipped.")
                                     .arg(candidate.existing.displayName()));
        m_preview->setItem(row, TakeColumn, take);
        m_preview->setItem(row, PersonColumn, cell(c.displayName()));
        m_preview->setItem(row, TitleColumn, cell(c.title));
        m_preview->setItem(row, RoleColumn, cell(enumLabel(c.role)));
        m_preview->setItem(row, CompanyColumn, cell(c.company));
        m_preview->setItem(row, EmailColumn, cell(c.email));
        auto* linkedIn = cell(enumLabel(c.linkedInStatus));
        if (!c.linkedInUrl.isEmpty())
            linkedIn->setToolTip(c.linkedInUrl);
        m_preview->setItem(row, LinkedInColumn, linkedIn);
        QString match = importMatchText(candidate.match);
        if (!isNew)
            match += QStringLiteral(": ") + candidate.existing.displayName();
        m_preview->setItem(row, MatchColumn, cell(match));
    }
    showProblems(m_plan.problems);
    showSummary();
}

// The rows left out, then every character left out, by line ("Line 3: left out …").
void ImportDialog::showProblems(const std::vector<ImportProblem>& problems)
{
    m_problems->clear();
    for (const ImportProblem& problem : problems)
        m_problems->addItem(problem.message);
    for (const TextWarning& warning : m_readReport.warnings)
        m_problems->addItem(warning.message);
    if (problems.empty() && m_readReport.warnings.empty())
        m_problems->addItem(tr("None."));
}

void ImportDialog::takeRow(QTableWidgetItem* item)
{
    if (!item || item->column() != TakeColumn || m_kind == Kind::LinkedInInvitations)
        return;
    const auto row = std::size_t(item->row());
    if (row >= m_plan.candidates.size())
        return;
    ImportCandidate& candidate = m_plan.candidates[row];
    const bool on = item->checkState() == Qt::Checked;
    if (candidate.match == ImportMatch::New)
        candidate.include = on;
    else
        candidate.merge = on;
    showSummary();
}

void ImportDialog::showSummary()
{
    // The whole file's counts, less the rows unticked (only rows shown can be).
    int added = m_fileNew, merged = m_fileMatched, leftOut = 0;
    for (const ImportCandidate& candidate : m_plan.candidates) {
        const bool isNew = candidate.match == ImportMatch::New;
        if (isNew ? candidate.include : candidate.merge)
            continue;
        ++leftOut;
        --(isNew ? added : merged);
    }
    m_summary->setStyleSheet({});
    const QString file = QFileInfo(m_path).fileName();
    // Warnings are about rows imported all the same: counted apart from the rows refused.
    const int refused = refusedCount(m_plan.problems);
    const int warnings = warningCount(m_plan.problems);
    const QString counts = leftOut == 0
        ? tr("%1: %L2 new, %L3 already in your contacts, %L4 not imported, %L5 with warnings.")
              .arg(file)
              .arg(added)
              .arg(merged)
              .arg(refused)
              .arg(warnings)
        : tr("%1: %L2 new, %L3 to merge, %L4 left out, %L5 not imported, %L6 with warnings.")
              .arg(file)
              .arg(added)
              .arg(merged)
              .arg(leftOut)
              .arg(refused)
              .arg(warnings);
    // A long file: the list stops, the import does not; said, so nobody looks for the rest.
    const int people = m_fileNew + m_fileMatched;
    const QString listed = people > int(m_plan.candidates.size())
        ? tr("\nThe list shows the first %1 people; the other %2 are imported as they are.")
              .arg(QLocale().toString(qlonglong(m_plan.candidates.size())),
                   QLocale().toString(qlonglong(people) - qlonglong(m_plan.candidates.size())))
        : QString();
    m_summary->setText(counts
                       + tr("\nA merge fills in what is missing and never overwrites. Nothing "
                            "is written until you press Import,\nand an import can be undone "
                            "later.")
                       + listed);
    m_import->setEnabled(added + merged > 0);
}

} // namespace finalist
