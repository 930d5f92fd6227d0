#include "OfflineDataCommand.h"

#include "CtlOutput.h"
#include "export/ClassExport.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/SyncStateRepository.h"

#include <QFileInfo>

using namespace CtlOutput;

const QString OfflineDataCommand::kNothingSynced = QStringLiteral("Nothing synced yet — run `satchelctl sync`.");

OfflineDataCommand::OfflineDataCommand(const CommandContext &context) : Command(context) {}

OfflineDataCommand::~OfflineDataCommand() = default;

int OfflineDataCommand::run()
{
    const int opened = openStore();
    if (opened >= 0)
        return opened;
    return runWithData();
}

QJsonObject OfflineDataCommand::notSignedInDocument(const QString &message) const
{
    return errorDocument(QStringLiteral("NotSignedIn"), QStringLiteral("notsignedin"), message);
}

int OfflineDataCommand::openStore()
{
    int notChosen = -1;
    m_account = chosenAccount(&notChosen);
    if (notChosen >= 0)
        return notChosen;
    if (!m_account) {
        const QString message = QStringLiteral("Not signed in. Run: satchelctl login <site> <username>");
        if (json())
            writeJson(m_out, notSignedInDocument(message));
        m_err << "satchelctl: " << message << "\n";
        m_err.flush();
        return exitStatus(ExitCode::Auth);
    }
    // No database file yet: nothing was synced. Reading must not create one.
    const QString path = Database::fileFor(dataDir(), m_account->id());
    if (!QFileInfo::exists(path))
        return -1;
    m_db = std::make_unique<Database>();
    QString error;
    if (!m_db->open(path, &error)) {
        const Database::Failure failure = m_db->failure();
        m_db.reset();
        return databaseFailure(failure, error);
    }
    const QString siteScope = SyncStateRepository::siteScope();
    const Result<std::optional<qint64>> lastSuccess = SyncStateRepository(m_db->connection()).lastSuccess(siteScope);
    if (!lastSuccess)
        return localFailure(lastSuccess.error());
    m_synced = lastSuccess->has_value();
    if (!m_synced) {
        // An interrupted first sync may have stored courses without finishing: show what is there.
        const Result<QList<Course>> courses = CourseRepository(m_db->connection()).courses();
        if (!courses)
            return localFailure(courses.error());
        m_synced = !courses->isEmpty();
    }
    return -1;
}

QString OfflineDataCommand::takeOneCourse(const QString &command, const QStringList &args)
{
    m_courseArg = args.value(0);
    if (args.size() != 1)
        return QStringLiteral("%1 needs a course (id or short name): satchelctl %1 <course>").arg(command);
    return QString();
}

int OfflineDataCommand::findCourse(const QString &courseArg, Course &course)
{
    const Result<std::optional<Course>> read = CourseRepository(m_db->connection()).findByIdOrShortName(courseArg);
    if (!read)
        return localFailure(read.error());
    const std::optional<Course> &found = *read;
    if (!found)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknowncourse"),
                       QStringLiteral("No course '%1' in the offline data. 'satchelctl courses' lists your courses.")
                           .arg(courseArg));
    course = *found;
    return -1;
}

int OfflineDataCommand::nothingSynced(const QJsonObject &emptyLists)
{
    if (json()) {
        // stdout stays one parseable document; the sentence goes to stderr.
        m_err << "satchelctl: " << kNothingSynced << "\n";
        m_err.flush();
        QJsonObject document = emptyLists;
        document.insert(QStringLiteral("synced"), false);
        return ok(document);
    }
    m_out << kNothingSynced << "\n";
    return done();
}

int OfflineDataCommand::syncedCourse(const QString &courseArg, const QJsonObject &emptyLists, Course &course)
{
    if (!m_synced) {
        QJsonObject lists = emptyLists;
        lists.insert(QStringLiteral("course"), QJsonValue::Null);
        return nothingSynced(lists);
    }
    return findCourse(courseArg, course);
}

int OfflineDataCommand::taughtClass(const Course &course, const QString &notTeachingHint)
{
    QString message;
    switch (ClassExport::availability(m_db->connection(), course.id, &message)) {
    case ClassExport::Availability::Available:
        return -1;
    case ClassExport::Availability::UnknownCourse:
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknowncourse"), message);
    case ClassExport::Availability::NotTeaching:
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("notteaching"),
                       message + QLatin1Char(' ') + notTeachingHint);
    case ClassExport::Availability::NotSynced:
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("noclassdata"),
                       message + QStringLiteral(" Run `satchelctl sync`."));
    case ClassExport::Availability::DatabaseError:
        break;
    }
    return localFailure(message);
}

int OfflineDataCommand::localFailure(const QString &detail)
{
    return failure(ExitCode::LocalFailure, QStringLiteral("LocalStorageError"), QStringLiteral("databaseerror"),
                   QStringLiteral("Satchel could not use its offline data on this computer (%1). Check the data "
                                  "folder's permissions and free disk space.")
                       .arg(detail));
}

QJsonObject OfflineDataCommand::courseJson(const Course &course)
{
    return QJsonObject{{QStringLiteral("id"), course.id},
                       {QStringLiteral("shortName"), course.shortName},
                       {QStringLiteral("fullName"), course.fullName}};
}

QString OfflineDataCommand::title(const Course &course)
{
    return course.shortName + QStringLiteral(" — ") + course.fullName;
}
