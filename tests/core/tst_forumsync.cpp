// Forums read offline: ForumSync against the fake Moodle server (the recorded site's forums, a forum that
// changed, calls that fail, a forum too big for one page), and `satchelctl forum` reading them with the site gone.

#include "CallFaultRows.h"
#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "SatchelCtl.h"
#include "StoredValue.h"
#include "SyncedDatabase.h"

#include "account/AccountStore.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"
#include "store/ForumRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/ForumSync.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kAnnouncementsCS101 = 1;  // forum instance ids (activities.instance)
constexpr qint64 kQandA = 3;  // CS101's "Q&A forum", cmid 9: discussions 1 (three replies) and 2 (one)
constexpr qint64 kQandACmid = 9;
constexpr qint64 kIntroduceYourself = 1;

const QString kDiscussions = QStringLiteral("mod_forum_get_forum_discussions");
const QString kPosts = QStringLiteral("mod_forum_get_discussion_posts");

QList<qint64> postIds(const ForumDiscussion &discussion)
{
    QList<qint64> ids;
    for (const ForumPost &post : discussion.posts)
        ids << post.id;
    return ids;
}

QList<qint64> newPostIds(const QList<ForumDiscussion> &discussions)
{
    QList<qint64> ids;
    for (const ForumDiscussion &discussion : discussions) {
        for (const ForumPost &post : discussion.posts) {
            if (post.isNew)
                ids << post.id;
        }
    }
    return ids;
}

ForumDiscussion discussionIn(const QList<ForumDiscussion> &discussions, qint64 id)
{
    for (const ForumDiscussion &discussion : discussions) {
        if (discussion.id == id)
            return discussion;
    }
    return {};
}

bool hasParam(const FakeParams &params, const QString &name, qint64 value)
{
    return params.contains({name, QString::number(value)});
}

// The site after someone replied in a discussion: the listing shows it modified, with one more reply, and its
// posts include `reply` (a post object of mod_forum_get_discussion_posts).
FakeMoodleServer::AnswerFilter replied(qint64 forumId, qint64 discussionId, const QJsonObject &reply)
{
    return [=](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
        QJsonObject document = QJsonDocument::fromJson(answer).object();
        if (function == kDiscussions && hasParam(params, QStringLiteral("forumid"), forumId)) {
            QJsonArray discussions = document.value(QLatin1String("discussions")).toArray();
            for (int i = 0; i < discussions.size(); ++i) {
                QJsonObject discussion = discussions.at(i).toObject();
                if (discussion.value(QLatin1String("discussion")).toInteger() != discussionId)
                    continue;
                discussion.insert(QStringLiteral("timemodified"), reply.value(QLatin1String("timecreated")));
                discussion.insert(QStringLiteral("numreplies"),
                                  discussion.value(QLatin1String("numreplies")).toInt() + 1);
                discussions.replace(i, discussion);
            }
            document.insert(QStringLiteral("discussions"), discussions);
        } else if (function == kPosts && hasParam(params, QStringLiteral("discussionid"), discussionId)) {
            QJsonArray posts = document.value(QLatin1String("posts")).toArray();
            posts.prepend(reply);  // the site lists the newest first
            document.insert(QStringLiteral("posts"), posts);
        } else {
            return answer;
        }
        return QJsonDocument(document).toJson(QJsonDocument::Compact);
    };
}

QJsonObject replyPost(qint64 id, qint64 discussionId, qint64 parentId, qint64 time, const QString &message)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("discussionid"), discussionId},
        {QStringLiteral("parentid"), parentId},
        {QStringLiteral("hasparent"), true},
        {QStringLiteral("subject"), QStringLiteral("Re: Introduce yourself!")},
        {QStringLiteral("message"), message},
        {QStringLiteral("messageformat"), 1},
        {QStringLiteral("author"),
         QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("fullname"), QStringLiteral("Elena Márquez")}}},
        {QStringLiteral("timecreated"), time},
        {QStringLiteral("timemodified"), time},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("someFieldOfALaterMoodle"), QJsonObject{{QStringLiteral("x"), 1}}}};
}

