#include "OwnWindow.h"

#include <QWidget>

void OwnWindow::show(QWidget *widget)
{
    widget->setAttribute(Qt::WA_DeleteOnClose);
    widget->setWindowFlag(Qt::Window);
    widget->show();
    widget->raise();
    widget->activateWindow();
}
