#include "SyntheticSite.h"

#include "CourseListFilter.h"
#include "FakeRosterPaging.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace {

// URLs name the site the recordings were made on; FakeMoodleServer rewrites them to its own address.
const QString Site = QStringLiteral("http://127.0.0.1:8145");
const QString BatchFunction = QStringLiteral("tool_mobile_call_external_functions");
constexpr qint64 Day = 86400;
constexpr qint64 Week = 7 * Day;
constexpr int FeedbackGrader = 3;  // the teacher of every course

// Filler types between the assignments, in this order; about one quiz per twelve activities.
const QStringList ModuleCycle{
    QStringLiteral("page"),     QStringLiteral("resource"), QStringLiteral("forum"), QStringLiteral("url"),
    QStringLiteral("resource"), QStringLiteral("label"),    QStringLiteral("page"),  QStringLiteral("folder"),
    QStringLiteral("resource"), QStringLiteral("quiz"),     QStringLiteral("url"),   QStringLiteral("page"),
};

// Names with an entity and non-ASCII text, as real sites have: the client must decode them.
const QStringList Subjects{
    QStringLiteral("Introduction to Programming"), QStringLiteral("Linear Algebra"),
    QStringLiteral("History &amp; Society"),       QStringLiteral("Écritures françaises"),
    QStringLiteral("Organic Chemistry"),           QStringLiteral("Microeconomics"),
    QStringLiteral("Statistics for Scientists"),   QStringLiteral("Databases"),
};

struct ModuleKind
{
    const char *plural;
    const char *purpose;
    int completion;  // 0 none, 1 manual, 2 automatic
};

ModuleKind kindOf(const QString &type)
{
    if (type == u"assign")
        return {"Assignments", "assessment", 2};
    if (type == u"quiz")
        return {"Quizzes", "assessment", 2};
    if (type == u"page")
        return {"Pages", "content", 2};
    if (type == u"resource")
        return {"Files", "content", 2};
    if (type == u"url")
        return {"URLs", "content", 1};
    if (type == u"folder")
        return {"Folders", "content", 1};
    if (type == u"forum")
        return {"Forums", "collaboration", 1};
    return {"Text and media areas", "content", 0};  // label
}

QString moduleName(const QString &type, int number)
{
    if (type == u"assign")
        return QStringLiteral("Assignment %1").arg(number);
    if (type == u"quiz")
        return QStringLiteral("Week %1 quiz").arg(number);
    if (type == u"page")
        return QStringLiteral("Reading %1").arg(number);
    if (type == u"resource")
        return QStringLiteral("Lecture notes %1 (PDF)").arg(number);
    if (type == u"url")
        return QStringLiteral("Further reading %1").arg(number);
    if (type == u"folder")
        return QStringLiteral("Examples %1").arg(number);
    if (type == u"forum")
        return number == 1 ? QStringLiteral("Announcements") : QStringLiteral("Discussion %1").arg(number);
    return QStringLiteral("Note %1: bring your notes to class.").arg(number);
}

QJsonObject file(const QString &name, const QString &path, qint64 size, const QString &url, const QString &mime,
                 qint64 time)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                       {QStringLiteral("filename"), name},
                       {QStringLiteral("filepath"), path},
                       {QStringLiteral("filesize"), size},
                       {QStringLiteral("fileurl"), url},
                       {QStringLiteral("timecreated"), time},
                       {QStringLiteral("timemodified"), time},
                       {QStringLiteral("sortorder"), 0},
                       {QStringLiteral("mimetype"), mime},
                       {QStringLiteral("isexternalfile"), false},
                       {QStringLiteral("userid"), FeedbackGrader},
                       {QStringLiteral("author"), QStringLiteral("Elena Márquez")},
                       {QStringLiteral("license"), QStringLiteral("allrightsreserved")}};
}

QString formatted(double value)
{
    return QString::number(value, 'f', 2);
}

QString param(const FakeParams &params, const QString &name)
{
    for (const auto &p : params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

QByteArray error(const char *exception, const char *code, const char *message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("exception"), QLatin1String(exception)},
                                     {QStringLiteral("errorcode"), QLatin1String(code)},
                                     {QStringLiteral("message"), QLatin1String(message)}})
        .toJson(QJsonDocument::Compact);
}

// A taught class's competencies: three a course, ids course * 100 + 1..3, in the recorded shapes.
constexpr int kCompetenciesPerClass = 3;
const char *const kCompetencyScale[] = {"-", "Not yet competent", "Competent", "Highly competent"};

QJsonObject competencyJson(qint64 courseId, int k)
{
    return QJsonObject{{QStringLiteral("id"), courseId * 100 + k},
                       {QStringLiteral("shortname"), QStringLiteral("Outcome %1 of course %2").arg(k).arg(courseId)},
                       {QStringLiteral("idnumber"), QStringLiteral("C%1-O%2").arg(courseId).arg(k)},
                       {QStringLiteral("description"), QStringLiteral("<p>Outcome %1.</p>").arg(k)},
                       {QStringLiteral("descriptionformat"), 1},
                       {QStringLiteral("sortorder"), k - 1},
                       {QStringLiteral("competencyframeworkid"), 1}};
}

QJsonValue classCompetencies(qint64 courseId)
{
    QJsonArray list;
    for (int k = 1; k <= kCompetenciesPerClass; ++k)
        list.append(QJsonObject{{QStringLiteral("competency"), competencyJson(courseId, k)},
                                {QStringLiteral("coursecompetency"),
                                 QJsonObject{{QStringLiteral("courseid"), courseId},
                                             {QStringLiteral("competencyid"), courseId * 100 + k},
                                             {QStringLiteral("sortorder"), k - 1},
                                             {QStringLiteral("ruleoutcome"), 1}}}});
    return list;
}

// A learner's own competencies page of a course with none linked, as Moodle 4.5 answers it.
QJsonValue ownCompetenciesPage(qint64 courseId)
{
    const QJsonObject statistics{{QStringLiteral("competencycount"), 0},
                                 {QStringLiteral("proficientcompetencycount"), 0},
                                 {QStringLiteral("proficientcompetencypercentage"), 0},
                                 {QStringLiteral("proficientcompetencypercentageformatted"), QString()},
                                 {QStringLiteral("leastproficient"), QJsonArray()},
                                 {QStringLiteral("leastproficientcount"), 0},
                                 {QStringLiteral("canbegradedincourse"), true},
                                 {QStringLiteral("canmanagecoursecompetencies"), false}};
    return QJsonObject{{QStringLiteral("courseid"), courseId},
                       {QStringLiteral("pagecontextid"), courseId + 40},
                       {QStringLiteral("cangradecompetencies"), false},
                       {QStringLiteral("statistics"), statistics},
                       {QStringLiteral("competencies"), QJsonArray()},
                       {QStringLiteral("manageurl"), QJsonValue()},
                       {QStringLiteral("pluginbaseurl"), QStringLiteral("https://moodle.example.edu/admin/tool/lp")}};
}

// A learner's rating: a quarter of the class unrated, the rest spread over the scale (2 and 3 proficient).
QByteArray competencySummary(qint64 courseId, int k, qint64 userId)
{
    const int grade = int((userId + k) % 4);
    const QJsonObject rating{
        {QStringLiteral("userid"), userId},
        {QStringLiteral("courseid"), courseId},
        {QStringLiteral("competencyid"), courseId * 100 + k},
        {QStringLiteral("grade"), grade > 0 ? QJsonValue(grade) : QJsonValue()},
        {QStringLiteral("proficiency"), grade > 0 ? QJsonValue(grade >= 2) : QJsonValue()},
        {QStringLiteral("gradename"), QLatin1String(kCompetencyScale[grade])},
        {QStringLiteral("proficiencyname"), grade >= 2 ? QStringLiteral("Yes") : QStringLiteral("No")}};
    const QJsonObject summary{
        {QStringLiteral("cangrade"), true},
        {QStringLiteral("competency"), QJsonObject{{QStringLiteral("competency"), competencyJson(courseId, k)}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId}}},
        {QStringLiteral("usercompetencycourse"), rating},
        {QStringLiteral("evidence"), QJsonArray()}};
    return QJsonDocument(QJsonObject{{QStringLiteral("usercompetencysummary"), summary},
                                     {QStringLiteral("coursemodules"), QJsonArray()},
                                     {QStringLiteral("plans"), QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

}  // namespace

SyntheticSite::SyntheticSite(const Options &options) : m_options(options)
{
    const int activities = std::max(1, m_options.activitiesPerCourse);
    const int sections = std::clamp(m_options.sectionsPerCourse, 1, activities);
    const int assignments = std::clamp(m_options.assignmentsPerCourse, 0, activities);
    // Keep the numbers actually used, so later answers (due dates, grading) agree with the layout.
    m_options.activitiesPerCourse = activities;
    m_options.sectionsPerCourse = sections;
    m_options.assignmentsPerCourse = assignments;
    m_options.classes = std::clamp(m_options.classes, 0, std::max(0, m_options.courses));
    m_options.studentsPerClass = std::max(0, m_options.studentsPerClass);
    m_options.groupsPerClass = std::max(0, m_options.groupsPerClass);
    const qint64 firstStudentId = std::max<qint64>(100, m_options.userId + 1);
    const int currentSection = sections / 2;  // the class is half-way through: earlier sections are done
    QHash<QString, qint64> nextInstance;
    qint64 nextCmid = 1;

    m_courses.reserve(m_options.courses);
    for (int c = 0; c < m_options.courses; ++c) {
        Course course;
        course.index = c;
        course.id = 2 + c;  // course 1 is the site itself
        course.fullName = QStringLiteral("%1 %2").arg(Subjects.at(c % Subjects.size())).arg(101 + c);
        course.shortName = QStringLiteral("C%1").arg(101 + c);
        course.category = 2 + c % 4;
        course.hasCriteria = c % 7 != 6;  // some courses track completion without criteria (nocriteriaset)

        // Assignments sit in the middle of equal stretches of the course; the rest cycles through ModuleCycle.
        QSet<int> assignAt;
        for (int j = 0; j < assignments; ++j)
            assignAt.insert(int((2LL * j + 1) * activities / (2LL * assignments)));
        // Options::quizzesPerCourse >= 0: that many quizzes, spread over what is not an assignment (the cycle's
        // own quizzes become pages).
        QSet<int> quizAt;
        if (m_options.quizzesPerCourse >= 0) {
            QList<int> free;
            for (int k = 1; k < activities; ++k) {
                if (!assignAt.contains(k))
                    free.append(k);
            }
            const qsizetype quizzes = std::min<qsizetype>(m_options.quizzesPerCourse, free.size());
            for (qsizetype j = 0; j < quizzes; ++j)
                quizAt.insert(free.at(j * free.size() / quizzes));
        }
        const auto fillerAt = [&](int k) {
            const QString cycled = ModuleCycle.at(k % ModuleCycle.size());
            if (m_options.quizzesPerCourse < 0)
                return cycled;
            return quizAt.contains(k) ? QStringLiteral("quiz") : cycled == u"quiz" ? QStringLiteral("page") : cycled;
        };
        QHash<QString, int> numbers;
        course.modules.reserve(activities);
        for (int k = 0; k < activities; ++k) {
            Module module;
            module.cmid = nextCmid++;
            module.type = assignAt.contains(k) ? QStringLiteral("assign")
                : k == 0                       ? QStringLiteral("forum")  // the announcements forum
                                               : fillerAt(k);
            module.instance = ++nextInstance[module.type];
            module.number = ++numbers[module.type];
            module.section = int(qint64(k) * sections / activities);
            course.modules.append(module);
        }
        for (int k = 0; k < course.modules.size(); ++k) {
            Module &module = course.modules[k];
            if (module.type == u"assign")
                m_assignById.insert(module.instance, {c, k});
            if (module.type == u"quiz")
                m_quizById.insert(module.instance, {c, k});
            module.complete = module.type == u"assign"
                ? isGraded(module)
                : kindOf(module.type).completion != 0 && module.section < currentSection;
        }
        if (c < m_options.classes) {
            // Taught: the teacher completes nothing; the students' progress comes from studentCompleted().
            course.taught = true;
            course.firstStudent = firstStudentId + qint64(c) * m_options.studentsPerClass;
            course.students = m_options.studentsPerClass;
            course.firstGroup = 1 + qint64(c) * m_options.groupsPerClass;
            for (Module &module : course.modules)
                module.complete = false;
        }
        m_courseIndex.insert(course.id, c);
        m_courses.append(course);
    }

    // Action events: assignments not handed in yet (graded ones have no action left, so Moodle drops them).
    qint64 eventId = 0;
    for (int c = 0; c < m_courses.size(); ++c) {
        const Course &course = m_courses.at(c);
        if (course.taught)
            continue;  // a teacher hands nothing in
        for (int k = 0; k < course.modules.size(); ++k) {
            const Module &module = course.modules.at(k);
            if (module.type == u"assign" && !isGraded(module))
                m_events.append(Event{++eventId, dueDate(course, module), c, k});
        }
    }
    std::sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
        return a.timesort != b.timesort ? a.timesort < b.timesort : a.id < b.id;
    });

    for (const Course &course : std::as_const(m_courses)) {
        if (course.taught)
            m_gradeColumns.insert(course.id, makeGradeColumns(course));
    }
}

QList<qint64> SyntheticSite::courseIds() const
{
    QList<qint64> ids;
    for (const Course &course : m_courses)
        ids.append(course.id);
    return ids;
}

FakeMoodleServer::CallHandler SyntheticSite::handler()
{
    return [this](const QString &user, const QString &wsfunction, const FakeParams &params) {
        return answer(user, wsfunction, params);
    };
}

int SyntheticSite::activityCount() const
{
    int count = 0;
    for (const Course &course : m_courses)
        count += int(course.modules.size());
    return count;
}

int SyntheticSite::assignmentCount() const
{
    return int(m_assignById.size());
}

qint64 SyntheticSite::cachedBytes() const
{
    qint64 bytes = 0;
    for (const QByteArray &body : m_cache)
        bytes += body.size();
    return bytes;
}

void SyntheticSite::markChanged(qint64 courseId)
{
    m_changed.insert(courseId);
}
void SyntheticSite::clearChanged()
{
    m_changed.clear();
}

