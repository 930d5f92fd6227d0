#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct Deadline;
struct ReminderOptions;

// The account's deadlines as an iCalendar file (RFC 5545), for Google Calendar, Outlook, Thunderbird, Apple
// Calendar: `satchelctl deadlines --ical` and the app's File > Export to calendar…. The deadlines are the ones the
// home page and `satchelctl deadlines` list (DeadlineRepository::upcoming, from Deadline::kOverdueListedFor ago on).
// Reads only the database: works offline.
//
// Each deadline is one VEVENT whose UID is made of what the site keeps stable (the activity's cmid, or the
// calendar event's id, and the site's host), so importing a newer export updates the events instead of
// duplicating them. DTSTART is in UTC; SUMMARY is the activity, CATEGORIES the course, DESCRIPTION the course and
// the activity's address (URL too). Server text is made plain text (TextFormat::plainText, ControlCharacters).
// A VALARM (DISPLAY) goes off before each deadline the app would remind of (ReminderRules::stillToDo: not
// submitted, not graded, no quiz attempt, not in a course they teach; a course with reminders on), at the
// reminder setting's earliest offset (by default a day before); none when reminders are off, so the calendar and
// the app agree.
namespace CalendarExport {

// The whole document (CRLF line ends, lines folded at 75 octets). `now` (seconds since the epoch) chooses the
// deadlines and is the DTSTAMP; `reminders` the alarms. Empty with *error set when the database cannot be read; a
// VCALENDAR without VEVENTs when nothing is due.
QByteArray exportDeadlines(QSqlDatabase db, qint64 now, const ReminderOptions &reminders, QString *error = nullptr);
// With the person's reminder setting for the account `accountId` (Account::id()) whose database `db` is
// (Settings::load().remindersFor()).
QByteArray exportDeadlines(QSqlDatabase db, qint64 now, const QString &accountId, QString *error = nullptr);

// exportDeadlines() written to `path` whole or not at all, readable by its owner only (0600): deadlines say
// which courses someone takes. False with *error (the export's or the file's) otherwise.
bool writeFile(QSqlDatabase db, qint64 now, const QString &accountId, const QString &path, QString *error = nullptr);

// The file name to offer.
QString suggestedFileName();

// "assign-42@moodle.example.edu": a deadline's UID on the site whose host is `host`.
QString uid(const Deadline &deadline, const QString &host);

// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, a line break is "\n".
QString escapeText(const QString &text);

// One content line, folded so that no line is longer than 75 octets (CRLF not counted), each continuation
// starting with a space, never inside a UTF-8 character; CRLF after every line.
QByteArray foldLine(const QByteArray &line);

}  // namespace CalendarExport
