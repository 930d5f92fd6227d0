#include "MainWindow.h"

#include "AccountSwitcher.h"
#include "SyncStatusBar.h"
#include "badges/BadgesPage.h"
#include "classes/ClassesPage.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "files/ActivityOpener.h"
#include "files/ForumView.h"
#include "files/StoragePage.h"
#include "grades/GradesPage.h"
#include "home/HomePage.h"
#include "search/SearchField.h"
#include "search/SearchTarget.h"
#include "store/ContentRepository.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusIcons.h"

#include "account/AccountSession.h"
#include "attention/AttentionRules.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "export/CalendarExport.h"
#include "files/OfflineContent.h"
#include "model/SearchRecords.h"
#include "store/ClassRepository.h"
#include "store/Database.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");
const auto kPageKey = QStringLiteral("MainWindow/page");

QString siteNameOf(const Account &account)
{
    return account.siteName.isEmpty() ? account.siteUrl.host() : account.siteName;
}
}  // namespace

MainWindow::MainWindow(const Account &account, AccountSession *session, QWidget *parent)
    : QMainWindow(parent), m_account(account), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 – Satchel").arg(siteNameOf(account)));
    setWindowIcon(StatusIcons::appIcon());

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(qMax(180, fontMetrics().averageCharWidth() * 24));
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: palette(window); "
                       "border-right: 1px solid palette(mid); padding: 6px; outline: 0; }"
                       "QListWidget#navigation::item { padding: 6px 6px; border-radius: 4px; }"
                       "QListWidget#navigation::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Sync errors appear here, above the page, without blocking anything.
    m_banner = new InlineMessage(this);
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    m_signInAgain = new QPushButton(tr("Sign in again…"), m_banner);
    m_signInAgain->setObjectName(QStringLiteral("signInAgain"));
    m_signInAgain->hide();
    m_signInAgain->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_banner->addContentWidget(m_signInAgain);
    connect(m_signInAgain, &QPushButton::clicked, this, &MainWindow::signInAgainRequested);
    m_resetData = new QPushButton(tr("Reset offline data…"), m_banner);
    m_resetData->setObjectName(QStringLiteral("resetData"));
    m_resetData->hide();
    m_resetData->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_banner->addContentWidget(m_resetData);
    connect(m_resetData, &QPushButton::clicked, this, &MainWindow::resetDataRequested);
    auto *pageColumn = new QVBoxLayout;
    pageColumn->setContentsMargins(0, 0, 0, 0);
    pageColumn->setSpacing(0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(12, 8, 12, 0);
    bannerRow->addWidget(m_banner);
    pageColumn->addLayout(bannerRow);
    pageColumn->addWidget(m_pages, 1);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addLayout(pageColumn, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_home = new HomePage(account, this);
    addPage(QIcon(QStringLiteral(":/icons/home.svg")), tr("Home"), m_home);
    if (m_session) {
        // Every read of the offline data that fails ends up here, through the session.
        connect(m_session, &AccountSession::storageFailed, this, &MainWindow::showStorageFailure);
        connect(m_session, &AccountSession::storageRecovered, this, &MainWindow::clearStorageFailure);
        addDataPages();
        // The pages read once while they were made, before anyone listened.
        if (const QString error = pagesStorageError(); !error.isEmpty())
            m_session->reportStorageFailure(error);
    }
    showPage(0);

    m_status = InertText::label(tr("Offline data from %1").arg(InertText::isolated(siteNameOf(account))), this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setContentsMargins(8, 2, 8, 2);
    if (m_session) {
        m_status->hide();
        m_syncStatus = new SyncStatusBar(m_session, this);
        statusBar()->addWidget(m_syncStatus, 1);
        if (SyncController *sync = m_session->sync()) {
            connect(m_syncStatus, &SyncStatusBar::syncRequested, sync, [sync] { sync->syncNow(); });
            // The session announces what the sync wrote (dataChanged), the pages read it again.
            connect(sync, &SyncController::syncFinished, this, &MainWindow::showSyncResult);
        }
    } else {
        statusBar()->addWidget(m_status, 1);
    }

    createMenus();
    // Tab goes from the search field to the page list, and from there into the page, as without the field.
    if (m_search)
        setTabOrder(m_search, m_navigation);
    restoreWindowGeometry();
    // Back where the person left off (a page that no longer exists, such as Classes, falls back to Home).
    if (!showNamedPage(QSettings().value(kPageKey, QStringLiteral("home")).toString()))
        showPage(0);
}

QWidget *MainWindow::createHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    header->setAccessibleName(tr("Signed-in account"));
    header->setStyleSheet(QStringLiteral("QFrame#header { background: palette(base); "
                                         "border-bottom: 1px solid palette(mid); }"));

    auto *logo = new QLabel(header);
    logo->setPixmap(StatusIcons::appIcon().pixmap(QSize(36, 36), devicePixelRatioF()));
    logo->setFixedSize(36, 36);
    logo->setAccessibleName(tr("Satchel logo"));

    m_userName = InertText::label(m_account.fullName.isEmpty() ? m_account.username : m_account.fullName, header);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setAccessibleName(tr("Signed in as"));
    QFont nameFont = m_userName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_userName->setFont(nameFont);

    m_siteName = InertText::label(siteNameOf(m_account), header);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteName->setAccessibleName(tr("Site"));
    m_siteName->setToolTip(InertText::toolTip(m_account.siteUrl.toString()));
    QPalette secondary = m_siteName->palette();
    secondary.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_siteName->setPalette(secondary);

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_userName);
    text->addWidget(m_siteName);

    // At the name: the accounts, this one alone until the owner of the accounts lists them all.
    m_accountSwitcher = new AccountSwitcher(header);
    m_accountSwitcher->setAccounts({m_account}, m_account.id());
    connect(m_accountSwitcher, &AccountSwitcher::signOutRequested, this, &MainWindow::confirmSignOut);
    auto *who = new QHBoxLayout;
    who->setSpacing(4);
    who->addLayout(text);
    who->addWidget(m_accountSwitcher, 0, Qt::AlignVCenter);
    who->addStretch(1);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(12);
    layout->addWidget(logo);
    layout->addLayout(who, 1);
    if (m_session) {
        // At the header's end; it shrinks before the names do, so the header is no wider than without it.
        m_search = new SearchField(header);
        m_search->setDatabase(m_session->database());
        m_search->setMaximumWidth(qMax(320, fontMetrics().averageCharWidth() * 44));
        m_search->setMinimumWidth(0);
        m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        layout->addWidget(m_search, 2);
        connect(m_search, &SearchField::hitActivated, this, &MainWindow::openSearchHit);
        connect(m_search, &SearchField::storageFailed, m_session, &AccountSession::reportStorageFailure);
        // Ctrl+K (what search fields of other apps answer to) and Find (Ctrl+F), from anywhere in the window.
        auto *find = new QAction(tr("Search"), this);
        find->setObjectName(QStringLiteral("searchAction"));
        find->setShortcuts({QKeySequence(Qt::ControlModifier | Qt::Key_K), QKeySequence(QKeySequence::Find)});
        find->setShortcutContext(Qt::WindowShortcut);
        connect(find, &QAction::triggered, m_search, &SearchField::focusForSearch);
        addAction(find);
    }
    return header;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    // Only with offline data: without it there are no deadlines to export.
    if (m_session) {
        QAction *calendar = file->addAction(tr("Export to &calendar…"), this, &MainWindow::exportCalendar);
        calendar->setObjectName(QStringLiteral("exportCalendarAction"));
        QAction *storage = file->addAction(tr("S&torage…"), this, &MainWindow::showStorage);
        storage->setObjectName(QStringLiteral("storageAction"));
    }
    QAction *signOut = file->addAction(tr("Sign &out…"), this, &MainWindow::confirmSignOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Satchel"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::exportCalendar()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(CalendarExport::suggestedFileName());
    const QString path = m_chooseFile
        ? m_chooseFile(suggested)
        : QFileDialog::getSaveFileName(this, tr("Export the deadlines to a calendar"), suggested,
                                       tr("Calendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    exportCalendarTo(path);
}

bool MainWindow::exportCalendarTo(const QString &path)
{
    if (!m_session)
        return false;
    const QString name = QFileInfo(path).fileName();
    QString error;
    if (!CalendarExport::writeFile(m_session->database(), m_session->clock()->now(), m_session->account().id(), path,
                                   &error)) {
        m_banner->showMessage(InlineMessage::Type::Error,
                              tr("Satchel could not save “%1”. Choose another folder or file name.").arg(name), error);
        return false;
    }
    m_banner->showMessage(InlineMessage::Type::Information,
                          tr("Saved “%1” in %2.").arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    return true;
}

void MainWindow::showStorage()
{
    if (!m_session)
        return;
    if (!m_storageDialog) {
        m_storageDialog = new QDialog(this);
        m_storageDialog->setObjectName(QStringLiteral("storageDialog"));
        m_storageDialog->setWindowTitle(tr("Storage – Satchel"));
        m_storage = new StoragePage(m_session->content(), m_session->database(), m_storageDialog);
        // The course page shows download states and "Available offline": it reads them again.
        connect(m_storage, &StoragePage::downloadsRemoved, this, [this] {
            if (m_courses)
                m_courses->coursePage()->reload();
        });
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_storageDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_storageDialog, &QDialog::close);
        auto *layout = new QVBoxLayout(m_storageDialog);
        layout->setContentsMargins(0, 0, 12, 12);
        layout->addWidget(m_storage, 1);
        layout->addWidget(buttons);
        m_storageDialog->resize(760, 520);
    } else {
        m_storage->reload();
    }
    m_storageDialog->show();
    m_storageDialog->raise();
    m_storageDialog->activateWindow();
}

int MainWindow::addPage(const QIcon &icon, const QString &title, QWidget *page)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
    // Ctrl+1, Ctrl+2, ...: every page without the mouse.
    if (index < 9) {
        const QKeySequence key(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
        auto *go = new QAction(title, this);
        go->setShortcut(key);
        go->setShortcutContext(Qt::WindowShortcut);
        connect(go, &QAction::triggered, this, [this, index] { showPage(index); });
        addAction(go);
        item->setToolTip(tr("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText)));
    }
    return index;
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

bool MainWindow::showNamedPage(const QString &name)
{
    const QString kind = name.section(QLatin1Char(':'), 0, 0);
    if (kind == QLatin1String("class"))
        return showNamedClassPage(name);
    if (kind == QLatin1String("search")) {
        const QString text = name.section(QLatin1Char(':'), 1);
        if (!m_search || text.trimmed().isEmpty())
            return false;
        m_search->showResultsFor(text);
        m_search->setFocus(Qt::OtherFocusReason);
        return true;
    }
    bool numeric = true;
    const qint64 id = name.section(QLatin1Char(':'), 1).toLongLong(&numeric);
    const bool hasId = name.contains(QLatin1Char(':'));
    if (hasId && !numeric)
        return false;
    if (kind == QLatin1String("home") && !hasId) {
        showPage(0);
        return true;
    }
    if (kind == QLatin1String("storage") && !hasId) {
        if (!m_session)
            return false;
        showStorage();
        return true;
    }
    if (kind == QLatin1String("activity") && hasId)
        return showActivityWindow(id);
    if (kind == QLatin1String("badges") && !hasId && m_badges) {
        showPage(m_badgesIndex);
        return true;
    }
    if ((kind == QLatin1String("courses") && !hasId) || (kind == QLatin1String("course") && hasId)) {
        if (!m_courses)
            return false;
        if (hasId && !m_courses->showCourse(id))
            return false;
        if (!hasId)
            m_courses->showList();
        showPage(m_coursesIndex);
        return true;
    }
    return showNamedGradesPage(kind, hasId, id);
}

bool MainWindow::showActivityWindow(qint64 cmid)
{
    // Only what is read inside Satchel (a page, a forum): a screenshot run never starts another application.
    if (!m_session || !m_courses)
        return false;
    const std::optional<Activity> activity =
        ContentRepository(m_session->database()).activity(cmid).valueOr(std::nullopt);
    const ActivityOpener::Kind kind =
        ActivityOpener(m_session->database(), m_session->content()->folder()).target(cmid).kind;
    if (!activity || (kind != ActivityOpener::Kind::Page && kind != ActivityOpener::Kind::Forum)
        || !m_courses->showCourse(activity->courseId))
        return false;
    showPage(m_coursesIndex);
    return m_courses->coursePage()->openActivity(cmid);
}

bool MainWindow::openSearchHit(const SearchHit &hit)
{
    if (!m_session)
        return false;
    const Result<SearchTarget> target = SearchTarget::of(m_session->database(), hit);
    if (!target) {
        m_session->reportStorageFailure(target.error());
        return false;
    }
    switch (target->place) {
    case SearchTarget::Place::Home:
        showPage(0);
        return true;
    case SearchTarget::Place::Grades:
        return showNamedGradesPage(QStringLiteral("grades"), true, target->courseId);
    case SearchTarget::Place::Course:
    case SearchTarget::Place::Section:
    case SearchTarget::Place::Activity:
    case SearchTarget::Place::Discussion:
        break;
    }
    if (!m_courses || !m_courses->showCourse(target->courseId))
        return false;
    showPage(m_coursesIndex);
    CoursePage *course = m_courses->coursePage();
    switch (target->place) {
    case SearchTarget::Place::Section:
        return course->showSection(target->itemId);
    case SearchTarget::Place::Activity:
        return course->showActivity(target->itemId);
    case SearchTarget::Place::Discussion: {
        // The forum's row in the course, and the forum read inside Satchel at the discussion.
        course->showActivity(target->itemId);
        ForumView *forum =
            ForumView::open(m_session->database(), m_session->content()->folder(), target->itemId, course);
        if (const QString error = forum->readError(); !error.isEmpty())
            m_session->reportStorageFailure(error);
        for (int row = 0; row < forum->discussions().size(); ++row) {
            if (forum->discussions().at(row).id == target->discussionId)
                forum->selectDiscussion(row);
        }
        return true;
    }
    default:
        return true;
    }
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QString MainWindow::displayedUserName() const
{
    return m_userName->text();
}

QString MainWindow::displayedSiteName() const
{
    return m_siteName->text();
}

QString MainWindow::statusText() const
{
    return m_syncStatus ? m_syncStatus->stateText() : m_status->text();
}

bool MainWindow::showNamedGradesPage(const QString &kind, bool hasId, qint64 id)
{
    if (kind != QLatin1String("grades") || !m_grades)
        return false;
    if (hasId && !m_grades->showCourse(id))
        return false;
    showPage(m_gradesIndex);
    return true;
}

// "class", "class:<id>", "class:<id>:attention|participants|grades|completion|submissions|attempts|competencies".
bool MainWindow::showNamedClassPage(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(':'));
    if (!m_classes || parts.size() > 3)
        return false;
    if (parts.size() >= 2) {
        bool numeric = false;
        const qint64 id = parts.at(1).toLongLong(&numeric);
        if (!numeric || !m_classes->showCourse(id))
            return false;
    }
    if (parts.size() == 3) {
        static const QHash<QString, ClassesPage::Tab> tabs{
            {QStringLiteral("attention"), ClassesPage::AttentionTab},
            {QStringLiteral("participants"), ClassesPage::ParticipantsTab},
            {QStringLiteral("grades"), ClassesPage::GradesTab},
            {QStringLiteral("completion"), ClassesPage::CompletionTab},
            {QStringLiteral("submissions"), ClassesPage::SubmissionsTab},
            {QStringLiteral("attempts"), ClassesPage::AttemptsTab},
            {QStringLiteral("competencies"), ClassesPage::CompetenciesTab}};
        if (!tabs.contains(parts.at(2)))
            return false;
        m_classes->showTab(tabs.value(parts.at(2)));
    }
    showPage(m_classesIndex);
    return true;
}

void MainWindow::addClassesPageIfTeaching()
{
    if (m_classes || !m_session)
        return;
    const Result<QList<qint64>> taught = ClassRepository(m_session->database()).taughtCourseIds();
    if (!taught)
        return m_session->reportStorageFailure(taught.error());
    if (taught->isEmpty())
        return;
    m_classes = new ClassesPage(m_session->database(), m_session->clock(), this);
    AttentionRules rules;
    rules.noAccessDays = Settings::load().attentionNoAccessDays;
    m_classes->setAttentionRules(rules);
    m_classesIndex = addPage(QIcon(QStringLiteral(":/icons/classes.svg")), tr("Classes"), m_classes);
    connect(m_classes, &ClassesPage::storageFailed, m_session, &AccountSession::reportStorageFailure);
    connect(m_session, &AccountSession::dataChanged, m_classes, &ClassesPage::applyChange);
    if (const QString error = m_classes->storageError(); !error.isEmpty())
        m_session->reportStorageFailure(error);
}

QString MainWindow::pagesStorageError() const
{
    for (const QString &error :
         {m_home->storageError(), m_courses ? m_courses->storageError() : QString(),
          m_grades ? m_grades->storageError() : QString(), m_classes ? m_classes->storageError() : QString()}) {
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

void MainWindow::addDataPages()
{
    // Every page reads the account's database only and reads again what the session announces as changed
    // (a finished sync, an activity marked done). What a page cannot read goes to the session, which the
    // banner listens to.
    connect(m_home, &HomePage::storageFailed, m_session, &AccountSession::reportStorageFailure);
    m_home->setDatabase(m_session->database(), m_session->userId(), m_session->clock());
    connect(m_session, &AccountSession::dataChanged, m_home, &HomePage::applyChange);
    m_courses = new CoursesPage(m_session->database(), m_session->userId(), m_session->clock(), this);
    m_courses->setOfflineContent(m_session->content());
    m_coursesIndex = addPage(QIcon(QStringLiteral(":/icons/courses.svg")), tr("Courses"), m_courses);
    connect(m_courses, &CoursesPage::storageFailed, m_session, &AccountSession::reportStorageFailure);
    connect(m_session, &AccountSession::dataChanged, m_courses, &CoursesPage::applyChange);
    m_grades = new GradesPage(m_session->database(), m_session->userId(), m_session->clock(), this);
    m_gradesIndex = addPage(QIcon(QStringLiteral(":/icons/grades.svg")), tr("Grades"), m_grades);
    connect(m_grades, &GradesPage::storageFailed, m_session, &AccountSession::reportStorageFailure);
    connect(m_session, &AccountSession::dataChanged, m_grades, &GradesPage::applyChange);
    m_badges = new BadgesPage(m_session->database(), m_session->clock(), this);
    m_badgesIndex = addPage(QIcon(QStringLiteral(":/icons/badges.svg")), tr("Badges"), m_badges);
    connect(m_badges, &BadgesPage::storageFailed, m_session, &AccountSession::reportStorageFailure);
    connect(m_session, &AccountSession::dataChanged, m_badges, &BadgesPage::applyChange);
    connect(m_home, &HomePage::gradesRequested, this, [this](qint64 courseId) {
        showPage(m_gradesIndex);
        m_grades->showCourse(courseId);
    });
    connect(m_courses, &CoursesPage::completionQueued, this, [this](qint64 courseId) {
        m_session->announce(DataChange::course(courseId));
        // Online, the change goes out at once; offline it waits for the site to come back.
        if (m_session->sync())
            m_session->sync()->syncNow();
    });
    // After the pages (connected above), so a new Classes page is not read twice.
    connect(m_session, &AccountSession::dataChanged, this, &MainWindow::applyChange);
    addClassesPageIfTeaching();
}

void MainWindow::detachSession()
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    delete m_syncStatus;
    m_syncStatus = nullptr;
    // The storage window and the course page use the session's course content, which goes with it.
    delete m_storageDialog;
    m_storageDialog = nullptr;
    m_storage = nullptr;
    if (m_courses)
        m_courses->setOfflineContent(nullptr);
    if (m_search)
        m_search->setDatabase(QSqlDatabase());
    m_session = nullptr;
}

void MainWindow::applyChange(const DataChange &change)
{
    // The first sync of a teacher finds the classes.
    if (change.isEverything())
        addClassesPageIfTeaching();
    // Queued actions and "last synced" times.
    if (m_syncStatus)
        m_syncStatus->refresh();
}

void MainWindow::clearStorageFailure()
{
    if (!m_showingStorageFailure)
        return;
    m_showingStorageFailure = false;
    m_resetData->hide();
    m_banner->clear();
}

void MainWindow::showStorageFailure(const QString &detail)
{
    m_signInAgain->hide();
    m_showingStorageFailure = true;
    // A file found damaged while reading gets the same way out as one that would not open.
    if (Database::isCorruption(detail))
        return showDatabaseFailure(Database::failureMessage(Database::Failure::Corrupt), detail);
    m_resetData->hide();
    m_banner->showMessage(InlineMessage::Type::Error,
                          tr("Satchel could not read its offline data on this computer, so what you see may be "
                             "incomplete or out of date. Check the data folder's permissions and free disk space, "
                             "then restart Satchel."),
                          detail);
}

void MainWindow::showDatabaseFailure(const QString &message, const QString &detail, bool canReset)
{
    m_signInAgain->hide();
    m_resetData->setVisible(canReset);
    m_banner->showMessage(
        InlineMessage::Type::Error,
        canReset ? tr("%1 Reset offline data to download your courses again from the site.").arg(message) : message,
        detail);
}

void MainWindow::showSyncResult(const SyncSummary &summary)
{
    // The session announced the sync's data first: a page that could not read it says so, whatever the
    // sync itself reports.
    if (m_showingStorageFailure)
        return;
    m_signInAgain->hide();
    m_resetData->hide();
    if (summary.cancelled || (summary.ok() && summary.problems.isEmpty())) {
        m_banner->clear();
        return;
    }
    if (summary.error) {
        // Offline is a state, not an error: the status bar says it.
        if (summary.error->isOffline()) {
            m_banner->clear();
            return;
        }
        m_banner->showMessage(summary.error->needsSignIn() ? InlineMessage::Type::Warning : InlineMessage::Type::Error,
                              summary.error->userMessage(), summary.error->details());
        m_signInAgain->setVisible(summary.error->needsSignIn());
        return;
    }
    m_banner->showMessage(InlineMessage::Type::Warning,
                          tr("Some of your data could not be updated. The rest is up to date."),
                          summary.problems.join(QLatin1Char('\n')));
}

void MainWindow::confirmSignOut()
{
    QMessageBox box(QMessageBox::Question, tr("Sign out"), QString(), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("signOutBox"));
    // The site's name is the site's to choose: text, before it is set.
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Sign out of %1?\n\nYou will need your password to sign in again. Keep the offline copy of "
                   "your courses on this computer?")
                    .arg(InertText::isolated(siteNameOf(m_account))));
    QPushButton *keep = box.addButton(tr("Sign out, keep offline data"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepData"));
    QPushButton *remove = box.addButton(tr("Sign out and delete offline data"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteData"));
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        Q_EMIT signOutRequested(true);
    else if (box.clickedButton() == remove)
        Q_EMIT signOutRequested(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("<h3>Satchel %1</h3>"
                          "<p>An offline-first desktop client for Moodle: your courses, deadlines and grades, "
                          "also without a connection.</p>"
                          "<p>Built with Qt %2.</p>")
                               .arg(QStringLiteral(SATCHEL_VERSION), QString::fromLatin1(qVersion()))
                           // A string of its own, so the translations of the text above stay valid.
                           + tr("<p>Data folder: %1</p>")
                                 .arg(m_dataDirectory.isEmpty()
                                          ? tr("none (the demo account keeps nothing)")
                                          : QDir::toNativeSeparators(m_dataDirectory).toHtmlEscaped()));
}

void MainWindow::restoreWindowGeometry()
{
    QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        restoreState(settings.value(kStateKey).toByteArray());
        return;
    }
    // First start: a comfortable size that still fits small laptop screens.
    QSize size(960, 640);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

QString MainWindow::currentPageName() const
{
    const QWidget *page = m_pages->currentWidget();
    if (page && page == m_courses)
        return QStringLiteral("courses");
    if (page && page == m_grades)
        return QStringLiteral("grades");
    if (page && page == m_badges)
        return QStringLiteral("badges");
    if (page && page == m_classes)
        return QStringLiteral("class");
    return QStringLiteral("home");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kPageKey, currentPageName());
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}