void SyntheticSite::prepare()
{
    const QString user = QString::number(m_options.userId);
    for (const char *function :
         {"core_webservice_get_site_info", "core_enrol_get_users_courses", "core_course_get_categories",
          "gradereport_overview_get_course_grades", "mod_assign_get_assignments", "mod_quiz_get_quizzes_by_courses"})
        answer({}, QLatin1String(function), {{QStringLiteral("userid"), user}});
    for (const Course &course : std::as_const(m_courses)) {
        if (course.taught) {
            // The teacher's own calls there; the students' answers are made on each call.
            const FakeParams id{{QStringLiteral("courseid"), QString::number(course.id)}};
            for (const char *function :
                 {"core_course_get_contents", "core_enrol_get_enrolled_users", "core_group_get_course_groups"})
                answer({}, QLatin1String(function), id);
            continue;
        }
        const FakeParams courseAndUser{{QStringLiteral("courseid"), QString::number(course.id)},
                                       {QStringLiteral("userid"), user}};
        for (const char *function :
             {"core_course_get_contents", "gradereport_user_get_grade_items",
              "core_completion_get_activities_completion_status", "core_completion_get_course_completion_status"})
            answer({}, QLatin1String(function), courseAndUser);
        for (const Module &module : course.modules) {
            if (module.type == u"assign")
                answer({}, QStringLiteral("mod_assign_get_submission_status"),
                       {{QStringLiteral("assignid"), QString::number(module.instance)}});
        }
    }
}

const QByteArray &SyntheticSite::cached(const QString &key, const std::function<QJsonValue()> &make)
{
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        const QJsonValue value = make();
        const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        it = m_cache.insert(key, doc.toJson(QJsonDocument::Compact));
    }
    return *it;
}

const SyntheticSite::Course *SyntheticSite::course(const QString &id) const
{
    const auto it = m_courseIndex.constFind(id.toLongLong());
    return it == m_courseIndex.constEnd() ? nullptr : &m_courses.at(*it);
}

std::optional<QByteArray> SyntheticSite::answer(const QString &, const QString &wsfunction, const FakeParams &params)
{
    const QString &f = wsfunction;
    if (f == u"core_webservice_get_site_info")
        return cached(f, [this] { return siteInfo(); });
    if (f == u"core_enrol_get_users_courses")
        return cached(f, [this] { return courses(); });
    if (f == u"core_course_get_categories")
        return cached(f, [this] { return categories(); });
    if (f == u"gradereport_overview_get_course_grades")
        return cached(f, [this] { return courseGrades(); });
    if (f == u"mod_assign_get_assignments" || f == u"mod_quiz_get_quizzes_by_courses") {
        const QByteArray &whole = f == u"mod_assign_get_assignments" ? cached(f, [this] { return assignments(); })
                                                                     : cached(f, [this] { return quizzes(); });
        return onlyTheCoursesAsked(f, params, whole).value_or(whole);
    }
    if (f == u"core_calendar_get_action_events_by_timesort") {
        const qint64 from = param(params, QStringLiteral("timesortfrom")).toLongLong();
        const qint64 after = param(params, QStringLiteral("aftereventid")).toLongLong();
        const QString limitText = param(params, QStringLiteral("limitnum"));
        const int limit = limitText.isEmpty() ? 20 : limitText.toInt();  // Moodle's default
        if (limit < 1 || limit > 50)
            return error("limit_invalid_parameter_exception", "limitinvalidparameter",
                         "Limit must be between 1 and 50 (inclusive)");
        return cached(QStringLiteral("%1 %2 %3 %4").arg(f).arg(from).arg(after).arg(limit),
                      [=, this] { return actionEvents(from, after, limit); });
    }
    if (f == u"mod_assign_get_submission_status") {
        const auto it = m_assignById.constFind(param(params, QStringLiteral("assignid")).toLongLong());
        if (it == m_assignById.constEnd())
            return std::nullopt;
        const Course &c = m_courses.at(it->first);
        const Module &assign = c.modules.at(it->second);
        return cached(f + QString::number(assign.instance), [&, this] { return submissionStatus(c, assign); });
    }
    if (f == u"core_completion_update_activity_completion_status_manually")
        return QByteArray(R"({"status":true,"warnings":[]})");
    if ((f == u"mod_assign_get_submissions" || f == u"mod_assign_get_grades") && m_options.classes > 0) {
        QList<qint64> ids;
        for (const auto &p : params) {
            if (p.first.startsWith(u"assignmentids["))
                ids.append(p.second.toLongLong());
        }
        std::sort(ids.begin(), ids.end());
        QStringList key{f};
        for (const qint64 id : std::as_const(ids))
            key << QString::number(id);
        return cached(key.join(QLatin1Char(' ')),
                      [=, this] { return classSubmissions(ids, f == u"mod_assign_get_grades"); });
    }
    // A learner's own progress (issue 17), in the recorded shapes: no competency linked to a generated course, no
    // learning plan, no attempt of their own at a generated quiz.
    if (f == u"tool_lp_data_for_course_competencies_page") {
        const Course *c = course(param(params, QStringLiteral("courseid")));
        if (!c)
            return std::nullopt;
        return cached(f + QString::number(c->id), [=] { return ownCompetenciesPage(c->id); });
    }
    if (f == u"tool_lp_data_for_plans_page")
        return QByteArray(R"({"userid":)") + QByteArray::number(m_options.userId)
            + QByteArray(R"(,"plans":[],"pluginbaseurl":"https://moodle.example.edu/admin/tool/lp","navigation":[],)"
                         R"("canreaduserevidence":true,"canmanageuserplans":false})");
    // The user's badges (issue 16), in the recorded shape: none earned on a generated site.
    if (f == u"core_badges_get_user_badges" && param(params, QStringLiteral("userid")).toLongLong() == m_options.userId)
        return QByteArray(R"({"badges":[],"warnings":[]})");
    if (f == u"mod_quiz_get_user_attempts" && param(params, QStringLiteral("userid")).toLongLong() == m_options.userId)
        return QByteArray(R"({"attempts":[],"warnings":[]})");
    if (f == u"mod_quiz_get_user_attempts" && m_options.classes > 0) {
        const auto it = m_quizById.constFind(param(params, QStringLiteral("quizid")).toLongLong());
        if (it == m_quizById.constEnd())
            return std::nullopt;
        const Course &c = m_courses.at(it->first);
        const qint64 userId = param(params, QStringLiteral("userid")).toLongLong();
        if (!c.taught || userId < c.firstStudent || userId >= c.firstStudent + c.students)
            return error("moodle_exception", "nopermissions",
                         "Sorry, but you do not currently have permissions to do that (View all attempts).");
        return studentAttempts(c, c.modules.at(it->second), userId);
    }
    if (f == u"core_competency_list_course_competencies" && m_options.classes > 0) {
        const Course *c = course(param(params, QStringLiteral("id")));
        if (!c || !c->taught)
            return std::nullopt;
        return cached(f + QString::number(c->id), [=] { return classCompetencies(c->id); });
    }
    if (f == u"tool_lp_data_for_user_competency_summary_in_course" && m_options.classes > 0) {
        const Course *c = course(param(params, QStringLiteral("courseid")));
        const qint64 competencyId = param(params, QStringLiteral("competencyid")).toLongLong();
        const qint64 userId = param(params, QStringLiteral("userid")).toLongLong();
        const int k = int(competencyId % 100);
        if (!c || !c->taught || competencyId / 100 != c->id || k < 1 || k > kCompetenciesPerClass)
            return std::nullopt;
        if (userId < c->firstStudent || userId >= c->firstStudent + c->students)
            return error("moodle_exception", "nopermissions",
                         "Sorry, but you do not currently have permissions to do that (View user competencies).");
        return competencySummary(c->id, k, userId);
    }
    if (f == u"core_user_get_users_by_field" && m_options.classes > 0
        && param(params, QStringLiteral("field")) == u"id") {
        QList<qint64> ids;
        for (const auto &p : params) {
            if (p.first.startsWith(u"values["))
                ids.append(p.second.toLongLong());
        }
        return profiles(ids);
    }

    // The rest are per course.
    const Course *c = course(param(params, QStringLiteral("courseid")));
    if (!c)
        return std::nullopt;
    const QString key = f + QString::number(c->id);
    if (c->taught) {
        if (f == u"core_enrol_get_enrolled_users")
            return pageOfRoster(cached(key, [=, this] { return roster(*c); }), params);
        if (f == u"core_group_get_course_groups")
            return cached(key, [=, this] { return courseGroups(*c); });
        const QString userText = param(params, QStringLiteral("userid"));
        const qint64 userId = userText.toLongLong();
        const bool student = userId >= c->firstStudent && userId < c->firstStudent + c->students;
        if (!userText.isEmpty() && (student || userId == 0)) {
            if (f == u"gradereport_user_get_grade_items")
                return studentGrades(*c, userId);
            if (student && f == u"core_completion_get_activities_completion_status")
                return studentActivities(*c, userId);
            if (student && f == u"core_completion_get_course_completion_status") {
                if (!c->hasCriteria)
                    return error("core\\exception\\moodle_exception", "nocriteriaset",
                                 "No completion criteria set for this course");
                return studentCourseCompletion(*c, userId);
            }
        }
    }
    if (f == u"core_course_get_contents")
        return cached(key, [=, this] { return contents(*c); });
    if (f == u"gradereport_user_get_grade_items")
        return cached(key, [=, this] { return gradeItems(*c); });
    if (f == u"core_completion_get_activities_completion_status")
        return cached(key, [=, this] { return activitiesCompletion(*c); });
    if (f == u"core_completion_get_course_completion_status") {
        if (!c->hasCriteria)
            return error("core\\exception\\moodle_exception", "nocriteriaset",
                         "No completion criteria set for this course");
        return cached(key, [=, this] { return courseCompletion(*c); });
    }
    if (f == u"core_course_check_updates" || f == u"core_course_get_updates_since")
        return checkUpdates(*c, params);
    return std::nullopt;
}

// ---- Site-wide answers ---------------------------------------------------------------------------------------

QJsonValue SyntheticSite::siteInfo() const
{
    // The recorded site info (437 functions, advanced features, ...), renamed; without the batch function
    // when batching is off, as on a site whose mobile service lacks it.
    QJsonObject info =
        QJsonDocument::fromJson(fixtureBytes(QStringLiteral("student1/core_webservice_get_site_info__default.json")))
            .object();
    info.insert(QStringLiteral("sitename"), QStringLiteral("Synthetic College"));
    info.insert(QStringLiteral("userid"), m_options.userId);
    QJsonArray functions;
    bool listed = false;
    for (const QJsonValue &function : info.value(u"functions").toArray()) {
        const bool batch = function.toObject().value(u"name").toString() == BatchFunction;
        listed = listed || batch;
        if (!batch || m_options.offerBatching)
            functions.append(function);
    }
    if (m_options.offerBatching && !listed)
        functions.append(QJsonObject{{QStringLiteral("name"), BatchFunction},
                                     {QStringLiteral("version"), QStringLiteral("2024100705.01")}});
    info.insert(QStringLiteral("functions"), functions);
    if (m_options.classes > 0) {
        info.insert(QStringLiteral("username"), QStringLiteral("teacher1"));
        info.insert(QStringLiteral("firstname"), QStringLiteral("Elena"));
        info.insert(QStringLiteral("lastname"), QStringLiteral("Márquez"));
        info.insert(QStringLiteral("fullname"), QStringLiteral("Elena Márquez"));
    }
    return info;
}

QJsonValue SyntheticSite::courses() const
{
    QJsonArray list;
    for (const Course &c : m_courses) {
        QJsonObject course{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("shortname"), c.shortName},
            {QStringLiteral("fullname"), c.fullName},
            {QStringLiteral("displayname"), c.fullName},
            {QStringLiteral("enrolledusercount"), 20 + c.index % 30},
            {QStringLiteral("idnumber"), c.shortName + QStringLiteral("-2026")},
            {QStringLiteral("visible"), 1},
            {QStringLiteral("summary"),
             QStringLiteral("<p>Weekly lectures, readings and <strong>%1</strong> assignments.</p>")
                 .arg(m_options.assignmentsPerCourse)},
            {QStringLiteral("summaryformat"), 1},
            {QStringLiteral("format"), c.index % 2 ? QStringLiteral("weeks") : QStringLiteral("topics")},
            {QStringLiteral("courseimage"),
             QStringLiteral("%1/pluginfile.php/%2/course/generated/course.svg").arg(Site).arg(40 + c.id)},
            {QStringLiteral("showgrades"), true},
            {QStringLiteral("lang"), QString()},
            {QStringLiteral("enablecompletion"), true},
            {QStringLiteral("completionhascriteria"), c.hasCriteria},
            {QStringLiteral("completionusertracked"), true},
            {QStringLiteral("category"), c.category},
            {QStringLiteral("progress"), progress(c)},
            {QStringLiteral("completed"), false},
            {QStringLiteral("startdate"), m_options.now - 10 * Week},
            {QStringLiteral("enddate"), m_options.now + 10 * Week},
            {QStringLiteral("marker"), 0},
            {QStringLiteral("lastaccess"), m_options.now - c.index * 3600},
            {QStringLiteral("isfavourite"), c.index % 10 == 0},
            {QStringLiteral("hidden"), false},
            {QStringLiteral("overviewfiles"), QJsonArray()},
            {QStringLiteral("showactivitydates"), false},
            {QStringLiteral("showcompletionconditions"), true},
            {QStringLiteral("timemodified"), m_options.now - 12 * Week},
        };
        if (c.taught) {
            // As teacher1's recording: Moodle tracks no progress for someone who does not learn there.
            course.insert(QStringLiteral("enrolledusercount"), c.students + 1);
            course.insert(QStringLiteral("progress"), QJsonValue());
            course.insert(QStringLiteral("completionusertracked"), false);
            course.insert(QStringLiteral("lastaccess"), QJsonValue());
        }
        list.append(course);
    }
    return list;
}

