// The deadlines as an iCalendar file (RFC 5545): read back by a small parser written here from the RFC (unfold,
// split properties, unescape), from a database synced from the fake server.
#include "HostileNames.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "common/Settings.h"
#include "export/CalendarExport.h"
#include "model/Deadline.h"
#include "store/DeadlineRepository.h"
#include "sync/SyncEngine.h"
#include "text/ControlCharacters.h"
#include "text/TextFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

// Whose database the export reads (Account::id()), for the reminder setting.
const QString kAccount = QStringLiteral("student1@school.example");

// One component (VEVENT, VALARM) as read back: its properties by name (values unescaped), its sub-components.
struct Component
{
    QString name;
    QMultiMap<QString, QString> properties;
    QList<Component> children;

    QString value(const QString &property) const { return properties.value(property); }
    int count(const QString &property) const { return int(properties.count(property)); }
};

// RFC 5545 3.3.11: \\ \; \, \n (or \N) back to what they stand for. Anything else after a backslash is an error.
QString unescape(const QString &value, bool *ok)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\')) {
            text += c;
            continue;
        }
        if (++i == value.size()) {
            *ok = false;
            return text;
        }
        const QChar next = value.at(i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            text += QLatin1Char('\n');
        else if (next == QLatin1Char('\\') || next == QLatin1Char(';') || next == QLatin1Char(','))
            text += next;
        else
            *ok = false;
    }
    return text;
}

// The calendar of a document, or an empty component with *error set. Checks what a strict importer would: CRLF
// line ends only, lines of at most 75 octets, each of them valid UTF-8, balanced BEGIN/END, no bad escape.
Component parseCalendar(const QByteArray &document, QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return Component();
    };
    if (!document.endsWith("\r\n"))
        return fail(QStringLiteral("does not end with CRLF"));
    QList<QByteArray> physical = document.chopped(2).split('\n');
    QStringList lines;  // unfolded
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        if (i + 1 < physical.size() || document.endsWith("\r\n")) {
            if (i + 1 < physical.size() && !line.endsWith('\r'))
                return fail(QStringLiteral("line %1 ends with a bare LF").arg(i + 1));
            if (i + 1 < physical.size())
                line.chop(1);
        }
        if (line.contains('\r'))
            return fail(QStringLiteral("line %1 has a bare CR").arg(i + 1));
        if (line.size() > 75)
            return fail(QStringLiteral("line %1 has %2 octets").arg(i + 1).arg(line.size()));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(line);
        if (utf8.hasError())
            return fail(QStringLiteral("line %1 is not UTF-8 on its own (a character split by folding)").arg(i + 1));
        if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t'))) {
            if (lines.isEmpty())
                return fail(QStringLiteral("the first line is a continuation"));
            lines.last() += text.mid(1);
        } else {
            lines << text;
        }
    }

    QList<Component> stack;
    Component calendar;
    for (const QString &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(QStringLiteral("no name:value in '%1'").arg(line.left(80)));
        const QString name = line.left(colon).section(QLatin1Char(';'), 0, 0).toUpper();
        const QString rawValue = line.mid(colon + 1);
        if (name == QLatin1String("BEGIN")) {
            stack.append(Component{rawValue, {}, {}});
        } else if (name == QLatin1String("END")) {
            if (stack.isEmpty() || stack.last().name != rawValue)
                return fail(QStringLiteral("END:%1 does not close what is open").arg(rawValue));
            Component done = stack.takeLast();
            if (stack.isEmpty())
                calendar = done;
            else
                stack.last().children.append(done);
        } else {
            if (stack.isEmpty())
                return fail(QStringLiteral("%1 outside of any component").arg(name));
            bool ok = true;
            const QString value = unescape(rawValue, &ok);
            if (!ok)
                return fail(QStringLiteral("bad escape in %1").arg(name));
            stack.last().properties.insert(name, value);
        }
    }
    if (!stack.isEmpty() || calendar.name != QLatin1String("VCALENDAR"))
        return fail(QStringLiteral("no complete VCALENDAR"));
    return calendar;
}

