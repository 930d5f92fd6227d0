#include "PageCommand.h"

#include "CtlOutput.h"
#include "files/DownloadedPage.h"
#include "files/FilesFolder.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/DownloadRepository.h"
#include "text/HtmlSanitizer.h"
#include "text/TextFormat.h"

#include <QFile>

using namespace CtlOutput;

QString PageCommand::takeArguments(const QString &command, const QStringList &args)
{
    if (args.size() != 1)
        return QStringLiteral("%1 needs the page's activity id: satchelctl %1 <cmid> [--html]").arg(command);
    bool isNumber = false;
    m_cmid = args.at(0).toLongLong(&isNumber);
    if (!isNumber || m_cmid <= 0)
        return QStringLiteral("'%1' is not an activity id (a number, as listed by 'satchelctl contents')")
            .arg(args.at(0));
    return QString();
}

int PageCommand::runWithData()
{
    if (!m_synced)
        return nothingSynced({{QStringLiteral("cmid"), m_cmid}, {QStringLiteral("text"), QJsonValue::Null}});
    const Result<std::optional<Activity>> found = ContentRepository(m_db->connection()).activity(m_cmid);
    if (!found)
        return localFailure(found.error());
    if (!*found)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknownactivity"),
                       QStringLiteral("No activity %1 in the offline data. 'satchelctl contents <course>' lists the "
                                      "activities with their ids.")
                           .arg(m_cmid));
    const Activity &activity = **found;
    if (activity.module != QLatin1String("page") && activity.module != QLatin1String("book"))
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("notapage"),
                       QStringLiteral("Activity %1 (\"%2\") is a %3, not a page or a book.")
                           .arg(QString::number(m_cmid), activity.name, activity.module));
    const Result<QList<CourseFile>> files = DownloadRepository(m_db->connection()).activityFiles(m_cmid);
    if (!files)
        return localFailure(files.error());
    const Result<std::optional<Course>> course =
        CourseRepository(m_db->connection()).findByIdOrShortName(QString::number(activity.courseId));
    if (!course)
        return localFailure(course.error());
    const QString courseName = *course ? (*course)->shortName : QString::number(activity.courseId);

    // Every part must be here: a book with a chapter missing would read as if it had none.
    const DownloadedPage page =
        DownloadedPage::read(*files, FilesFolder(FilesFolder::forAccount(dataDir(), m_account->id())));
    const bool outdated = page.outdated;
    const QString html = page.html();
    if (!page.complete())
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("notdownloaded"),
                       QStringLiteral("\"%1\" is not downloaded yet. Run 'satchelctl download %2' while the site "
                                      "can be reached, then try again.")
                           .arg(activity.name, courseName));
    if (outdated) {
        m_err << "satchelctl: the site has a newer version of \"" << activity.name << "\"; 'satchelctl download "
              << courseName << "' fetches it.\n";
        m_err.flush();
    }
    const QString sanitized = HtmlSanitizer::sanitize(html, HtmlSanitizer::Links::Keep);
    const QString text = TextFormat::paragraphs(html);
    if (json())
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("cmid"), m_cmid},
                   {QStringLiteral("module"), activity.module},
                   {QStringLiteral("name"), activity.name},
                   {QStringLiteral("course"),
                    QJsonObject{{QStringLiteral("id"), activity.courseId}, {QStringLiteral("shortName"), courseName}}},
                   {QStringLiteral("outdated"), outdated},
                   {QStringLiteral("text"), text},
                   {QStringLiteral("html"), sanitized}});
    if (m_options.html) {
        m_out << sanitized << "\n";
        return done();
    }
    m_out << activity.name << "\n\n" << text << "\n";
    return done();
}