QJsonValue SyntheticSite::categories() const
{
    struct Row
    {
        int id;
        const char *name;
        int parent;
        const char *path;
    };
    static const Row rows[] = {{1, "Category 1", 0, "/1"},
                               {2, "Faculty of Science", 0, "/2"},
                               {3, "Computer Science", 2, "/2/3"},
                               {4, "Humanities", 0, "/4"},
                               {5, "History", 4, "/4/5"}};
    QJsonArray list;
    for (const Row &row : rows) {
        const auto count =
            std::count_if(m_courses.begin(), m_courses.end(), [&](const Course &c) { return c.category == row.id; });
        list.append(QJsonObject{{QStringLiteral("id"), row.id},
                                {QStringLiteral("name"), QLatin1String(row.name)},
                                {QStringLiteral("description"), QString()},
                                {QStringLiteral("descriptionformat"), 1},
                                {QStringLiteral("parent"), row.parent},
                                {QStringLiteral("sortorder"), row.id * 10000},
                                {QStringLiteral("coursecount"), qint64(count)},
                                {QStringLiteral("depth"), row.parent ? 2 : 1},
                                {QStringLiteral("path"), QLatin1String(row.path)}});
    }
    return list;
}

QJsonValue SyntheticSite::courseGrades() const
{
    QJsonArray grades;
    for (const Course &c : m_courses) {
        const std::optional<double> total = courseTotal(c);
        grades.append(QJsonObject{{QStringLiteral("courseid"), c.id},
                                  {QStringLiteral("grade"), total ? formatted(*total) : QStringLiteral("-")},
                                  {QStringLiteral("rawgrade"), total ? QJsonValue(*total) : QJsonValue()}});
    }
    return QJsonObject{{QStringLiteral("grades"), grades}, {QStringLiteral("warnings"), QJsonArray()}};
}

QJsonValue SyntheticSite::assignments() const
{
    QJsonArray configs;
    for (const auto &[plugin, subtype, name, value] :
         {std::array<const char *, 4>{"onlinetext", "assignsubmission", "enabled", "1"},
          {"onlinetext", "assignsubmission", "wordlimit", "0"},
          {"onlinetext", "assignsubmission", "wordlimitenabled", "0"},
          {"comments", "assignsubmission", "enabled", "0"},
          {"comments", "assignfeedback", "enabled", "1"},
          {"comments", "assignfeedback", "commentinline", "0"}}) {
        configs.append(QJsonObject{{QStringLiteral("plugin"), QLatin1String(plugin)},
                                   {QStringLiteral("subtype"), QLatin1String(subtype)},
                                   {QStringLiteral("name"), QLatin1String(name)},
                                   {QStringLiteral("value"), QLatin1String(value)}});
    }
    QJsonArray courseList;
    for (const Course &c : m_courses) {
        QJsonArray list;
        for (const Module &m : c.modules) {
            if (m.type != u"assign")
                continue;
            const qint64 due = dueDate(c, m);
            list.append(QJsonObject{
                {QStringLiteral("id"), m.instance},
                {QStringLiteral("cmid"), m.cmid},
                {QStringLiteral("course"), c.id},
                {QStringLiteral("name"), moduleName(m.type, m.number)},
                {QStringLiteral("nosubmissions"), 0},
                {QStringLiteral("submissiondrafts"), 0},
                {QStringLiteral("sendnotifications"), 0},
                {QStringLiteral("sendlatenotifications"), 0},
                {QStringLiteral("sendstudentnotifications"), 1},
                {QStringLiteral("duedate"), due},
                {QStringLiteral("allowsubmissionsfromdate"), due - 2 * Week},
                {QStringLiteral("grade"), 100},
                {QStringLiteral("timemodified"), m_options.now - 12 * Week},
                {QStringLiteral("completionsubmit"), 0},
                {QStringLiteral("cutoffdate"), 0},
                {QStringLiteral("gradingduedate"), due + Week},
                {QStringLiteral("teamsubmission"), 0},
                {QStringLiteral("requireallteammemberssubmit"), 0},
                {QStringLiteral("teamsubmissiongroupingid"), 0},
                {QStringLiteral("blindmarking"), 0},
                {QStringLiteral("hidegrader"), 0},
                {QStringLiteral("revealidentities"), 0},
                {QStringLiteral("attemptreopenmethod"), QStringLiteral("untilpass")},
                {QStringLiteral("maxattempts"), 1},
                {QStringLiteral("markingworkflow"), 0},
                {QStringLiteral("markingallocation"), 0},
                {QStringLiteral("markinganonymous"), 0},
                {QStringLiteral("requiresubmissionstatement"), 0},
                {QStringLiteral("preventsubmissionnotingroup"), 0},
                {QStringLiteral("configs"), configs},
                {QStringLiteral("intro"),
                 QStringLiteral("<p>Hand in your answers to the exercises of week %1.</p>").arg(m.section)},
                {QStringLiteral("introformat"), 1},
                {QStringLiteral("introfiles"), QJsonArray()},
                {QStringLiteral("introattachments"), QJsonArray()},
                {QStringLiteral("timelimit"), 0},
                {QStringLiteral("submissionattachments"), 0},
            });
        }
        courseList.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("fullname"), c.fullName},
                                      {QStringLiteral("shortname"), c.shortName},
                                      {QStringLiteral("timemodified"), m_options.now - 12 * Week},
                                      {QStringLiteral("assignments"), list}});
    }
    return QJsonObject{{QStringLiteral("courses"), courseList}, {QStringLiteral("warnings"), QJsonArray()}};
}

QJsonValue SyntheticSite::quizzes() const
{
    QJsonArray list;
    for (const Course &c : m_courses) {
        for (const Module &m : c.modules) {
            if (m.type != u"quiz")
                continue;
            QJsonObject quiz{
                {QStringLiteral("id"), m.instance},
                {QStringLiteral("coursemodule"), m.cmid},
                {QStringLiteral("course"), c.id},
                {QStringLiteral("name"), moduleName(m.type, m.number)},
                {QStringLiteral("intro"), QStringLiteral("<p>Four short questions. One attempt, 20 minutes.</p>")},
                {QStringLiteral("introformat"), 1},
                {QStringLiteral("introfiles"), QJsonArray()},
                {QStringLiteral("section"), m.section},
                {QStringLiteral("visible"), true},
                {QStringLiteral("groupmode"), 0},
                {QStringLiteral("groupingid"), 0},
                {QStringLiteral("lang"), QString()},
                // No closing date: quizzes stay open, so they add no action events.
                {QStringLiteral("timeopen"), m_options.now - 10 * Week + m.section * Week},
                {QStringLiteral("timeclose"), 0},
                {QStringLiteral("timelimit"), 1200},
                {QStringLiteral("overduehandling"), QStringLiteral("autosubmit")},
                {QStringLiteral("graceperiod"), 86400},
                {QStringLiteral("preferredbehaviour"), QStringLiteral("deferredfeedback")},
                {QStringLiteral("canredoquestions"), 0},
                {QStringLiteral("attempts"), 1},
                {QStringLiteral("attemptonlast"), 0},
                {QStringLiteral("grademethod"), 1},
                {QStringLiteral("decimalpoints"), 2},
                {QStringLiteral("questiondecimalpoints"), -1},
            };
            for (const char *review : {"reviewattempt", "reviewcorrectness", "reviewmaxmarks", "reviewmarks",
                                       "reviewspecificfeedback", "reviewgeneralfeedback", "reviewrightanswer"})
                quiz.insert(QLatin1String(review), 69904);
            for (const auto &[name, value] : {std::pair<const char *, int>{"reviewoverallfeedback", 4368},
                                              {"questionsperpage", 1},
                                              {"sumgrades", 4},
                                              {"grade", 10},
                                              {"delay1", 0},
                                              {"delay2", 0},
                                              {"showuserpicture", 0},
                                              {"showblocks", 0},
                                              {"completionattemptsexhausted", 0},
                                              {"completionpass", 1},
                                              {"allowofflineattempts", 0},
                                              {"autosaveperiod", 60},
                                              {"hasfeedback", 0},
                                              {"hasquestions", 1}})
                quiz.insert(QLatin1String(name), value);
            quiz.insert(QStringLiteral("navmethod"), QStringLiteral("free"));
            quiz.insert(QStringLiteral("browsersecurity"), QString());
            list.append(quiz);
        }
    }
    return QJsonObject{{QStringLiteral("quizzes"), list}, {QStringLiteral("warnings"), QJsonArray()}};
}

QJsonValue SyntheticSite::actionEvents(qint64 timesortFrom, qint64 afterEventId, int limit) const
{
    // Moodle pages by (timesort, id): the page starts after the event aftereventid names.
    auto it = m_events.begin();
    if (afterEventId > 0) {
        it = std::find_if(m_events.begin(), m_events.end(), [&](const Event &e) { return e.id == afterEventId; });
        if (it != m_events.end())
            ++it;
    }
    QJsonArray events;
    for (; it != m_events.end() && events.size() < limit; ++it) {
        const Event &e = *it;
        if (e.timesort < timesortFrom)
            continue;
        const Course &c = m_courses.at(e.course);
        const Module &m = c.modules.at(e.module);
        const QString name = moduleName(m.type, m.number);
        const QString view = QStringLiteral("%1/mod/assign/view.php?id=%2").arg(Site).arg(m.cmid);
        QJsonObject course = courseSummary(c).toObject();
        events.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("name"), name + QStringLiteral(" is due")},
            {QStringLiteral("description"),
             QStringLiteral("<p>Hand in your answers to the exercises of week %1.</p>").arg(m.section)},
            {QStringLiteral("descriptionformat"), 1},
            {QStringLiteral("location"), QString()},
            {QStringLiteral("categoryid"), QJsonValue()},
            {QStringLiteral("groupid"), QJsonValue()},
            {QStringLiteral("userid"), FeedbackGrader},
            {QStringLiteral("repeatid"), QJsonValue()},
            {QStringLiteral("eventcount"), QJsonValue()},
            {QStringLiteral("component"), QStringLiteral("mod_assign")},
            {QStringLiteral("modulename"), QStringLiteral("assign")},
            {QStringLiteral("activityname"), name},
            {QStringLiteral("activitystr"), QStringLiteral("Assignment is due")},
            {QStringLiteral("instance"), m.cmid},  // Moodle puts the course module id here
            {QStringLiteral("eventtype"), QStringLiteral("due")},
            {QStringLiteral("timestart"), e.timesort},
            {QStringLiteral("timeduration"), 0},
            {QStringLiteral("timesort"), e.timesort},
            {QStringLiteral("timeusermidnight"), e.timesort - e.timesort % Day},
            {QStringLiteral("visible"), 1},
            {QStringLiteral("timemodified"), m_options.now - 12 * Week},
            {QStringLiteral("overdue"), e.timesort < m_options.now},
            {QStringLiteral("icon"),
             QJsonObject{{QStringLiteral("key"), QStringLiteral("monologo")},
                         {QStringLiteral("component"), QStringLiteral("assign")},
                         {QStringLiteral("alttext"), QStringLiteral("Activity event")},
                         {QStringLiteral("iconurl"),
                          Site + QStringLiteral("/theme/image.php/boost/assign/1795313139/monologo?filtericon=1")},
                         {QStringLiteral("iconclass"), QString()}}},
            {QStringLiteral("course"), course},
            {QStringLiteral("subscription"), QJsonObject{{QStringLiteral("displayeventsource"), false}}},
            {QStringLiteral("canedit"), false},
            {QStringLiteral("candelete"), false},
            {QStringLiteral("deleteurl"),
             QStringLiteral("%1/calendar/delete.php?id=%2&course=%3").arg(Site).arg(e.id).arg(c.id)},
            {QStringLiteral("editurl"),
             QStringLiteral("%1/course/mod.php?update=%2&return=1&sesskey=Qp9fNP0GiT").arg(Site).arg(m.cmid)},
            {QStringLiteral("viewurl"),
             QStringLiteral("%1/calendar/view.php?view=day&course=%2&time=%3#event_%4")
                 .arg(Site)
                 .arg(c.id)
                 .arg(e.timesort)
                 .arg(e.id)},
            {QStringLiteral("formattedtime"),
             QStringLiteral("<a href=\"%1/calendar/view.php?view=day&amp;time=%2\">Due date</a>")
                 .arg(Site)
                 .arg(e.timesort)},
            {QStringLiteral("formattedlocation"), QString()},
            {QStringLiteral("isactionevent"), true},
            {QStringLiteral("iscourseevent"), false},
            {QStringLiteral("iscategoryevent"), false},
            {QStringLiteral("groupname"), QJsonValue()},
            {QStringLiteral("normalisedeventtype"), QStringLiteral("course")},
            {QStringLiteral("normalisedeventtypetext"), QStringLiteral("Course event")},
            {QStringLiteral("action"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Add submission")},
                         {QStringLiteral("url"), view + QStringLiteral("&action=editsubmission")},
                         {QStringLiteral("itemcount"), 1},
                         {QStringLiteral("actionable"), true},
                         {QStringLiteral("showitemcount"), false}}},
            {QStringLiteral("purpose"), QStringLiteral("assessment")},
            {QStringLiteral("branded"), false},
            {QStringLiteral("url"), view},
        });
    }
    const qint64 first = events.isEmpty() ? 0 : events.first().toObject().value(u"id").toInteger();
    const qint64 last = events.isEmpty() ? 0 : events.last().toObject().value(u"id").toInteger();
    return QJsonObject{
        {QStringLiteral("events"), events}, {QStringLiteral("firstid"), first}, {QStringLiteral("lastid"), last}};
}

// ---- Per-course answers --------------------------------------------------------------------------------------

