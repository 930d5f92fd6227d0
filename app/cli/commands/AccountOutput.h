#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

struct Account;

// The signed-in account as satchelctl shows it: login and whoami print it, status starts with it.
namespace AccountOutput {

// {"fullName":…,"username":…,"userId":…,"site":{"name":…,"url":…,"release":…}}
QJsonObject json(const Account &account);
// "Full Name (username)" and "Site: name <url>", one line each.
QString text(const Account &account);
// What login and whoami print: the account, the Moodle release and, when no token is stored, how to
// sign in again. `tokenStored` is "signedIn" in JSON.
void print(QTextStream &out, bool json, const Account &account, bool tokenStored);

}  // namespace AccountOutput