QString utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QList<Component> events(const Component &calendar)
{
    QList<Component> list;
    for (const Component &child : calendar.children) {
        if (child.name == QLatin1String("VEVENT"))
            list << child;
    }
    return list;
}

QSet<QString> uids(const Component &calendar)
{
    QSet<QString> set;
    for (const Component &event : events(calendar))
        set.insert(event.value(QStringLiteral("UID")));
    return set;
}

const Component *eventNamed(const QList<Component> &list, const QString &summary)
{
    for (const Component &event : list) {
        if (event.value(QStringLiteral("SUMMARY")) == summary)
            return &event;
    }
    return nullptr;
}

// What people type into course and assignment names, worse than HostileNames: iCalendar's own separators, line
// breaks, right-to-left marks, and 10,000 characters of two-, three- and four-byte UTF-8 (where a fold could split
// one).
QStringList calendarHostileTexts()
{
    QString longName;
    while (longName.size() < 10000)
        longName += QStringLiteral("é王😀a");
    longName.truncate(10000);
    if (longName.back().isHighSurrogate())
        longName.chop(1);
    return {QStringLiteral("Maths, Physics; \\Chemistry\\ ,;\\"), QStringLiteral("Line one\nLine two\r\nthree"),
            QStringLiteral("\u200Fالمدرسة\u202E reversed\u202C"), longName};
}

// Renames the courses (full names) and the assignments in turn with calendarHostileTexts() and hostileNameTexts().
FakeMoodleServer::AnswerFilter calendarHostileNames()
{
    auto next = std::make_shared<qsizetype>(0);
    const QStringList texts = calendarHostileTexts() + hostileNameTexts();
    return [next, texts](const QString &, const QString &function, const FakeParams &,
                         const QByteArray &answer) -> QByteArray {
        const auto name = [&] { return texts.at((*next)++ % texts.size()); };
        const QJsonDocument document = QJsonDocument::fromJson(answer);
        if (function == u"core_enrol_get_users_courses" && document.isArray()) {
            QJsonArray courses = document.array();
            for (qsizetype i = 0; i < courses.size(); ++i) {
                QJsonObject course = courses.at(i).toObject();
                course.insert(QStringLiteral("fullname"), name());
                courses.replace(i, course);
            }
            return QJsonDocument(courses).toJson(QJsonDocument::Compact);
        }
        if (function == u"mod_assign_get_assignments" && document.isObject()) {
            QJsonObject root = document.object();
            QJsonArray courses = root.value(QLatin1String("courses")).toArray();
            for (qsizetype i = 0; i < courses.size(); ++i) {
                QJsonObject course = courses.at(i).toObject();
                QJsonArray assignments = course.value(QLatin1String("assignments")).toArray();
                for (qsizetype j = 0; j < assignments.size(); ++j) {
                    QJsonObject assignment = assignments.at(j).toObject();
                    assignment.insert(QStringLiteral("name"), name());
                    assignments.replace(j, assignment);
                }
                course.insert(QStringLiteral("assignments"), assignments);
                courses.replace(i, course);
            }
            root.insert(QStringLiteral("courses"), courses);
            return QJsonDocument(root).toJson(QJsonDocument::Compact);
        }
        return answer;
    };
}

// A name as a calendar shows it: what the app shows (plain text, no control characters).
QString shown(const QString &serverText)
{
    return ControlCharacters::replace(TextFormat::plainText(serverText)).trimmed();
}

}  // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyDeadlineOnceAtItsUtcTime();
    void uidsStayAcrossExportsAndResyncs();
    void hostileNamesRoundTrip();
    void escapingAndFolding();
    void aSiteEventIsNamedByItsId();
    void fileIsOwnerOnly();
    void alarmsFollowTheAccountsOwnCourses();

private:
    QByteArray exportNow(SyncedDatabase &db);
    std::unique_ptr<SyncedDatabase> m_synced;
};

void TestCalendarExport::initTestCase()
{
    // Far from UTC, so that a local time written as UTC shows.
    qputenv("TZ", "Pacific/Auckland");
    // The reminder setting the export follows, in a settings file of the tests' own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_calendarexport"));
    m_synced = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_synced->create(&error), qPrintable(error));
}

void TestCalendarExport::init()
{
    m_synced->clock().set(SyncedDatabase::kRecordedNow);
    QSettings().clear();
}