QJsonValue SyntheticSite::contents(const Course &c) const
{
    QJsonArray sections;
    const int count = c.modules.isEmpty() ? 1 : c.modules.last().section + 1;
    for (int s = 0; s < count; ++s) {
        QJsonArray modules;
        for (const Module &m : c.modules) {
            if (m.section != s)
                continue;
            const ModuleKind kind = kindOf(m.type);
            const QString name = moduleName(m.type, m.number);
            const qint64 context = 1000 + m.cmid;
            const qint64 time = m_options.now - 12 * Week + m.section * Week;
            QJsonObject module{
                {QStringLiteral("id"), m.cmid},
                {QStringLiteral("name"), name},
                {QStringLiteral("instance"), m.instance},
                {QStringLiteral("contextid"), context},
                {QStringLiteral("visible"), 1},
                {QStringLiteral("uservisible"), true},
                {QStringLiteral("visibleoncoursepage"), 1},
                {QStringLiteral("modicon"),
                 QStringLiteral("%1/theme/image.php/boost/%2/1795313139/monologo?filtericon=1").arg(Site, m.type)},
                {QStringLiteral("modname"), m.type},
                {QStringLiteral("purpose"), QLatin1String(kind.purpose)},
                {QStringLiteral("branded"), false},
                {QStringLiteral("modplural"), QLatin1String(kind.plural)},
                {QStringLiteral("indent"), 0},
                {QStringLiteral("onclick"), QString()},
                {QStringLiteral("afterlink"), QJsonValue()},
                {QStringLiteral("customdata"), QStringLiteral("\"\"")},
                {QStringLiteral("noviewlink"), m.type == u"label"},
                {QStringLiteral("completion"), kind.completion},
                {QStringLiteral("downloadcontent"), 1},
                {QStringLiteral("dates"), QJsonArray()},
                {QStringLiteral("groupmode"), 0},
            };
            if (m.type == u"label")
                module.insert(
                    QStringLiteral("description"),
                    QStringLiteral("<div class=\"no-overflow\"><p><strong>Tip:</strong> %1</p></div>").arg(name));
            else
                module.insert(QStringLiteral("url"),
                              QStringLiteral("%1/mod/%2/view.php?id=%3").arg(Site, m.type).arg(m.cmid));

            // Files and links, as core_course_get_contents lists them for content modules.
            const QString files =
                QStringLiteral("%1/webservice/pluginfile.php/%2/mod_%3/content/1/").arg(Site).arg(context).arg(m.type);
            QJsonArray contents;
            if (m.type == u"resource") {
                contents.append(file(QStringLiteral("notes-%1.pdf").arg(m.number), QStringLiteral("/"),
                                     40000 + m.cmid % 900000,
                                     files + QStringLiteral("notes-%1.pdf?forcedownload=1").arg(m.number),
                                     QStringLiteral("application/pdf"), time));
                module.insert(QStringLiteral("activitybadge"),
                              QJsonObject{{QStringLiteral("badgecontent"), QStringLiteral("PDF")},
                                          {QStringLiteral("badgestyle"), QStringLiteral("badge-none")}});
            } else if (m.type == u"folder") {
                for (const char *f : {"README.txt", "example.py", "data/input.csv"}) {
                    const QString path = QLatin1String(f);
                    const QString dir = path.contains(u'/') ? QStringLiteral("/data/") : QStringLiteral("/");
                    contents.append(file(path.section(u'/', -1), dir, 100 + m.cmid % 5000,
                                         files + path + QStringLiteral("?forcedownload=1"),
                                         QStringLiteral("text/plain"), time));
                }
            } else if (m.type == u"page") {
                contents.append(
                    file(QStringLiteral("index.html"), QStringLiteral("/"), 0,
                         QStringLiteral("%1/webservice/pluginfile.php/%2/mod_page/content/index.html?forcedownload=1")
                             .arg(Site)
                             .arg(context),
                         QStringLiteral("text/html"), time));
            } else if (m.type == u"url") {
                contents.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("url")},
                    {QStringLiteral("filename"), name},
                    {QStringLiteral("filepath"), QJsonValue()},
                    {QStringLiteral("filesize"), 0},
                    {QStringLiteral("fileurl"), QStringLiteral("https://example.org/reading/%1").arg(m.cmid)},
                    {QStringLiteral("timecreated"), QJsonValue()},
                    {QStringLiteral("timemodified"), time},
                    {QStringLiteral("sortorder"), QJsonValue()},
                    {QStringLiteral("userid"), QJsonValue()},
                    {QStringLiteral("author"), QJsonValue()},
                    {QStringLiteral("license"), QJsonValue()}});
            } else if (m.type == u"assign") {
                const qint64 due = dueDate(c, m);
                module.insert(
                    QStringLiteral("dates"),
                    QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Opened:")},
                                           {QStringLiteral("timestamp"), due - 2 * Week},
                                           {QStringLiteral("dataid"), QStringLiteral("allowsubmissionsfromdate")}},
                               QJsonObject{{QStringLiteral("label"), QStringLiteral("Due:")},
                                           {QStringLiteral("timestamp"), due},
                                           {QStringLiteral("dataid"), QStringLiteral("duedate")}}});
                module.insert(
                    QStringLiteral("customdata"),
                    QStringLiteral("{\"customcompletionrules\":{\"completionsubmit\":\"0\"},\"duedate\":%1}").arg(due));
            } else if (m.type == u"quiz") {
                const qint64 open = m_options.now - 10 * Week + m.section * Week;
                module.insert(QStringLiteral("dates"),
                              QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("Opened:")},
                                                     {QStringLiteral("timestamp"), open},
                                                     {QStringLiteral("dataid"), QStringLiteral("timeopen")}}});
            } else if (m.type == u"forum") {
                module.insert(QStringLiteral("activitybadge"), QJsonArray());
                module.insert(QStringLiteral("customdata"), QStringLiteral("{\"trackingtype\":\"1\"}"));
            }
            if (!contents.isEmpty()) {
                qint64 size = 0;
                for (const QJsonValue &f : std::as_const(contents))
                    size += f.toObject().value(u"filesize").toInteger();
                module.insert(QStringLiteral("contents"), contents);
                module.insert(QStringLiteral("contentsinfo"),
                              QJsonObject{{QStringLiteral("filescount"), contents.size()},
                                          {QStringLiteral("filessize"), size},
                                          {QStringLiteral("lastmodified"), time},
                                          {QStringLiteral("mimetypes"), QJsonArray()},
                                          {QStringLiteral("repositorytype"), QString()}});
            }
            if (kind.completion != 0) {
                const bool automatic = kind.completion == 2;
                QJsonArray details;
                if (automatic)
                    details.append(QJsonObject{
                        {QStringLiteral("rulename"),
                         m.type == u"assign" || m.type == u"quiz" ? QStringLiteral("completionusegrade")
                                                                  : QStringLiteral("completionview")},
                        {QStringLiteral("rulevalue"),
                         QJsonObject{{QStringLiteral("status"), m.complete ? 1 : 0},
                                     {QStringLiteral("description"),
                                      m.type == u"assign" || m.type == u"quiz" ? QStringLiteral("Receive a grade")
                                                                               : QStringLiteral("View")}}}});
                module.insert(QStringLiteral("completiondata"),
                              QJsonObject{{QStringLiteral("state"), m.complete ? 1 : 0},
                                          {QStringLiteral("timecompleted"), m.complete ? time + Week : 0},
                                          {QStringLiteral("overrideby"), QJsonValue()},
                                          {QStringLiteral("valueused"), false},
                                          {QStringLiteral("hascompletion"), true},
                                          {QStringLiteral("isautomatic"), automatic},
                                          {QStringLiteral("istrackeduser"), !c.taught},
                                          {QStringLiteral("uservisible"), true},
                                          {QStringLiteral("details"), details},
                                          {QStringLiteral("isoverallcomplete"), m.complete}});
            }
            modules.append(module);
        }
        sections.append(
            QJsonObject{{QStringLiteral("id"), qint64(c.index) * count + s + 1},
                        {QStringLiteral("name"), s == 0 ? QStringLiteral("General") : QStringLiteral("Week %1").arg(s)},
                        {QStringLiteral("visible"), 1},
                        {QStringLiteral("summary"),
                         s == 0 ? QStringLiteral("<p>Welcome to <strong>%1</strong>!</p>").arg(c.shortName)
                                : QStringLiteral("<p>Topics of week %1.</p>").arg(s)},
                        {QStringLiteral("summaryformat"), 1},
                        {QStringLiteral("section"), s},
                        {QStringLiteral("hiddenbynumsections"), 0},
                        {QStringLiteral("uservisible"), true},
                        {QStringLiteral("component"), QJsonValue()},
                        {QStringLiteral("itemid"), QJsonValue()},
                        {QStringLiteral("modules"), modules}});
    }
    if (c.index < m_options.fileCourses && m_options.filesPerCourse > 0)
        sections.append(filesSection(c, count));
    return sections;
}

QJsonValue SyntheticSite::gradeItems(const Course &c) const
{
    // Graded activities first (assignments, then quizzes, in course order), manual items to make up the
    // count, and the course total last, as the grader report orders them.
    QList<const Module *> graded;
    for (const QString &type : {QStringLiteral("assign"), QStringLiteral("quiz")}) {
        for (const Module &m : c.modules) {
            if (m.type == type)
                graded.append(&m);
        }
    }
    const int count = std::max(1, m_options.gradeItemsPerCourse);
    const qint64 firstId = 1 + qint64(c.index) * count;
    QJsonArray items;
    for (int i = 0; i < count - 1; ++i) {
        const Module *m = i < graded.size() ? graded.at(i) : nullptr;
        const double max = m && m->type == u"quiz" ? 10 : 100;
        std::optional<double> grade;
        if (m && m->complete)
            grade = m->type == u"quiz" ? 5 + m->cmid % 6 : 60 + m->cmid * 7 % 40;
        QJsonObject item{
            {QStringLiteral("id"), firstId + i},
            {QStringLiteral("itemname"),
             m ? moduleName(m->type, m->number) : QStringLiteral("Participation %1").arg(i + 1)},
            {QStringLiteral("itemtype"), m ? QStringLiteral("mod") : QStringLiteral("manual")},
            {QStringLiteral("itemmodule"), m ? QJsonValue(m->type) : QJsonValue()},
            {QStringLiteral("iteminstance"), m ? m->instance : 0},
            {QStringLiteral("itemnumber"), 0},
            {QStringLiteral("idnumber"), QString()},
            {QStringLiteral("categoryid"), 1 + c.index},
            {QStringLiteral("outcomeid"), QJsonValue()},
            {QStringLiteral("scaleid"), QJsonValue()},
            {QStringLiteral("locked"), QJsonValue()},
            {QStringLiteral("weightraw"), 1.0 / (count - 1)},
            {QStringLiteral("weightformatted"), formatted(100.0 / (count - 1)) + QStringLiteral(" %")},
            {QStringLiteral("graderaw"), grade ? QJsonValue(*grade) : QJsonValue()},
            {QStringLiteral("gradedatesubmitted"), QJsonValue()},
            {QStringLiteral("gradedategraded"), grade ? QJsonValue(m_options.now - 3 * Week) : QJsonValue()},
            {QStringLiteral("gradehiddenbydate"), false},
            {QStringLiteral("gradeneedsupdate"), false},
            {QStringLiteral("gradeishidden"), false},
            {QStringLiteral("gradeislocked"), QJsonValue()},
            {QStringLiteral("gradeisoverridden"), QJsonValue()},
            {QStringLiteral("gradeformatted"), grade ? formatted(*grade) : QStringLiteral("-")},
            {QStringLiteral("grademin"), 0},
            {QStringLiteral("grademax"), max},
            {QStringLiteral("rangeformatted"), QStringLiteral("0&ndash;%1").arg(max)},
            {QStringLiteral("percentageformatted"),
             grade ? formatted(*grade * 100 / max) + QStringLiteral(" %") : QStringLiteral("-")},
            {QStringLiteral("feedback"),
             grade ? QStringLiteral("<p>Good work. Remember to add <strong>comments</strong>.</p>") : QString()},
            {QStringLiteral("feedbackformat"), grade ? 1 : 2},
        };
        if (m)
            item.insert(QStringLiteral("cmid"), m->cmid);
        if (!grade)
            item.insert(QStringLiteral("status"), QStringLiteral("novalue"));
        items.append(item);
    }
    const std::optional<double> total = courseTotal(c);
    items.append(QJsonObject{
        {QStringLiteral("id"), firstId + count - 1},
        {QStringLiteral("itemname"), QJsonValue()},
        {QStringLiteral("itemtype"), QStringLiteral("course")},
        {QStringLiteral("itemmodule"), QJsonValue()},
        {QStringLiteral("iteminstance"), 1 + c.index},
        {QStringLiteral("itemnumber"), QJsonValue()},
        {QStringLiteral("idnumber"), QJsonValue()},
        {QStringLiteral("categoryid"), QJsonValue()},
        {QStringLiteral("outcomeid"), QJsonValue()},
        {QStringLiteral("scaleid"), QJsonValue()},
        {QStringLiteral("locked"), QJsonValue()},
        {QStringLiteral("graderaw"), total ? QJsonValue(*total) : QJsonValue()},
        {QStringLiteral("gradedatesubmitted"), QJsonValue()},
        {QStringLiteral("gradedategraded"), total ? QJsonValue(m_options.now - 3 * Week) : QJsonValue()},
        {QStringLiteral("gradehiddenbydate"), false},
        {QStringLiteral("gradeneedsupdate"), false},
        {QStringLiteral("gradeishidden"), false},
        {QStringLiteral("gradeislocked"), QJsonValue()},
        {QStringLiteral("gradeisoverridden"), QJsonValue()},
        {QStringLiteral("gradeformatted"), total ? formatted(*total) : QStringLiteral("-")},
        {QStringLiteral("grademin"), 0},
        {QStringLiteral("grademax"), 100},
        {QStringLiteral("rangeformatted"), QStringLiteral("0&ndash;100")},
        {QStringLiteral("percentageformatted"), total ? formatted(*total) + QStringLiteral(" %") : QStringLiteral("-")},
        {QStringLiteral("feedback"), QString()},
        {QStringLiteral("feedbackformat"), 2}});
    const QJsonObject user{{QStringLiteral("courseid"), c.id},
                           {QStringLiteral("courseidnumber"), c.shortName + QStringLiteral("-2026")},
                           {QStringLiteral("userid"), m_options.userId},
                           {QStringLiteral("userfullname"), QStringLiteral("Liam O'Brien")},
                           {QStringLiteral("useridnumber"), QStringLiteral("S-0001")},
                           {QStringLiteral("maxdepth"), 2},
                           {QStringLiteral("gradeitems"), items}};
    return QJsonObject{{QStringLiteral("usergrades"), QJsonArray{user}}, {QStringLiteral("warnings"), QJsonArray()}};
}

