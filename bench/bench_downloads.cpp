// Download benchmark (issue 9): a synthetic course of 2,000 files (1,990 small, 10 of 50 MB) served over loopback
// by the fake server, downloaded by CourseDownloader beside curl fetching the same files with the same concurrency
// (measured in the same run); then a no-change run, and a run cancelled at half way and resumed.
//
// Prints figures and the targets beside them; never run as a test.

#include "BenchSupport.h"
#include "StoredValue.h"
#include "files/CourseDownloader.h"
#include "files/FileAddress.h"
#include "store/DownloadRepository.h"
#ifdef SATCHEL_BENCH_UI
#include "courses/CoursePage.h"
#include "files/OfflineContent.h"

#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

using bench::mb;
using bench::peakRssMb;
using bench::verdict;

constexpr double TargetThroughputRatio = 0.8;
constexpr double TargetPeakRssMb = 150.0;
constexpr double TargetPageMs = 150.0;
constexpr int TimeoutMs = 30 * 60 * 1000;
const QString Token = QStringLiteral("bench-token");

struct Run
{
    double wallS = 0;
    int requests = 0;
    CourseDownloader::Summary summary;
    std::optional<MoodleError> error;
};

// One downloader run to its end; `cancelAtBytes` > 0 cancels it once that many bytes are on disk.
Run download(bench::Session &session, CourseDownloader &downloader, qint64 courseId, qint64 cancelAtBytes = 0)
{
    Run run;
    session.server->resetCounts();
    QEventLoop loop;
    QObject::connect(&downloader, &CourseDownloader::finished, &loop, &QEventLoop::quit);
    QMetaObject::Connection cancelling;
    if (cancelAtBytes > 0) {
        cancelling = QObject::connect(&downloader, &CourseDownloader::progress, &downloader,
                                      [&](int, int, qint64 bytes, qint64) {
                                          if (bytes >= cancelAtBytes)
                                              downloader.cancel();
                                      });
    }
    QTimer::singleShot(TimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    CourseDownloader::Options everything;  // no size limit, no disk margin: the whole course
    everything.keepFreeBytes = 0;
    downloader.start({courseId}, everything);
    if (downloader.isRunning())
        loop.exec();
    QObject::disconnect(cancelling);
    run.wallS = timer.nsecsElapsed() / 1e9;
    run.requests = session.server->requests();
    run.summary = downloader.summary();
    run.error = downloader.error();
    return run;
}

void printRun(const char *label, const Run &run, const QString &target = {})
{
    std::printf("%-30s %.2f s, %d files, %.1f MB received (%.1f MB/s), %d requests, %d failed%s%s\n", label, run.wallS,
                run.summary.files, mb(run.summary.bytes), run.wallS > 0 ? mb(run.summary.bytes) / run.wallS : 0.0,
                run.requests, run.summary.failed,
                run.error ? qPrintable(QStringLiteral(", stopped: ") + run.error->details()) : "",
                target.isEmpty() ? "" : qPrintable(QStringLiteral("   ") + target));
    for (const CourseDownloader::Problem &problem : run.summary.problems.mid(0, 3))
        std::printf("%-30s   %s %s: %s\n", "", qPrintable(problem.activity), qPrintable(problem.path),
                    qPrintable(problem.message));
}

}  // namespace

#ifdef SATCHEL_BENCH_UI
// The course page as the app opens it (ui/courses/CoursePage: outline, completion, download states), shown and
// painted once, with every file downloaded: what a person waits for after a click on the course.
double openCoursePageMs(bench::Session &session, const FilesFolder &folder, qint64 courseId)
{
    OfflineContent content(nullptr, session.database.connection(), folder, &session.clock);
    QElapsedTimer timer;
    timer.start();
    CoursePage page(session.database.connection(), 4, &session.clock);
    page.setOfflineContent(&content);
    page.setCourse(courseId);
    page.resize(1100, 900);
    page.show();
    QCoreApplication::processEvents();
    page.repaint();
    return timer.nsecsElapsed() / 1e6;
}
#endif

