#pragma once

#include "account/Account.h"

#include <QMainWindow>

class HomePage;
class QLabel;
class QListWidget;
class QStackedWidget;

// The window after sign-in: a header with who and where, a side navigation and the pages
// in a stack. Later issues add the dashboard, courses and grades through addPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Account &account, QWidget *parent = nullptr);

    const Account &account() const { return m_account; }

    // Adds a page with its entry in the side navigation; returns its index.
    int addPage(const QIcon &icon, const QString &title, QWidget *page);
    void showPage(int index);
    int currentPage() const;

    QString displayedUserName() const;
    QString displayedSiteName() const;
    QString statusText() const;
    HomePage *homePage() const { return m_home; }

Q_SIGNALS:
    // The person confirmed "Sign out…"; whoever owns the account forgets it.
    void signOutRequested();

public Q_SLOTS:
    void confirmSignOut();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createHeader();
    void createMenus();
    void restoreWindowGeometry();

    Account m_account;
    QLabel *m_userName;
    QLabel *m_siteName;
    QLabel *m_status;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    HomePage *m_home;
};