QJsonValue SyntheticSite::activitiesCompletion(const Course &c) const
{
    QJsonArray statuses;
    for (const Module &m : c.modules) {
        const ModuleKind kind = kindOf(m.type);
        if (kind.completion == 0)
            continue;
        const bool automatic = kind.completion == 2;
        const bool graded = m.type == u"assign" || m.type == u"quiz";
        QJsonArray details;
        if (automatic)
            details.append(
                QJsonObject{{QStringLiteral("rulename"),
                             graded ? QStringLiteral("completionusegrade") : QStringLiteral("completionview")},
                            {QStringLiteral("rulevalue"),
                             QJsonObject{{QStringLiteral("status"), m.complete ? 1 : 0},
                                         {QStringLiteral("description"),
                                          graded ? QStringLiteral("Receive a grade") : QStringLiteral("View")}}}});
        statuses.append(QJsonObject{
            {QStringLiteral("cmid"), m.cmid},
            {QStringLiteral("modname"), m.type},
            {QStringLiteral("instance"), m.instance},
            {QStringLiteral("state"), m.complete ? 1 : 0},
            {QStringLiteral("timecompleted"), m.complete ? m_options.now - 11 * Week + m.section * Week : 0},
            {QStringLiteral("tracking"), kind.completion},
            {QStringLiteral("overrideby"), QJsonValue()},
            {QStringLiteral("valueused"), false},
            {QStringLiteral("hascompletion"), true},
            {QStringLiteral("isautomatic"), automatic},
            {QStringLiteral("istrackeduser"), true},
            {QStringLiteral("uservisible"), true},
            {QStringLiteral("details"), details},
            {QStringLiteral("isoverallcomplete"), m.complete}});
    }
    return QJsonObject{{QStringLiteral("statuses"), statuses}, {QStringLiteral("warnings"), QJsonArray()}};
}

QJsonValue SyntheticSite::courseCompletion(const Course &c) const
{
    // One criterion per assignment: "achieving grade".
    QJsonArray completions;
    for (const Module &m : c.modules) {
        if (m.type != u"assign")
            continue;
        completions.append(
            QJsonObject{{QStringLiteral("type"), 4},
                        {QStringLiteral("title"), QStringLiteral("Activity completion")},
                        {QStringLiteral("status"), m.complete ? QStringLiteral("Yes") : QStringLiteral("No")},
                        {QStringLiteral("complete"), m.complete},
                        {QStringLiteral("timecompleted"), m.complete ? QJsonValue(dueDate(c, m) + Week) : QJsonValue()},
                        {QStringLiteral("details"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("Activity completion")},
                                     {QStringLiteral("criteria"),
                                      QStringLiteral("<a href=\"%1/mod/assign/view.php?id=%2\">%3</a>")
                                          .arg(Site)
                                          .arg(m.cmid)
                                          .arg(moduleName(m.type, m.number))},
                                     {QStringLiteral("requirement"), QStringLiteral("Achieving grade")},
                                     {QStringLiteral("status"), QString()}}}});
    }
    const QJsonObject status{{QStringLiteral("completed"), false},
                             {QStringLiteral("aggregation"), 1},
                             {QStringLiteral("completions"), completions}};
    return QJsonObject{{QStringLiteral("completionstatus"), status}, {QStringLiteral("warnings"), QJsonArray()}};
}

QJsonValue SyntheticSite::submissionStatus(const Course &c, const Module &assign) const
{
    const bool graded = isGraded(assign);
    const qint64 due = dueDate(c, assign);
    const qint64 submitted = due - Day;
    QJsonArray plugins{
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("onlinetext")},
            {QStringLiteral("name"), QStringLiteral("Online text")},
            {QStringLiteral("fileareas"),
             QJsonArray{QJsonObject{{QStringLiteral("area"), QStringLiteral("submissions_onlinetext")},
                                    {QStringLiteral("files"), QJsonArray()}}}},
            {QStringLiteral("editorfields"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("onlinetext")},
                 {QStringLiteral("description"), QStringLiteral("Online text submissions")},
                 {QStringLiteral("text"), graded ? QStringLiteral("<p>My answers to the exercises.</p>") : QString()},
                 {QStringLiteral("format"), graded ? 1 : 0}}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                    {QStringLiteral("name"), QStringLiteral("File submissions")},
                    {QStringLiteral("fileareas"),
                     QJsonArray{QJsonObject{{QStringLiteral("area"), QStringLiteral("submission_files")},
                                            {QStringLiteral("files"), QJsonArray()}}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("comments")},
                    {QStringLiteral("name"), QStringLiteral("Submission comments")}},
    };
    const QJsonObject submission{
        {QStringLiteral("id"), assign.instance},
        {QStringLiteral("userid"), m_options.userId},
        {QStringLiteral("attemptnumber"), 0},
        {QStringLiteral("timecreated"), graded ? submitted : m_options.now},
        {QStringLiteral("timemodified"), graded ? submitted : m_options.now},
        {QStringLiteral("timestarted"), QJsonValue()},
        {QStringLiteral("status"), graded ? QStringLiteral("submitted") : QStringLiteral("new")},
        {QStringLiteral("groupid"), 0},
        {QStringLiteral("assignment"), assign.instance},
        {QStringLiteral("latest"), 1},
        {QStringLiteral("plugins"), plugins}};
    const QJsonObject lastAttempt{
        {QStringLiteral("submission"), submission},
        {QStringLiteral("submissiongroupmemberswhoneedtosubmit"), QJsonArray()},
        {QStringLiteral("submissionsenabled"), true},
        {QStringLiteral("locked"), false},
        {QStringLiteral("graded"), graded},
        {QStringLiteral("canedit"), true},
        {QStringLiteral("caneditowner"), true},
        {QStringLiteral("cansubmit"), false},
        {QStringLiteral("extensionduedate"), graded ? QJsonValue(0) : QJsonValue()},
        {QStringLiteral("timelimit"), 0},
        {QStringLiteral("blindmarking"), false},
        {QStringLiteral("gradingstatus"), graded ? QStringLiteral("graded") : QStringLiteral("notgraded")},
        {QStringLiteral("usergroups"), QJsonArray{1}}};
    QJsonObject status{
        {QStringLiteral("lastattempt"), lastAttempt},
        {QStringLiteral("assignmentdata"),
         QJsonObject{{QStringLiteral("attachments"), QJsonObject{{QStringLiteral("intro"), QJsonArray()}}}}},
        {QStringLiteral("warnings"), QJsonArray()}};
    if (graded) {
        const double grade = 60 + assign.cmid * 7 % 40;
        const qint64 gradedAt = due + Week;
        status.insert(
            QStringLiteral("feedback"),
            QJsonObject{{QStringLiteral("grade"),
                         QJsonObject{{QStringLiteral("id"), assign.instance},
                                     {QStringLiteral("assignment"), assign.instance},
                                     {QStringLiteral("userid"), m_options.userId},
                                     {QStringLiteral("attemptnumber"), 0},
                                     {QStringLiteral("timecreated"), gradedAt},
                                     {QStringLiteral("timemodified"), gradedAt},
                                     {QStringLiteral("grader"), FeedbackGrader},
                                     {QStringLiteral("grade"), QString::number(grade, 'f', 5)}}},
                        {QStringLiteral("gradefordisplay"), formatted(grade) + QStringLiteral("&nbsp;/&nbsp;100.00")},
                        {QStringLiteral("gradeddate"), gradedAt},
                        {QStringLiteral("plugins"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("type"), QStringLiteral("comments")},
                             {QStringLiteral("name"), QStringLiteral("Feedback comments")},
                             {QStringLiteral("fileareas"),
                              QJsonArray{QJsonObject{{QStringLiteral("area"), QStringLiteral("feedback")},
                                                     {QStringLiteral("files"), QJsonArray()}}}},
                             {QStringLiteral("editorfields"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("name"), QStringLiteral("comments")},
                                  {QStringLiteral("description"), QStringLiteral("Feedback comments")},
                                  {QStringLiteral("text"),
                                   QStringLiteral("<p>Good work. Remember to add <strong>comments</strong>.</p>")},
                                  {QStringLiteral("format"), 1}}}}}}}});
    }
    return status;
}

