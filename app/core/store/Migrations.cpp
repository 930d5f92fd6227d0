#include "Migrations.h"

#include "SearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// 12: the offline search (issue 16). One FTS5 table over everything a person may look for; SearchIndex (migration
// 13) keeps it in step with the tables it indexes, in the transaction that changes them, whoever writes them. Text
// goes in as plain text, so snippets never carry server HTML. unicode61 with remove_diacritics folds case and accents
// ("ecritures" finds "Écritures") and splits Latin, Arabic and Cyrillic text into words. It does not split CJK text
// (王小明 is one token): a CJK word is found by a prefix match at a token's start, and anywhere inside by
// SearchRepository's LIKE scan of this table's text, which a second (trigram) index would only make larger: trigram
// needs 3 characters, and a CJK query is often 1 or 2.
// Schema 12 as first released also made triggers that wrote the index through an SQL function of ours registered in
// the plugin's SQLite (out of reach where Qt carries its own SQLite) and filled it; migration 13 replaces them, and
// fills the index of a database migrated from 11.
QStringList searchIndexStep()
{
    return {QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, course_id UNINDEXED,"
                           " item_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')")};
}

// Version N+1 is steps[N]. Append only.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: everything a student needs offline.
        {
            QStringLiteral("CREATE TABLE site_info ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " user_id INTEGER NOT NULL, username TEXT, full_name TEXT, site_name TEXT,"
                           " site_url TEXT, release TEXT, version INTEGER, language TEXT,"
                           " functions TEXT NOT NULL DEFAULT '[]', user_picture_url TEXT)"),
            QStringLiteral("CREATE TABLE categories ("
                           " id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER,"
                           " path TEXT, depth INTEGER, sort_order INTEGER)"),
            QStringLiteral("CREATE TABLE courses ("
                           " id INTEGER PRIMARY KEY, short_name TEXT NOT NULL, full_name TEXT NOT NULL,"
                           " display_name TEXT, id_number TEXT, summary TEXT, summary_format INTEGER, format TEXT,"
                           " category_id INTEGER, visible INTEGER NOT NULL DEFAULT 1,"
                           " hidden INTEGER NOT NULL DEFAULT 0, favourite INTEGER NOT NULL DEFAULT 0,"
                           " progress REAL, completed INTEGER NOT NULL DEFAULT 0,"
                           " completion_enabled INTEGER NOT NULL DEFAULT 0, completion_has_criteria INTEGER,"
                           " show_grades INTEGER NOT NULL DEFAULT 1, start_date INTEGER, end_date INTEGER,"
                           " last_access INTEGER, time_modified INTEGER, course_image TEXT,"
                           " position INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE sections ("
                           " id INTEGER PRIMARY KEY,"
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " number INTEGER NOT NULL, name TEXT NOT NULL, summary TEXT, summary_format INTEGER,"
                           " visible INTEGER NOT NULL DEFAULT 1, user_visible INTEGER NOT NULL DEFAULT 1,"
                           " position INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX sections_course ON sections(course_id, position)"),
            QStringLiteral("CREATE TABLE activities ("
                           " id INTEGER PRIMARY KEY,"  // cmid
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,"
                           " module TEXT NOT NULL, module_plural TEXT, instance INTEGER, name TEXT NOT NULL,"
                           " url TEXT, description TEXT, visible INTEGER NOT NULL DEFAULT 1,"
                           " user_visible INTEGER NOT NULL DEFAULT 1, indent INTEGER NOT NULL DEFAULT 0,"
                           " completion_mode INTEGER NOT NULL DEFAULT 0,"  // 0 none, 1 manual, 2 automatic
                           " dates TEXT NOT NULL DEFAULT '[]', position INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX activities_course ON activities(course_id, section_id, position)"),
            QStringLiteral("CREATE TABLE activity_files ("
                           " activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL, type TEXT, file_name TEXT, file_path TEXT,"
                           " file_size INTEGER, file_url TEXT, mime_type TEXT, time_modified INTEGER, author TEXT,"
                           " PRIMARY KEY (activity_id, position))"),
            QStringLiteral("CREATE TABLE activity_completion ("
                           " activity_id INTEGER NOT NULL, user_id INTEGER NOT NULL,"
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " state INTEGER NOT NULL, time_completed INTEGER, override_by INTEGER,"
                           " tracking INTEGER NOT NULL DEFAULT 0, is_automatic INTEGER NOT NULL DEFAULT 0,"
                           " details TEXT NOT NULL DEFAULT '[]',"
                           " PRIMARY KEY (activity_id, user_id))"),
            QStringLiteral("CREATE INDEX activity_completion_course ON activity_completion(course_id, user_id)"),
            QStringLiteral("CREATE TABLE course_completion ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL, has_criteria INTEGER NOT NULL, completed INTEGER NOT NULL,"
                           " aggregation INTEGER, PRIMARY KEY (course_id, user_id))"),
            QStringLiteral("CREATE TABLE course_completion_criteria ("
                           " course_id INTEGER NOT NULL, user_id INTEGER NOT NULL, position INTEGER NOT NULL,"
                           " type INTEGER, title TEXT, status TEXT, complete INTEGER NOT NULL,"
                           " time_completed INTEGER, criteria TEXT, requirement TEXT,"
                           " PRIMARY KEY (course_id, user_id, position),"
                           " FOREIGN KEY (course_id, user_id) REFERENCES course_completion(course_id, user_id)"
                           " ON DELETE CASCADE)"),
            QStringLiteral("CREATE TABLE course_grades ("
                           " course_id INTEGER PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,"
                           " grade_formatted TEXT, grade_raw REAL)"),
            QStringLiteral("CREATE TABLE grade_items ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL, id INTEGER NOT NULL, position INTEGER NOT NULL,"
                           " item_name TEXT, item_type TEXT, item_module TEXT, item_instance INTEGER, cmid INTEGER,"
                           " category_id INTEGER, grade_raw REAL, grade_formatted TEXT, grade_min REAL,"
                           " grade_max REAL, range_formatted TEXT, percentage_formatted TEXT,"
                           " weight_formatted TEXT, feedback TEXT, feedback_format INTEGER,"
                           " hidden INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT 0,"
                           " graded_at INTEGER, submitted_at INTEGER,"
                           " PRIMARY KEY (course_id, user_id, id))"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY, course_id INTEGER, name TEXT NOT NULL, description TEXT,"
                           " module TEXT, instance INTEGER, activity_name TEXT, event_type TEXT,"
                           " time_start INTEGER, time_sort INTEGER NOT NULL, duration INTEGER,"
                           " overdue INTEGER NOT NULL DEFAULT 0, url TEXT, action_name TEXT,"
                           " actionable INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX events_time ON events(time_sort)"),
            QStringLiteral("CREATE TABLE assignments ("
                           " id INTEGER PRIMARY KEY, cmid INTEGER NOT NULL,"
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL, due_date INTEGER, cutoff_date INTEGER, allow_from INTEGER,"
                           " max_grade REAL, time_modified INTEGER,"
                           " submission_status TEXT, grading_status TEXT, graded INTEGER)"),
            QStringLiteral("CREATE TABLE quizzes ("
                           " id INTEGER PRIMARY KEY, cmid INTEGER NOT NULL,"
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL, time_open INTEGER, time_close INTEGER, time_limit INTEGER,"
                           " max_grade REAL, attempts INTEGER)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL,"
                           " course_id INTEGER, cmid INTEGER, value INTEGER,"
                           " created_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                           " state TEXT NOT NULL DEFAULT 'pending', message TEXT)"),
            QStringLiteral("CREATE TABLE sync_state ("
                           " scope TEXT PRIMARY KEY, last_success INTEGER, last_attempt INTEGER,"
                           " last_error TEXT, cursor TEXT)"),
        },
        // 2: a teacher's classes.
        {
            QStringLiteral("CREATE TABLE teaching_roles ("
                           " course_id INTEGER PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,"
                           " teaching INTEGER NOT NULL, roles TEXT NOT NULL DEFAULT '', checked_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE participants ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL, position INTEGER NOT NULL,"
                           " first_name TEXT, last_name TEXT, full_name TEXT NOT NULL, email TEXT, username TEXT,"
                           " id_number TEXT, phone1 TEXT, phone2 TEXT, address TEXT, city TEXT, country TEXT,"
                           " department TEXT, institution TEXT, first_access INTEGER, last_access INTEGER,"
                           " last_course_access INTEGER, roles TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (course_id, user_id))"),
            QStringLiteral("CREATE TABLE course_groups ("
                           " id INTEGER PRIMARY KEY,"
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL, description TEXT, id_number TEXT)"),
            QStringLiteral("CREATE TABLE group_members ("
                           " group_id INTEGER NOT NULL REFERENCES course_groups(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id))"),
            // Answers of an interrupted class sync, kept so the next sync resumes where it stopped.
            QStringLiteral("CREATE TABLE class_staging ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL, kind TEXT NOT NULL, body BLOB NOT NULL,"
                           " PRIMARY KEY (course_id, user_id, kind))"),
            QStringLiteral("CREATE INDEX grade_items_course_item ON grade_items(course_id, id)"),
        },
        // 3: a learner's department and institution are neither shown nor exported: not kept.
        {
            QStringLiteral("ALTER TABLE participants DROP COLUMN department"),
            QStringLiteral("ALTER TABLE participants DROP COLUMN institution"),
        },
        // 4: an offline action that keeps failing waits longer between attempts, and says why it was not sent.
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER"),  // device clock; NULL: now
            QStringLiteral("ALTER TABLE outbox ADD COLUMN last_error TEXT"),
        },
        // 5: course content kept on disk. A download outlives the contents it came from (they are replaced by
        // every sync), so it is keyed by the file's address (without token), not by activity_files' rows.
        {
            QStringLiteral("ALTER TABLE activity_files ADD COLUMN external INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE site_info ADD COLUMN download_files INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE TABLE offline_courses ("
                           " course_id INTEGER PRIMARY KEY REFERENCES courses(id) ON DELETE CASCADE,"
                           " since INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE downloads ("
                           " file_url TEXT PRIMARY KEY, course_id INTEGER NOT NULL, activity_id INTEGER NOT NULL,"
                           " local_path TEXT NOT NULL UNIQUE,"  // relative to the account's files folder
                           " file_size INTEGER, time_modified INTEGER, downloaded_at INTEGER,"  // the complete copy
                           " part_size INTEGER, part_time_modified INTEGER,"  // what the .part file is a start of
                           " last_error TEXT)"),
        },
        // 6: forums of offline courses, read-only. Keyed by the forum's instance id (what the site's forum
        // functions take), not by activities' rows, which every sync replaces.
        {
            QStringLiteral("CREATE TABLE forum_discussions ("
                           " id INTEGER PRIMARY KEY,"
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " forum_id INTEGER NOT NULL, first_post_id INTEGER, name TEXT NOT NULL,"
                           " author_id INTEGER, author TEXT, time_created INTEGER,"
                           " time_modified INTEGER NOT NULL, num_replies INTEGER NOT NULL DEFAULT 0,"
                           " pinned INTEGER NOT NULL DEFAULT 0, is_new INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX forum_discussions_forum ON forum_discussions(forum_id, time_modified)"),
            QStringLiteral("CREATE INDEX forum_discussions_course ON forum_discussions(course_id)"),
            QStringLiteral("CREATE TABLE forum_posts ("
                           " id INTEGER PRIMARY KEY,"
                           " discussion_id INTEGER NOT NULL REFERENCES forum_discussions(id) ON DELETE CASCADE,"
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " parent_id INTEGER, author_id INTEGER, author TEXT, subject TEXT, message TEXT,"
                           " message_format INTEGER, time_created INTEGER, time_modified INTEGER,"
                           " is_new INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX forum_posts_discussion ON forum_posts(discussion_id)"),
            QStringLiteral("CREATE INDEX forum_posts_course ON forum_posts(course_id)"),
            QStringLiteral("CREATE TABLE forum_attachments ("
                           " post_id INTEGER NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL, file_name TEXT, file_path TEXT, file_size INTEGER,"
                           " file_url TEXT, mime_type TEXT, time_modified INTEGER,"  // file_url without token
                           " PRIMARY KEY (post_id, position))"),
        },
        // 7: files a site embeds in HTML (section summaries, activity descriptions) or attaches to an assignment's
        // description (introattachments). Each source is replaced with the answer it comes from; a section's own
        // files have activity_id 0.
        {
            QStringLiteral(
                "CREATE TABLE embedded_files ("
                " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                " section_id INTEGER, activity_id INTEGER NOT NULL DEFAULT 0,"
                " source TEXT NOT NULL,"  // "summary", "description", "intro"
                " position INTEGER NOT NULL, file_name TEXT, file_path TEXT, file_size INTEGER,"
                " file_url TEXT NOT NULL, mime_type TEXT, time_modified INTEGER)"),  // file_url without token
            QStringLiteral("CREATE INDEX embedded_files_course ON embedded_files(course_id, source)"),
            QStringLiteral("CREATE INDEX embedded_files_url ON embedded_files(file_url)"),
            QStringLiteral("ALTER TABLE activity_files ADD COLUMN title TEXT"),  // a book chapter's title
        },
        // 8: a class's work for its teacher: submissions with their grades and files, quiz attempts, and what the
        // site does not share. Keyed by course first: a class sync replaces a course's rows in its one transaction.
        // The quiz settings an attempt's grade needs (marks of all questions, decimal places).
        {
            QStringLiteral("ALTER TABLE quizzes ADD COLUMN sum_grades REAL"),
            QStringLiteral("ALTER TABLE quizzes ADD COLUMN decimal_points INTEGER"),
            QStringLiteral("CREATE TABLE class_submissions ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " assignment_id INTEGER NOT NULL, user_id INTEGER NOT NULL, submission_id INTEGER,"
                           " status TEXT NOT NULL, attempt_number INTEGER NOT NULL DEFAULT 0, time_created INTEGER,"
                           " time_modified INTEGER, group_id INTEGER NOT NULL DEFAULT 0,"
                           " group_submission INTEGER NOT NULL DEFAULT 0, grading_status TEXT, online_text TEXT,"
                           " grade REAL, grader_id INTEGER, time_graded INTEGER,"
                           " PRIMARY KEY (course_id, assignment_id, user_id))"),
            QStringLiteral("CREATE TABLE class_submission_files ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " assignment_id INTEGER NOT NULL, user_id INTEGER NOT NULL, position INTEGER NOT NULL,"
                           " file_name TEXT, file_path TEXT, file_size INTEGER, file_url TEXT,"  // without token
                           " time_modified INTEGER, mime_type TEXT,"
                           " PRIMARY KEY (course_id, assignment_id, user_id, position))"),
            QStringLiteral("CREATE TABLE class_quiz_attempts ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " quiz_id INTEGER NOT NULL, user_id INTEGER NOT NULL, attempt_id INTEGER NOT NULL,"
                           " attempt INTEGER NOT NULL, state TEXT, time_start INTEGER, time_finish INTEGER,"
                           " sum_grades REAL, PRIMARY KEY (course_id, quiz_id, user_id, attempt_id))"),
            QStringLiteral("CREATE TABLE class_work_sharing ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL, shared INTEGER NOT NULL, reason TEXT,"
                           " PRIMARY KEY (course_id, kind))"),
        },
        // 9: a class's competencies for its teacher: the course's competencies and each learner's rating there,
        // written with the rest of the class's work.
        {
            QStringLiteral("CREATE TABLE class_competencies ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " competency_id INTEGER NOT NULL, short_name TEXT NOT NULL, id_number TEXT,"
                           " description TEXT, sort_order INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (course_id, competency_id))"),
            QStringLiteral("CREATE TABLE class_competency_ratings ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " competency_id INTEGER NOT NULL, user_id INTEGER NOT NULL, grade INTEGER,"
                           " grade_name TEXT, proficient INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (course_id, competency_id, user_id))"),
        },
        // 10: a learner's own progress: their competencies with their rating in each course they learn in, their
        // own quiz attempts, their learning plans, and the site's verdict on each part. Apart from the class_*
        // tables, which a class sync replaces whole for the courses the user teaches (and drops when teaching
        // ends): these are written with the course's own data, for the courses the user does not teach.
        // own_sharing: course_id 0 for what is not about a course (the plans); item_id the quiz of "attempts".
        {
            QStringLiteral("CREATE TABLE own_competencies ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " competency_id INTEGER NOT NULL, short_name TEXT NOT NULL, id_number TEXT,"
                           " description TEXT, sort_order INTEGER NOT NULL DEFAULT 0, framework TEXT,"
                           " grade INTEGER, grade_name TEXT, proficient INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (course_id, competency_id))"),
            QStringLiteral("CREATE TABLE own_quiz_attempts ("
                           " course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,"
                           " quiz_id INTEGER NOT NULL, attempt_id INTEGER NOT NULL, attempt INTEGER NOT NULL,"
                           " state TEXT, time_start INTEGER, time_finish INTEGER, sum_grades REAL,"
                           " PRIMARY KEY (course_id, quiz_id, attempt_id))"),
            QStringLiteral("CREATE TABLE learning_plans ("
                           " id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT,"
                           " description_format INTEGER, status INTEGER, status_name TEXT, due_date INTEGER,"
                           " time_modified INTEGER)"),
            QStringLiteral("CREATE TABLE own_sharing ("
                           " course_id INTEGER NOT NULL, kind TEXT NOT NULL, item_id INTEGER NOT NULL DEFAULT 0,"
                           " shared INTEGER NOT NULL, reason TEXT, PRIMARY KEY (course_id, kind, item_id))"),
            // No foreign key (course 0 is not a course): a course's verdicts go with it all the same.
            QStringLiteral("CREATE TRIGGER own_sharing_course_gone AFTER DELETE ON courses"
                           " BEGIN DELETE FROM own_sharing WHERE course_id = OLD.id; END"),
        },
        // 11: the badges the user earned (core_badges_get_user_badges), all replaced at each sync that asks; the site's
        // verdict on them goes to own_sharing (course 0, kind "badges"). course_id 0 for a site badge, and no foreign
        // key: a badge stays when its course is gone. image_url without credentials; image: its bytes once downloaded.
        {
            QStringLiteral("CREATE TABLE badges ("
                           " id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT, issuer_name TEXT,"
                           " issuer_url TEXT, issuer_contact TEXT, course_id INTEGER NOT NULL DEFAULT 0,"
                           " date_issued INTEGER NOT NULL, date_expires INTEGER, image_url TEXT, unique_hash TEXT,"
                           " time_modified INTEGER, image BLOB)"),
        },
        // 12: the offline search index (searchIndexStep()).
        searchIndexStep(),
        // 13: the search index follows its tables through a queue that C++ turns into entries, and the searchable
        // text of downloaded files (SearchIndex::migrationStep(); file_texts joined it before any release); what is
        // stored is indexed by the flush that ends the migration.
        SearchIndex::migrationStep(),
    };
    return all;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

}  // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

bool Migrations::migrate(QSqlDatabase &db, QString *error)
{
    return migrateTo(db, latestVersion(), error);
}

bool Migrations::migrateTo(QSqlDatabase &db, int version, QString *error)
{
    int current = userVersion(db);
    if (current < 0) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (current > latestVersion()) {
        if (error)
            *error =
                QStringLiteral("database schema %1 is newer than this Satchel (%2)").arg(current).arg(latestVersion());
        return false;
    }
    while (current < version) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        for (const QString &sql : steps().at(current)) {
            if (!query.exec(sql)) {
                if (error)
                    *error = QStringLiteral("migration %1: %2").arg(current + 1).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        // What a step queued for the search index is indexed in the step's transaction.
        QString indexError;
        if (!SearchIndex::flush(db, &indexError)) {
            if (error)
                *error = QStringLiteral("migration %1: %2").arg(current + 1).arg(indexError);
            db.rollback();
            return false;
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(current + 1)) || !db.commit()) {
            if (error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
        ++current;
    }
    return true;
}
