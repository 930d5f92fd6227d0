#include "DataCommands.h"

#include "CtlOutput.h"
#include "ExitCode.h"
#include "actions/OfflineActions.h"
#include "display/GradeNames.h"
#include "account/AccountStore.h"
#include "account/DataDirectory.h"
#include "common/Clock.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/OutboxRepository.h"
#include "store/SyncStateRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringDecoder>

using namespace CtlOutput;

namespace {

const QString kSiteScope = SyncStateRepository::siteScope();
const QString kNothingSynced = QStringLiteral("Nothing synced yet — run `satchelctl sync`.");

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

QString title(const Course &course)
{
    return course.shortName + QStringLiteral(" — ") + course.fullName;
}

QString completionModeName(Activity::CompletionMode mode)
{
    switch (mode) {
    case Activity::CompletionMode::Manual:
        return QStringLiteral("manual");
    case Activity::CompletionMode::Automatic:
        return QStringLiteral("automatic");
    case Activity::CompletionMode::None:
        break;
    }
    return QStringLiteral("none");
}

QString stateText(int state)
{
    switch (state) {
    case ActivityCompletion::Complete:
        return QStringLiteral("done");
    case ActivityCompletion::CompletePass:
        return QStringLiteral("done (passed)");
    case ActivityCompletion::CompleteFail:
        return QStringLiteral("failed");
    default:
        return QStringLiteral("not done");
    }
}

QString gradeItemName(const GradeItem &item)
{
    return GradeNames::itemName(item.itemName, item.itemType);
}

QJsonArray datesJson(const QList<ActivityDate> &dates)
{
    QJsonArray array;
    for (const ActivityDate &date : dates)
        array.append(QJsonObject{{QStringLiteral("label"), date.label},
                                 {QStringLiteral("dataId"), textOrNull(date.dataId)},
                                 {QStringLiteral("at"), date.timestamp},
                                 {QStringLiteral("atIso"), isoTime(date.timestamp)},
                                 {QStringLiteral("text"), date.label + QLatin1Char(' ') + localTime(date.timestamp)}});
    return array;
}

QString datesText(const QList<ActivityDate> &dates)
{
    QStringList parts;
    for (const ActivityDate &date : dates)
        parts << date.label + QLatin1Char(' ') + localTime(date.timestamp);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

DataCommands::DataCommands(QTextStream &out, QTextStream &err, QString dataDir, bool json, const Clock *clock)
    : m_out(out), m_err(err), m_dataDir(std::move(dataDir)), m_json(json), m_clock(clock ? clock : Clock::system())
{
}

DataCommands::~DataCommands() = default;

bool DataCommands::handles(const QString &command)
{
    static const QStringList commands{QStringLiteral("status"),     QStringLiteral("courses"),
                                      QStringLiteral("contents"),   QStringLiteral("grades"),
                                      QStringLiteral("completion"), QStringLiteral("deadlines"),
                                      QStringLiteral("complete"),   QStringLiteral("export")};
    return commands.contains(command);
}

int DataCommands::run(const QString &command, const QStringList &args)
{
    // The command line is checked before the data: a usage error is one whatever was synced.
    const bool takesCourse = command == QLatin1String("contents") || command == QLatin1String("completion");
    qint64 cmid = 0;
    bool done = false;
    ClassExport::Format format = ClassExport::Format::Csv;
    if (takesCourse) {
        if (args.size() != 1)
            return usage(QStringLiteral("%1 needs a course (id or short name): satchelctl %1 <course>").arg(command));
    } else if (command == QLatin1String("grades")) {
        if (args.size() > 1)
            return usage(QStringLiteral("grades takes at most one course: satchelctl grades [<course>]"));
    } else if (command == QLatin1String("complete")) {
        if (args.size() != 2)
            return usage(QStringLiteral("complete needs an activity id and on or off: satchelctl complete <cmid> on|off"));
        bool isNumber = false;
        cmid = args.at(0).toLongLong(&isNumber);
        if (!isNumber || cmid <= 0)
            return usage(QStringLiteral("'%1' is not an activity id (a number, as listed by 'satchelctl contents')")
                             .arg(args.at(0)));
        const QString value = args.at(1).toLower();
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return usage(QStringLiteral("complete takes on or off, not '%1'").arg(args.at(1)));
        done = value == QLatin1String("on");
    } else if (command == QLatin1String("export")) {
        if (args.size() != 1)
            return usage(QStringLiteral("export needs one course (id or short name): satchelctl export <course> "
                                        "[--format csv|commcare] [-o FILE]"));
        if (!m_exportFormat.isEmpty() && !ClassExport::formatFromName(m_exportFormat, &format))
            return usage(QStringLiteral("unknown export format '%1': use --format csv or --format commcare").arg(m_exportFormat));
    } else if (!args.isEmpty()) {
        return usage(QStringLiteral("%1 takes no arguments").arg(command));
    }

    const int opened = openStore(command == QLatin1String("status"));
    if (opened >= 0)
        return opened;

    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("courses"))
        return courses();
    if (command == QLatin1String("contents"))
        return contents(args.first());
    if (command == QLatin1String("grades"))
        return args.isEmpty() ? courseGrades() : gradeItems(args.first());
    if (command == QLatin1String("completion"))
        return completion(args.first());
    if (command == QLatin1String("deadlines"))
        return deadlines();
    if (command == QLatin1String("export"))
        return exportClass(args.first(), format);
    return complete(cmid, done);
}

void DataCommands::setExportOptions(const QString &format, const QString &outputFile)
{
    m_exportFormat = format;
    m_exportFile = outputFile;
}

int DataCommands::openStore(bool statusShape)
{
    m_account = AccountStore(m_dataDir).load();
    if (!m_account) {
        const QString message = QStringLiteral("Not signed in. Run: satchelctl login <site> <username>");
        if (m_json && statusShape)
            writeJson(m_out, QJsonObject{{QStringLiteral("signedIn"), false}});  // as whoami
        else if (m_json)
            writeJson(m_out, errorDocument(QStringLiteral("NotSignedIn"), QStringLiteral("notsignedin"), message));
        m_err << "satchelctl: " << message << "\n";
        m_err.flush();
        return code(ExitCode::Auth);
    }
    // No database file yet: nothing was synced. Reading must not create one.
    const QString path = Database::fileFor(m_dataDir, m_account->id());
    if (!QFileInfo::exists(path))
        return -1;
    m_db = std::make_unique<Database>();
    QString error;
    if (!m_db->open(path, &error)) {
        m_db.reset();
        return localFailure(error);
    }
    SyncStateRepository sync(m_db->connection());
    m_synced = sync.lastSuccess(kSiteScope).has_value();
    if (!sync.lastError().isEmpty())
        return localFailure(sync.lastError());
    if (!m_synced) {
        // An interrupted first sync may have stored courses without finishing: show what is there.
        CourseRepository courses(m_db->connection());
        m_synced = !courses.courses().isEmpty();
        if (!courses.lastError().isEmpty())
            return localFailure(courses.lastError());
    }
    return -1;
}

int DataCommands::findCourse(const QString &courseArg, Course &course)
{
    CourseRepository repository(m_db->connection());
    const std::optional<Course> found = repository.findByIdOrShortName(courseArg);
    if (!repository.lastError().isEmpty())
        return localFailure(repository.lastError());
    if (!found)
        return failure(code(ExitCode::Usage), QStringLiteral("NotFound"), QStringLiteral("unknowncourse"),
                       QStringLiteral("No course '%1' in the offline data. 'satchelctl courses' lists your courses.")
                           .arg(courseArg));
    course = *found;
    return -1;
}

int DataCommands::nothingSynced(const QJsonObject &emptyDocument)
{
    if (m_json) {
        // stdout stays one parseable document; the sentence goes to stderr.
        m_err << "satchelctl: " << kNothingSynced << "\n";
        m_err.flush();
        writeJson(m_out, emptyDocument);
    } else {
        m_out << kNothingSynced << "\n";
        m_out.flush();
    }
    return code(ExitCode::Ok);
}

int DataCommands::status()
{
    std::optional<qint64> lastSync;
    std::optional<qint64> lastAttempt;
    QString lastError;
    int pendingCount = 0;
    QList<OutboxAction> rejected;
    QHash<qint64, QString> activityNames;
    QHash<qint64, QString> courseNames;
    if (m_db) {
        SyncStateRepository sync(m_db->connection());
        lastSync = sync.lastSuccess(kSiteScope);
        lastAttempt = sync.lastAttempt(kSiteScope);
        lastError = sync.lastError(kSiteScope);
        if (!sync.lastError().isEmpty())
            return localFailure(sync.lastError());
        OutboxRepository outbox(m_db->connection());
        pendingCount = outbox.pendingCount();
        rejected = outbox.rejected();
        if (!outbox.lastError().isEmpty())
            return localFailure(outbox.lastError());
        // A rejected action is read by the activity's name, not its id.
        ContentRepository content(m_db->connection());
        CourseRepository courses(m_db->connection());
        for (const OutboxAction &action : std::as_const(rejected)) {
            if (const auto activity = content.activity(action.cmid))
                activityNames.insert(action.cmid, activity->name);
            if (const auto course = courses.course(action.courseId))
                courseNames.insert(action.courseId, course->shortName);
        }
    }

    if (m_json) {
        QJsonArray rejectedJson;
        for (const OutboxAction &action : std::as_const(rejected))
            rejectedJson.append(QJsonObject{{QStringLiteral("id"), action.id},
                                            {QStringLiteral("action"), action.action},
                                            {QStringLiteral("courseId"), action.courseId},
                                            {QStringLiteral("courseShortName"), textOrNull(courseNames.value(action.courseId))},
                                            {QStringLiteral("cmid"), action.cmid},
                                            {QStringLiteral("activityName"), textOrNull(activityNames.value(action.cmid))},
                                            {QStringLiteral("value"), action.value},
                                            {QStringLiteral("createdAt"), action.createdAt},
                                            {QStringLiteral("createdAtIso"), isoTime(action.createdAt)},
                                            {QStringLiteral("message"), action.message}});
        const QJsonObject account{
            {QStringLiteral("fullName"), m_account->fullName},
            {QStringLiteral("username"), m_account->username},
            {QStringLiteral("userId"), m_account->userId},
            {QStringLiteral("site"), QJsonObject{{QStringLiteral("name"), m_account->siteName},
                                                 {QStringLiteral("url"), m_account->siteUrl.toString()},
                                                 {QStringLiteral("release"), m_account->siteRelease}}},
        };
        return ok(QJsonObject{{QStringLiteral("account"), account},
                              {QStringLiteral("synced"), m_synced},
                              {QStringLiteral("lastSync"), optional(lastSync)},
                              {QStringLiteral("lastSyncIso"), isoTime(lastSync)},
                              {QStringLiteral("lastAttempt"), optional(lastAttempt)},
                              {QStringLiteral("lastAttemptIso"), isoTime(lastAttempt)},
                              {QStringLiteral("lastError"), textOrNull(lastError)},
                              {QStringLiteral("pendingCount"), pendingCount},
                              {QStringLiteral("rejected"), rejectedJson}});
    }

    m_out << m_account->fullName << " (" << m_account->username << ")\n"
          << "Site: " << m_account->siteName << " <" << m_account->siteUrl.toString() << ">\n"
          << "Last sync: " << (lastSync ? localTime(*lastSync) : QStringLiteral("never")) << "\n";
    if (!lastError.isEmpty()) {
        m_out << "Last sync failed";
        if (lastAttempt)
            m_out << " (" << localTime(*lastAttempt) << ")";
        m_out << ": " << lastError << "\n";
    }
    m_out << "Pending changes: " << pendingCount;
    if (pendingCount > 0)
        m_out << " (sent at the next sync)";
    m_out << "\nRejected changes: " << rejected.size() << "\n";
    for (const OutboxAction &action : std::as_const(rejected)) {
        const QString name = activityNames.value(action.cmid, QStringLiteral("activity %1").arg(action.cmid));
        const QString course = courseNames.value(action.courseId);
        QString what = action.action == OutboxAction::kCompletion
            ? (action.value ? QStringLiteral("mark as done") : QStringLiteral("mark as not done"))
            : action.action;
        m_out << "  " << name << (course.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(course)) << ", " << what
              << ": " << action.message << "\n";
    }
    if (!m_synced)
        m_out << kNothingSynced << "\n";
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::courses()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("synced"), false}, {QStringLiteral("courses"), QJsonArray()}});
    CourseRepository repository(m_db->connection());
    const QList<Course> list = repository.courses();
    if (!repository.lastError().isEmpty())
        return localFailure(repository.lastError());

    if (m_json) {
        QJsonArray array;
        for (const Course &course : list) {
            QJsonObject object = courseJson(course);
            object.insert(QStringLiteral("progress"), optional(course.progress));
            object.insert(QStringLiteral("progressText"),
                          course.progress ? QJsonValue(progressText(course.progress)) : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("completed"), course.completed);
            object.insert(QStringLiteral("favourite"), course.favourite);
            object.insert(QStringLiteral("hidden"), course.hidden);
            array.append(object);
        }
        return ok({{QStringLiteral("synced"), true}, {QStringLiteral("courses"), array}});
    }
    if (list.isEmpty()) {
        m_out << "No courses.\n";
        m_out.flush();
        return code(ExitCode::Ok);
    }
    QList<QStringList> rows;
    for (const Course &course : list) {
        QStringList markers;
        if (course.completed)
            markers << QStringLiteral("completed");
        if (course.favourite)
            markers << QStringLiteral("favourite");
        if (course.hidden)
            markers << QStringLiteral("hidden");
        rows << QStringList{course.shortName, course.fullName, progressText(course.progress), markers.join(QLatin1Char(' '))};
    }
    m_out << table(rows);
    m_out.flush();
    return code(ExitCode::Ok);
}

