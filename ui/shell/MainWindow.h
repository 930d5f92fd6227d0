#pragma once

#include <functional>

#include "account/Account.h"

#include <QMainWindow>

class AccountSession;
class AccountSwitcher;
class BadgesPage;
class ClassesPage;
class CoursesPage;
class GradesPage;
class HomePage;
class InlineMessage;
class QLabel;
class SearchField;
struct SearchHit;
class QPushButton;
class StoragePage;
class SyncStatusBar;
class QDialog;
struct DataChange;
struct SyncSummary;
class QListWidget;
class QStackedWidget;

// The window after sign-in: a header with who and where, a side navigation and the pages
// in a stack. Later issues add the dashboard, courses and grades through addPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a session the window shows the account only (no offline data yet).
    explicit MainWindow(const Account &account, AccountSession *session = nullptr, QWidget *parent = nullptr);

    // Asks where to save a file: the suggested path in, the chosen path out (empty: cancelled).
    using SaveFileChooser = std::function<QString(const QString &suggestedPath)>;
    // Replaces the save dialog of File > Export to calendar… (tests).
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Writes the deadlines as an iCalendar file to `path` (CalendarExport); the banner says how it went.
    bool exportCalendarTo(const QString &path);

    const Account &account() const { return m_account; }

    // Adds a page with its entry in the side navigation; returns its index.
    int addPage(const QIcon &icon, const QString &title, QWidget *page);
    void showPage(int index);
    // "home", "courses", "course:<id>", "grades", "grades:<id>", "badges", "class", "class:<id>" (satchel --page);
    // false if unknown (also "class" for someone who teaches nothing, or a course they do not teach).
    // "storage" opens the Storage window, "activity:<cmid>" a page or forum read inside Satchel over its course,
    // "search:<text>" the search field filled with the text and its results shown.
    bool showNamedPage(const QString &name);
    int currentPage() const;
    // The top-level page shown, as showNamedPage() names it: "home", "courses", "grades", "badges" or "class".
    QString currentPageName() const;

    QString displayedUserName() const;
    QString displayedSiteName() const;
    // The account menu at the user's name (the accounts, Add account…, Sign out…); whoever owns the accounts
    // fills it (AccountSwitcher::setAccounts) and answers its requests. Its Sign out… is confirmSignOut().
    AccountSwitcher *accountSwitcher() const { return m_accountSwitcher; }
    QString statusText() const;
    HomePage *homePage() const { return m_home; }
    CoursesPage *coursesPage() const { return m_courses; }
    int coursesPageIndex() const { return m_coursesIndex; }
    GradesPage *gradesPage() const { return m_grades; }
    BadgesPage *badgesPage() const { return m_badges; }
    // Only for someone who teaches (null otherwise); it appears after the sync that finds a class.
    ClassesPage *classesPage() const { return m_classes; }
    int classesPageIndex() const { return m_classesIndex; }
    SyncStatusBar *syncStatusBar() const { return m_syncStatus; }
    // The Storage window's page once File › Storage… opened it (null before).
    StoragePage *storagePage() const { return m_storage; }
    InlineMessage *banner() const { return m_banner; }
    // The header's search over the offline data (null without a session).
    SearchField *searchField() const { return m_search; }
    // Opens a search hit where it lives (SearchTarget): false when it is not there to show.
    bool openSearchHit(const SearchHit &hit);

    // The session is about to close (sign-out): stop reading from it. The window closes next.
    void detachSession();
    // The banner for a sync that ended badly or left parts out; clears it after a clean sync.
    void showSyncResult(const SyncSummary &summary);
    // The banner for offline data that could not be read (AccountSession::storageFailed); `detail`
    // (the storage error) is behind "Details". Cleared when everything was read again without a failure
    // (AccountSession::storageRecovered).
    void showStorageFailure(const QString &detail);
    // The banner for an account whose offline data could not be opened at all: `message` says why in a
    // student's words, `detail` is behind "Details", and "Reset offline data…" is offered unless !canReset.
    void showDatabaseFailure(const QString &message, const QString &detail, bool canReset = true);
    // The data folder the About dialog names (empty for the demo, which keeps nothing).
    void setDataDirectory(const QString &dir) { m_dataDirectory = dir; }

Q_SIGNALS:
    // The person confirmed "Sign out…"; whoever owns the account forgets the token, and the offline
    // data too unless keepData.
    void signOutRequested(bool keepData);
    // The site no longer accepts the token; the person wants to sign in again (nothing is lost).
    void signInAgainRequested();
    void settingsRequested();
    // "Reset offline data…" in the banner: whoever owns the account asks, then starts again with a fresh copy.
    void resetDataRequested();

public Q_SLOTS:
    void confirmSignOut();
    void showAbout();
    // File > Export to calendar…: asks where (deadlines.ics in Documents), then exportCalendarTo().
    void exportCalendar();
    // File › Storage…: the space downloaded course files take, per course, and removing them (StoragePage).
    bool showActivityWindow(qint64 cmid);
    void showStorage();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createHeader();
    void createMenus();
    void addDataPages();
    bool showNamedGradesPage(const QString &kind, bool hasId, qint64 id);
    bool showNamedClassPage(const QString &name);
    // Adds the Classes page once the database says the user teaches a course.
    void addClassesPageIfTeaching();
    // The first read error the pages kept from their last reload (empty when they read everything).
    QString pagesStorageError() const;
    // What the window itself shows of a change the session announced (pages subscribe on their own).
    void applyChange(const DataChange &change);
    void clearStorageFailure();
    void restoreWindowGeometry();

    Account m_account;
    AccountSession *m_session;
    SaveFileChooser m_chooseFile;
    QString m_dataDirectory;
    InlineMessage *m_banner;
    QPushButton *m_signInAgain;
    QPushButton *m_resetData;
    bool m_showingStorageFailure = false;
    SyncStatusBar *m_syncStatus = nullptr;
    CoursesPage *m_courses = nullptr;
    int m_coursesIndex = -1;
    GradesPage *m_grades = nullptr;
    int m_gradesIndex = -1;
    BadgesPage *m_badges = nullptr;
    int m_badgesIndex = -1;
    ClassesPage *m_classes = nullptr;
    int m_classesIndex = -1;
    QDialog *m_storageDialog = nullptr;
    StoragePage *m_storage = nullptr;
    QLabel *m_userName;
    QLabel *m_siteName;
    AccountSwitcher *m_accountSwitcher;
    QLabel *m_status;
    SearchField *m_search = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    HomePage *m_home;
};
