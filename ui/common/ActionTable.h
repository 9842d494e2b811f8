#pragma once

#include <initializer_list>

class QTableWidget;
class QWidget;

namespace finalist {

// A table whose rows carry their own buttons: no selection, no focus frame, no grid, rows tall
// enough for a push button; the first column takes the spare width, the others fit their contents.
void setUpActionTable(QTableWidget* table);
// Puts buttons side by side in a cell, with a little room at both ends so that they do not
// touch the table's edge; the buttons are reparented to the cell.
void setButtonCell(QTableWidget* table, int row, int column,
                   std::initializer_list<QWidget*> buttons);
// Makes the table exactly as tall as its rows, so the page scrolls instead of the table.
void fitTableToRows(QTableWidget* table);

} // namespace finalist