QByteArray SyntheticSite::checkUpdates(const Course &c, const FakeParams &params)
{
    static const QByteArray nothing = R"({"instances":[],"warnings":[]})";
    if (!m_changed.contains(c.id) || c.modules.isEmpty())
        return nothing;
    // The change happened after the newest "since" the client asked about, so it always counts.
    qint64 since = 0;
    for (const auto &p : params) {
        if (p.first.endsWith(u"[since]") || p.first == u"since")
            since = std::max(since, p.second.toLongLong());
    }
    const QJsonObject update{{QStringLiteral("name"), QStringLiteral("configuration")},
                             {QStringLiteral("timeupdated"), since + 1}};
    const QJsonObject instance{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                               {QStringLiteral("id"), c.modules.first().cmid},
                               {QStringLiteral("updates"), QJsonArray{update}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("instances"), QJsonArray{instance}},
                                     {QStringLiteral("warnings"), QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

// ---- Shared facts --------------------------------------------------------------------------------------------

QJsonValue SyntheticSite::courseSummary(const Course &c) const
{
    // The "course" object of an action event, with the generated course image Moodle 4.5 inlines there.
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("fullname"), c.fullName},
                       {QStringLiteral("shortname"), c.shortName},
                       {QStringLiteral("idnumber"), c.shortName + QStringLiteral("-2026")},
                       {QStringLiteral("summary"), QStringLiteral("<p>Weekly lectures, readings and assignments.</p>")},
                       {QStringLiteral("summaryformat"), 1},
                       {QStringLiteral("startdate"), m_options.now - 10 * Week},
                       {QStringLiteral("enddate"), m_options.now + 10 * Week},
                       {QStringLiteral("visible"), true},
                       {QStringLiteral("showactivitydates"), false},
                       {QStringLiteral("showcompletionconditions"), true},
                       {QStringLiteral("pdfexportfont"), QString()},
                       {QStringLiteral("fullnamedisplay"), c.fullName},
                       {QStringLiteral("viewurl"), QStringLiteral("%1/course/view.php?id=%2").arg(Site).arg(c.id)},
                       {QStringLiteral("courseimage"), courseImage(c)},
                       {QStringLiteral("progress"), progress(c)},
                       {QStringLiteral("hasprogress"), true},
                       {QStringLiteral("isfavourite"), c.index % 10 == 0},
                       {QStringLiteral("hidden"), false},
                       {QStringLiteral("showshortname"), false},
                       {QStringLiteral("coursecategory"), QStringLiteral("Faculty of Science")}};
}

qint64 SyntheticSite::dueDate(const Course &c, const Module &assign) const
{
    // Ten days apart, centred on now: the first half are past (and graded), the rest still to do.
    const int middle = m_options.assignmentsPerCourse / 2;
    return m_options.now + (assign.number - 1 - middle) * 10 * Day + c.index * 3600;
}

bool SyntheticSite::isGraded(const Module &assign) const
{
    return assign.number - 1 < m_options.assignmentsPerCourse / 2;
}

int SyntheticSite::progress(const Course &c) const
{
    int tracked = 0;
    int done = 0;
    for (const Module &m : c.modules) {
        if (kindOf(m.type).completion == 0)
            continue;
        ++tracked;
        done += m.complete ? 1 : 0;
    }
    return tracked ? done * 100 / tracked : 0;
}

std::optional<double> SyntheticSite::courseTotal(const Course &c) const
{
    double sum = 0;
    int count = 0;
    for (const Module &m : c.modules) {
        if ((m.type == u"assign" || m.type == u"quiz") && m.complete) {
            sum += m.type == u"quiz" ? (5 + m.cmid % 6) * 10.0 : 60 + m.cmid * 7 % 40;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

const QString &SyntheticSite::courseImage(const Course &c) const
{
    auto it = m_images.find(c.id);
    if (it == m_images.end()) {
        // A pattern of triangles like Moodle's generated images (about 6 KB once encoded).
        QByteArray svg = R"(<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="136" height="235">)";
        for (int i = 0; i < 36; ++i)
            svg +=
                QString::fromLatin1(
                    R"svg(<polyline points="22.6,0,45.3,39.2,0,39.2,22.6,0" fill="#%1" fill-opacity="0.%2" transform="translate(%3, %4)" />)svg")
                    .arg(i % 2 ? QStringLiteral("ddd") : QStringLiteral("222"))
                    .arg(10 + (i * 7 + c.index) % 90)
                    .arg(i % 6 * 22.6)
                    .arg(i / 6 * 39.2)
                    .toUtf8();
        svg += "</svg>";
        it = m_images.insert(c.id, QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(svg.toBase64()));
    }
    return *it;
}

// ---- Teacher mode: classes -----------------------------------------------------------------------------------

namespace {

// splitmix64's finaliser: every student's facts come from a hash, so answers do not depend on call order.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 hashOf(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0)
{
    return mix(mix(mix(seed ^ a) ^ b) ^ c);
}

int percentOf(quint64 hash)
{
    return int(hash % 100);
}

// Names from many languages, as a large university's roster has them.
const QStringList FirstNames{
    QStringLiteral("Liam"),       QStringLiteral("Zoë"),      QStringLiteral("Mateus"),   QStringLiteral("Chloé"),
    QStringLiteral("Björn"),      QStringLiteral("Fatima"),   QStringLiteral("Hiroshi"),  QStringLiteral("Łukasz"),
    QStringLiteral("Siobhán"),    QStringLiteral("Lucas"),    QStringLiteral("Emma"),     QStringLiteral("Mia"),
    QStringLiteral("Jack"),       QStringLiteral("Isabella"), QStringLiteral("Văn An"),   QStringLiteral("Sophie"),
    QStringLiteral("José"),       QStringLiteral("Amélie"),   QStringLiteral("小明"),     QStringLiteral("Ava"),
    QStringLiteral("Ethan"),      QStringLiteral("Aisha"),    QStringLiteral("Olusegun"), QStringLiteral("Priya"),
    QStringLiteral("Søren"),      QStringLiteral("Inês"),     QStringLiteral("Дмитрий"),  QStringLiteral("Νίκος"),
    QStringLiteral("Ngozi"),      QStringLiteral("Ayşe"),     QStringLiteral("Jürgen"),   QStringLiteral("François"),
    QStringLiteral("Małgorzata"), QStringLiteral("João"),     QStringLiteral("Kofi"),     QStringLiteral("Yuki"),
    QStringLiteral("민준"),       QStringLiteral("Saanvi"),   QStringLiteral("Omar"),     QStringLiteral("Ciarán"),
};
const QStringList LastNames{
    QStringLiteral("O'Brien"),      QStringLiteral("Müller"),
    QStringLiteral("Gonçalves"),    QStringLiteral("Lefèvre"),
    QStringLiteral("Andersson"),    QStringLiteral("Al-Sayed"),
    QStringLiteral("Tanaka"),       QStringLiteral("Kowalski"),
    QStringLiteral("Murphy"),       QStringLiteral("Silva"),
    QStringLiteral("Davis"),        QStringLiteral("Wilson"),
    QStringLiteral("Taylor"),       QStringLiteral("Rossi"),
    QStringLiteral("Nguyễn"),       QStringLiteral("Martin"),
    QStringLiteral("Álvarez"),      QStringLiteral("Dubois"),
    QStringLiteral("王"),           QStringLiteral("Brown"),
    QStringLiteral("Okafor"),       QStringLiteral("Patel"),
    QStringLiteral("Jørgensen"),    QStringLiteral("García"),
    QStringLiteral("Иванов"),       QStringLiteral("Παπαδόπουλος"),
    QStringLiteral("Yılmaz"),       QStringLiteral("Schröder"),
    QStringLiteral("Nowak"),        QStringLiteral("Mensah"),
    QStringLiteral("김"),           QStringLiteral("Sharma"),
    QStringLiteral("Haddad"),       QStringLiteral("Ó Súilleabháin"),
    QStringLiteral("van der Berg"), QStringLiteral("de la Cruz"),
};
const std::array<std::pair<const char *, const char *>, 20> Places{{
    {"Dublin", "IE"},  {"Berlin", "DE"},    {"北京", "CN"},      {"Madrid", "ES"},   {"Lyon", "FR"},
    {"London", "GB"},  {"Toronto", "CA"},   {"København", "DK"}, {"Chennai", "IN"},  {"Porto", "PT"},
    {"Kraków", "PL"},  {"São Paulo", "BR"}, {"Boston", "US"},    {"Osaka", "JP"},    {"Cairo", "EG"},
    {"Uppsala", "SE"}, {"Lagos", "NG"},     {"Seoul", "KR"},     {"İstanbul", "TR"}, {"Αθήνα", "GR"},
}};
const QStringList GroupTimes{QStringLiteral("Mon 09:00"), QStringLiteral("Tue 11:00"), QStringLiteral("Wed 14:00"),
                             QStringLiteral("Thu 16:00"), QStringLiteral("Fri 10:00")};
const QString CompetenceRange = QStringLiteral("Not yet competent&ndash;Highly competent");
const QString Competence[] = {QStringLiteral("Not yet competent"), QStringLiteral("Competent"),
                              QStringLiteral("Highly competent")};

QString groupName(int g)
{
    const QString letter = g < 26 ? QString(QChar(u'A' + g)) : QString::number(g + 1);
    return QStringLiteral("Group %1 – %2").arg(letter, GroupTimes.at(g % GroupTimes.size()));
}

// Moodle's default grade letters.
QString letterFor(double percent)
{
    static const std::pair<double, const char *> letters[] = {{93, "A"},  {90, "A-"}, {87, "B+"}, {83, "B"},
                                                              {80, "B-"}, {77, "C+"}, {73, "C"},  {70, "C-"},
                                                              {67, "D+"}, {60, "D"}};
    for (const auto &[bound, letter] : letters) {
        if (percent >= bound)
            return QLatin1String(letter);
    }
    return QStringLiteral("F");
}

// Writes JSON straight into bytes, escaped as PHP's json_encode does (non-ASCII as \uXXXX, '/' as "\/"),
// for answers made on every call: thousands of students' answers must cost the server next to nothing.
class JsonOut
{
public:
    explicit JsonOut(QByteArray &out) : m_out(out) {}

    JsonOut &beginObject()
    {
        separate();
        m_out += '{';
        m_first = true;
        return *this;
    }
    JsonOut &endObject()
    {
        m_out += '}';
        m_first = false;
        return *this;
    }
    JsonOut &beginArray()
    {
        separate();
        m_out += '[';
        m_first = true;
        return *this;
    }
    JsonOut &endArray()
    {
        m_out += ']';
        m_first = false;
        return *this;
    }
    JsonOut &key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }
    JsonOut &null()
    {
        separate();
        m_out += "null";
        return *this;
    }
    JsonOut &boolean(bool value)
    {
        separate();
        m_out += value ? "true" : "false";
        return *this;
    }
    JsonOut &number(qint64 value)
    {
        separate();
        m_out += QByteArray::number(value);
        return *this;
    }
    JsonOut &real(double value)
    {
        separate();
        if (value == double(qint64(value)))
            m_out += QByteArray::number(qint64(value));
        else
            m_out += QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
        return *this;
    }
    JsonOut &string(QStringView text)
    {
        separate();
        m_out += '"';
        for (const QChar ch : text) {
            const char16_t u = ch.unicode();
            if (u >= 0x20 && u < 0x7f) {
                if (u == u'"' || u == u'\\' || u == u'/')
                    m_out += '\\';
                m_out += char(u);
            } else if (u == u'\n') {
                m_out += "\\n";
            } else {
                static const char hex[] = "0123456789abcdef";
                const char escape[] = {'\\',       'u', hex[(u >> 12) & 15], hex[(u >> 8) & 15], hex[(u >> 4) & 15],
                                       hex[u & 15]};
                m_out.append(escape, sizeof escape);
            }
        }
        m_out += '"';
        return *this;
    }
    JsonOut &string(const char *latin1) { return string(QString::fromLatin1(latin1)); }
    JsonOut &optionalReal(const std::optional<double> &value) { return value ? real(*value) : null(); }
    JsonOut &optionalNumber(qint64 value) { return value ? number(value) : null(); }  // 0 -> null

private:
    void separate()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_first)
            m_out += ',';
        m_first = false;
    }

    QByteArray &m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

}  // namespace

QList<qint64> SyntheticSite::taughtCourseIds() const
{
    QList<qint64> ids;
    for (const Course &course : m_courses) {
        if (course.taught)
            ids.append(course.id);
    }
    return ids;
}

QList<qint64> SyntheticSite::studentIds(qint64 courseId) const
{
    QList<qint64> ids;
    const auto it = m_courseIndex.constFind(courseId);
    if (it == m_courseIndex.constEnd())
        return ids;
    const Course &c = m_courses.at(*it);
    ids.reserve(c.students);
    for (int k = 0; k < c.students; ++k)
        ids.append(c.firstStudent + k);
    return ids;
}

SyntheticSite::Student SyntheticSite::student(const Course &c, qint64 userId) const
{
    const quint64 seed = m_options.seed;
    Student s;
    s.id = userId;
    s.firstName = FirstNames.at(int(hashOf(seed, userId, 1) % FirstNames.size()));
    s.lastName = LastNames.at(int(hashOf(seed, userId, 2) % LastNames.size()));
    const auto &[city, country] = Places.at(hashOf(seed, userId, 3) % Places.size());
    s.city = QString::fromUtf8(city);
    s.country = QLatin1String(country);
    const int groups = m_options.groupsPerClass;
    if (groups > 0) {
        // Most in one group, a few in two, some in none.
        const int p = percentOf(hashOf(seed, userId, 4));
        const int g = int(hashOf(seed, userId, 5) % groups);
        if (p >= 10)
            s.groups.append(c.firstGroup + g);
        if (p >= 10 && p < 15 && groups > 1)
            s.groups.append(c.firstGroup + (g + 1) % groups);
    }
    const quint64 access = hashOf(seed, userId, 6);
    if (percentOf(access) >= 3) {  // 3 % never logged in
        s.firstAccess = m_options.now - (30 + qint64(access % 90)) * Day;
        if (percentOf(access >> 8) >= 20)  // and some never opened this course
            s.lastCourseAccess = m_options.now - qint64(access % (14 * Day));
    }
    return s;
}

bool SyntheticSite::studentCompleted(const Course &c, const Module &m, qint64 userId) const
{
    const int mode = kindOf(m.type).completion;
    if (mode == 0)
        return false;
    const int p = percentOf(hashOf(m_options.seed, userId, quint64(m.cmid), 7));
    if (m.type == u"assign")
        return isGraded(m) && p < 90;  // past due: nine in ten handed in and were graded
    const bool past = m.section < m_options.sectionsPerCourse / 2;
    Q_UNUSED(c);
    if (m.type == u"quiz")
        return p < (past ? 85 : 10);
    return p < (past ? 80 : 15);
}

QList<SyntheticSite::GradeColumn> SyntheticSite::makeGradeColumns(const Course &c) const
{
    // As teacher1's MATH201 report: items of the course category, a sub-category ("Homework") with its
    // total after its items, more items, the course total last. Graded activities first (assignments,
    // then quizzes), manual items to make up the count: some on a competence scale, one hidden.
    const int count = std::max(1, m_options.gradeItemsPerCourse);
    const bool subcategory = count >= 4;
    const int real = count - 1 - (subcategory ? 1 : 0);
    const qint64 top = 1 + 2 * qint64(c.index);
    const qint64 sub = top + 1;
    const qint64 firstId = 1 + qint64(c.index) * count;
    qint64 nextId = firstId;

    QList<int> graded;
    for (const QString &type : {QStringLiteral("assign"), QStringLiteral("quiz")}) {
        for (int k = 0; k < c.modules.size(); ++k) {
            if (c.modules.at(k).type == type)
                graded.append(k);
        }
    }
    QList<GradeColumn> items;
    int manual = 0;
    for (int i = 0; i < real; ++i) {
        GradeColumn item;
        item.id = nextId++;
        item.categoryId = subcategory && i % 3 == 2 ? sub : top;
        if (i < graded.size()) {
            const Module &m = c.modules.at(graded.at(i));
            item.module = graded.at(i);
            item.type = QStringLiteral("mod");
            item.name = moduleName(m.type, m.number);
            item.instance = m.instance;
            item.max = m.type == u"quiz" ? 10 : 100;
            item.letters = i == 0;  // "Midterm exam" shows a letter
        } else {
            ++manual;
            item.type = QStringLiteral("manual");
            item.hidden = i == real - 1 && real > 1;
            item.scale = !item.hidden && manual % 7 == 3;
            item.name = item.hidden ? QStringLiteral("Participation")
                : item.scale        ? QStringLiteral("Oral check %1").arg(manual)
                                    : QStringLiteral("Lab report %1").arg(manual);
            item.min = item.scale ? 1 : 0;
            item.max = item.scale ? 3 : 10;
        }
        item.range = item.scale ? CompetenceRange : QStringLiteral("0&ndash;%1").arg(item.max);
        items.append(item);
    }

    double subMax = 0;
    double topMax = 0;
    for (const GradeColumn &item : std::as_const(items))
        (item.categoryId == sub ? subMax : topMax) += item.max;
    GradeColumn categoryTotal;
    if (subcategory) {
        categoryTotal.id = nextId++;
        categoryTotal.type = QStringLiteral("category");
        categoryTotal.instance = sub;
        categoryTotal.max = subMax;
        categoryTotal.range = QStringLiteral("0&ndash;%1").arg(subMax);
        topMax += subMax;
        categoryTotal.weight = topMax > 0 ? subMax / topMax : 0;
    }
    GradeColumn courseTotal;
    courseTotal.id = nextId++;
    courseTotal.type = QStringLiteral("course");
    courseTotal.instance = top;
    courseTotal.max = topMax;
    courseTotal.range = QStringLiteral("0&ndash;%1").arg(topMax);
    for (GradeColumn &item : items)
        item.weight =
            item.categoryId == sub ? (subMax > 0 ? item.max / subMax : 0) : (topMax > 0 ? item.max / topMax : 0);

    // Report order: the first half of the course category's items, the sub-category with its total, the rest.
    QList<GradeColumn> columns;
    QList<GradeColumn> rest;
    const int half = int(items.size()) / 2;
    for (int i = 0; i < items.size(); ++i) {
        const GradeColumn &item = items.at(i);
        if (item.categoryId == sub)
            continue;
        (i < half ? columns : rest).append(item);
    }
    for (const GradeColumn &item : std::as_const(items)) {
        if (item.categoryId == sub)
            columns.append(item);
    }
    if (subcategory)
        columns.append(categoryTotal);
    columns.append(rest);
    columns.append(courseTotal);
    return columns;
}

QJsonValue SyntheticSite::roster(const Course &c) const
{
    // The teacher first, then the students, in the fields teacher1's recording has.
    const QString pictures = Site + QStringLiteral("/theme/image.php/boost/core/1795313139/u/f");
    QJsonArray enrolled;
    QJsonArray teacherCourses;
    for (const Course &other : m_courses) {
        if (other.taught)
            teacherCourses.append(QJsonObject{{QStringLiteral("id"), other.id},
                                              {QStringLiteral("fullname"), other.fullName},
                                              {QStringLiteral("shortname"), other.shortName}});
    }
    const QJsonObject thisCourse{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("fullname"), c.fullName},
                                 {QStringLiteral("shortname"), c.shortName}};
    enrolled.append(QJsonObject{
        {QStringLiteral("id"), m_options.userId},
        {QStringLiteral("username"), QStringLiteral("teacher1")},
        {QStringLiteral("firstname"), QStringLiteral("Elena")},
        {QStringLiteral("lastname"), QStringLiteral("Márquez")},
        {QStringLiteral("fullname"), QStringLiteral("Elena Márquez")},
        {QStringLiteral("email"), QStringLiteral("elena.marquez@northfield.example")},
        {QStringLiteral("department"), QStringLiteral("Computing & Mathematics")},
        {QStringLiteral("institution"), QStringLiteral("Northfield College")},
        {QStringLiteral("idnumber"), QStringLiteral("T-0001")},
        {QStringLiteral("firstaccess"), m_options.now - 60 * Day},
        {QStringLiteral("lastaccess"), m_options.now - 3600},
        {QStringLiteral("lastcourseaccess"), 0},
        {QStringLiteral("description"),
         QStringLiteral("<p>Senior lecturer. Office hours: <strong>Tue 14:00–16:00</strong>, room B-204.</p>")},
        {QStringLiteral("descriptionformat"), 1},
        {QStringLiteral("city"), QStringLiteral("Sevilla")},
        {QStringLiteral("country"), QStringLiteral("ES")},
        {QStringLiteral("profileimageurlsmall"), pictures + u'2'},
        {QStringLiteral("profileimageurl"), pictures + u'1'},
        {QStringLiteral("roles"),
         QJsonArray{QJsonObject{{QStringLiteral("roleid"), 3},
                                {QStringLiteral("name"), QString()},
                                {QStringLiteral("shortname"), QStringLiteral("editingteacher")},
                                {QStringLiteral("sortorder"), 0}}}},
        {QStringLiteral("preferences"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("last_time_enrolments_synced")},
                                {QStringLiteral("value"), QString::number(m_options.now - 400)}}}},
        {QStringLiteral("enrolledcourses"), teacherCourses}});
    const QJsonArray studentRole{QJsonObject{{QStringLiteral("roleid"), 5},
                                             {QStringLiteral("name"), QString()},
                                             {QStringLiteral("shortname"), QStringLiteral("student")},
                                             {QStringLiteral("sortorder"), 0}}};
    for (int k = 0; k < c.students; ++k) {
        const Student s = student(c, c.firstStudent + k);
        QJsonObject user{{QStringLiteral("id"), s.id},
                         {QStringLiteral("firstname"), s.firstName},
                         {QStringLiteral("lastname"), s.lastName},
                         {QStringLiteral("fullname"), s.firstName + u' ' + s.lastName},
                         {QStringLiteral("email"), QStringLiteral("student%1@northfield.example").arg(s.id)},
                         {QStringLiteral("firstaccess"), s.firstAccess},
                         {QStringLiteral("lastaccess"), s.lastCourseAccess ? s.lastCourseAccess : s.firstAccess},
                         {QStringLiteral("lastcourseaccess"), s.lastCourseAccess},
                         {QStringLiteral("description"), QString()},
                         {QStringLiteral("descriptionformat"), 1},
                         {QStringLiteral("city"), s.city},
                         {QStringLiteral("country"), s.country},
                         {QStringLiteral("profileimageurlsmall"), pictures + u'2'},
                         {QStringLiteral("profileimageurl"), pictures + u'1'},
                         {QStringLiteral("roles"), studentRole},
                         {QStringLiteral("enrolledcourses"), QJsonArray{thisCourse}}};
        if (!s.groups.isEmpty()) {
            QJsonArray groups;
            for (const qint64 id : s.groups) {
                const int g = int(id - c.firstGroup);
                groups.append(QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("name"), groupName(g)},
                                          {QStringLiteral("description"),
                                           QStringLiteral("<p>Labs %1.</p>").arg(GroupTimes.at(g % GroupTimes.size()))},
                                          {QStringLiteral("descriptionformat"), 1}});
            }
            user.insert(QStringLiteral("groups"), groups);
        }
        enrolled.append(user);
    }
    return enrolled;
}