bool DataCommands::loadCompletionContext(qint64 courseId, CompletionContext &context)
{
    const Result<QHash<qint64, ActivityProgress>> progress =
        OfflineActions(m_db->connection(), m_clock).completionOf(courseId, m_account->userId);
    if (!progress)
        return false;
    for (auto it = progress->cbegin(); it != progress->cend(); ++it) {
        if (it->site)
            context.states.insert(it.key(), *it->site);
        if (it->pending)
            context.pending.insert(it.key(), *it->pending);
    }
    return true;
}

QString DataCommands::completionText(const Activity &activity, const CompletionContext &context)
{
    const auto pending = context.pending.constFind(activity.id);
    if (pending != context.pending.cend())
        return pending->value ? QStringLiteral("pending → done") : QStringLiteral("pending → not done");
    const auto state = context.states.constFind(activity.id);
    if (state != context.states.cend())
        return stateText(state->state);
    // Tracked, but this user's state was not synced.
    return activity.completionMode == Activity::CompletionMode::None ? QString() : QStringLiteral("–");
}

QJsonValue DataCommands::completionJson(const Activity &activity, const CompletionContext &context)
{
    const auto state = context.states.constFind(activity.id);
    const auto pending = context.pending.constFind(activity.id);
    const bool hasState = state != context.states.cend();
    const bool hasPending = pending != context.pending.cend();
    if (activity.completionMode == Activity::CompletionMode::None && !hasState && !hasPending)
        return QJsonValue::Null;
    QJsonValue pendingJson = QJsonValue::Null;
    if (hasPending)
        pendingJson = QJsonObject{{QStringLiteral("id"), pending->id},
                                  {QStringLiteral("done"), pending->value != 0},
                                  {QStringLiteral("queuedAt"), pending->createdAt},
                                  {QStringLiteral("queuedAtIso"), isoTime(pending->createdAt)}};
    return QJsonObject{{QStringLiteral("mode"), completionModeName(activity.completionMode)},
                       {QStringLiteral("state"), hasState ? QJsonValue(state->state) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("done"), hasState && state->isComplete()},
                       {QStringLiteral("pending"), pendingJson}};
}

