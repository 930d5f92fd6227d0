#pragma once

#include "FakeMoodleServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

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
        qint64 userId = 4;
        // The site's "now" (the recordings' by default): due dates and completion times are placed around it.
        qint64 now = 1795313529;
        // List tool_mobile_call_external_functions in site info, so clients batch their calls.
        bool offerBatching = true;
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

    // core_course_check_updates reports a change in this course (its first activity, "configuration")
    // until clearChanged().
    void markChanged(qint64 courseId);
    void clearChanged();

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
        QString type;         // "assign", "quiz", "page", ...
        int section = 0;      // section number
        int number = 0;       // 1-based among the course's modules of this type
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
    QJsonValue gradeItems(const Course &course) const;
    QJsonValue activitiesCompletion(const Course &course) const;
    QJsonValue courseCompletion(const Course &course) const;
    QJsonValue submissionStatus(const Course &course, const Module &assign) const;
    QJsonValue actionEvents(qint64 timesortFrom, qint64 afterEventId, int limit) const;
    QByteArray checkUpdates(const Course &course, const FakeParams &params);

    // Per-course facts shared by several answers.
    QJsonValue courseSummary(const Course &course) const;
    qint64 dueDate(const Course &course, const Module &assign) const;
    bool isGraded(const Module &assign) const;
    int progress(const Course &course) const;
    std::optional<double> courseTotal(const Course &course) const;
    const QString &courseImage(const Course &course) const;

    Options m_options;
    QList<Course> m_courses;
    QHash<qint64, int> m_courseIndex;                   // course id -> index in m_courses
    QHash<qint64, QPair<int, int>> m_assignById;        // assignment instance -> (course index, module index)
    QList<Event> m_events;                              // action events, by (timesort, id)
    QSet<qint64> m_changed;
    QHash<QString, QByteArray> m_cache;
    mutable QHash<qint64, QString> m_images;            // course id -> data: URL, as Moodle 4.5 generates them
};
