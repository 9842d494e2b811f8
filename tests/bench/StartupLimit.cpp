// The limit Finalist's start-up is measured against (tests/bench/startup.py): the least a Qt
// Widgets program that shows a journal can do. It opens the same file through the same SQLite
// driver, reads its schema, and shows an empty main window of Finalist's default size, with
// the same probe ending it once the window is painted and idle.
#include "common/StartupProbe.h"

#include <QApplication>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2) {
        qWarning("Usage: StartupLimit DATABASE");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(arguments.at(1));
    if (!db.open())
        return 1;
    QSqlQuery schema(db);
    schema.exec(QStringLiteral("SELECT sql FROM sqlite_schema"));
    int objects = 0;
    while (schema.next())
        ++objects;
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("%1 objects").arg(objects));
    window.resize(1240, 760);
    finalist::StartupProbe::arm(&window);
    window.show();
    return app.exec();
}