int main(int argc, char **argv)
{
#ifdef SATCHEL_BENCH_UI
    // The course page needs a GUI application, not a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("bench_downloads"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Download benchmark: a course's files through CourseDownloader beside curl, over loopback."));
    parser.addHelpOption();
    const QCommandLineOption files(QStringLiteral("files"), QStringLiteral("Files in the course (default 2000)."),
                                   QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption bigFiles(QStringLiteral("big-files"), QStringLiteral("Big files among them (default 10)."),
                                      QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption bigMb(QStringLiteral("big-mb"), QStringLiteral("Size of a big file in MB (default 50)."),
                                   QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        QStringLiteral("Concurrent downloads (default %1).").arg(MoodleClient::kDefaultConcurrency),
        QStringLiteral("N"), QString::number(MoodleClient::kDefaultConcurrency));
    const QCommandLineOption noCurl(QStringLiteral("no-curl"), QStringLiteral("Skip the curl reference."));
    const bench::ServerCostOptions cost;
    parser.addOptions({files, bigFiles, bigMb, concurrency, noCurl, cost.perRequest, cost.perCall});
    parser.process(app);
    bench::NumberOptions number(parser);
    SyntheticSite::Options site;
    site.courses = 1;
    site.activitiesPerCourse = 20;
    site.filesPerCourse = number(files, 1);
    site.bigFiles = number(bigFiles, 0);
    site.bigFileBytes = qint64(number(bigMb, 1)) * 1024 * 1024;
    const int parallel = number(concurrency, 1);
    const int msPerRequest = number(cost.perRequest, 0);
    const int msPerCall = number(cost.perCall, 0);
    if (!number.ok())
        return 2;

    std::printf("Satchel download benchmark\n");
    std::printf("course: %d files (%d of %lld MB), model: %d ms per request + %d ms per call, concurrency %d\n",
                site.filesPerCourse, site.bigFiles, site.bigFileBytes / (1024 * 1024), msPerRequest, msPerCall,
                parallel);
    std::printf("load average at start: %s\n\n", qPrintable(bench::loadAverage()));

    bench::Session session(site, {Token, QStringLiteral("student1"), msPerRequest, msPerCall}, parallel);
    const bench::SyncMeasure sync =
        bench::measureSync(*session.engine, SyncEngine::Mode::Full, *session.server, TimeoutMs);
    if (!sync.summary.ok()) {
        std::printf("the sync failed: %s\n",
                    qPrintable(sync.summary.error ? sync.summary.error->details() : QString()));
        return 1;
    }
    qint64 courseId = 0;
    session.server->run([&] { courseId = session.server->site().courseIds().first(); });
    const QSqlDatabase db = session.database.connection();

    QElapsedTimer listTimer;
    listTimer.start();
    const QList<CourseFile> listed = stored(DownloadRepository(db).courseFiles(courseId));
    const double listMs = listTimer.nsecsElapsed() / 1e6;
    qint64 totalBytes = 0;
    for (const CourseFile &file : listed)
        totalBytes += file.size;
    std::printf("%-30s %lld files, %.1f MB\n", "listed by the contents:", qint64(listed.size()), mb(totalBytes));

    // The reference: curl, the same files, the same concurrency, to disk.
    double curlS = 0;
    if (!parser.isSet(noCurl) && !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        QTemporaryDir curlDir;
        QFile config(curlDir.filePath(QStringLiteral("urls.txt")));
        if (config.open(QIODevice::WriteOnly)) {
            int i = 0;
            for (const CourseFile &file : listed) {
                const QUrl url = FileAddress::forDownload(file.fileUrl, Token);
                config.write("url = \"" + url.toEncoded() + "\"\noutput = \""
                             + curlDir.filePath(QStringLiteral("f%1").arg(i++)).toUtf8() + "\"\n");
            }
            config.close();
        }
        QProcess curl;
        QElapsedTimer timer;
        timer.start();
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("--silent"), QStringLiteral("--fail"), QStringLiteral("--parallel"),
                    QStringLiteral("--parallel-max"), QString::number(parallel), QStringLiteral("--config"),
                    config.fileName()});
        // Its own process: this one keeps serving meanwhile.
        QEventLoop loop;
        QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
        curlS = timer.nsecsElapsed() / 1e9;
        std::printf("%-30s %.2f s, %.1f MB/s (exit %d)\n", "curl reference:", curlS, mb(totalBytes) / curlS,
                    curl.exitCode());
    }

    const double rssBefore = bench::currentRssMb();
    QTemporaryDir filesDir;
    CourseDownloader downloader(&session.client, db, FilesFolder(filesDir.filePath(QStringLiteral("files"))),
                                &session.clock);
    const Run full = download(session, downloader, courseId);
    const double ratio = curlS > 0 && full.wallS > 0 ? curlS / full.wallS : 0;
    printRun("full download:", full,
             curlS > 0 ? QStringLiteral("[throughput %1 x curl >= %2: %3]")
                             .arg(ratio, 0, 'f', 2)
                             .arg(TargetThroughputRatio)
                             .arg(verdict(ratio >= TargetThroughputRatio && !full.error && full.summary.failed == 0))
                       : QString());
    const double peak = peakRssMb();
    std::printf("%-30s %.1f MB (%.1f MB before downloading; fake server included)   [<= %.0f MB: %s]\n",
                "peak RSS:", peak, rssBefore, TargetPeakRssMb, verdict(peak <= TargetPeakRssMb));

    const Run again = download(session, downloader, courseId);
    printRun("no-change run:", again,
             QStringLiteral("[0 file requests: %1]").arg(verdict(again.requests == 0 && !again.error)));

    // Cancelled at half way, then resumed: what was on disk is not fetched again.
    QTemporaryDir resumeDir;
    CourseDownloader resumer(&session.client, db, FilesFolder(resumeDir.filePath(QStringLiteral("files"))),
                             &session.clock);
    DownloadRepository(db).removeCourse(courseId);  // a fresh start for the same files, in another folder
    const Run half = download(session, resumer, courseId, totalBytes / 2);
    printRun("cancelled at 50 %:", half);
    const Run rest = download(session, resumer, courseId);
    printRun("resumed:", rest);
    const qint64 refetched = half.summary.bytes + rest.summary.bytes - totalBytes;
    // Moodle sends text files and pages whole (Accept-Ranges: none), so their parts are fetched again.
    std::printf("%-30s %lld bytes (of %.1f MB on disk at the cancel; text files and pages are always sent whole)%s\n",
                "bytes fetched twice:", refetched, mb(half.summary.bytes),
                rest.error || rest.summary.failed ? "   [resume FAILED]" : "");
    std::printf("%-30s %.1f ms for %lld rows\n", "course's files with states:", listMs, qint64(listed.size()));
#ifdef SATCHEL_BENCH_UI
    const double pageMs = openCoursePageMs(session, FilesFolder(filesDir.filePath(QStringLiteral("files"))), courseId);
    std::printf("%-30s %.1f ms (%lld file rows, all downloaded)   [<= %.0f ms: %s]\n", "open the course page:", pageMs,
                qint64(listed.size()), TargetPageMs, verdict(pageMs <= TargetPageMs));
#endif
    return 0;
}
