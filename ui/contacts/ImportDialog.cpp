#include "ImportDialog.h"

#include "formats/Csv.h"
#include "formats/LinkedInConnections.h"
#include "formats/VCard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString matchText(ImportMatch match)
{
    switch (match) {
    case ImportMatch::New:
        return ImportDialog::tr("New");
    case ImportMatch::SameLinkedIn:
        return ImportDialog::tr("Same LinkedIn profile");
    case ImportMatch::SameEmail:
        return ImportDialog::tr("Same email");
    case ImportMatch::SameNameAndCompany:
        return ImportDialog::tr("Same name and company");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_pages(new QStackedWidget(this))
    , m_mapping(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_next(new QPushButton(tr("Preview"), this))
{
    setWindowTitle(tr("Import Contacts"));
    resize(960, 580);
    // Lines broken by hand: a word-wrapped label in a dialog is given one line's height.
    m_summary->setWordWrap(false);

    auto* mappingPage = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingPage);
    auto* mappingHint = new QLabel(
        tr("Which column holds what? Finalist guessed from the headings;\ncolumns left out are "
           "not imported."),
        mappingPage);
    mappingHint->setWordWrap(true);
    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({ tr("Column"), tr("First value"), tr("Import as") });
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    mappingLayout->addWidget(mappingHint);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(m_next, 0, Qt::AlignRight);

    auto* previewPage = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPage);
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
    previewLayout->addWidget(m_preview, 1);
    // How the file's bytes became text ("Read as Windows-1252 (a guess …)"), set by showPlan().
    auto* reading = new QLabel(previewPage);
    reading->setObjectName(QStringLiteral("importReading"));
    previewLayout->addWidget(reading);
    previewLayout->addWidget(
        new QLabel(tr("Rows that will not be imported, and characters left out"), previewPage));
    previewLayout->addWidget(m_problems);

    m_pages->addWidget(mappingPage);
    m_pages->addWidget(previewPage);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import->setObjectName(QStringLiteral("runImport"));
    m_import->setEnabled(false);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::showPreviewFromMapping);
    connect(m_preview, &QTableWidget::itemChanged, this, &ImportDialog::takeRow);
}

ImportDialog::Kind ImportDialog::guessKind(const QString& path, const QByteArray& start)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"vcf" || suffix == u"vcard"
        || start.trimmed().toUpper().startsWith("BEGIN:VCARD"))
        return Kind::VCard;
    if (start.contains("First Name,Last Name"))
        return Kind::LinkedInConnections;
    if (start.contains("From,To,Sent At"))
        return Kind::LinkedInInvitations;
    return Kind::Csv;
}

void ImportDialog::fail(const QString& message)
{
    m_summary->setText(message);
    m_summary->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_import->setEnabled(false);
}

bool ImportDialog::load(const QString& path, Kind kind)
{
    m_path = path;
    m_kind = kind;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    if (auto size = TextDecoding::checkFileSize(file.size()); !size) {
        fail(tr("“%1” cannot be imported. %2")
                 .arg(QFileInfo(path).fileName(), size.error().message));
        return false;
    }
    m_bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    Result<ContactFileContents> contents = ContactFileContents{};
    QString source;
    switch (kind) {
    case Kind::LinkedInConnections:
        contents = LinkedInConnections::read(m_bytes);
        source = QStringLiteral("LinkedIn");
        break;
    case Kind::VCard:
        contents = VCard::read(m_bytes);
        source = QStringLiteral("vCard");
        break;
    case Kind::LinkedInInvitations: {
        auto invitations = LinkedInInvitations::read(m_bytes);
        if (!invitations) {
            fail(invitations.error().message);
            return false;
        }
        m_invitations = invitations.value();
        m_summary->setText(tr("%n invitation(s) in “%1”.\nThe people Finalist knows become "
                              "“invitation pending”.",
                              nullptr, int(m_invitations.size()))
                               .arg(name));
        m_pages->setCurrentIndex(1);
        // Only who and which way: an invitation names nothing else.
        for (int c : { TakeColumn, TitleColumn, RoleColumn, CompanyColumn, EmailColumn })
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
        m_import->setEnabled(!m_invitations.empty());
        return true;
    }
    case Kind::Csv: {
        auto headers = ContactCsv::headers(m_bytes);
        if (!headers) {
            fail(headers.error().message);
            return false;
        }
        showMapping(headers.value());
        return true;
    }
    }
    if (!contents) {
        fail(tr("“%1” cannot be imported. %2").arg(name, contents.error().message));
        return false;
    }
    auto plan = ContactImport(m_db).plan(contents.value(), source, name);
    if (!plan) {
        fail(plan.error().message);
        return false;
    }
    m_plan = plan.value();
    showPlan();
    return true;
}

