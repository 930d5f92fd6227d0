#include "DownloadCommand.h"

#include "common/Settings.h"

#include "CtlOutput.h"
#include "files/FilesFolder.h"
#include "files/OfflineContent.h"
#include "store/CourseRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace CtlOutput;

qint64 DownloadCommand::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)b?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    const int shift = unit.isEmpty() ? 0 : 10 * (QStringLiteral("kmgt").indexOf(unit) + 1);
    const double bytes = number * double(1LL << shift);
    return bytes >= 1 && bytes < 9e18 ? qint64(bytes) : 0;
}

QString DownloadCommand::sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString DownloadCommand::takeArguments(const QString &command, const QStringList &args)
{
    m_courseArgs = args;
    if (args.isEmpty() && !m_options.all)
        return QStringLiteral("%1 needs courses (ids or short names) or --all: satchelctl %1 [<course>…] [--all]")
            .arg(command);
    if (!args.isEmpty() && m_options.all)
        return QStringLiteral("%1 takes courses or --all, not both").arg(command);
    if (!m_options.maxSize.isNull()) {
        m_maxSize = parseSize(m_options.maxSize);
        if (m_maxSize <= 0)
            return QStringLiteral("--max-size needs a size such as 500k, 2M or 1G, not '%1'").arg(m_options.maxSize);
    }
    return QString();
}

int DownloadCommand::run()
{
    // The same sync as `sync`: the contents say which files exist now, and at which version.
    if (const int exitCode = syncAccount(SyncEngine::Mode::Auto); exitCode >= 0)
        return exitCode;
    if (m_summary.error) {
        if (json())
            writeJson(m_out,
                      errorDocument(MoodleError::kindName(m_summary.error->kind()), m_summary.error->errorCode(),
                                    m_summary.error->userMessage()));
        return syncStopped();
    }

    auto localFailure = [this](const QString &detail) {
        const MoodleError error = MoodleError(MoodleError::Kind::LocalStorageError).withDetail(detail);
        return failure(ExitCode::LocalFailure, MoodleError::kindName(error.kind()), QStringLiteral("databaseerror"),
                       error.userMessage());
    };
    CourseRepository courseRepository(m_database.connection());
    QList<Course> courses;
    if (m_options.all) {
        const Result<QList<Course>> all = courseRepository.courses();
        if (!all)
            return localFailure(all.error());
        courses = *all;
    }
    for (const QString &arg : std::as_const(m_courseArgs)) {
        const Result<std::optional<Course>> found = courseRepository.findByIdOrShortName(arg);
        if (!found)
            return localFailure(found.error());
        if (!*found)
            return failure(
                ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknowncourse"),
                QStringLiteral("No course '%1' on your list. 'satchelctl courses' lists your courses.").arg(arg));
        if (std::none_of(courses.cbegin(), courses.cend(), [&](const Course &c) { return c.id == (*found)->id; }))
            courses << **found;
    }
    QList<qint64> courseIds;
    QStringList names;
    for (const Course &course : std::as_const(courses)) {
        courseIds << course.id;
        names << course.shortName;
    }

    OfflineContent content(&m_client, m_database.connection(),
                           FilesFolder(FilesFolder::forAccount(dataDir(), m_account->id())), m_clock);
    QEventLoop loop;
    int filesShown = -1;
    QObject::connect(&content, &OfflineContent::progress, &loop,
                     [&](int filesDone, int filesTotal, qint64 bytesDone, qint64 bytesTotal) {
                         // A line per finished file, not per received chunk.
                         if (filesTotal == 0 || filesDone == filesShown)
                             return;
                         filesShown = filesDone;
                         m_err << "[" << filesDone << "/" << filesTotal << " files] " << sizeText(bytesDone) << " of "
                               << sizeText(bytesTotal) << "\n";
                         m_err.flush();
                     });
    QObject::connect(&content, &OfflineContent::finished, &loop, &QEventLoop::quit);
    content.setKeepFreeBytes(Settings::load().keepFreeBytes());
    QString error;
    if (!content.makeAvailableOffline(courseIds, &error, m_maxSize))
        return localFailure(error);
    if (content.isRunning())
        loop.exec();
    // The site switched downloads off for apps (site info, or its switches the run asked for): the courses are
    // marked, nothing came.
    if (const QString refused = content.downloadsRefused(); !refused.isEmpty())
        return failure(ExitCode::Server, QStringLiteral("DownloadsDisabled"), QStringLiteral("downloadsdisabled"),
                       refused);

    const CourseDownloader::Summary &summary = content.downloader()->summary();
    const std::optional<MoodleError> stopped = content.error();
    if (json()) {
        QJsonArray problems;
        for (const CourseDownloader::Problem &problem : summary.problems)
            problems.append(QJsonObject{{QStringLiteral("courseId"), problem.courseId},
                                        {QStringLiteral("cmid"), problem.cmid},
                                        {QStringLiteral("activity"), problem.activity},
                                        {QStringLiteral("path"), problem.path},
                                        {QStringLiteral("message"), problem.message}});
        QJsonArray courseList;
        for (const Course &course : std::as_const(courses))
            courseList.append(
                QJsonObject{{QStringLiteral("id"), course.id}, {QStringLiteral("shortName"), course.shortName}});
        QJsonObject document{{QStringLiteral("courses"), courseList},    {QStringLiteral("files"), summary.files},
                             {QStringLiteral("bytes"), summary.bytes},   {QStringLiteral("skipped"), summary.skipped},
                             {QStringLiteral("failed"), summary.failed}, {QStringLiteral("removed"), summary.removed},
                             {QStringLiteral("problems"), problems}};
        if (stopped)
            document.insert(
                QStringLiteral("error"),
                errorDocument(MoodleError::kindName(stopped->kind()), stopped->errorCode(), stopped->userMessage())
                    .value(QStringLiteral("error")));
        writeJson(m_out, document);
    } else {
        m_out << "Available offline: " << (names.isEmpty() ? QStringLiteral("no courses") : names.join(u", ")) << "\n";
        m_out << summary.files << (summary.files == 1 ? " file, " : " files, ") << sizeText(summary.bytes)
              << " downloaded";
        if (summary.skipped > 0)
            m_out << "; " << summary.skipped << " skipped (over " << sizeText(m_maxSize) << ")";
        if (summary.removed > 0)
            m_out << "; " << summary.removed << " removed (no longer on the site)";
        if (summary.failed > 0)
            m_out << "; " << summary.failed << " failed:";
        m_out << "\n";
        QList<QStringList> rows;
        for (const CourseDownloader::Problem &problem : summary.problems)
            rows << QStringList{problem.activity, problem.path, problem.message};
        m_out << table(rows, QStringLiteral("  "));
    }
    m_out.flush();
    if (stopped) {
        m_err << "satchelctl: " << stopped->userMessage() << "\n";
        m_err.flush();
        return exitStatus(exitCodeFor(*stopped));
    }
    return exitStatus(summary.failed > 0 ? ExitCode::PartialFailure : ExitCode::Ok);
}
