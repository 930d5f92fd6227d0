#include "CalendarExport.h"

#include "account/DataDirectory.h"
#include "common/Settings.h"
#include "model/Deadline.h"
#include "reminders/ReminderRules.h"
#include "reminders/ReminderScheduler.h"
#include "store/ContentRepository.h"
#include "store/DeadlineRepository.h"
#include "store/SiteRepository.h"
#include "text/ControlCharacters.h"
#include "text/TextFormat.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

namespace CalendarExport {

namespace {

// 20261207T005418Z: a DATE-TIME in UTC (RFC 5545 3.3.5, form #2).
QString utcDateTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// Server text as a person reads it: no tags, no entities, no control characters.
QString plain(const QString &serverText)
{
    return ControlCharacters::replace(TextFormat::plainText(serverText)).trimmed();
}

// Only web addresses go into URL: whatever else a site stored is not something a calendar should open.
QString webAddress(const QString &address)
{
    const QUrl url(address);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return QString();
    return QString::fromUtf8(url.toEncoded());
}

// "-P1D", "-PT1H", "-PT90M", "-PT30S": a trigger that many seconds before the start.
QString triggerBefore(qint64 seconds)
{
    if (seconds % (24 * 3600) == 0)
        return QStringLiteral("-P%1D").arg(seconds / (24 * 3600));
    if (seconds % 3600 == 0)
        return QStringLiteral("-PT%1H").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("-PT%1M").arg(seconds / 60);
    return QStringLiteral("-PT%1S").arg(seconds);
}

class Document
{
public:
    void add(const QString &name, const QString &value)
    {
        m_bytes += foldLine((name + QLatin1Char(':') + value).toUtf8());
    }
    void addText(const QString &name, const QString &text) { add(name, escapeText(text)); }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

}  // namespace

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;  // CRLF is one line break
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QByteArray &line)
{
    constexpr qsizetype kMaxOctets = 75;
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 40 + 2);
    qsizetype start = 0;
    qsizetype room = kMaxOctets;  // the first line has 75 octets, the others 74 after their leading space
    while (line.size() - start > room) {
        qsizetype end = start + room;
        // Never between the bytes of one character: back up over UTF-8 continuation bytes (10xxxxxx).
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        room = kMaxOctets - 1;
    }
    folded += line.mid(start);
    folded += "\r\n";
    return folded;
}

QString uid(const Deadline &deadline, const QString &host)
{
    // The activity (its cmid) for assignments, quizzes and events of an activity the site knows; the event itself
    // for the others (site, course and user events).
    const QString what = deadline.kind != Deadline::kEvent && deadline.cmid
        ? QStringLiteral("%1-%2").arg(deadline.kind).arg(*deadline.cmid)
        : QStringLiteral("event-%1").arg(deadline.eventId);
    return what + QLatin1Char('@') + (host.isEmpty() ? QStringLiteral("satchel.invalid") : host);
}

QString suggestedFileName()
{
    return QStringLiteral("deadlines.ics");
}

QByteArray exportDeadlines(QSqlDatabase db, qint64 now, const QString &accountId, QString *error)
{
    return exportDeadlines(db, now, Settings::load().remindersFor(accountId), error);
}

QByteArray exportDeadlines(QSqlDatabase db, qint64 now, const ReminderOptions &reminders, QString *error)
{
    const Result<QList<Deadline>> upcoming = DeadlineRepository(db).upcoming(now, Deadline::kOverdueListedFor);
    const Result<QSet<qint64>> attempted = ReminderScheduler::attemptedQuizCmids(db);
    if (!upcoming || !attempted) {
        if (error)
            *error = !upcoming ? upcoming.error() : attempted.error();
        return QByteArray();
    }
    const qint64 alarmBefore = reminders.earliestOffset();

    // The site's host names the UIDs; an activity's own link wins over its event's.
    const Result<std::optional<SiteInfo>> site = SiteRepository(db).siteInfo();
    const Result<QList<CalendarEvent>> events = DeadlineRepository(db).events();
    if (!site || !events) {
        if (error)
            *error = !site ? site.error() : events.error();
        return QByteArray();
    }
    const QString host = *site ? (*site)->siteUrl.host() : QString();
    QHash<qint64, QString> eventUrls;  // by event id
    for (const CalendarEvent &event : *events)
        eventUrls.insert(event.id, event.url);
    ContentRepository contents(db);

    Document ics;
    ics.add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    ics.add(QStringLiteral("PRODID"), QStringLiteral("-//Satchel//Satchel deadlines//EN"));
    ics.add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    ics.add(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    ics.add(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    for (const Deadline &deadline : *upcoming) {
        const QString summary = plain(deadline.name);
        const QString courseName = plain(deadline.courseName);
        const QString course = courseName.isEmpty() ? plain(deadline.courseShortName) : courseName;
        QString url;
        if (deadline.cmid) {
            const Result<std::optional<Activity>> activity = contents.activity(*deadline.cmid);
            if (!activity) {
                if (error)
                    *error = activity.error();
                return QByteArray();
            }
            if (*activity)
                url = webAddress((*activity)->url);
        }
        if (url.isEmpty() && deadline.kind == Deadline::kEvent)
            url = webAddress(eventUrls.value(deadline.eventId));

        ics.add(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        ics.add(QStringLiteral("UID"), uid(deadline, host));
        ics.add(QStringLiteral("DTSTAMP"), utcDateTime(now));
        ics.add(QStringLiteral("DTSTART"), utcDateTime(deadline.dueAt));
        ics.addText(QStringLiteral("SUMMARY"), summary);
        if (!course.isEmpty())
            ics.addText(QStringLiteral("CATEGORIES"), course);
        QStringList description;
        if (!course.isEmpty()) {
            const QString shortName = plain(deadline.courseShortName);
            description << (shortName.isEmpty() || shortName == course ? course
                                                                       : shortName + QStringLiteral(" — ") + course);
        }
        if (!url.isEmpty())
            description << url;
        if (!description.isEmpty())
            ics.addText(QStringLiteral("DESCRIPTION"), description.join(QLatin1Char('\n')));
        if (!url.isEmpty())
            ics.add(QStringLiteral("URL"), url);
        // The alarm only where the app would remind (ReminderRules): still to do, in a course with reminders on.
        if (alarmBefore > 0 && reminders.wantsCourse(deadline.courseId)
            && ReminderRules::stillToDo(deadline, *attempted)) {
            ics.add(QStringLiteral("BEGIN"), QStringLiteral("VALARM"));
            ics.add(QStringLiteral("ACTION"), QStringLiteral("DISPLAY"));
            ics.add(QStringLiteral("TRIGGER"), triggerBefore(alarmBefore));
            ics.addText(QStringLiteral("DESCRIPTION"), summary);
            ics.add(QStringLiteral("END"), QStringLiteral("VALARM"));
        }
        ics.add(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    ics.add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return ics.bytes();
}

bool writeFile(QSqlDatabase db, qint64 now, const QString &accountId, const QString &path, QString *error)
{
    const QByteArray bytes = exportDeadlines(db, now, accountId, error);
    if (bytes.isEmpty())
        return false;
    return DataDirectory::writePrivateFile(path, bytes, error);
}

}  // namespace CalendarExport