QJsonObject DataCommands::courseJson(const Course &course)
{
    return QJsonObject{{QStringLiteral("id"), course.id},
                       {QStringLiteral("shortName"), course.shortName},
                       {QStringLiteral("fullName"), course.fullName}};
}

int DataCommands::contents(const QString &courseArg)
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("synced"), false},
                              {QStringLiteral("course"), QJsonValue::Null},
                              {QStringLiteral("sections"), QJsonArray()}});
    Course course;
    if (const int exitCode = findCourse(courseArg, course); exitCode >= 0)
        return exitCode;
    ContentRepository repository(m_db->connection());
    const QList<Section> sections = repository.sections(course.id);
    if (!repository.lastError().isEmpty())
        return localFailure(repository.lastError());
    CompletionContext context;
    if (!loadCompletionContext(course.id, context))
        return localFailure(QStringLiteral("completion could not be read"));

    if (m_json) {
        QJsonArray sectionsJson;
        for (const Section &section : sections) {
            QJsonArray activities;
            for (const Activity &activity : section.activities)
                activities.append(QJsonObject{{QStringLiteral("cmid"), activity.id},
                                              {QStringLiteral("module"), activity.module},
                                              {QStringLiteral("name"), activity.name},
                                              {QStringLiteral("visible"), activity.visible},
                                              {QStringLiteral("completion"), completionJson(activity, context)},
                                              {QStringLiteral("dates"), datesJson(activity.dates)}});
            sectionsJson.append(QJsonObject{{QStringLiteral("id"), section.id},
                                            {QStringLiteral("number"), section.number},
                                            {QStringLiteral("name"), section.name},
                                            {QStringLiteral("visible"), section.visible},
                                            {QStringLiteral("activities"), activities}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("sections"), sectionsJson}});
    }
    m_out << title(course) << "\n";
    if (sections.isEmpty())
        m_out << "The contents of this course are not synced yet.\n";
    for (const Section &section : sections) {
        m_out << "\n" << section.name << (section.visible ? QString() : QStringLiteral(" (hidden)")) << "\n";
        QList<QStringList> rows;
        for (const Activity &activity : section.activities)
            rows << QStringList{QString::number(activity.id), activity.module,
                                activity.name + (activity.visible ? QString() : QStringLiteral(" (hidden)")),
                                completionText(activity, context), datesText(activity.dates)};
        m_out << table(rows, QStringLiteral("  "));
    }
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::courseGrades()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("synced"), false}, {QStringLiteral("grades"), QJsonArray()}});
    GradeRepository grades(m_db->connection());
    const QList<CourseGrade> list = grades.courseGrades();
    if (!grades.lastError().isEmpty())
        return localFailure(grades.lastError());
    CourseRepository courses(m_db->connection());
    QHash<qint64, Course> byId;
    for (const Course &course : courses.courses())
        byId.insert(course.id, course);
    if (!courses.lastError().isEmpty())
        return localFailure(courses.lastError());

    if (m_json) {
        QJsonArray array;
        for (const CourseGrade &grade : list) {
            const Course course = byId.value(grade.courseId);
            array.append(QJsonObject{{QStringLiteral("courseId"), grade.courseId},
                                     {QStringLiteral("shortName"), course.shortName},
                                     {QStringLiteral("fullName"), course.fullName},
                                     {QStringLiteral("gradeFormatted"), grade.gradeFormatted},
                                     {QStringLiteral("gradeRaw"), optional(grade.gradeRaw)}});
        }
        return ok({{QStringLiteral("synced"), true}, {QStringLiteral("grades"), array}});
    }
    if (list.isEmpty()) {
        m_out << "No grades synced yet.\n";
        m_out.flush();
        return code(ExitCode::Ok);
    }
    QList<QStringList> rows;
    for (const CourseGrade &grade : list) {
        const Course course = byId.value(grade.courseId);
        rows << QStringList{course.shortName, grade.gradeFormatted, course.fullName};
    }
    m_out << table(rows);
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::gradeItems(const QString &courseArg)
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("synced"), false},
                              {QStringLiteral("course"), QJsonValue::Null},
                              {QStringLiteral("items"), QJsonArray()}});
    Course course;
    if (const int exitCode = findCourse(courseArg, course); exitCode >= 0)
        return exitCode;
    GradeRepository repository(m_db->connection());
    const QList<GradeItem> items = repository.gradeItems(course.id, m_account->userId);
    if (!repository.lastError().isEmpty())
        return localFailure(repository.lastError());

    if (m_json) {
        QJsonArray array;
        for (const GradeItem &item : items)
            array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("name"), gradeItemName(item)},
                                     {QStringLiteral("type"), item.itemType},
                                     {QStringLiteral("module"), textOrNull(item.itemModule)},
                                     {QStringLiteral("cmid"), optional(item.cmid)},
                                     {QStringLiteral("gradeFormatted"), item.gradeFormatted},
                                     {QStringLiteral("gradeRaw"), optional(item.gradeRaw)},
                                     {QStringLiteral("rangeFormatted"), item.rangeFormatted},
                                     {QStringLiteral("gradeMin"), optional(item.gradeMin)},
                                     {QStringLiteral("gradeMax"), optional(item.gradeMax)},
                                     {QStringLiteral("percentageFormatted"), item.percentageFormatted},
                                     {QStringLiteral("hidden"), item.hidden}});
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("items"), array}});
    }
    m_out << title(course) << "\n";
    if (items.isEmpty())
        m_out << "The grades of this course are not synced yet.\n";
    QList<QStringList> rows;
    for (const GradeItem &item : items)
        rows << QStringList{gradeItemName(item), item.gradeFormatted, item.rangeFormatted, item.percentageFormatted,
                            item.hidden ? QStringLiteral("(hidden)") : QString()};
    m_out << table(rows, QStringLiteral("  "));
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::completion(const QString &courseArg)
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("synced"), false},
                              {QStringLiteral("course"), QJsonValue::Null},
                              {QStringLiteral("courseCompletion"), QJsonValue::Null},
                              {QStringLiteral("activities"), QJsonArray()}});
    Course course;
    if (const int exitCode = findCourse(courseArg, course); exitCode >= 0)
        return exitCode;
    CompletionRepository repository(m_db->connection());
    const std::optional<CourseCompletion> courseCompletion = repository.courseCompletion(course.id, m_account->userId);
    if (!repository.lastError().isEmpty())
        return localFailure(repository.lastError());
    ContentRepository content(m_db->connection());
    QList<Activity> tracked;
    for (const Activity &activity : content.activities(course.id)) {
        if (activity.completionMode != Activity::CompletionMode::None)
            tracked.append(activity);
    }
    if (!content.lastError().isEmpty())
        return localFailure(content.lastError());
    CompletionContext context;
    if (!loadCompletionContext(course.id, context))
        return localFailure(QStringLiteral("completion could not be read"));

    if (m_json) {
        QJsonValue courseJsonValue = QJsonValue::Null;
        if (courseCompletion) {
            QJsonArray criteria;
            for (const CompletionCriterion &criterion : courseCompletion->criteria)
                criteria.append(QJsonObject{{QStringLiteral("type"), criterion.type},
                                            {QStringLiteral("title"), criterion.title},
                                            {QStringLiteral("status"), criterion.status},
                                            {QStringLiteral("complete"), criterion.complete},
                                            {QStringLiteral("criteria"), criterion.criteria},
                                            {QStringLiteral("requirement"), criterion.requirement},
                                            {QStringLiteral("completedAt"), optional(criterion.timeCompleted)},
                                            {QStringLiteral("completedAtIso"), isoTime(criterion.timeCompleted)}});
            courseJsonValue = QJsonObject{
                {QStringLiteral("hasCriteria"), courseCompletion->hasCriteria},
                {QStringLiteral("completed"), courseCompletion->completed},
                {QStringLiteral("aggregation"),
                 courseCompletion->aggregation == 2 ? QStringLiteral("any") : QStringLiteral("all")},
                {QStringLiteral("criteria"), criteria}};
        }
        QJsonArray activities;
        for (const Activity &activity : std::as_const(tracked))
            activities.append(QJsonObject{{QStringLiteral("cmid"), activity.id},
                                          {QStringLiteral("module"), activity.module},
                                          {QStringLiteral("name"), activity.name},
                                          {QStringLiteral("completion"), completionJson(activity, context)}});
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("courseCompletion"), courseJsonValue},
                   {QStringLiteral("activities"), activities}});
    }

    m_out << title(course) << "\n";
    if (!courseCompletion) {
        m_out << "Course completion: "
              << (course.completionEnabled ? QStringLiteral("not synced yet") : QStringLiteral("not tracked")) << "\n";
    } else if (!courseCompletion->hasCriteria) {
        m_out << "Course completion: no completion criteria\n";
    } else {
        m_out << "Course completed: " << (courseCompletion->completed ? "yes" : "no") << "\n"
              << (courseCompletion->aggregation == 2 ? "Criteria (any one is enough):\n" : "Criteria (all required):\n");
        for (const CompletionCriterion &criterion : courseCompletion->criteria) {
            QString line = (criterion.complete ? QStringLiteral("  [x] ") : QStringLiteral("  [ ] ")) + criterion.title;
            // Self completion names itself twice.
            if (!criterion.criteria.isEmpty() && criterion.criteria != criterion.title)
                line += QStringLiteral(": ") + criterion.criteria;
            if (!criterion.requirement.isEmpty())
                line += QStringLiteral(" — ") + criterion.requirement;
            if (criterion.complete && criterion.timeCompleted)
                line += QStringLiteral(" (%1)").arg(localTime(*criterion.timeCompleted));
            m_out << line << "\n";
        }
    }
    if (tracked.isEmpty()) {
        m_out << "No activity tracks completion.\n";
    } else {
        m_out << "Activities:\n";
        QList<QStringList> rows;
        for (const Activity &activity : std::as_const(tracked))
            rows << QStringList{QString::number(activity.id), activity.module, activity.name,
                                completionText(activity, context),
                                activity.completionMode == Activity::CompletionMode::Manual ? QStringLiteral("(manual)")
                                                                                             : QString()};
        m_out << table(rows, QStringLiteral("  "));
    }
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::deadlines()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("synced"), false}, {QStringLiteral("deadlines"), QJsonArray()}});
    DeadlineRepository repository(m_db->connection());
    const QList<Deadline> list = repository.upcoming(m_clock->now(), Deadline::kOverdueListedFor);
    if (!repository.lastError().isEmpty())
        return localFailure(repository.lastError());

    if (m_json) {
        QJsonArray array;
        for (const Deadline &deadline : list)
            array.append(QJsonObject{
                {QStringLiteral("kind"), deadline.kind},
                {QStringLiteral("courseId"), deadline.courseId ? QJsonValue(deadline.courseId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("courseShortName"), textOrNull(deadline.courseShortName)},
                {QStringLiteral("courseName"), textOrNull(deadline.courseName)},
                {QStringLiteral("cmid"), optional(deadline.cmid)},
                {QStringLiteral("name"), deadline.name},
                {QStringLiteral("dueAt"), deadline.dueAt},
                {QStringLiteral("dueAtIso"), isoTime(deadline.dueAt)},
                {QStringLiteral("status"), textOrNull(deadline.status)},
                {QStringLiteral("overdue"), deadline.overdue}});
        return ok({{QStringLiteral("synced"), true}, {QStringLiteral("deadlines"), array}});
    }
    if (list.isEmpty()) {
        m_out << "Nothing due.\n";
        m_out.flush();
        return code(ExitCode::Ok);
    }
    QList<QStringList> rows;
    for (const Deadline &deadline : list)
        rows << QStringList{localTime(deadline.dueAt),
                            deadline.courseShortName.isEmpty() ? QStringLiteral("–") : deadline.courseShortName,
                            deadline.name, deadline.status, deadline.overdue ? QStringLiteral("overdue") : QString()};
    m_out << table(rows);
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::complete(qint64 cmid, bool done)
{
    const QString unknown = QStringLiteral("No activity %1 in the offline data. 'satchelctl contents <course>' lists "
                                           "the activities with their ids.")
                                .arg(cmid);
    if (!m_db)
        return failure(code(ExitCode::Usage), QStringLiteral("NotFound"), QStringLiteral("unknownactivity"),
                       unknown + QLatin1Char(' ') + kNothingSynced);
    const Result<OfflineActions::Queued, OfflineActions::Refusal> queued =
        OfflineActions(m_db->connection(), m_clock).setDone(cmid, done);
    if (!queued) {
        const OfflineActions::Refusal &refusal = queued.error();
        switch (refusal.reason) {
        case OfflineActions::Refusal::Reason::UnknownActivity:
            return failure(code(ExitCode::Usage), QStringLiteral("NotFound"), QStringLiteral("unknownactivity"), unknown);
        case OfflineActions::Refusal::Reason::NotManual: {
            const QString why = refusal.activity->completionMode == Activity::CompletionMode::Automatic
                ? QStringLiteral("is completed automatically by the site")
                : QStringLiteral("does not track completion");
            return failure(code(ExitCode::Usage), QStringLiteral("InvalidParameter"), QStringLiteral("notmanualcompletion"),
                           QStringLiteral("\"%1\" %2; only activities you mark done yourself can be changed.")
                               .arg(refusal.activity->name, why));
        }
        case OfflineActions::Refusal::Reason::Storage:
            break;
        }
        return localFailure(refusal.detail);
    }
    const qint64 id = queued->action.id;
    const Activity &activity = queued->activity;
    if (m_json)
        return ok({{QStringLiteral("queued"), true},
                   {QStringLiteral("id"), id},
                   {QStringLiteral("cmid"), cmid},
                   {QStringLiteral("courseId"), activity.courseId},
                   {QStringLiteral("name"), activity.name},
                   {QStringLiteral("done"), done}});
    m_out << "\"" << activity.name << "\" will be marked as " << (done ? "done" : "not done")
          << " at the next sync (satchelctl sync). Nothing was sent yet.\n";
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::exportClass(const QString &courseArg, ClassExport::Format format)
{
    // Unlike the listings, an export of nothing is no success: there is no class to write.
    if (!m_synced)
        return failure(code(ExitCode::Usage), QStringLiteral("NotFound"), QStringLiteral("unknowncourse"),
                       QStringLiteral("No course '%1' in the offline data. %2").arg(courseArg, kNothingSynced));
    Course course;
    if (const int exitCode = findCourse(courseArg, course); exitCode >= 0)
        return exitCode;
    QString message;
    switch (ClassExport::availability(m_db->connection(), course.id, &message)) {
    case ClassExport::Availability::Available:
        break;
    case ClassExport::Availability::UnknownCourse:
        return failure(code(ExitCode::Usage), QStringLiteral("NotFound"), QStringLiteral("unknowncourse"), message);
    case ClassExport::Availability::NotTeaching:
        return failure(code(ExitCode::Usage), QStringLiteral("NotFound"), QStringLiteral("notteaching"),
                       message + QStringLiteral(" Exports are of the courses you teach."));
    case ClassExport::Availability::NotSynced:
        return failure(code(ExitCode::Usage), QStringLiteral("NotFound"), QStringLiteral("noclassdata"),
                       message + QStringLiteral(" Run `satchelctl sync`."));
    case ClassExport::Availability::DatabaseError:
        return localFailure(message);
    }
    QString error;
    const QByteArray csv = ClassExport::exportClass(m_db->connection(), course.id, format, &error);
    if (csv.isEmpty())
        return localFailure(error);

    if (m_exportFile.isEmpty() || m_exportFile == QLatin1String("-")) {
        // The CSV itself is the output (also with --json): the same bytes as in a file, BOM included
        // (QString::fromUtf8 would drop it).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        m_out << QString(utf8(csv));
        m_out.flush();
        return code(ExitCode::Ok);
    }
    // Replaces FILE as a whole or not at all: a failed export leaves an earlier one intact.
    QString writeError;
    if (!DataDirectory::writePrivateFile(m_exportFile, csv, &writeError))
        return failure(code(ExitCode::LocalFailure), QStringLiteral("LocalStorageError"), QStringLiteral("cannotwrite"),
                       QStringLiteral("Could not write %1 (%2).").arg(QDir::toNativeSeparators(m_exportFile), writeError));
    int learners = 0;
    for (const Participant &participant : ClassRepository(m_db->connection()).participants(course.id))
        learners += participant.isLearner() ? 1 : 0;
    const QString path = QDir::toNativeSeparators(QFileInfo(m_exportFile).absoluteFilePath());
    if (m_json)
        return ok({{QStringLiteral("exported"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("format"), ClassExport::formatName(format)},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("rows"), learners},
                   {QStringLiteral("bytes"), qint64(csv.size())}});
    m_out << "Exported " << learners << (learners == 1 ? " learner" : " learners") << " of " << course.shortName << " ("
          << ClassExport::formatName(format) << ") to " << path << "\n";
    m_out.flush();
    return code(ExitCode::Ok);
}

int DataCommands::usage(const QString &message)
{
    m_err << "satchelctl: " << message << "\n"
          << "Run 'satchelctl --help' for usage.\n";
    m_err.flush();
    return code(ExitCode::Usage);
}

int DataCommands::failure(int exitCode, const QString &kind, const QString &errorCode, const QString &message)
{
    m_err << "satchelctl: " << message << "\n";
    m_err.flush();
    if (m_json)
        writeJson(m_out, errorDocument(kind, errorCode, message));
    return exitCode;
}

int DataCommands::localFailure(const QString &detail)
{
    return failure(code(ExitCode::LocalFailure), QStringLiteral("LocalStorageError"), QStringLiteral("databaseerror"),
                   QStringLiteral("Satchel could not use its offline data on this computer (%1). Check the data "
                                  "folder's permissions and free disk space.")
                       .arg(detail));
}

int DataCommands::ok(const QJsonObject &document)
{
    writeJson(m_out, document);
    return code(ExitCode::Ok);
}
