// Files a course shows outside its activities' file lists: images in a section summary or an activity description,
// and an assignment's attached instructions (introattachments). They come offline with the course, are kept fresh,
// leave when the site drops them, and only the site's own addresses are ever fetched (a teacher's HTML may point
// anywhere). Real sync and downloads against the fake site over loopback, a real SQLite file.
#include "StoredValue.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"

#include "files/OfflineContent.h"
#include "store/DownloadRepository.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kCourse = 2;  // CS101
constexpr qint64 kVariablesSection = 3;  // "Variables and types": Lab 1 (assignment 1, cmid 7), a quiz, a forum
constexpr qint64 kTipLabel = 6;  // a label in "Getting started"
const QString kDiagram = QStringLiteral("24/course/section/3/diagram.png");
const QString kTip = QStringLiteral("54/mod_label/intro/tip.png");
const QString kBrief = QStringLiteral("55/mod_assign/introattachment/0/brief.pdf");

struct SiteHtml
{
    bool diagram = true;  // the section summary shows the diagram
    qint64 briefTime = SyncedDatabase::kRecordedNow;
};

// The recorded CS101 with a diagram in a section summary (and an image of another site beside it), an image in the
// label's text, and Lab 1's instructions attached as brief.pdf.
FakeMoodleServer::AnswerFilter withEmbeddedFiles(FakeMoodleServer *server, const SiteHtml *html)
{
    return [=](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
        const QString site = server->baseUrl().toString() + QStringLiteral("/webservice/pluginfile.php/");
        if (function == QLatin1String("core_course_get_contents")
            && params.contains({QStringLiteral("courseid"), QStringLiteral("2")})) {
            QJsonArray sections = QJsonDocument::fromJson(answer).array();
            for (int i = 0; i < sections.size(); ++i) {
                QJsonObject section = sections.at(i).toObject();
                if (section.value(QLatin1String("id")).toInteger() == kVariablesSection && html->diagram) {
                    section.insert(QStringLiteral("summary"),
                                   section.value(QLatin1String("summary")).toString() + QStringLiteral("<img src=\"")
                                       + site + kDiagram
                                       + QStringLiteral("\"><img src=\"https://elsewhere.example/webservice/"
                                                        "pluginfile.php/1/course/section/1/tracker.png\">"));
                }
                QJsonArray modules = section.value(QLatin1String("modules")).toArray();
                for (int m = 0; m < modules.size(); ++m) {
                    QJsonObject module = modules.at(m).toObject();
                    if (module.value(QLatin1String("id")).toInteger() == kTipLabel)
                        module.insert(QStringLiteral("description"),
                                      module.value(QLatin1String("description")).toString()
                                          + QStringLiteral("<img src=\"") + site + kTip + QStringLiteral("\">"));
                    modules.replace(m, module);
                }
                section.insert(QStringLiteral("modules"), modules);
                sections.replace(i, section);
            }
            return QJsonDocument(sections).toJson(QJsonDocument::Compact);
        }
        if (function == QLatin1String("mod_assign_get_assignments")) {
            QJsonObject document = QJsonDocument::fromJson(answer).object();
            QJsonArray courses = document.value(QLatin1String("courses")).toArray();
            for (int c = 0; c < courses.size(); ++c) {
                QJsonObject course = courses.at(c).toObject();
                QJsonArray assignments = course.value(QLatin1String("assignments")).toArray();
                for (int a = 0; a < assignments.size(); ++a) {
                    QJsonObject assignment = assignments.at(a).toObject();
                    if (assignment.value(QLatin1String("cmid")).toInteger() == 7) {
                        assignment.insert(
                            QStringLiteral("introattachments"),
                            QJsonArray{QJsonObject{{QStringLiteral("filename"), QStringLiteral("brief.pdf")},
                                                   {QStringLiteral("filepath"), QStringLiteral("/")},
                                                   {QStringLiteral("filesize"), 2048},
                                                   {QStringLiteral("fileurl"), site + kBrief},
                                                   {QStringLiteral("timemodified"), html->briefTime},
                                                   {QStringLiteral("mimetype"), QStringLiteral("application/pdf")}}});
                    }
                    assignments.replace(a, assignment);
                }
                course.insert(QStringLiteral("assignments"), assignments);
                courses.replace(c, course);
            }
            document.insert(QStringLiteral("courses"), courses);
            return QJsonDocument(document).toJson(QJsonDocument::Compact);
        }
        return answer;
    };
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

class TestEmbeddedFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void embeddedFilesComeWithTheCourseKeptFreshAndLeaveWithTheirHtml();
    void onlyTheSitesOwnAddressesAreListed();

private:
    bool waitFinished();
    CourseFile fileNamed(const QString &name);
    void resync();

    SiteHtml m_html;
    std::unique_ptr<SyncedDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineContent> m_content;
};

