#include "FakeNotificationService.h"
#include "TestData.h"
#include "account/AccountSession.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "demo/DemoSite.h"
#include "home/DeadlineListModel.h"
#include "reminders/FreedesktopNotifier.h"
#include "reminders/Notifier.h"
#include "reminders/TrayNotifier.h"
#include "secrets/MemorySecretStore.h"
#include "settings/SettingsDialog.h"
#include "shell/AppController.h"
#include "shell/Languages.h"
#include "shell/MainWindow.h"
#include "store/CourseRepository.h"
#include "store/DeadlineRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Reminders as the person sees them: the desktop notification service gets the right Notify call (checked against a
// fake service on a private D-Bus bus), clicking it opens the activity's course in the window, a desktop without
// the service falls back to the tray's messages, and the settings dialog's reminder section.
class TestReminderNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notifyCarriesWhatThePersonSees();
    void clickingOpensTheActivitysCourse();
    void clickingAfterTheWindowClosedOpensItAgain();
    void withoutTheServiceTheTrayShowsIt();
    void settingsSectionReadsAndWritesTheReminderSetting();
    void settingsSectionIsNotClippedInGerman();

private:
    // A deadline of the demo account: an assignment in a course, due in an hour from when the reminder fires.
    Reminder demoReminder(AppController &controller);
    // A demo window, with reminders through a FreedesktopNotifier on the private bus.
    MainWindow *startDemo(AppController &controller);
    // The notifications the fake service got, waiting for `count` of them.
    bool waitForNotifications(int count);

    std::unique_ptr<PrivateBus> m_bus;
    std::unique_ptr<FakeNotificationService> m_service;
};

namespace {

const auto kServiceConnection = QStringLiteral("fake-notification-service");

Account demoAccount()
{
    const auto info = DemoSite::siteInfo(QStringLiteral(":/demo/student1"));
    Account account;
    account.siteUrl = QUrl(QStringLiteral("https://demo.satchel.invalid"));
    if (info) {
        account.siteName = info->siteName;
        account.username = info->username;
        account.userId = info->userId;
        account.fullName = info->fullName;
    }
    return account;
}

}  // namespace

void TestReminderNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reminder_notifications"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.satchelapp.Satchel"));
    qRegisterMetaType<Reminder>();
    m_bus = std::make_unique<PrivateBus>();
    QString error;
    QVERIFY2(m_bus->start(&error), qPrintable(error));
}

void TestReminderNotifications::init()
{
    QSettings().clear();
    m_service = std::make_unique<FakeNotificationService>();
    QVERIFY(m_service->registerOn(m_bus->connect(kServiceConnection)));
    QTRY_VERIFY(FreedesktopNotifier::isAvailable(m_bus->connection()));
}

void TestReminderNotifications::cleanup()
{
    m_service.reset();
    QTRY_VERIFY(!FreedesktopNotifier::isAvailable(m_bus->connection()));
    QSettings().clear();
    Languages::install(QStringLiteral("en"));
}

Reminder TestReminderNotifications::demoReminder(AppController &controller)
{
    Reminder reminder;
    const QList<Deadline> deadlines = DeadlineRepository(controller.session()->database()).upcoming(0, 0).valueOr({});
    for (const Deadline &deadline : deadlines) {
        if (deadline.kind == Deadline::kAssignment && deadline.courseId > 0 && deadline.cmid) {
            reminder.deadline = deadline;
            break;
        }
    }
    reminder.offset = 3600;
    reminder.at = reminder.deadline.dueAt - 3600;
    return reminder;
}

MainWindow *TestReminderNotifications::startDemo(AppController &controller)
{
    controller.setNotifier(new FreedesktopNotifier(m_bus->connection()));
    controller.startDemo(demoAccount());
    return qobject_cast<MainWindow *>(controller.currentWindow());
}

bool TestReminderNotifications::waitForNotifications(int count)
{
    return QTest::qWaitFor([&] { return m_service->notifications().size() >= count; }, 10000)
        && m_service->notifications().size() == count;
}

