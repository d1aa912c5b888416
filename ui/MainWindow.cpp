// MainWindow: the console's top-level window.
#include "MainWindow.h"

namespace keyward::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Keyward"));
}

} // namespace keyward::ui
