#include "ActionTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace finalist {

void setUpActionTable(QTableWidget* table)
{
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(QPushButton().sizeHint().height() + 8);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
}

void setButtonCell(QTableWidget* table, int row, int column,
                   std::initializer_list<QWidget*> buttons)
{
    auto* cell = new QWidget(table);
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(4, 0, 4, 0);
    for (QWidget* button : buttons)
        layout->addWidget(button);
    table->setCellWidget(row, column, cell);
}

void fitTableToRows(QTableWidget* table)
{
    table->setFixedHeight(table->horizontalHeader()->height()
                          + table->verticalHeader()->defaultSectionSize() * table->rowCount() + 4);
}

} // namespace finalist
