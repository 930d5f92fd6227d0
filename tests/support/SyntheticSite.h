#pragma once

#include "FakeMoodleServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QJsonObject;
class QJsonValue;

// A made-up Moodle 4.5 site of any size, for benchmarks: it answers every web service call the sync engine
// makes, in the shapes of the recordings in tests/data/moodle-4.5/student1, for one student (user id 4).
//
// Plug it into a FakeMoodleServer with server.setCallHandler(site.handler()); the server handles batching
// (tool_mobile_call_external_functions) and hands over each inner call. Answers are generated once per
// (function, parameters) and kept as bytes, so the server spends next to no CPU and a benchmark measures the
// client. Not thread-safe: use it only from the server's thread (the handler runs there).
//
// Everything is derived from the options, so two sites with the same options answer the same bytes.
//
// Teacher mode (Options::classes > 0): the first `classes` courses are taught by the signed-in user
// (editingteacher; Moodle then reports no progress), each with studentsPerClass students (role student,
// names from many languages, most in one of groupsPerClass groups), and the site answers what ClassSync
// asks: core_enrol_get_enrolled_users, core_group_get_course_groups, the students' profiles by id
// (core_user_get_users_by_field) and, per student (or userid=0 for the whole class),
// gradereport_user_get_grade_items, core_completion_get_activities_completion_status and
// core_completion_get_course_completion_status, and the class's work (mod_assign_get_submissions,
// mod_assign_get_grades, mod_quiz_get_user_attempts), in the shapes of tests/data/moodle-4.5(-content)/teacher1. Each
// student's grades and completion come from a hash of (seed, student, item): deterministic, independent of
// the order of the calls. Per-student answers are written straight to bytes on each call and not kept
// (2,000 students' answers would be about 150 MB of server memory); rosters and the rest are cached.
class SyntheticSite
{
public:
    struct Options
    {
        int courses = 60;
        int activitiesPerCourse = 300;
        int sectionsPerCourse = 10;
        int gradeItemsPerCourse = 40;
        int assignmentsPerCourse = 5;
        int quizzesPerCourse = -1;  // -1: about one activity in twelve, between the assignments
        qint64 userId = 4;
        // The site's "now" (the recordings' by default): due dates and completion times are placed around it.
        qint64 now = 1795313529;
        // List tool_mobile_call_external_functions in site info, so clients batch their calls.
        bool offerBatching = true;

        // Teacher mode: the first `classes` courses are taught by the user; 0 = a student's site.
        int classes = 0;
        int studentsPerClass = 2000;
        int groupsPerClass = 8;
        quint64 seed = 20261130;  // the students: names, groups, grades, completion

        // Course files (issue 9): the first fileCourses courses get a last section "Course files" with
        // filesPerCourse more files: bigFiles resources of bigFileBytes each, the rest in folders of 100 (a tenth
        // of them in a subfolder), about smallFileBytes each (half to one and a half times). 0: none.
        int filesPerCourse = 0;
        int fileCourses = 1;
        int bigFiles = 0;
        qint64 bigFileBytes = 50LL * 1024 * 1024;
        qint64 smallFileBytes = 16 * 1024;
    };

    explicit SyntheticSite(const Options &options);
    SyntheticSite() : SyntheticSite(Options()) {}
    SyntheticSite(const SyntheticSite &) = delete;
    SyntheticSite &operator=(const SyntheticSite &) = delete;

    const Options &options() const { return m_options; }
    QList<qint64> courseIds() const;

    // The JSON body of one call, or nullopt when the site does not know the function or the course
    // (FakeMoodleServer then tries its recordings and reports the call as unmatched).
    std::optional<QByteArray> answer(const QString &user, const QString &wsfunction, const FakeParams &params);
    // answer() as a FakeMoodleServer::CallHandler; the site must outlive the server's use of it.
    FakeMoodleServer::CallHandler handler();

    // Generates the answers that do not depend on request details now, instead of during the first sync.
    void prepare();

    // Makes server serve every file the courses' contents list (resources, folders, pages' index.html, the
    // "Course files" section) as generated files of the announced size (FakeMoodleServer::addGeneratedFile).
    // Returns how many. A page's index.html is announced with filesize 0, as Moodle does, and served with 512 bytes.
    int serveFiles(FakeMoodleServer &server);

    // core_course_get_updates_since (and check_updates) reports a change in this course (its first
    // activity, "configuration") until clearChanged().
    void markChanged(qint64 courseId);
    void clearChanged();

    // Teacher mode: the courses the user teaches, and a class's students (user ids, in roster order).
    QList<qint64> taughtCourseIds() const;
    QList<qint64> studentIds(qint64 courseId) const;

