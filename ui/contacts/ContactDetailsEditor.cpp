#include "ContactDetailsEditor.h"

#include "AddressDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString placeholderFor(DetailKind kind)
{
    switch (kind) {
    case DetailKind::Email:
        return ContactDetailsEditor::tr("name@example.com");
    case DetailKind::Phone:
        return ContactDetailsEditor::tr("+49 30 1234567");
    case DetailKind::Web:
        return ContactDetailsEditor::tr("https://…");
    case DetailKind::Handle:
        return ContactDetailsEditor::tr("xmpp:name@example.org, skype:name, a profile page");
    case DetailKind::Address:
        break;
    }
    return {};
}

} // namespace

ContactDetailsEditor::ContactDetailsEditor(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("Add…"), this))
{
    m_add->setObjectName(QStringLiteral("addDetail"));
    m_add->setToolTip(tr("Another email, phone, address, web page or messaging account"));
    auto* menu = new QMenu(m_add);
    for (const auto& entry : EnumTable<DetailKind>::entries()) {
        const DetailKind kind = entry.value;
        menu->addAction(enumLabel(kind), this, [this, kind] { addRow(kind); });
    }
    m_add->setMenu(menu);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true); // a sentence: it wraps rather than widen the form
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(2, 1);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addLayout(addLine);
    layout->addWidget(m_empty);
}

void ContactDetailsEditor::setDetails(const std::vector<ContactPoint>& details)
{
    while (!m_rows.empty())
        removeRow(int(m_rows.size()) - 1);
    for (const ContactPoint& d : details)
        appendRow(d);
    relayout();
}

std::vector<ContactPoint> ContactDetailsEditor::details() const
{
    std::vector<ContactPoint> details;
    for (const Row& row : m_rows) {
        ContactPoint d{ row.kind, row.label->currentText().trimmed(),
                        row.value ? row.value->text().trimmed() : row.address,
                        row.preferred->isChecked() };
        if (!d.value.trimmed().isEmpty())
            details.push_back(d);
    }
    return details;
}

void ContactDetailsEditor::addRow(DetailKind kind)
{
    Row& row = appendRow({ kind, {}, {}, false });
    relayout();
    if (row.value)
        row.value->setFocus();
    else
        editAddress(row.addressButton);
    emit edited();
}

ContactDetailsEditor::Row& ContactDetailsEditor::appendRow(const ContactPoint& detail)
{
    Row row;
    row.kind = detail.kind;
    row.kindLabel = new QLabel(enumLabel(detail.kind), this);
    row.label = new QComboBox(this);
    row.label->setEditable(true);
    row.label->setInsertPolicy(QComboBox::NoInsert);
    row.label->addItem(QString());
    // The stored words stay English (vCard's own); the list shows them as they are.
    row.label->addItems(standardDetailLabels());
    row.label->setCurrentText(detail.label);
    row.label->setToolTip(tr("Work, home, mobile, other, or a word of your own"));
    row.label->setAccessibleName(tr("Kind of %1").arg(enumLabelInSentence(detail.kind)));
    row.label->setMinimumContentsLength(5);
    row.label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The wheel scrolls the pane, not the label of a row the pointer passes over.
    row.label->setFocusPolicy(Qt::StrongFocus);
    row.label->installEventFilter(this);
    if (detail.kind == DetailKind::Address) {
        row.address = detail.value;
        row.addressButton = new QPushButton(this);
        row.addressButton->setAccessibleName(tr("Address"));
        // A long address must not widen the pane past the window: it is cut with an ellipsis
        // to the button's width, and whole in the tooltip and the dialog. (No style sheet: it
        // would draw the button light in a dark palette.)
        row.addressButton->installEventFilter(this);
        row.addressButton->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        row.addressButton->setMinimumWidth(row.addressButton->fontMetrics().averageCharWidth()
                                           * 10);
        connect(row.addressButton, &QPushButton::clicked, this,
                [this, button = row.addressButton] { editAddress(button); });
    } else {
        row.value = new QLineEdit(detail.value, this);
        row.value->setCursorPosition(0); // a narrow field shows how the value begins
        row.value->setPlaceholderText(placeholderFor(detail.kind));
        row.value->setAccessibleName(enumLabel(detail.kind));
        connect(row.value, &QLineEdit::textEdited, this, &ContactDetailsEditor::edited);
    }
    // No text beside the box: the pane is narrow, and the tooltip and the name say what it is.
    row.preferred = new QCheckBox(this);
    row.preferred->setAccessibleName(tr("Preferred"));
    row.preferred->setChecked(detail.preferred);
    row.preferred->setToolTip(tr("Preferred: the one to use first among the %1 entries")
                                  .arg(enumLabelInSentence(detail.kind)));
    row.remove = new QToolButton(this);
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAccessibleName(tr("Remove"));
    row.remove->setToolTip(tr("Remove this %1").arg(enumLabelInSentence(detail.kind)));
    connect(row.label, &QComboBox::currentTextChanged, this, &ContactDetailsEditor::edited);
    connect(row.preferred, &QCheckBox::toggled, this, [this, box = row.preferred](bool on) {
        // One preferred per kind: checking one unchecks the others of its kind.
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [box](const Row& r) { return r.preferred == box; });
        if (on && it != m_rows.end())
            for (Row& other : m_rows)
                if (other.kind == it->kind && other.preferred != box)
                    other.preferred->setChecked(false);
        emit edited();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, button = row.remove] {
        for (int i = 0; i < rowCount(); ++i)
            if (m_rows[std::size_t(i)].remove == button) {
                removeRow(i);
                relayout();
                emit edited();
                return;
            }
    });
    m_rows.push_back(row);
    showAddress(m_rows.back());
    return m_rows.back();
}

