#pragma once

#include "account/Account.h"

#include <QList>
#include <QToolButton>

class QAction;
class QActionGroup;
class QMenu;

// The account menu at the user's name in the window's header: every signed-in account (full name and site
// name, the shown one checked), "Add account…" and "Sign out…" (of the shown one). Names come from the sites:
// plain text, cut short when long. It only asks (signals); AppController opens, switches and signs out.
class AccountSwitcher : public QToolButton
{
    Q_OBJECT

public:
    explicit AccountSwitcher(QWidget *parent = nullptr);

    // The accounts to list, in this order; `shownId` is checked.
    void setAccounts(const QList<Account> &accounts, const QString &shownId);
    // Off for the demo: it has its one account.
    void setCanAddAccounts(bool can);

    QMenu *accountMenu() const { return m_menu; }
    // One entry per account (its data() is the account's id), in the order given.
    QList<QAction *> accountActions() const;
    QAction *addAccountAction() const { return m_add; }
    QAction *signOutAction() const { return m_signOut; }
    // What an account's entry says: "Full name – Site name", each part cut short when long.
    QString entryText(const Account &account) const;

Q_SIGNALS:
    void switchRequested(const QString &accountId);
    void addAccountRequested();
    void signOutRequested();

private:
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_accountsEnd;  // the separator after the list
    QAction *m_add;
    QAction *m_signOut;
};