QByteArray TestCalendarExport::exportNow(SyncedDatabase &db)
{
    QString error;
    const QByteArray ics = CalendarExport::exportDeadlines(db.connection(), db.clock().now(), kAccount, &error);
    if (ics.isEmpty())
        qWarning("export failed: %s", qPrintable(error));
    return ics;
}

void TestCalendarExport::everyDeadlineOnceAtItsUtcTime()
{
    const QByteArray ics = exportNow(*m_synced);
    QString error;
    const Component calendar = parseCalendar(ics, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(calendar.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
    QVERIFY(!calendar.value(QStringLiteral("PRODID")).isEmpty());

    // What the home page lists, each once.
    const Result<QList<Deadline>> upcoming =
        DeadlineRepository(m_synced->connection()).upcoming(SyncedDatabase::kRecordedNow, Deadline::kOverdueListedFor);
    QVERIFY(upcoming);
    QVERIFY(upcoming->size() >= 5);
    const QList<Component> list = events(calendar);
    QCOMPARE(list.size(), upcoming->size());
    QCOMPARE(uids(calendar).size(), list.size());
    QSqlQuery site(m_synced->connection());
    QVERIFY(site.exec(QStringLiteral("SELECT site_url FROM site_info")) && site.next());
    const QString siteHost = QUrl(site.value(0).toString()).host();
    QVERIFY(!siteHost.isEmpty());
    for (const Deadline &deadline : *upcoming) {
        const Component *event = eventNamed(list, shown(deadline.name));
        QVERIFY2(event, qPrintable(deadline.name));
        QCOMPARE(event->value(QStringLiteral("DTSTART")), utc(deadline.dueAt));
        QCOMPARE(event->count(QStringLiteral("DTSTART")), 1);
        QCOMPARE(event->value(QStringLiteral("DTSTAMP")), utc(SyncedDatabase::kRecordedNow));
        // <activity or event>@<the site's host>
        static const QRegularExpression uidForm(QStringLiteral("^(assign|quiz|event)-[0-9]+@[^@]+$"));
        QVERIFY2(uidForm.match(event->value(QStringLiteral("UID"))).hasMatch(),
                 qPrintable(event->value(QStringLiteral("UID"))));
        QCOMPARE(event->value(QStringLiteral("UID")).section(QLatin1Char('@'), 1), siteHost);
        if (!deadline.courseName.isEmpty()) {
            QCOMPARE(event->value(QStringLiteral("CATEGORIES")), shown(deadline.courseName));
            QVERIFY(event->value(QStringLiteral("DESCRIPTION")).contains(shown(deadline.courseName)));
        }
    }

    // Lab 2 (cmid 10, CS101), due 1796177125, not submitted: its page, its course, a reminder a day before.
    const Component *lab2 = eventNamed(list, QStringLiteral("Lab 2: Loops"));
    QVERIFY(lab2);
    QCOMPARE(lab2->value(QStringLiteral("DTSTART")), QStringLiteral("20261202T020525Z"));
    QVERIFY2(lab2->value(QStringLiteral("UID")).startsWith(QLatin1String("assign-10@")),
             qPrintable(lab2->value(QStringLiteral("UID"))));
    QVERIFY2(lab2->value(QStringLiteral("URL")).endsWith(QLatin1String("/mod/assign/view.php?id=10")),
             qPrintable(lab2->value(QStringLiteral("URL"))));
    QVERIFY2(lab2->value(QStringLiteral("DESCRIPTION")).startsWith(QStringLiteral("CS101 — ")),
             qPrintable(lab2->value(QStringLiteral("DESCRIPTION"))));
    QVERIFY(lab2->value(QStringLiteral("DESCRIPTION")).contains(lab2->value(QStringLiteral("URL"))));
    QCOMPARE(lab2->children.size(), 1);
    QCOMPARE(lab2->children.first().name, QStringLiteral("VALARM"));
    QCOMPARE(lab2->children.first().value(QStringLiteral("ACTION")), QStringLiteral("DISPLAY"));
    QCOMPARE(lab2->children.first().value(QStringLiteral("TRIGGER")), QStringLiteral("-P1D"));
    QCOMPARE(lab2->children.first().value(QStringLiteral("DESCRIPTION")), QStringLiteral("Lab 2: Loops"));
    // Handed in: nothing to be reminded of.
    const Component *commentaire = nullptr;
    for (const Component &event : list) {
        if (event.value(QStringLiteral("SUMMARY")).startsWith(QLatin1String("Commentaire de texte")))
            commentaire = &event;
    }
    QVERIFY(commentaire);
    QVERIFY(commentaire->children.isEmpty());
}

void TestCalendarExport::uidsStayAcrossExportsAndResyncs()
{
    QString error;
    const Component first = parseCalendar(exportNow(*m_synced), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> before = uids(first);
    QVERIFY(!before.isEmpty());

    // An hour later (another DTSTAMP), the same events.
    m_synced->clock().set(SyncedDatabase::kRecordedNow + 3600);
    const Component later = parseCalendar(exportNow(*m_synced), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(uids(later), before);
    m_synced->clock().set(SyncedDatabase::kRecordedNow);

    // A full sync again rewrites every row: the UIDs are the site's, not the rows'.
    SyncEngine engine(&m_synced->client(), m_synced->connection(), &m_synced->clock());
    const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
    QVERIFY2(summary.ok(), qPrintable(describe(summary)));
    const Component resynced = parseCalendar(exportNow(*m_synced), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(uids(resynced), before);
}

void TestCalendarExport::hostileNamesRoundTrip()
{
    SyncedDatabase hostile;
    hostile.server().setAnswerFilter(calendarHostileNames());
    QString error;
    QVERIFY2(hostile.create(&error), qPrintable(error));
    const QByteArray ics = exportNow(hostile);
    // Strictly read: CRLF only, lines of at most 75 octets, each valid UTF-8 on its own.
    const Component calendar = parseCalendar(ics, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!ics.contains("\r\r"));
    QCOMPARE(ics.count('\n'), ics.count("\r\n"));

    const Result<QList<Deadline>> upcoming =
        DeadlineRepository(hostile.connection()).upcoming(SyncedDatabase::kRecordedNow, Deadline::kOverdueListedFor);
    QVERIFY(upcoming);
    const QList<Component> list = events(calendar);
    QCOMPARE(list.size(), upcoming->size());
    QSet<QString> summaries;
    QSet<QString> categories;
    for (const Component &event : list) {
        summaries.insert(event.value(QStringLiteral("SUMMARY")));
        categories.insert(event.value(QStringLiteral("CATEGORIES")));
    }
    for (const Deadline &deadline : *upcoming) {
        QVERIFY2(summaries.contains(shown(deadline.name)), qPrintable(deadline.name.left(80)));
        if (!deadline.courseName.isEmpty())
            QVERIFY2(categories.contains(shown(deadline.courseName)), qPrintable(deadline.courseName.left(80)));
    }
    // The separators came back as they were typed, the long name whole (after folding over ~200 lines).
    const QStringList texts = calendarHostileTexts();
    QVERIFY2(summaries.contains(texts.at(0)) || categories.contains(texts.at(0)), qPrintable(ics.left(2000)));
    QVERIFY(ics.contains("Maths\\, Physics\\; \\\\Chemistry\\\\ \\,\\;\\\\"));
    QVERIFY(summaries.contains(texts.at(3)) || categories.contains(texts.at(3)));
    // No markup or escape sequence of HostileNames reaches a calendar.
    QVERIFY(!ics.contains('\x1b'));
    QVERIFY(!ics.contains("<img"));
}

void TestCalendarExport::escapingAndFolding()
{
    QCOMPARE(CalendarExport::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    // 100 two-byte characters after "X:" (202 octets): 75, then 74 after the space, never half a character.
    const QByteArray line = "X:" + QString(100, QChar(0x00E9)).toUtf8();
    const QByteArray folded = CalendarExport::foldLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    QByteArray unfolded;
    for (const QByteArray &part : folded.chopped(2).split('\n')) {
        const QByteArray physical = part.endsWith('\r') ? part.chopped(1) : part;
        QVERIFY2(physical.size() <= 75, physical.constData());
        QStringDecoder utf8(QStringDecoder::Utf8);
        utf8(physical);
        QVERIFY(!utf8.hasError());
        unfolded += unfolded.isEmpty() ? physical : physical.mid(1);
    }
    QCOMPARE(unfolded, line);
    // A short line is left alone.
    QCOMPARE(CalendarExport::foldLine("VERSION:2.0"), QByteArray("VERSION:2.0\r\n"));
    QCOMPARE(CalendarExport::foldLine(QByteArray(75, 'a')), QByteArray(75, 'a') + "\r\n");
    QCOMPARE(CalendarExport::foldLine(QByteArray(76, 'a')), QByteArray(75, 'a') + "\r\n a\r\n");
}

// The recordings' events are all there as assignments or quizzes; a site event (no course, no activity) is named by
// its own id, links where the site said, and has no course.
void TestCalendarExport::aSiteEventIsNamedByItsId()
{
    SyncedDatabase db;
    QString error;
    QVERIFY2(db.create(&error), qPrintable(error));
    DeadlineRepository repository(db.connection());
    QList<CalendarEvent> events = *repository.events();
    CalendarEvent openDay;
    openDay.id = 9001;
    openDay.name = QStringLiteral("Open day, campus; main hall");
    openDay.eventType = QStringLiteral("site");
    openDay.timeStart = openDay.timeSort = SyncedDatabase::kRecordedNow + 86400;
    openDay.url = QStringLiteral("https://moodle.example.edu/calendar/view.php?view=day&time=1795399929");
    events << openDay;
    QVERIFY(repository.replaceEvents(events));

    const Component calendar = parseCalendar(exportNow(db), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Component> all = ::events(calendar);  // eventNamed points into it
    const Component *event = eventNamed(all, openDay.name);
    QVERIFY(event);
    QVERIFY2(event->value(QStringLiteral("UID")).startsWith(QLatin1String("event-9001@")),
             qPrintable(event->value(QStringLiteral("UID"))));
    QCOMPARE(event->value(QStringLiteral("URL")), openDay.url);
    QCOMPARE(event->value(QStringLiteral("DTSTART")), utc(openDay.timeSort));
    QCOMPARE(event->count(QStringLiteral("CATEGORIES")), 0);
}

void TestCalendarExport::fileIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(CalendarExport::suggestedFileName());
    QCOMPARE(CalendarExport::suggestedFileName(), QStringLiteral("deadlines.ics"));
    QString error;
    QVERIFY2(CalendarExport::writeFile(m_synced->connection(), SyncedDatabase::kRecordedNow, kAccount, path, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    parseCalendar(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
#endif
}

QTEST_GUILESS_MAIN(TestCalendarExport)
// A course's reminders turned off in one account take its alarms out of that account's export only: the other site
// has a course of that id too.
void TestCalendarExport::alarmsFollowTheAccountsOwnCourses()
{
    const Result<QList<Deadline>> upcoming =
        DeadlineRepository(m_synced->connection()).upcoming(SyncedDatabase::kRecordedNow, Deadline::kOverdueListedFor);
    QVERIFY(upcoming);
    qint64 courseId = 0;
    for (const Deadline &deadline : *upcoming) {
        if (deadline.name == QLatin1String("Lab 2: Loops"))
            courseId = deadline.courseId;
    }
    QVERIFY(courseId != 0);
    const QString other = QStringLiteral("student1@college.example");
    Settings settings = Settings::load();
    settings.reminderCoursesOff.insert(kAccount, {courseId});
    settings.save();
    const auto labAlarms = [&](const QString &account) {
        QString error;
        const Component calendar = parseCalendar(
            CalendarExport::exportDeadlines(m_synced->connection(), SyncedDatabase::kRecordedNow, account), &error);
        const QList<Component> list = events(calendar);
        const Component *lab2 = eventNamed(list, QStringLiteral("Lab 2: Loops"));
        return error.isEmpty() && lab2 ? lab2->children.size() : qsizetype(-1);
    };
    QCOMPARE(labAlarms(kAccount), qsizetype(0));
    QCOMPARE(labAlarms(other), qsizetype(1));
}

#include "tst_calendarexport.moc"
