#pragma once

#include <QString>

class QObject;

// Answers the "Sign out" question that is about to open (MainWindow's signOutBox, in a nested event loop) with the
// button named `button` ("keepData" or "deleteData"), from inside the box's own event loop. `found` says whether that
// button was there; without it the box is rejected, so a test never waits on it.
void answerSignOutWith(QObject *context, const QString &button, bool *found);