// A forum of `count` discussions, each with one post, newest modified first, as the site pages it; discussion
// ids 1000 + n, modified at base + n (so 1000 + count - 1 is the newest). `bumped` discussions were modified later.
struct BigForum
{
    qint64 forumId = kQandA;
    int count = 250;
    qint64 base = 1700000000;
    QHash<qint64, qint64> bumped;  // discussion id → time modified
    QSet<qint64> removed;

    QList<QJsonObject> ordered() const
    {
        QList<QJsonObject> discussions;
        for (int n = 0; n < count; ++n) {
            const qint64 id = 1000 + n;
            if (removed.contains(id))
                continue;
            const qint64 modified = bumped.value(id, base + n);
            discussions.append(QJsonObject{{QStringLiteral("id"), 5000 + n},
                                           {QStringLiteral("discussion"), id},
                                           {QStringLiteral("name"), QStringLiteral("Topic %1").arg(n)},
                                           {QStringLiteral("userfullname"), QStringLiteral("Zoë Müller")},
                                           {QStringLiteral("created"), base + n},
                                           {QStringLiteral("timemodified"), modified},
                                           {QStringLiteral("numreplies"), 0},
                                           {QStringLiteral("pinned"), false}});
        }
        std::stable_sort(discussions.begin(), discussions.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("timemodified")).toInteger()
                > b.value(QLatin1String("timemodified")).toInteger();
        });
        return discussions;
    }

    std::optional<QByteArray> answer(const QString &function, const FakeParams &params) const
    {
        if (function == kDiscussions && hasParam(params, QStringLiteral("forumid"), forumId)) {
            int pageNumber = 0;
            for (const auto &[name, value] : params) {
                if (name == QLatin1String("page"))
                    pageNumber = value.toInt();
            }
            QJsonArray list;
            const QList<QJsonObject> all = ordered();
            for (qsizetype i = pageNumber * 100; i < qMin<qsizetype>(all.size(), (pageNumber + 1) * 100); ++i)
                list.append(all.at(i));
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("discussions"), list}, {QStringLiteral("warnings"), QJsonArray()}})
                .toJson(QJsonDocument::Compact);
        }
        if (function == kPosts) {
            qint64 id = 0;
            for (const auto &[name, value] : params) {
                if (name == QLatin1String("discussionid"))
                    id = value.toLongLong();
            }
            if (id < 1000)
                return std::nullopt;
            const QJsonObject post{
                {QStringLiteral("id"), 10 * id},
                {QStringLiteral("discussionid"), id},
                {QStringLiteral("parentid"), QJsonValue::Null},
                {QStringLiteral("subject"), QStringLiteral("Topic")},
                {QStringLiteral("message"), QStringLiteral("<p>post %1</p>").arg(id)},
                {QStringLiteral("author"), QJsonObject{{QStringLiteral("fullname"), QStringLiteral("Zoë")}}},
                {QStringLiteral("timecreated"), bumped.value(id, base)},
                {QStringLiteral("timemodified"), bumped.value(id, base)}};
            return QJsonDocument(QJsonObject{{QStringLiteral("posts"), QJsonArray{post}}})
                .toJson(QJsonDocument::Compact);
        }
        return std::nullopt;
    }
};

}  // namespace

class TestForumSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncedDatabase> m_site;

    FakeMoodleServer &server() { return m_site->server(); }
    QList<ForumDiscussion> forum(qint64 forumId)
    {
        return stored(ForumRepository(m_site->connection()).discussions(forumId));
    }

    // One forum sync of `courses` to its end; false if it did not finish.
    bool syncForums(ForumSync &sync, const QList<qint64> &courses)
    {
        QSignalSpy finished(&sync, &ForumSync::finished);
        sync.start(courses);
        return finished.wait(20000) && finished.size() == 1;
    }

    bool syncForums(const QList<qint64> &courses, QStringList *problems = nullptr)
    {
        ForumSync sync(&m_site->client(), m_site->connection(), &m_site->clock());
        const bool ok = syncForums(sync, courses);
        if (problems)
            *problems = sync.problems();
        return ok && !sync.error();
    }