void TestEmbeddedFiles::init()
{
    m_html = {};
    m_db = std::make_unique<SyncedDatabase>();
    m_db->server().setAnswerFilter(withEmbeddedFiles(&m_db->server(), &m_html));
    m_db->server().setFileOnSite(kDiagram, QByteArray("\x89PNG diagram ") + QByteArray(500, 'd'),
                                 SyncedDatabase::kRecordedNow);
    m_db->server().setFileOnSite(kTip, QByteArray("\x89PNG tip"), SyncedDatabase::kRecordedNow);
    m_db->server().setFileOnSite(kBrief, QByteArray("%PDF-1.4 brief ") + QByteArray(2048 - 15, 'b'),
                                 SyncedDatabase::kRecordedNow);
    QString error;
    QVERIFY2(m_db->create(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_content = std::make_unique<OfflineContent>(&m_db->client(), m_db->connection(),
                                                 FilesFolder(m_dir->filePath(QStringLiteral("files"))), &m_db->clock());
    m_content->setKeepFreeBytes(0);
    m_db->server().clearRequests();
}

void TestEmbeddedFiles::cleanup()
{
    m_content.reset();
    m_db.reset();
}

bool TestEmbeddedFiles::waitFinished()
{
    QSignalSpy finished(m_content.get(), &OfflineContent::finished);
    return finished.wait(20000);
}

CourseFile TestEmbeddedFiles::fileNamed(const QString &name)
{
    for (const CourseFile &file : stored(DownloadRepository(m_db->connection()).courseFiles(kCourse))) {
        if (file.fileName == name)
            return file;
    }
    return {};
}

void TestEmbeddedFiles::resync()
{
    SyncEngine engine(&m_db->client(), m_db->connection(), &m_db->clock());
    const SyncSummary summary = runSync(engine, SyncEngine::Mode::Full);
    QVERIFY2(summary.ok(), qPrintable(describe(summary)));
}

void TestEmbeddedFiles::embeddedFilesComeWithTheCourseKeptFreshAndLeaveWithTheirHtml()
{
    QVERIFY(m_content->makeAvailableOffline({kCourse}));
    QVERIFY(waitFinished());
    QVERIFY(!m_content->error());

    // The section's own file sits in the section's folder; the others in their activity's, as its files do.
    const CourseFile diagram = fileNamed(QStringLiteral("diagram.png"));
    QCOMPARE(diagram.cmid, 0);
    QCOMPARE(diagram.sectionId, kVariablesSection);
    QCOMPARE(diagram.localPath, QStringLiteral("CS101/Variables and types/diagram.png"));
    const CourseFile brief = fileNamed(QStringLiteral("brief.pdf"));
    QCOMPARE(brief.cmid, 7);
    QVERIFY2(brief.localPath.startsWith(QLatin1String("CS101/Variables and types/Lab 1")), qPrintable(brief.localPath));
    QVERIFY2(brief.localPath.endsWith(QLatin1String("/brief.pdf")), qPrintable(brief.localPath));
    const CourseFile tip = fileNamed(QStringLiteral("tip.png"));
    QCOMPARE(tip.cmid, kTipLabel);
    QVERIFY2(tip.localPath.startsWith(QLatin1String("CS101/Getting started/")), qPrintable(tip.localPath));
    for (const CourseFile &file : {diagram, brief, tip})
        QCOMPARE(file.state(), CourseFile::State::Downloaded);
    QCOMPARE(bytesOf(m_content->folder().absolutePath(diagram.localPath)), m_db->server().fileBytes(kDiagram));
    QCOMPARE(bytesOf(m_content->folder().absolutePath(brief.localPath)), m_db->server().fileBytes(kBrief));
    QCOMPARE(bytesOf(m_content->folder().absolutePath(tip.localPath)), m_db->server().fileBytes(kTip));

    // Nothing changed: nothing fetched again.
    m_db->server().clearRequests();
    QVERIFY(m_content->makeAvailableOffline({kCourse}));
    QVERIFY(waitFinished());
    QCOMPARE(m_db->server().requestCount(QStringLiteral("webservice/pluginfile.php")), 0);

    // The teacher replaced the instructions and took the diagram out of the summary: the next sync brings the new
    // brief and removes the diagram from this computer.
    const QByteArray newBrief = QByteArray("%PDF-1.4 brief v2 ") + QByteArray(2048 - 18, 'c');
    m_html.briefTime = SyncedDatabase::kRecordedNow + 600;
    m_html.diagram = false;
    m_db->server().setFileOnSite(kBrief, newBrief, m_html.briefTime);
    resync();
    QCOMPARE(fileNamed(QStringLiteral("brief.pdf")).state(), CourseFile::State::Outdated);
    QVERIFY(fileNamed(QStringLiteral("diagram.png")).fileUrl.isEmpty());
    m_content->keepFresh({kCourse});
    QVERIFY(waitFinished());
    QVERIFY(!m_content->error());
    QCOMPARE(bytesOf(m_content->folder().absolutePath(brief.localPath)), newBrief);
    QVERIFY(!QFile::exists(m_content->folder().absolutePath(diagram.localPath)));
    QVERIFY(QFile::exists(m_content->folder().absolutePath(tip.localPath)));
}

void TestEmbeddedFiles::onlyTheSitesOwnAddressesAreListed()
{
    const QList<CourseFile> files = stored(DownloadRepository(m_db->connection()).courseFiles(kCourse));
    QVERIFY(!files.isEmpty());
    for (const CourseFile &file : files) {
        QVERIFY2(file.fileUrl.startsWith(m_db->server().baseUrl().toString()), qPrintable(file.fileUrl));
        QVERIFY2(!file.fileUrl.contains(QLatin1String("token")), qPrintable(file.fileUrl));
    }
    QVERIFY(fileNamed(QStringLiteral("tracker.png")).fileUrl.isEmpty());
    QVERIFY(!fileNamed(QStringLiteral("diagram.png")).fileUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestEmbeddedFiles)
#include "tst_embeddedfiles.moc"