void ContactDetailsEditor::removeRow(int index)
{
    if (index < 0 || index >= rowCount())
        return;
    const Row row = m_rows[std::size_t(index)];
    m_rows.erase(m_rows.begin() + index);
    for (QWidget* widget :
         { row.kindLabel, static_cast<QWidget*>(row.label), static_cast<QWidget*>(row.value),
           static_cast<QWidget*>(row.addressButton), static_cast<QWidget*>(row.preferred),
           static_cast<QWidget*>(row.remove) })
        if (widget) {
            m_grid->removeWidget(widget);
            widget->hide();
            widget->deleteLater();
        }
}

void ContactDetailsEditor::relayout()
{
    for (int i = 0; i < rowCount(); ++i) {
        const Row& row = m_rows[std::size_t(i)];
        m_grid->addWidget(row.kindLabel, i, 0);
        m_grid->addWidget(row.label, i, 1);
        m_grid->addWidget(row.value ? static_cast<QWidget*>(row.value) : row.addressButton, i, 2);
        m_grid->addWidget(row.preferred, i, 3);
        m_grid->addWidget(row.remove, i, 4);
    }
    // Empty, the line says so; with rows, what the unlabelled boxes mean.
    m_empty->setText(m_rows.empty() ? tr("No further emails, phones, addresses or links.")
                                    : tr("A ticked box marks the one to use first."));
}

void ContactDetailsEditor::editAddress(QPushButton* button)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [button](const Row& r) { return r.addressButton == button; });
    if (it == m_rows.end())
        return;
    AddressDialog dialog(it->address, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    it->address = dialog.address();
    showAddress(*it);
    emit edited();
}

bool ContactDetailsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        for (const Row& row : m_rows)
            if (row.addressButton == watched)
                showAddress(row);
    if (event->type() == QEvent::Wheel) {
        if (auto* box = qobject_cast<QComboBox*>(watched); box && !box->hasFocus()) {
            event->ignore(); // goes on to the scroll area
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ContactDetailsEditor::showAddress(const Row& row)
{
    if (!row.addressButton)
        return;
    const QString line = address::oneLine(row.address);
    const QString shown = line.isEmpty() ? tr("Type the address…") : line;
    const QFontMetrics metrics = row.addressButton->fontMetrics();
    const int room = row.addressButton->width() - 2 * metrics.averageCharWidth();
    row.addressButton->setText(metrics.elidedText(shown, Qt::ElideRight, std::max(room, 0)));
    row.addressButton->setToolTip(line);
}

QLineEdit* ContactDetailsEditor::valueEdit(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].value : nullptr;
}

QCheckBox* ContactDetailsEditor::preferredBox(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].preferred : nullptr;
}

} // namespace finalist