void TestReminderNotifications::notifyCarriesWhatThePersonSees()
{
    Reminder reminder;
    reminder.deadline.kind = Deadline::kAssignment;
    reminder.deadline.courseId = 2;
    reminder.deadline.cmid = 42;
    // Server text: markup is shown as text, never interpreted (the service may read the body as markup).
    reminder.deadline.name = QStringLiteral("Lab 2: loops &amp; <b>lists</b>");
    reminder.deadline.courseName = QStringLiteral("Physics & Maths <i>for</i> engineers &lt;2&gt;");
    reminder.deadline.dueAt = QDateTime(QDate(2026, 12, 8), QTime(14, 0)).toSecsSinceEpoch();
    reminder.offset = 3600;
    reminder.at = reminder.deadline.dueAt - 3600;

    FreedesktopNotifier notifier(m_bus->connection());
    notifier.notify(reminder);
    QVERIFY(waitForNotifications(1));
    const FakeNotificationService::Notification shown = m_service->notifications().first();
    QCOMPARE(shown.appName, QStringLiteral("Satchel"));
    QCOMPARE(shown.appIcon, QStringLiteral("org.satchelapp.Satchel"));
    QCOMPARE(shown.summary, QStringLiteral("Due in 1 hour: Lab 2: loops & lists"));
    const QString due = DeadlineListModel::absoluteText(reminder.deadline.dueAt);  // as the dashboard shows it
    QCOMPARE(shown.body, QStringLiteral("Physics &amp; Maths for engineers &lt;2&gt;\nDue ") + due);
    QCOMPARE(shown.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open")}));
    QCOMPARE(shown.hints.value(QStringLiteral("urgency")).toInt(), 1);
    QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("org.satchelapp.Satchel"));
    QCOMPARE(shown.replacesId, 0u);

    // The notification as the service got it: the test's "screenshot" of it.
    QFile log(testOutputDir() + QStringLiteral("/notification.txt"));
    QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Truncate));
    log.write(shown.log().toUtf8());

    // The wording follows the time left when it fired (Satchel was closed at the hour mark: half an hour left).
    reminder.at = reminder.deadline.dueAt - 1800;
    QCOMPARE(Notifier::summary(reminder), QStringLiteral("Due in 30 minutes: Lab 2: loops & lists"));
    reminder.at = reminder.deadline.dueAt - 24 * 3600;
    QCOMPARE(Notifier::summary(reminder), QStringLiteral("Due in 1 day: Lab 2: loops & lists"));
    reminder.at = reminder.deadline.dueAt - 3 * 3600;
    QCOMPARE(Notifier::summary(reminder), QStringLiteral("Due in 3 hours: Lab 2: loops & lists"));
}

void TestReminderNotifications::clickingOpensTheActivitysCourse()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    MainWindow *window = startDemo(controller);
    QVERIFY(window);
    QCOMPARE(controller.notifier()->kind(), QStringLiteral("freedesktop"));
    const Reminder reminder = demoReminder(controller);
    QVERIFY2(reminder.deadline.cmid, "the demo has an assignment with a due date");
    window->showNamedPage(QStringLiteral("home"));

    QSignalSpy opened(controller.notifier(), &Notifier::opened);
    controller.notifier()->notify(reminder);
    QVERIFY(waitForNotifications(1));
    // Another action key (a button Satchel did not offer) opens nothing.
    m_service->invokeAction(m_service->notifications().first().id, QStringLiteral("snooze"));
    m_service->invokeAction(m_service->notifications().first().id, QStringLiteral("default"));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<Reminder>().key(), reminder.key());
    QCOMPARE(window->currentPageName(), QStringLiteral("courses"));
    QCOMPARE(window->coursesPage()->coursePage()->courseId(), reminder.deadline.courseId);
    QVERIFY(window->coursesPage()->coursePage()->isVisible());

    // Once the service closed it, a late click (of another app's notification with that id) opens nothing.
    window->showNamedPage(QStringLiteral("home"));
    m_service->close(m_service->notifications().first().id, 2);
    m_service->invokeAction(m_service->notifications().first().id, QStringLiteral("default"));
    controller.notifier()->notify(reminder);
    QVERIFY(waitForNotifications(2));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(window->currentPageName(), QStringLiteral("home"));
}

