#include "ActionTable.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace finalist {

void setUpActionTable(QTableWidget* table)
{
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(QPushButton().sizeHint().height() + 8);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
}

void fitTableToRows(QTableWidget* table)
{
    table->setFixedHeight(table->horizontalHeader()->height()
                          + table->verticalHeader()->defaultSectionSize() * table->rowCount() + 4);
}

} // namespace finalist
