#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Exports of a class (a course the user teaches) from the database: one row per learner (Participant::isLearner(),
// in roster order), or one row per learner × item for the class work formats. Used by the app's "Save as…" and by
// `satchelctl export`; the columns are documented in README ("CSV exports"). Reads only the database: works offline.
namespace ClassExport {

enum class Format {
    Csv,  // roster with every grade item and tracked activity (one column each)
    CommCare,  // a CommCare case import: stable external id, name, contact, course, final grade, completion
    Submissions,  // one row per learner × assignment: status, handed in, late by, grade
    Attempts,  // one row per learner × quiz attempt (one row with empty attempt cells for a learner without any)
    Competencies,  // one row per learner × course competency: rating and proficiency
};

// Whether a course can be exported, and if not why (the UI can disable "Save as…" with the message).
enum class Availability {
    Available,
    UnknownCourse,  // not in the database
    NotTeaching,  // the user does not teach it (or it was never checked)
    NotSynced,  // taught, but its roster was not synced yet
    DatabaseError,
};
Availability availability(QSqlDatabase db, qint64 courseId, QString *message = nullptr);

// UTF-8 CSV with a header row (RFC 4180 quoting, CRLF, formula-looking cells neutralised: see
// CsvWriter). Every format but CommCare starts with a UTF-8 byte order mark (for Excel); CommCare has
// none (CommCare reads the file as plain UTF-8). Empty with *error set when the course has no class
// data (not taught, or never synced; for Submissions, Attempts and Competencies also when the class work
// was never synced) or the database cannot be read. *rows: the rows written below the header.
QByteArray exportClass(QSqlDatabase db, qint64 courseId, Format format, QString *error = nullptr, int *rows = nullptr);

// A file name to offer: "<shortname>-class.csv" / "-commcare.csv" / "-submissions.csv" / "-attempts.csv" /
// "-competencies.csv", safe on every OS
// (characters Windows, macOS or Linux refuse in a name become "-"; "course-<id>" when nothing is left).
QString suggestedFileName(QSqlDatabase db, qint64 courseId, Format format);
// "<shortname>-<what>.csv" with the same rules, for another file about the class (the Attention list: "attention").
QString suggestedFileName(QSqlDatabase db, qint64 courseId, const QString &what);

// "csv" / "commcare" / "submissions" / "attempts" / "competencies", as `satchelctl export --format` takes them.
QList<Format> formats();
// Submissions, Attempts, Competencies: one row per learner × item, from the class work (see exportClass).
bool isPerItem(Format format);
QString formatName(Format format);
bool formatFromName(const QString &name, Format *format);

}  // namespace ClassExport