private Q_SLOTS:
    void init()
    {
        m_site = std::make_unique<SyncedDatabase>();
        QString error;
        QVERIFY2(m_site->create(&error), qPrintable(error));
        server().clearRequests();
    }

    void cleanup() { m_site.reset(); }

    void storesTheRecordedForums()
    {
        QStringList problems;
        QVERIFY(syncForums({kCS101, kMATH201}, &problems));
        QVERIFY2(server().unmatchedRequests().isEmpty(), qPrintable(server().unmatchedRequests().value(0).toString()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(server().unmatchedRequests().isEmpty(), qPrintable(server().unmatchedRequests().value(0).toString()));
        // One listing per forum (CS101: 1 and 3; MATH201: 2, empty, and 4), the posts of each discussion once.
        QCOMPARE(server().callCount(kDiscussions), 4);
        QCOMPARE(server().callCount(kPosts), 5);

        const QList<ForumDiscussion> qanda = forum(kQandA);
        QCOMPARE(qanda.size(), 2);
        // Every post of the recording, with its text exactly as the site sent it.
        for (const ForumDiscussion &discussion : qanda) {
            const QJsonArray recorded =
                QJsonDocument::fromJson(
                    server().recordedContentBody(
                        QStringLiteral("student1/mod_forum_get_discussion_posts__discussionid-%1.json")
                            .arg(discussion.id)))
                    .object()
                    .value(QLatin1String("posts"))
                    .toArray();
            QVERIFY(!recorded.isEmpty());
            QCOMPARE(discussion.posts.size(), recorded.size());
            QHash<qint64, QJsonObject> byId;
            for (const QJsonValue &post : recorded)
                byId.insert(post.toObject().value(QLatin1String("id")).toInteger(), post.toObject());
            for (const ForumPost &post : discussion.posts) {
                const QJsonObject source = byId.value(post.id);
                QCOMPARE(post.message, source.value(QLatin1String("message")).toString());
                QCOMPARE(post.author,
                         source.value(QLatin1String("author")).toObject().value(QLatin1String("fullname")).toString());
                QCOMPARE(post.timeCreated, source.value(QLatin1String("timecreated")).toInteger());
                QCOMPARE(post.parentId.value_or(0), source.value(QLatin1String("parentid")).toInteger());
                QVERIFY(!post.isNew);  // the first sync marks nothing new
            }
            QVERIFY(!discussion.isNew);
        }
        // A thread: the question first, then the replies oldest first (the site lists them newest first, and
        // their dates are before the question's).
        const ForumDiscussion introductions = discussionIn(qanda, kIntroduceYourself);
        QCOMPARE(introductions.name, QStringLiteral("Introduce yourself!"));
        QCOMPARE(postIds(introductions), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(introductions.posts.at(0).depth, 0);
        QCOMPARE(introductions.posts.at(2).depth, 1);
        QCOMPARE(introductions.posts.at(2).author, QStringLiteral("小明 王"));
        QVERIFY(introductions.posts.at(2).message.contains(QStringLiteral("大家好！我是小明")));
        QCOMPARE(introductions.numReplies, 3);

        QCOMPARE(forum(kAnnouncementsCS101).size(), 1);
        QCOMPARE(forum(2).size(), 0);  // MATH201's announcements: no discussions
        QCOMPARE(forum(4).size(), 2);
        QVERIFY(stored(SyncStateRepository(m_site->connection()).lastSuccess(ForumSync::scope(2))).has_value());
    }

    void unchangedResyncAsksOnlyFirstPages()
    {
        QVERIFY(syncForums({kCS101, kMATH201}));
        const QList<ForumDiscussion> before = forum(kQandA);
        server().clearRequests();

        QVERIFY(syncForums({kCS101, kMATH201}));
        QCOMPARE(server().callCount(kDiscussions), 4);
        QCOMPARE(server().callCount(kPosts), 0);
        const QList<ForumDiscussion> after = forum(kQandA);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(postIds(after.at(i)), postIds(before.at(i)));
        QVERIFY(newPostIds(after).isEmpty());
    }

    void changedDiscussionFetchesOnlyItsPosts()
    {
        QVERIFY(syncForums({kCS101, kMATH201}));
        server().clearRequests();
        // Elena answers 小明 (post 3), attaching two files whose addresses carry the token (both forms).
        const qint64 later = 1796600000;
        QJsonObject reply = replyPost(99, kIntroduceYourself, 3, later, QStringLiteral("<p>欢迎！Welcome.</p>"));
        const QString base = server().baseUrl().toString();
        reply.insert(
            QStringLiteral("attachments"),
            QJsonArray{QJsonObject{{QStringLiteral("filename"), QStringLiteral("lab-notes.pdf")},
                                   {QStringLiteral("filepath"), QStringLiteral("/")},
                                   {QStringLiteral("filesize"), 2048},
                                   {QStringLiteral("mimetype"), QStringLiteral("application/pdf")},
                                   {QStringLiteral("url"),
                                    base
                                        + QStringLiteral("/webservice/pluginfile.php/30/mod_forum/attachment/99/"
                                                         "lab-notes.pdf?forcedownload=1&token=SECRETTOKEN")}},
                       QJsonObject{{QStringLiteral("filename"), QStringLiteral("图.png")},
                                   {QStringLiteral("filesize"), 10},
                                   {QStringLiteral("fileurl"),
                                    base
                                        + QStringLiteral("/tokenpluginfile.php/SECRETKEY/30/mod_forum/"
                                                         "attachment/99/%E5%9B%BE.png")}}});
        server().setAnswerFilter(replied(kQandA, kIntroduceYourself, reply));

        QVERIFY(syncForums({kCS101, kMATH201}));
        QCOMPARE(server().callCount(kDiscussions), 4);
        QCOMPARE(server().callCount(kPosts), 1);

        const QList<ForumDiscussion> qanda = forum(kQandA);
        const ForumDiscussion introductions = discussionIn(qanda, kIntroduceYourself);
        // The reply under its parent, before the later reply to the question.
        QCOMPARE(postIds(introductions), (QList<qint64>{1, 2, 3, 99, 4}));
        QCOMPARE(introductions.posts.at(3).depth, 2);
        QCOMPARE(introductions.posts.at(3).message, QStringLiteral("<p>欢迎！Welcome.</p>"));
        QVERIFY(introductions.isNew);
        QVERIFY(!discussionIn(qanda, 2).isNew);
        QCOMPARE(newPostIds(qanda), QList<qint64>{99});
        QCOMPARE(newPostIds(forum(4)), QList<qint64>{});
        // Attachments listed, their addresses kept without the token.
        const QList<ForumAttachment> files = introductions.posts.at(3).attachments;
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).fileName, QStringLiteral("lab-notes.pdf"));
        QCOMPARE(files.at(0).fileSize, 2048);
        QCOMPARE(files.at(0).fileUrl,
                 base
                     + QStringLiteral(
                         "/webservice/pluginfile.php/30/mod_forum/attachment/99/lab-notes.pdf?forcedownload=1"));
        QCOMPARE(files.at(1).fileName, QStringLiteral("图.png"));
        QVERIFY2(!files.at(1).fileUrl.contains(QLatin1String("SECRETKEY")), qPrintable(files.at(1).fileUrl));
        QVERIFY(files.at(1).fileUrl.endsWith(
            QLatin1String("/webservice/pluginfile.php/30/mod_forum/attachment/99/%E5%9B%BE.png")));
        QFile file(m_site->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("SECRET"));

        // Nothing changed since: nothing is new any more, and nothing is asked again.
        server().clearRequests();
        QVERIFY(syncForums({kCS101, kMATH201}));
        QCOMPARE(server().callCount(kPosts), 0);
        QCOMPARE(newPostIds(forum(kQandA)), QList<qint64>{});
        QVERIFY(!discussionIn(forum(kQandA), kIntroduceYourself).isNew);
        QCOMPARE(postIds(discussionIn(forum(kQandA), kIntroduceYourself)), (QList<qint64>{1, 2, 3, 99, 4}));
    }

    void failedForumKeepsItsPosts_data() { addCallFaultRows({kDiscussions, kPosts}); }

    void failedForumKeepsItsPosts()
    {
        QFETCH(QString, function);
        QFETCH(int, fault);
        QVERIFY(syncForums({kCS101, kMATH201}));
        // Replies in CS101's two forums; the Q&A forum's call fails.
        const qint64 later = 1796600000;
        const auto inQandA = replied(kQandA, kIntroduceYourself,
                                     replyPost(99, kIntroduceYourself, 1, later, QStringLiteral("<p>Q&amp;A</p>")));
        const auto inAnnouncements =
            replied(kAnnouncementsCS101, 3, replyPost(98, 3, 7, later, QStringLiteral("<p>Announcement reply</p>")));
        server().setAnswerFilter([=](const QString &user, const QString &f, const FakeParams &p, const QByteArray &a) {
            return inAnnouncements(user, f, p, inQandA(user, f, p, a));
        });
        const QString failing = function == kDiscussions ? QStringLiteral("forumid") : QStringLiteral("discussionid");
        const qint64 failingId = function == kDiscussions ? kQandA : kIntroduceYourself;
        server().injectCallFault(function, FakeMoodleServer::CallFault(fault),
                                 [=](const FakeParams &params) { return hasParam(params, failing, failingId); });

        QStringList problems;
        QVERIFY(syncForums({kCS101, kMATH201}, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).contains(QLatin1String("Q&A forum")), qPrintable(problems.at(0)));
        // The failed forum as it was; the other forum of the course updated.
        QCOMPARE(postIds(discussionIn(forum(kQandA), kIntroduceYourself)), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(discussionIn(forum(kQandA), kIntroduceYourself).numReplies, 3);
        QCOMPARE(postIds(discussionIn(forum(kAnnouncementsCS101), 3)), (QList<qint64>{7, 98}));
        QCOMPARE(newPostIds(forum(kAnnouncementsCS101)), QList<qint64>{98});
        QVERIFY(!stored(SyncStateRepository(m_site->connection()).lastError(ForumSync::scope(kQandA))).isEmpty());

        // Once the site answers again, the failed forum catches up (what it missed is new).
        server().clearFaults();
        QVERIFY(syncForums({kCS101, kMATH201}, &problems));
        QVERIFY(problems.isEmpty());
        QCOMPARE(postIds(discussionIn(forum(kQandA), kIntroduceYourself)), (QList<qint64>{1, 2, 3, 4, 99}));
        QCOMPARE(newPostIds(forum(kQandA)), QList<qint64>{99});
    }

    void offlineEndsTheForumSync()
    {
        QVERIFY(syncForums({kCS101}));
        server().stop();
        ForumSync sync(&m_site->client(), m_site->connection(), &m_site->clock());
        QVERIFY(syncForums(sync, {kCS101, kMATH201}));
        QVERIFY(sync.error());
        QVERIFY(sync.error()->isOffline());
        QCOMPARE(forum(kQandA).size(), 2);  // what was stored stays
    }

    void pagingStopsAtStoredDiscussions()
    {
        BigForum big;
        server().setCallHandler([&big](const QString &, const QString &function, const FakeParams &params) {
            return big.answer(function, params);
        });
        QVERIFY(syncForums({kCS101}));
        QCOMPARE(forum(kQandA).size(), 250);
        QCOMPARE(server().callCount(kDiscussions), 1 + 3);  // CS101's announcements, and three pages

        // Nothing changed: the first page already reaches what is stored.
        server().clearRequests();
        QVERIFY(syncForums({kCS101}));
        QCOMPARE(server().callCount(kDiscussions), 1 + 1);
        QCOMPARE(server().callCount(kPosts), 0);

        // Someone replied in an old topic (now first), and the newest topic was deleted.
        big.bumped.insert(1010, big.base + 1000);
        big.removed.insert(1249);
        server().clearRequests();
        QVERIFY(syncForums({kCS101}));
        QCOMPARE(server().callCount(kDiscussions), 1 + 1);
        QCOMPARE(server().callCount(kPosts), 1);
        const QList<ForumDiscussion> after = forum(kQandA);
        QCOMPARE(after.size(), 249);
        QCOMPARE(after.at(0).id, 1010);
        QVERIFY(after.at(0).isNew);
        QCOMPARE(discussionIn(after, 1249).id, 0);
        QCOMPARE(discussionIn(after, 1000).id, 1000);  // beyond the page read, kept
    }

    void forumCommandReadsOffline()
    {
        // satchelctl's own account and database: signed in and synced through satchelctl, forums by ForumSync.
        QTemporaryDir dir;
        MemorySecretStore secrets;
        FixedClock clock{SyncedDatabase::kRecordedNow};
        const auto ctl = [&](QStringList args, QString *out = nullptr, QString *err = nullptr) {
            QString outText;
            QString errText;
            QTextStream outStream(&outText);
            QTextStream errStream(&errText);
            SatchelCtl tool(&secrets, outStream, errStream,
                            [](const QString &) { return QStringLiteral("Test-pass-1"); });
            tool.setTimeoutMs(5000);
            tool.setClock(&clock);
            args.prepend(QStringLiteral("satchelctl"));
            args << QStringLiteral("--data-dir") << dir.path();
            const int code = tool.run(args);
            outStream.flush();
            errStream.flush();
            if (out)
                *out = outText;
            if (err)
                *err = errText;
            return code;
        };
        server().setCallHandler(fillRecordingGaps(server()));
        QCOMPARE(ctl({QStringLiteral("login"), server().baseUrl().toString(), QStringLiteral("student1"),
                      QStringLiteral("--allow-http")}),
                 0);
        QString out;
        QString err;
        QVERIFY2(ctl({QStringLiteral("sync")}, &out, &err) == 0, qPrintable(out + err));
        // Before its forum sync, the forum is known but not on this computer.
        QCOMPARE(ctl({QStringLiteral("forum"), QString::number(kQandACmid), QStringLiteral("--json")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("synced")).toBool(true), false);

        // Markup, a script and entities in a reply, as a site may send them.
        server().setAnswerFilter(replied(
            kQandA, kIntroduceYourself,
            replyPost(99, kIntroduceYourself, 1, 1796600000,
                      QStringLiteral("<p>See <script>alert('x')</script><b>this</b> &amp; that<img src=\"x.png\" "
                                     "alt=\"\"></p><p>Second   paragraph</p>"))));
        {
            const std::optional<Account> account = AccountStore(dir.path()).load();
            QVERIFY(account);
            Database database;
            QVERIFY(database.open(Database::fileFor(dir.path(), account->id())));
            MoodleClient client;
            client.setSiteUrl(server().baseUrl());
            client.setToken(server().tokenForUser(QStringLiteral("student1")));
            ForumSync sync(&client, database.connection(), &clock);
            QVERIFY(syncForums(sync, {kCS101}));
            QVERIFY(!sync.error());
        }
        server().stop();

        QCOMPARE(ctl({QStringLiteral("forum"), QString::number(kQandACmid)}, &out, &err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("Q&A forum\n")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1Char('<')) && !out.contains(QLatin1String("&amp;")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("alert")));
        QVERIFY(out.contains(QStringLiteral("Tell us your name, where you are from & why you are taking CS101.")));
        QVERIFY(out.contains(QStringLiteral("大家好！我是小明 (Xiaoming). Looking forward to the labs.")));
        QVERIFY(out.contains(QStringLiteral("See this & that\n")));
        QVERIFY(out.contains(QStringLiteral("Second paragraph\n")));
        // Oldest first: the question, then Liam's, 小明's, Amélie's and Elena's replies.
        const qsizetype question = out.indexOf(QStringLiteral("Tell us your name"));
        const qsizetype liam = out.indexOf(QStringLiteral("I'm Liam from Dublin"));
        const qsizetype xiaoming = out.indexOf(QStringLiteral("大家好"));
        const qsizetype amelie = out.indexOf(QStringLiteral("Amélie here"));
        const qsizetype elena = out.indexOf(QStringLiteral("See this"));
        QVERIFY2(question >= 0 && question < liam && liam < xiaoming && xiaoming < amelie && amelie < elena,
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Elena Márquez · ")));

        QCOMPARE(ctl({QStringLiteral("forum"), QString::number(kQandACmid), QStringLiteral("--json")}, &out), 0);
        const QJsonObject document = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(document.value(QLatin1String("synced")).toBool(), true);
        QCOMPARE(document.value(QLatin1String("forum")).toObject().value(QLatin1String("cmid")).toInteger(),
                 kQandACmid);
        QCOMPARE(document.value(QLatin1String("forum")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Q&A forum"));
        QJsonObject introductions;
        for (const QJsonValue &discussion : document.value(QLatin1String("discussions")).toArray()) {
            if (discussion.toObject().value(QLatin1String("id")).toInteger() == kIntroduceYourself)
                introductions = discussion.toObject();
        }
        QCOMPARE(introductions.value(QLatin1String("subject")).toString(), QStringLiteral("Introduce yourself!"));
        QCOMPARE(introductions.value(QLatin1String("new")).toBool(false), false);  // the forum's first sync
        const QJsonArray posts = introductions.value(QLatin1String("posts")).toArray();
        QCOMPARE(posts.size(), 5);
        QList<qint64> ids;
        for (const QJsonValue &post : posts)
            ids << post.toObject().value(QLatin1String("id")).toInteger();
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 99}));
        QVERIFY(posts.at(0).toObject().value(QLatin1String("parentId")).isNull());
        QCOMPARE(posts.at(1).toObject().value(QLatin1String("parentId")).toInteger(), 1);
        QCOMPARE(posts.at(4).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("See this & that\nSecond paragraph"));
        QCOMPARE(posts.at(4).toObject().value(QLatin1String("author")).toString(), QStringLiteral("Elena Márquez"));
        QCOMPARE(posts.at(4).toObject().value(QLatin1String("time")).toInteger(), 1796600000);
        QVERIFY(posts.at(4).toObject().value(QLatin1String("attachments")).isArray());

        // Not a forum, or no such activity: the usage exit code, and a sentence.
        QCOMPARE(ctl({QStringLiteral("forum"), QStringLiteral("999999")}, &out, &err), 2);
        QVERIFY2(err.contains(QLatin1String("No forum 999999")), qPrintable(err));
        QCOMPARE(ctl({QStringLiteral("forum"), QStringLiteral("3"), QStringLiteral("--json")}, &out, &err), 2);
        QVERIFY2(err.contains(QLatin1String("not a forum")), qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8())
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("errorcode"))
                     .toString(),
                 QStringLiteral("notaforum"));
        QCOMPARE(ctl({QStringLiteral("forum"), QStringLiteral("abc")}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestForumSync)
#include "tst_forumsync.moc"
