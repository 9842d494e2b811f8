#pragma once

class QTableWidget;

namespace finalist {

// A table whose rows carry their own buttons: no selection, no focus frame, no grid, rows tall
// enough for a push button.
void setUpActionTable(QTableWidget* table);
// Makes the table exactly as tall as its rows, so the page scrolls instead of the table.
void fitTableToRows(QTableWidget* table);

} // namespace finalist
