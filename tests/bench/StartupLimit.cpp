// The limit Finalist's start-up is measured against (tests/bench/startup.py): the least a Qt
// Widgets program that shows a journal can do. It opens the same file through the same SQLite
// driver, reads its schema, and shows an empty main window of Finalist's default size, with
// the same probe ending it once the window is painted and idle.
#include "common/StartupProbe.h"
#include "StartupReference.h"

#include <QApplication>
#include <QMainWindow>

using namespace finalist;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    int objects = 0;
    if (const int failed = bench::readSchemaOfArgument(&objects))
        return failed;
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("%1 objects").arg(objects));
    window.resize(1240, 760);
    StartupProbe::arm(&window);
    window.show();
    return app.exec();
}