void TestReminderNotifications::clickingAfterTheWindowClosedOpensItAgain()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    AppController controller(dir.path(), &secrets);
    QPointer<MainWindow> window = startDemo(controller);
    QVERIFY(window);
    const Reminder reminder = demoReminder(controller);
    controller.notifier()->notify(reminder);
    QVERIFY(waitForNotifications(1));

    // The window closed (the tray kept Satchel running): a click brings a window back, on the activity's course.
    const bool quitOnClose = qApp->quitOnLastWindowClosed();
    qApp->setQuitOnLastWindowClosed(false);
    window->close();
    QTRY_VERIFY(!window);
    m_service->invokeAction(m_service->notifications().first().id, QStringLiteral("default"));
    QTRY_VERIFY(qobject_cast<MainWindow *>(controller.currentWindow()));
    auto *reopened = qobject_cast<MainWindow *>(controller.currentWindow());
    QCOMPARE(reopened->currentPageName(), QStringLiteral("courses"));
    QCOMPARE(reopened->coursesPage()->coursePage()->courseId(), reminder.deadline.courseId);
    qApp->setQuitOnLastWindowClosed(quitOnClose);
}

void TestReminderNotifications::withoutTheServiceTheTrayShowsIt()
{
    QSystemTrayIcon tray;
    {
        std::unique_ptr<Notifier> withService(Notifier::create(&tray, nullptr, m_bus->connection().name()));
        QCOMPARE(withService->kind(), QStringLiteral("freedesktop"));
    }
    // The service gone (a desktop without one, or no tray host): the tray's messages instead.
    m_service.reset();
    QTRY_VERIFY(!FreedesktopNotifier::isAvailable(m_bus->connection()));
    std::unique_ptr<Notifier> notifier(Notifier::create(&tray, nullptr, m_bus->connection().name()));
    QCOMPARE(notifier->kind(), QStringLiteral("tray"));
    QSignalSpy opened(notifier.get(), &Notifier::opened);
    Reminder reminder;
    reminder.deadline.kind = Deadline::kQuiz;
    reminder.deadline.cmid = 7;
    reminder.deadline.courseId = 3;
    reminder.deadline.name = QStringLiteral("Quiz 1");
    notifier->notify(reminder);
    // The person clicks the message.
    Q_EMIT tray.messageClicked();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<Reminder>().key(), QStringLiteral("quiz-7"));
    // The fake service is back for cleanup().
    m_service = std::make_unique<FakeNotificationService>();
    QVERIFY(m_service->registerOn(m_bus->connect(kServiceConnection)));
}

