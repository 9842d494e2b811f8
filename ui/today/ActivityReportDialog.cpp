#include "ActivityReportDialog.h"

#include "common/InlineMessage.h"
#include "formats/Csv.h"
#include "formats/SafeFileWriter.h"
#include "i18n/DateText.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"

#include <QBuffer>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace finalist {

ActivityReportDialog::ActivityReportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(0, int(ActivityReport::headers().size()), this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Activity Report"));
    const QDate today = db.clock().today();
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dates::editFormat());
    }
    // The last full calendar month: what a report to an adviser or an agency usually covers.
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    m_from->setDate(lastMonth);
    m_to->setDate(lastMonth.addDays(lastMonth.daysInMonth() - 1));
    m_table->setHorizontalHeaderLabels(ActivityReport::headers());
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* csv = new QPushButton(tr("Save as CSV…"), this);
    auto* pdf = new QPushButton(tr("Save as PDF…"), this);
    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    range->addWidget(csv);
    range->addWidget(pdf);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(860, 520);
    connect(m_from, &QDateEdit::dateChanged, this, &ActivityReportDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivityReportDialog::refresh);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, [this] {
        if (const QString path = chooseFile(tr("CSV files (*.csv)"), QStringLiteral("csv"));
            !path.isEmpty())
            saveCsv(path);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (const QString path = chooseFile(tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
            !path.isEmpty())
            savePdf(path);
    });
    refresh();
}

void ActivityReportDialog::refresh()
{
    if (m_from->date() > m_to->date()) {
        m_message->showError(tr("The range starts after it ends."));
        m_lines.clear();
        m_table->setRowCount(0);
        return;
    }
    auto lines = ActivityReport(m_db).lines(m_from->date(), m_to->date());
    if (!lines) {
        m_message->showError(lines.error().message);
        return;
    }
    m_lines = lines.value();
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < int(m_lines.size()); ++row) {
        const ActivityLine& l = m_lines[std::size_t(row)];
        const QStringList cells = l.cells(dates::shortDate(l.date));
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_message->showInfo(tr("%n activit(y|ies) between %1 and %2.", nullptr, int(m_lines.size()))
                            .arg(dates::shortDate(m_from->date()), dates::shortDate(m_to->date())));
}

QString ActivityReportDialog::chooseFile(const QString& filter, const QString& suffix)
{
    const QString name = QStringLiteral("activity-%1-%2.%3")
                             .arg(m_from->date().toString(Qt::ISODate),
                                  m_to->date().toString(Qt::ISODate), suffix);
    return QFileDialog::getSaveFileName(this, tr("Save the Activity Report"), name, filter);
}

bool ActivityReportDialog::saveCsv(const QString& path)
{
    if (auto written
        = writeFileAtomically(path, withByteOrderMark(ActivityReport::toCsv(m_lines).toUtf8()));
        !written) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showInfo(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString ActivityReportDialog::reportHtml() const
{
    const Profile me = ProfileRepository(m_db).load().value_or(Profile{});
    const QString who = me.nameOnReport();
    const QString title
        = who.isEmpty() ? tr("Job-search activity") : tr("Job-search activity of %1").arg(who);
    QString heading = tr("%1 to %2")
                          .arg(dates::longDate(m_from->date()), dates::longDate(m_to->date()))
                          .toHtmlEscaped();
    for (const QString& reach : { me.email.trimmed(), me.phone.trimmed() })
        if (!reach.isEmpty())
            heading += QStringLiteral(" · ") + reach.toHtmlEscaped();
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border='1' cellspacing='0' "
                                  "cellpadding='4' width='100%'><tr>")
                       .arg(title.toHtmlEscaped(), heading);
    for (const QString& h : ActivityReport::headers())
        html += QStringLiteral("<th align='left'>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const ActivityLine& l : m_lines) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : l.cells(dates::shortDate(l.date)))
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

bool ActivityReportDialog::savePdf(const QString& path)
{
    // A table in a document, made in memory and written whole.
    const QString html = reportHtml();
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("Job-search activity"));
        writer.setCreator(QStringLiteral("Finalist"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (auto written = writeFileAtomically(path, pdf.data()); !written) {
        m_message->showError(written.error().message);
        return false;
    }
    m_message->showInfo(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace finalist