    // What the site is made of, for reports.
    int activityCount() const;
    int assignmentCount() const;
    int actionEventCount() const { return int(m_events.size()); }
    qint64 cachedBytes() const;  // the answers kept so far

private:
    struct Module
    {
        qint64 cmid = 0;
        qint64 instance = 0;  // per module type, as Moodle numbers them
        QString type;  // "assign", "quiz", "page", ...
        int section = 0;  // section number
        int number = 0;  // 1-based among the course's modules of this type
        bool complete = false;
    };
    struct Course
    {
        qint64 id = 0;
        int index = 0;
        QString fullName;
        QString shortName;
        qint64 category = 0;
        bool hasCriteria = true;
        QList<Module> modules;  // in display order
        // Teacher mode: the user teaches this class of students firstStudent .. firstStudent + students - 1.
        bool taught = false;
        qint64 firstStudent = 0;
        int students = 0;
        qint64 firstGroup = 0;
    };
    struct Student
    {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString city;
        QString country;
        QList<qint64> groups;
        qint64 firstAccess = 0;  // 0: never
        qint64 lastCourseAccess = 0;  // 0: never
    };
    // A course's grade items in report order, for every student of a class alike.
    struct GradeColumn
    {
        qint64 id = 0;
        QString name;  // null for the totals
        QString type;  // mod, manual, category, course
        int module = -1;  // index in the course's modules; -1: not an activity's
        qint64 categoryId = 0;  // 0: null (the totals)
        qint64 instance = 0;  // a category total: the category it sums
        double min = 0;
        double max = 100;
        QString range;  // "0&ndash;100"
        bool scale = false;  // a competence scale: 1..3, shown as words
        bool letters = false;  // shown as a letter
        bool hidden = false;
        double weight = 0;  // within its category (natural aggregation: max / sum of maxes)
    };
    struct Event
    {
        qint64 id = 0;
        qint64 timesort = 0;
        int course = 0;  // index in m_courses
        int module = 0;  // index in its modules
    };

    const QByteArray &cached(const QString &key, const std::function<QJsonValue()> &make);
    const Course *course(const QString &id) const;

    QJsonValue siteInfo() const;
    QJsonValue courses() const;
    QJsonValue categories() const;
    QJsonValue courseGrades() const;
    QJsonValue assignments() const;
    QJsonValue quizzes() const;
    QJsonValue contents(const Course &course) const;
    QJsonObject filesSection(const Course &course, int sectionNumber) const;
    QJsonValue gradeItems(const Course &course) const;
    QJsonValue activitiesCompletion(const Course &course) const;
    QJsonValue courseCompletion(const Course &course) const;
    QJsonValue submissionStatus(const Course &course, const Module &assign) const;
    QJsonValue actionEvents(qint64 timesortFrom, qint64 afterEventId, int limit) const;
    QByteArray checkUpdates(const Course &course, const FakeParams &params);

    // Teacher mode.
    Student student(const Course &course, qint64 userId) const;
    bool studentCompleted(const Course &course, const Module &module, qint64 userId) const;
    QList<GradeColumn> makeGradeColumns(const Course &course) const;
    QJsonValue roster(const Course &course) const;
    QJsonValue courseGroups(const Course &course) const;
    void writeStudentGrades(QByteArray &out, const Course &course, const QList<GradeColumn> &columns,
                            qint64 userId) const;
    QByteArray studentGrades(const Course &course, qint64 userId) const;  // userId 0: the whole class
    QByteArray studentActivities(const Course &course, qint64 userId) const;
    QByteArray studentCourseCompletion(const Course &course, qint64 userId) const;
    QByteArray profiles(const QList<qint64> &userIds) const;  // core_user_get_users_by_field, field=id
    // A class's work: mod_assign_get_submissions / mod_assign_get_grades (all the students of the classes the
    // assignments are in), and one student's attempts at one quiz (mod_quiz_get_user_attempts).
    QJsonValue classSubmissions(const QList<qint64> &assignmentIds, bool grades) const;
    QByteArray studentAttempts(const Course &course, const Module &quiz, qint64 userId) const;

    // Per-course facts shared by several answers.
    QJsonValue courseSummary(const Course &course) const;
    qint64 dueDate(const Course &course, const Module &assign) const;
    bool isGraded(const Module &assign) const;
    int progress(const Course &course) const;
    std::optional<double> courseTotal(const Course &course) const;
    const QString &courseImage(const Course &course) const;

    Options m_options;
    QList<Course> m_courses;
    QHash<qint64, int> m_courseIndex;  // course id -> index in m_courses
    QHash<qint64, QPair<int, int>> m_assignById;  // assignment instance -> (course index, module index)
    QHash<qint64, QPair<int, int>> m_quizById;  // quiz instance -> (course index, module index)
    QList<Event> m_events;  // action events, by (timesort, id)
    QSet<qint64> m_changed;
    QHash<qint64, QList<GradeColumn>> m_gradeColumns;  // teacher mode: course id -> its grade items
    QHash<QString, QByteArray> m_cache;
    mutable QHash<qint64, QString> m_images;  // course id -> data: URL, as Moodle 4.5 generates them
};