QJsonValue SyntheticSite::courseGroups(const Course &c) const
{
    QJsonArray groups;
    for (int g = 0; g < m_options.groupsPerClass; ++g) {
        groups.append(QJsonObject{{QStringLiteral("id"), c.firstGroup + g},
                                  {QStringLiteral("courseid"), c.id},
                                  {QStringLiteral("name"), groupName(g)},
                                  {QStringLiteral("description"),
                                   QStringLiteral("<p>Labs %1.</p>").arg(GroupTimes.at(g % GroupTimes.size()))},
                                  {QStringLiteral("descriptionformat"), 1},
                                  {QStringLiteral("enrolmentkey"), QJsonValue()},
                                  {QStringLiteral("idnumber"), QStringLiteral("%1-%2").arg(c.shortName).arg(g + 1)},
                                  {QStringLiteral("visibility"), 0},
                                  {QStringLiteral("participation"), true}});
    }
    return groups;
}

void SyntheticSite::writeStudentGrades(QByteArray &out, const Course &c, const QList<GradeColumn> &columns,
                                       qint64 userId) const
{
    // One student's report, field by field in the order of teacher1's recording.
    const quint64 seed = m_options.seed;
    const Student s = student(c, userId);
    struct Grade
    {
        std::optional<double> raw;
        qint64 gradedAt = 0;
    };
    QList<Grade> grades(columns.size());
    QHash<qint64, double> sums;  // category id -> sum of its graded items
    QHash<qint64, int> counted;
    for (int i = 0; i < columns.size(); ++i) {
        const GradeColumn &column = columns.at(i);
        if (column.type == u"category" || column.type == u"course")
            continue;
        const quint64 h = hashOf(seed, userId, quint64(column.id), 8);
        Grade &grade = grades[i];
        if (column.module >= 0) {
            const Module &m = c.modules.at(column.module);
            if (studentCompleted(c, m, userId))
                grade.raw = m.type == u"quiz" ? double(h % 101) / 10.0 : double(35 + h % 66);
        } else if (percentOf(h >> 16) < (column.hidden ? 50 : 75)) {
            grade.raw = column.scale ? double(1 + h % 3) : double(h % 21) / 2.0;
        }
        if (grade.raw) {
            grade.gradedAt = m_options.now - qint64((h >> 24) % 30) * Day;
            sums[column.categoryId] += *grade.raw;
            ++counted[column.categoryId];
        }
    }
    // Natural aggregation: a total is the sum of its graded items (and sub-category totals).
    const qint64 top = 1 + 2 * qint64(c.index);
    for (int i = 0; i < columns.size(); ++i) {
        const GradeColumn &column = columns.at(i);
        if (column.type == u"category" && counted.value(column.instance) > 0) {
            grades[i].raw = sums.value(column.instance);
            grades[i].gradedAt = m_options.now - Day;
            sums[top] += *grades[i].raw;
            ++counted[top];
        }
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).type == u"course" && counted.value(top) > 0) {
            grades[i].raw = sums.value(top);
            grades[i].gradedAt = m_options.now - Day;
        }
    }

    JsonOut json(out);
    json.beginObject();
    json.key("courseid").number(c.id);
    json.key("courseidnumber").string(c.shortName + QStringLiteral("-2026"));
    json.key("userid").number(userId);
    json.key("userfullname").string(s.firstName + u' ' + s.lastName);
    json.key("useridnumber").string(QStringLiteral("S-%1").arg(userId, 5, 10, QLatin1Char('0')));
    json.key("maxdepth").number(columns.size() > 2 ? 3 : 2);
    json.key("gradeitems").beginArray();
    for (int i = 0; i < columns.size(); ++i) {
        const GradeColumn &column = columns.at(i);
        const Grade &grade = grades.at(i);
        const bool total = column.type == u"category" || column.type == u"course";
        const bool mod = column.module >= 0;
        json.beginObject();
        json.key("id").number(column.id);
        json.key("itemname");
        total ? json.null() : json.string(column.name);
        json.key("itemtype").string(column.type);
        json.key("itemmodule");
        mod ? json.string(c.modules.at(column.module).type) : json.null();
        json.key("iteminstance");
        (mod || total) ? json.number(column.instance) : json.null();
        json.key("itemnumber");
        total ? json.null() : json.number(0);
        json.key("idnumber");
        mod ? json.string("") : json.null();
        json.key("categoryid");
        total ? json.null() : json.number(column.categoryId);
        json.key("outcomeid").null();
        json.key("scaleid").null();
        json.key("locked").boolean(false);
        if (mod)
            json.key("cmid").number(c.modules.at(column.module).cmid);
        if (column.type != u"course") {
            const double weight = grade.raw ? column.weight : 0;
            json.key("weightraw").real(std::round(weight * 100000) / 100000);
            json.key("weightformatted").string(formatted(weight * 100) + QStringLiteral(" %"));
        }
        if (!grade.raw)
            json.key("status").string("novalue");
        json.key("graderaw").optionalReal(grade.raw);
        json.key("gradedatesubmitted").null();
        json.key("gradedategraded").optionalNumber(grade.gradedAt);
        json.key("gradehiddenbydate").boolean(false);
        json.key("gradeneedsupdate").boolean(false);
        json.key("gradeishidden").boolean(column.hidden);
        json.key("gradeislocked").boolean(false);
        json.key("gradeisoverridden").boolean(false);
        const double percent =
            grade.raw && column.max > column.min ? (*grade.raw - column.min) / (column.max - column.min) * 100 : 0;
        json.key("gradeformatted");
        if (!grade.raw)
            json.string("-");
        else if (column.scale)
            json.string(Competence[std::clamp(int(*grade.raw) - 1, 0, 2)]);
        else if (column.letters)
            json.string(letterFor(percent));
        else
            json.string(formatted(*grade.raw));
        json.key("grademin").real(column.min);
        json.key("grademax").real(column.max);
        json.key("rangeformatted").string(column.range);
        json.key("percentageformatted")
            .string(grade.raw ? formatted(percent) + QStringLiteral(" %") : QStringLiteral("-"));
        const bool feedback = grade.raw && !total && percentOf(hashOf(seed, userId, quint64(column.id), 9)) < 20;
        json.key("feedback")
            .string(feedback ? QStringLiteral("<p>Good work. Remember to add <strong>comments</strong>.</p>")
                             : QString());
        json.key("feedbackformat").number(feedback ? 1 : grade.raw && !total ? 0 : 2);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

QByteArray SyntheticSite::studentGrades(const Course &c, qint64 userId) const
{
    const QList<GradeColumn> columns = m_gradeColumns.value(c.id);
    QByteArray out;
    out.reserve(qsizetype(columns.size()) * 760 * (userId ? 1 : std::max(1, c.students)) + 64);
    out += "{\"usergrades\":[";
    if (userId) {
        writeStudentGrades(out, c, columns, userId);
    } else {
        // userid=0: the whole class, as the grader report lists it (the answer that exhausts real servers).
        for (int k = 0; k < c.students; ++k) {
            if (k)
                out += ',';
            writeStudentGrades(out, c, columns, c.firstStudent + k);
        }
    }
    out += "],\"warnings\":[]}";
    return out;
}

QJsonValue SyntheticSite::classSubmissions(const QList<qint64> &assignmentIds, bool grades) const
{
    // As Moodle: only the students who have a submission (or a grade); an assignment with none is a warning.
    QJsonArray assignments;
    QJsonArray warnings;
    for (const qint64 assignmentId : assignmentIds) {
        const auto it = m_assignById.constFind(assignmentId);
        if (it == m_assignById.constEnd())
            continue;
        const Course &c = m_courses.at(it->first);
        const Module &assign = c.modules.at(it->second);
        const qint64 due = dueDate(c, assign);
        QJsonArray rows;
        for (qint64 userId = c.firstStudent; c.taught && userId < c.firstStudent + c.students; ++userId) {
            const quint64 h = hashOf(m_options.seed, quint64(userId), quint64(assign.cmid), 17);
            const int p = percentOf(h);
            // Past assignments: most submitted (a tenth late), some drafts, a few nothing; future ones: a third.
            const bool past = isGraded(assign);
            const QString status = (past ? p < 80 : p < 30) ? QStringLiteral("submitted")
                : (past ? p < 90 : p < 40)                  ? QStringLiteral("draft")
                                                            : QString();
            const qint64 handedIn = due - qint64(h % 5) * Day + (p < 8 ? 2 * Day : 0);
            const bool graded = past && status == u"submitted";
            if (grades) {
                if (!graded)
                    continue;
                rows.append(QJsonObject{{QStringLiteral("id"), qint64(assignmentId * 100000 + userId)},
                                        {QStringLiteral("userid"), userId},
                                        {QStringLiteral("attemptnumber"), 0},
                                        {QStringLiteral("timecreated"), handedIn + Day},
                                        {QStringLiteral("timemodified"), handedIn + Day},
                                        {QStringLiteral("grader"), m_options.userId},
                                        {QStringLiteral("grade"), QString::number(40 + int((h >> 16) % 61), 'f', 5)}});
                continue;
            }
            if (status.isEmpty())
                continue;
            const QJsonObject text{
                {QStringLiteral("name"), QStringLiteral("onlinetext")},
                {QStringLiteral("description"), QStringLiteral("Online text submissions")},
                {QStringLiteral("text"),
                 QStringLiteral("<p>My answers to the exercises of week %1.</p>").arg(assign.section)},
                {QStringLiteral("format"), 1}};
            const QJsonArray plugins{
                QJsonObject{{QStringLiteral("type"), QStringLiteral("onlinetext")},
                            {QStringLiteral("name"), QStringLiteral("Online text")},
                            {QStringLiteral("fileareas"),
                             QJsonArray{QJsonObject{{QStringLiteral("area"), QStringLiteral("submissions_onlinetext")},
                                                    {QStringLiteral("files"), QJsonArray()}}}},
                            {QStringLiteral("editorfields"), QJsonArray{text}}},
                QJsonObject{{QStringLiteral("type"), QStringLiteral("comments")},
                            {QStringLiteral("name"), QStringLiteral("Submission comments")}}};
            rows.append(QJsonObject{
                {QStringLiteral("id"), qint64(assignmentId * 100000 + userId)},
                {QStringLiteral("userid"), userId},
                {QStringLiteral("attemptnumber"), 0},
                {QStringLiteral("timecreated"), handedIn - Day},
                {QStringLiteral("timemodified"), handedIn},
                {QStringLiteral("timestarted"), QJsonValue::Null},
                {QStringLiteral("status"), status},
                {QStringLiteral("groupid"), 0},
                {QStringLiteral("plugins"), plugins},
                {QStringLiteral("gradingstatus"), graded ? QStringLiteral("graded") : QStringLiteral("notgraded")}});
        }
        if (grades && rows.isEmpty()) {
            warnings.append(QJsonObject{{QStringLiteral("item"), QStringLiteral("assignment")},
                                        {QStringLiteral("itemid"), assignmentId},
                                        {QStringLiteral("warningcode"), QStringLiteral("3")},
                                        {QStringLiteral("message"), QStringLiteral("No grades found")}});
            continue;
        }
        assignments.append(QJsonObject{{QStringLiteral("assignmentid"), assignmentId},
                                       {grades ? QStringLiteral("grades") : QStringLiteral("submissions"), rows}});
    }
    return QJsonObject{{QStringLiteral("assignments"), assignments}, {QStringLiteral("warnings"), warnings}};
}

QByteArray SyntheticSite::studentAttempts(const Course &, const Module &quiz, qint64 userId) const
{
    // Most students finished one attempt at the quizzes of past sections, a few two; one is still at it.
    const quint64 h = hashOf(m_options.seed, quint64(userId), quint64(quiz.cmid), 29);
    const int p = percentOf(h);
    const int attempts = p < 60 ? 1 : p < 70 ? 2 : 0;
    QJsonArray list;
    const qint64 start = m_options.now - 9 * Week + quiz.section * Week + qint64(h % 3) * Day;
    for (int n = 1; n <= attempts; ++n) {
        const bool last = n == attempts;
        const bool inProgress = last && p < 3;
        const qint64 began = start + (n - 1) * Day;
        list.append(QJsonObject{
            {QStringLiteral("id"), qint64(quiz.instance * 1000000 + userId * 10 + n)},
            {QStringLiteral("quiz"), quiz.instance},
            {QStringLiteral("userid"), userId},
            {QStringLiteral("attempt"), n},
            {QStringLiteral("uniqueid"), qint64(quiz.instance * 1000000 + userId * 10 + n)},
            {QStringLiteral("layout"), QStringLiteral("1,0,2,0,3,0,4,0")},
            {QStringLiteral("currentpage"), 0},
            {QStringLiteral("preview"), 0},
            {QStringLiteral("state"), inProgress ? QStringLiteral("inprogress") : QStringLiteral("finished")},
            {QStringLiteral("timestart"), began},
            {QStringLiteral("timefinish"), inProgress ? 0 : began + 600 + qint64((h >> 8) % 600)},
            {QStringLiteral("timemodified"), began + 600},
            {QStringLiteral("timemodifiedoffline"), 0},
            {QStringLiteral("timecheckstate"), QJsonValue::Null},
            {QStringLiteral("sumgrades"),
             inProgress ? QJsonValue(QJsonValue::Null) : QJsonValue(double((h >> (12 + n)) % 9) / 2.0)},
            {QStringLiteral("gradeitemmarks"), QJsonArray()},
            {QStringLiteral("gradednotificationsenttime"), began + 600},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("attempts"), list}, {QStringLiteral("warnings"), QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

QByteArray SyntheticSite::studentActivities(const Course &c, qint64 userId) const
{
    QByteArray out;
    out.reserve(qsizetype(c.modules.size()) * 380 + 64);
    JsonOut json(out);
    json.beginObject().key("statuses").beginArray();
    for (const Module &m : c.modules) {
        const ModuleKind kind = kindOf(m.type);
        if (kind.completion == 0)
            continue;
        const bool automatic = kind.completion == 2;
        const bool graded = m.type == u"assign" || m.type == u"quiz";
        const bool done = studentCompleted(c, m, userId);
        const qint64 completedAt = done ? m_options.now - 11 * Week + m.section * Week + qint64(userId % 86400) : 0;
        json.beginObject();
        json.key("cmid").number(m.cmid);
        json.key("modname").string(m.type);
        json.key("instance").number(m.instance);
        json.key("state").number(done ? 1 : 0);
        json.key("timecompleted").number(completedAt);
        json.key("tracking").number(kind.completion);
        json.key("overrideby").null();
        json.key("valueused").boolean(false);
        json.key("hascompletion").boolean(true);
        json.key("isautomatic").boolean(automatic);
        json.key("istrackeduser").boolean(true);
        json.key("uservisible").boolean(true);
        json.key("details").beginArray();
        if (automatic) {
            json.beginObject().key("rulename").string(graded ? "completionusegrade" : "completionview");
            json.key("rulevalue").beginObject().key("status").number(done ? 1 : 0);
            json.key("description").string(graded ? "Receive a grade" : "View").endObject();
            json.endObject();
        }
        json.endArray();
        json.key("isoverallcomplete").boolean(done);
        json.endObject();
    }
    json.endArray().key("warnings").beginArray().endArray().endObject();
    return out;
}

QByteArray SyntheticSite::profiles(const QList<qint64> &userIds) const
{
    // As teacher1's recorded lookup by id: the students asked about that exist, without idnumber or phone
    // (not shown to teachers on the recorded site); some have an address.
    QByteArray out;
    out.reserve(userIds.size() * 700 + 16);
    const QString pictures = Site + QStringLiteral("/theme/image.php/boost/core/1795313139/u/f");
    JsonOut json(out);
    json.beginArray();
    for (const qint64 userId : userIds) {
        const Course *c = nullptr;
        for (const Course &course : m_courses) {
            if (course.taught && userId >= course.firstStudent && userId < course.firstStudent + course.students) {
                c = &course;
                break;
            }
        }
        if (!c)
            continue;
        const Student s = student(*c, userId);
        json.beginObject();
        json.key("id").number(userId);
        json.key("firstname").string(s.firstName);
        json.key("lastname").string(s.lastName);
        json.key("fullname").string(s.firstName + u' ' + s.lastName);
        json.key("email").string(QStringLiteral("student%1@northfield.example").arg(userId));
        if (percentOf(hashOf(m_options.seed, userId, 10)) < 30)
            json.key("address").string(QStringLiteral("%1 Grafton Street").arg(1 + userId % 120));
        json.key("firstaccess").number(s.firstAccess);
        json.key("lastaccess").number(s.lastCourseAccess ? s.lastCourseAccess : s.firstAccess);
        json.key("suspended").boolean(false);
        json.key("timezone").string("99");
        json.key("description").string("");
        json.key("descriptionformat").number(1);
        json.key("city").string(s.city);
        json.key("country").string(s.country);
        json.key("profileimageurlsmall").string(pictures + u'2');
        json.key("profileimageurl").string(pictures + u'1');
        json.endObject();
    }
    json.endArray();
    return out;
}

QByteArray SyntheticSite::studentCourseCompletion(const Course &c, qint64 userId) const
{
    // One criterion per assignment: "achieving grade"; all are needed (aggregation 1).
    QByteArray out;
    out.reserve(4096);
    bool all = true;
    for (const Module &m : c.modules) {
        if (m.type == u"assign")
            all = all && studentCompleted(c, m, userId);
    }
    JsonOut json(out);
    json.beginObject().key("completionstatus").beginObject();
    json.key("completed").boolean(all);
    json.key("aggregation").number(1);
    json.key("completions").beginArray();
    for (const Module &m : c.modules) {
        if (m.type != u"assign")
            continue;
        const bool done = studentCompleted(c, m, userId);
        json.beginObject();
        json.key("type").number(4);
        json.key("title").string("Activity completion");
        json.key("status").string(done ? "Yes" : "No");
        json.key("complete").boolean(done);
        json.key("timecompleted");
        done ? json.number(dueDate(c, m) + Week) : json.null();
        json.key("details").beginObject();
        json.key("type").string("Activity completion");
        json.key("criteria")
            .string(QStringLiteral("<a href=\"%1/mod/assign/view.php?id=%2\">%3</a>")
                        .arg(Site)
                        .arg(m.cmid)
                        .arg(moduleName(m.type, m.number)));
        json.key("requirement").string("Achieving grade");
        json.key("status").string("");
        json.endObject();
        json.endObject();
    }
    json.endArray().endObject().key("warnings").beginArray().endArray().endObject();
    return out;
}

// ---- Course files (issue 9) ------------------------------------------------------------------------------------

// The last section of a file course: bigFiles resources, then folders of 100 small files. Its modules have no
// completion and are not in Course::modules, so every other answer stays as without files.
QJsonObject SyntheticSite::filesSection(const Course &c, int sectionNumber) const
{
    const int total = std::max(0, m_options.filesPerCourse);
    const int big = std::clamp(m_options.bigFiles, 0, total);
    const qint64 time = m_options.now - 2 * Week;
    const qint64 firstCmid = 10000000 + qint64(c.index) * 100000;
    int next = 0;
    QJsonArray modules;
    auto addModule = [&](const QString &type, const QString &name, const QJsonArray &contents) {
        const qint64 cmid = firstCmid + next++;
        const ModuleKind kind = kindOf(type);
        qint64 size = 0;
        for (const QJsonValue &f : contents)
            size += f.toObject().value(u"filesize").toInteger();
        modules.append(QJsonObject{
            {QStringLiteral("id"), cmid},
            {QStringLiteral("url"), QStringLiteral("%1/mod/%2/view.php?id=%3").arg(Site, type).arg(cmid)},
            {QStringLiteral("name"), name},
            {QStringLiteral("instance"), cmid},
            {QStringLiteral("contextid"), 1000 + cmid},
            {QStringLiteral("visible"), 1},
            {QStringLiteral("uservisible"), true},
            {QStringLiteral("visibleoncoursepage"), 1},
            {QStringLiteral("modicon"),
             QStringLiteral("%1/theme/image.php/boost/%2/1795313139/monologo?filtericon=1").arg(Site, type)},
            {QStringLiteral("modname"), type},
            {QStringLiteral("purpose"), QLatin1String(kind.purpose)},
            {QStringLiteral("branded"), false},
            {QStringLiteral("modplural"), QLatin1String(kind.plural)},
            {QStringLiteral("indent"), 0},
            {QStringLiteral("onclick"), QString()},
            {QStringLiteral("afterlink"), QJsonValue()},
            {QStringLiteral("customdata"), QStringLiteral("\"\"")},
            {QStringLiteral("noviewlink"), false},
            {QStringLiteral("completion"), 0},
            {QStringLiteral("downloadcontent"), 1},
            {QStringLiteral("dates"), QJsonArray()},
            {QStringLiteral("groupmode"), 0},
            {QStringLiteral("contents"), contents},
            {QStringLiteral("contentsinfo"),
             QJsonObject{{QStringLiteral("filescount"), contents.size()},
                         {QStringLiteral("filessize"), size},
                         {QStringLiteral("lastmodified"), time},
                         {QStringLiteral("mimetypes"), QJsonArray()},
                         {QStringLiteral("repositorytype"), QString()}}}});
    };
    // The URL of a file of the module added next, its path segments percent-encoded as Moodle's rawurlencode.
    auto urlOf = [&](const QString &component, const QString &dir, const QString &name) {
        QString url = QStringLiteral("%1/webservice/pluginfile.php/%2/%3/content/1")
                          .arg(Site)
                          .arg(1000 + firstCmid + next)
                          .arg(component);
        for (const QString &segment : (dir + name).split(QLatin1Char('/'), Qt::SkipEmptyParts))
            url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
        return url + QStringLiteral("?forcedownload=1");
    };

    for (int b = 0; b < big; ++b) {
        const QString name = QStringLiteral("lecture-%1.mp4").arg(b + 1);
        addModule(QStringLiteral("resource"), QStringLiteral("Lecture recording %1").arg(b + 1),
                  QJsonArray{file(name, QStringLiteral("/"), m_options.bigFileBytes,
                                  urlOf(QStringLiteral("mod_resource"), QStringLiteral("/"), name),
                                  QStringLiteral("video/mp4"), time)});
    }
    static const char *const extensions[][2] = {
        {"pdf", "application/pdf"}, {"txt", "text/plain"}, {"py", "text/plain"}, {"png", "image/png"}};
    const int small = total - big;
    const qint64 smallBytes = std::max<qint64>(2, m_options.smallFileBytes);
    for (int folder = 0; folder * 100 < small; ++folder) {
        QJsonArray contents;
        for (int i = folder * 100; i < std::min(small, (folder + 1) * 100); ++i) {
            const auto &ext = extensions[i % 4];
            const QString dir = i % 10 == 9 ? QStringLiteral("/week-%1/").arg(i / 10 + 1) : QStringLiteral("/");
            const QString name = i % 50 == 7 ? QStringLiteral("résumé-%1.%2").arg(i + 1).arg(QLatin1String(ext[0]))
                                             : QStringLiteral("handout-%1.%2").arg(i + 1).arg(QLatin1String(ext[0]));
            const qint64 size =
                smallBytes / 2 + qint64(hashOf(m_options.seed, quint64(c.id), quint64(i), 11) % quint64(smallBytes));
            contents.append(
                file(name, dir, size, urlOf(QStringLiteral("mod_folder"), dir, name), QLatin1String(ext[1]), time));
        }
        addModule(QStringLiteral("folder"), QStringLiteral("Handouts %1").arg(folder + 1), contents);
    }
    return QJsonObject{{QStringLiteral("id"), 5000000 + qint64(c.index)},
                       {QStringLiteral("name"), QStringLiteral("Course files")},
                       {QStringLiteral("visible"), 1},
                       {QStringLiteral("summary"), QStringLiteral("<p>Recordings and handouts.</p>")},
                       {QStringLiteral("summaryformat"), 1},
                       {QStringLiteral("section"), sectionNumber},
                       {QStringLiteral("hiddenbynumsections"), 0},
                       {QStringLiteral("uservisible"), true},
                       {QStringLiteral("component"), QJsonValue()},
                       {QStringLiteral("itemid"), QJsonValue()},
                       {QStringLiteral("modules"), modules}};
}

int SyntheticSite::serveFiles(FakeMoodleServer &server)
{
    int count = 0;
    for (const Course &course : std::as_const(m_courses)) {
        const FakeParams params{{QStringLiteral("courseid"), QString::number(course.id)}};
        const std::optional<QByteArray> answer = this->answer({}, QStringLiteral("core_course_get_contents"), params);
        if (!answer)
            continue;
        for (const QJsonValue &section : QJsonDocument::fromJson(*answer).array()) {
            for (const QJsonValue &module : section.toObject().value(u"modules").toArray()) {
                for (const QJsonValue &value : module.toObject().value(u"contents").toArray()) {
                    const QJsonObject entry = value.toObject();
                    const QString path = FakeSiteFiles::pathOfUrl(entry.value(u"fileurl").toString());
                    if (entry.value(u"type").toString() != u"file" || path.isEmpty())
                        continue;
                    const qint64 size = entry.value(u"filesize").toInteger();
                    // Moodle announces a page's index.html with filesize 0; the page itself is not empty.
                    server.addGeneratedFile(path, size == 0 && path.endsWith(u"/index.html") ? 512 : size,
                                            entry.value(u"timemodified").toInteger());
                    ++count;
                }
            }
        }
    }
    return count;
}