void TestReminderNotifications::settingsSectionReadsAndWritesTheReminderSetting()
{
    Settings settings;
    QCOMPARE(settings.reminders.offsets, ReminderRules::defaultOffsets());
    // Course 3 off in the list kept before each account had its own: it still holds for every account.
    settings.reminders.coursesOff = {3};
    // An account id as Account::id() makes them, with a port and a path.
    const QString account = QStringLiteral("student1@school.example:8443/moodle");
    const QString other = QStringLiteral("student1@college.example");
    SettingsDialog dialog(settings);
    dialog.setCourses(account,
                      {{2, QStringLiteral("Introduction to Programming")}, {3, QStringLiteral("Calculus <I>")}});
    // What was set shows: a day and an hour ticked, the others not; course 3 off.
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("reminderOffset86400"))->isChecked());
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("reminderOffset3600"))->isChecked());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("reminderOffset604800"))->isChecked());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("keepRunningInTray"))->isChecked());
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->isChecked());
    auto *courses = dialog.findChild<QListWidget *>(QStringLiteral("reminderCourses"));
    QCOMPARE(courses->item(0)->checkState(), Qt::Checked);
    QCOMPARE(courses->item(1)->checkState(), Qt::Unchecked);

    // The person ticks a week, unticks the day, turns course 2 off and course 3 on, and keeps Satchel in the tray.
    dialog.findChild<QCheckBox *>(QStringLiteral("reminderOffset604800"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("reminderOffset86400"))->setChecked(false);
    courses->item(0)->setCheckState(Qt::Unchecked);
    courses->item(1)->setCheckState(Qt::Checked);
    dialog.findChild<QCheckBox *>(QStringLiteral("keepRunningInTray"))->setChecked(true);
    dialog.settings().save();
    const Settings saved = Settings::load();
    QCOMPARE(saved.reminders.offsets, (QList<qint64>{ReminderRules::kWeek, 3600}));
    // The courses are that account's; another site's course 3 keeps what was chosen before.
    QCOMPARE(saved.remindersFor(account).coursesOff, QSet<qint64>{2});
    QCOMPARE(saved.remindersFor(other).coursesOff, QSet<qint64>{3});
    QVERIFY(!saved.remindersFor(account).wantsCourse(2));
    QVERIFY(saved.remindersFor(other).wantsCourse(2));
    // Opened again, the dialog shows each account's own choice.
    SettingsDialog again(saved);
    auto *listed = again.findChild<QListWidget *>(QStringLiteral("reminderCourses"));
    again.setCourses(account, {{2, QStringLiteral("Introduction to Programming")}, {3, QStringLiteral("Calculus")}});
    QCOMPARE(listed->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(listed->item(1)->checkState(), Qt::Checked);
    again.setCourses(other, {{2, QStringLiteral("Art history")}, {3, QStringLiteral("Drawing")}});
    QCOMPARE(listed->item(0)->checkState(), Qt::Checked);
    QCOMPARE(listed->item(1)->checkState(), Qt::Unchecked);
    // Every course of the other account on: its own list, empty, no longer the one kept before.
    listed->item(1)->setCheckState(Qt::Checked);
    again.settings().save();
    QVERIFY(Settings::load().remindersFor(other).coursesOff.isEmpty());
    QCOMPARE(Settings::load().remindersFor(account).coursesOff, QSet<qint64>{2});
    QVERIFY(saved.reminders.enabled);
    QVERIFY(saved.keepRunningInTray);
    QVERIFY(!saved.startAtLogin);
    QCOMPARE(saved.reminders.earliestOffset(), ReminderRules::kWeek);

    // Off altogether.
    dialog.findChild<QGroupBox *>(QStringLiteral("reminders"))->setChecked(false);
    dialog.settings().save();
    QVERIFY(!Settings::load().reminders.enabled);
}

void TestReminderNotifications::settingsSectionIsNotClippedInGerman()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        // English is the source language: no translation to load.
        QVERIFY(Languages::install(language) || language == QLatin1String("en"));
        SettingsDialog dialog(Settings{});
        dialog.setCourses(QStringLiteral("student1@school.example"),
                          {{2, QStringLiteral("Introduction to Programming")},
                           {3, QStringLiteral("Calculus I")},
                           {4, QStringLiteral("Histoire de l'art moderne")}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Every text of the dialog fits: no check box, label or button narrower than its text needs.
        QStringList clipped;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (!widget->isVisible() || (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLabel *>(widget)))
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap())
                continue;
            if (widget->width() < widget->minimumSizeHint().width())
                clipped << widget->objectName() + QLatin1Char(' ') + widget->property("text").toString();
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(language + QStringLiteral(": ") + clipped.join(QStringLiteral(", "))));
        const QString shot = testOutputDir() + QStringLiteral("/settings-reminders-%1.png").arg(language);
        QVERIFY2(dialog.grab().save(shot), qPrintable(shot));
    }
}

QTEST_MAIN(TestReminderNotifications)
#include "tst_reminder_notifications.moc"
