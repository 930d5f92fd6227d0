#include "SignOutAnswer.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

void answerSignOutWith(QObject *context, const QString &button, bool *found)
{
    QTimer::singleShot(0, context, [button, found] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QPushButton *choice =
            box && box->objectName() == QLatin1String("signOutBox") ? box->findChild<QPushButton *>(button) : nullptr;
        *found = choice != nullptr;
        if (choice)
            choice->click();
        else if (box)
            box->reject();
    });
}