void ImportDialog::showMapping(const QStringList& headers)
{
    m_pages->setCurrentIndex(0);
    m_summary->setText(tr("“%1” is a spreadsheet of %n column(s).", nullptr, int(headers.size()))
                           .arg(QFileInfo(m_path).fileName()));
    auto csv = readCsv(m_bytes);
    const QStringList first
        = csv && csv.value().rows.size() > 1 ? csv.value().rows[1].fields : QStringList();
    const auto guessed = ContactCsv::guessMapping(headers);
    m_mapping->setRowCount(int(headers.size()));
    for (int row = 0; row < int(headers.size()); ++row) {
        m_mapping->setItem(row, 0, new QTableWidgetItem(headers[row]));
        m_mapping->setItem(row, 1, new QTableWidgetItem(first.value(row)));
        auto* field = new QComboBox(m_mapping);
        for (int f = int(ContactCsv::Field::Ignore); f <= int(ContactCsv::Field::Notes); ++f)
            field->addItem(ContactCsv::fieldLabel(static_cast<ContactCsv::Field>(f)), f);
        field->setCurrentIndex(field->findData(int(guessed[std::size_t(row)])));
        m_mapping->setCellWidget(row, 2, field);
    }
}

void ImportDialog::showPreviewFromMapping()
{
    std::vector<ContactCsv::Field> mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        auto* box = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        mapping.push_back(static_cast<ContactCsv::Field>(box ? box->currentData().toInt() : 0));
    }
    auto contents = ContactCsv::read(m_bytes, mapping);
    if (!contents) {
        fail(contents.error().message);
        return;
    }
    auto plan = ContactImport(m_db).plan(contents.value(), QStringLiteral("CSV"),
                                         QFileInfo(m_path).fileName());
    if (!plan) {
        fail(plan.error().message);
        return;
    }
    m_plan = plan.value();
    showPlan();
}

void ImportDialog::showPlan()
{
    m_pages->setCurrentIndex(1);
    for (int c = 0; c < ColumnCount; ++c)
        m_preview->setColumnHidden(c, false);
    const QSignalBlocker blocker(m_preview); // filling is not ticking
    // A preview of thousands of rows would be slow to build and no easier to read.
    constexpr int kShown = 2000;
    const int shown = std::min(int(m_plan.candidates.size()), kShown);
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
        QString match = matchText(candidate.match);
        if (!isNew)
            match += QStringLiteral(": ") + candidate.existing.displayName();
        m_preview->setItem(row, MatchColumn, cell(match));
    }
    m_problems->clear();
    for (const ImportProblem& problem : m_plan.problems)
        m_problems->addItem(problem.message);
    for (const TextWarning& warning : m_plan.reading.warnings)
        m_problems->addItem(warning.message);
    if (m_plan.problems.empty() && m_plan.reading.warnings.empty())
        m_problems->addItem(tr("None."));
    if (auto* reading = findChild<QLabel*>(QStringLiteral("importReading")))
        reading->setText(m_plan.reading.summary());
    showSummary();
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
    int added = 0, merged = 0, leftOut = 0;
    for (const ImportCandidate& candidate : m_plan.candidates) {
        const bool taken
            = candidate.match == ImportMatch::New ? candidate.include : candidate.merge;
        if (!taken)
            ++leftOut;
        else if (candidate.match == ImportMatch::New)
            ++added;
        else
            ++merged;
    }
    m_summary->setStyleSheet({});
    const QString file = QFileInfo(m_path).fileName();
    const QString counts = leftOut == 0
        ? tr("%1: %2 new, %3 already in your contacts, %4 with problems.")
              .arg(file)
              .arg(added)
              .arg(merged)
              .arg(m_plan.problems.size())
        : tr("%1: %2 new, %3 to merge, %4 left out, %5 with problems.")
              .arg(file)
              .arg(added)
              .arg(merged)
              .arg(leftOut)
              .arg(m_plan.problems.size());
    m_summary->setText(counts
                       + tr("\nA merge fills in what is missing and never overwrites. Nothing "
                            "is written until you press Import,\nand an import can be undone "
                            "later."));
    m_import->setEnabled(added + merged > 0);
}

bool ImportDialog::runImport()
{
    ContactImport import(m_db);
    if (m_kind == Kind::LinkedInInvitations) {
        auto applied = import.applyInvitations(m_invitations, QFileInfo(m_path).fileName());
        if (!applied) {
            fail(applied.error().message);
            return false;
        }
        m_outcome = applied.value();
        return true;
    }
    QProgressDialog progress(tr("Importing contacts…"), tr("Cancel"), 0,
                             int(m_plan.candidates.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // only long imports show it
    auto outcome = import.commit(m_plan, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!outcome) {
        fail(outcome.error().message);
        return false;
    }
    m_outcome = outcome.value();
    return true;
}

} // namespace finalist
