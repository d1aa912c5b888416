// MainWindow: the console's top-level window.
#pragma once

#include <QMainWindow>

namespace keyward::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace keyward::ui
