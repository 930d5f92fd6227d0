#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// Exports of a class (a course the user teaches) from the database, one row per learner
// (Participant::isLearner(), in roster order). Used by the app's "Save as…" and by `satchelctl export`;
// the columns are documented in README ("CSV exports"). Reads only the database: works offline.
namespace ClassExport {

enum class Format {
    Csv,  // roster with every grade item and tracked activity (one column each)
    CommCare,  // a CommCare case import: stable external id, name, contact, course, final grade, completion
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
// CsvWriter). The Csv format starts with a UTF-8 byte order mark (for Excel); the CommCare format has
// none (CommCare reads the file as plain UTF-8). Empty with *error set when the course has no class
// data (not taught, or never synced) or the database cannot be read.
QByteArray exportClass(QSqlDatabase db, qint64 courseId, Format format, QString *error = nullptr);

// A file name to offer: "<shortname>-class.csv" / "<shortname>-commcare.csv", safe on every OS
// (characters Windows, macOS or Linux refuse in a name become "-"; "course-<id>" when nothing is left).
QString suggestedFileName(QSqlDatabase db, qint64 courseId, Format format);

// "csv" / "commcare", as `satchelctl export --format` takes them.
QString formatName(Format format);
bool formatFromName(const QString &name, Format *format);

}  // namespace ClassExport
