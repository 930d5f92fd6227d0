#include "SiteWithBook.h"

#include "SyncedDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace SiteWithBook;

namespace {
QJsonObject bookFile(const QString &site, const QString &path, const QString &title, qint64 size)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    const QString chapter = path.section(QLatin1Char('/'), 3, 3);
    QJsonObject file{{QStringLiteral("type"), QStringLiteral("file")},
                     {QStringLiteral("filename"), name},
                     {QStringLiteral("filepath"), QStringLiteral("/%1/").arg(chapter)},
                     {QStringLiteral("filesize"), size},
                     {QStringLiteral("fileurl"), site + path},
                     {QStringLiteral("timemodified"), SyncedDatabase::kRecordedNow},
                     {QStringLiteral("mimetype"),
                      name.endsWith(u".png") ? QStringLiteral("image/png") : QStringLiteral("text/html")}};
    if (!title.isNull())
        file.insert(QStringLiteral("content"), title);
    return file;
}

}  // namespace

FakeMoodleServer::AnswerFilter SiteWithBook::filter(FakeMoodleServer *server)
{
    return [=](const QString &, const QString &function, const FakeParams &params, const QByteArray &answer) {
        if (function != QLatin1String("core_course_get_contents")
            || !params.contains({QStringLiteral("courseid"), QStringLiteral("2")}))
            return answer;
        const QString site = server->baseUrl().toString() + QStringLiteral("/webservice/pluginfile.php/");
        const QJsonArray structure{QJsonObject{{QStringLiteral("title"), QStringLiteral("Why loops")},
                                               {QStringLiteral("href"), QStringLiteral("11/index.html")}},
                                   QJsonObject{{QStringLiteral("title"), QStringLiteral("for & while")},
                                               {QStringLiteral("href"), QStringLiteral("12/index.html")}}};
        const QJsonObject book{
            {QStringLiteral("id"), kBook},
            {QStringLiteral("name"), QStringLiteral("Loops, the book")},
            {QStringLiteral("modname"), QStringLiteral("book")},
            {QStringLiteral("modplural"), QStringLiteral("Books")},
            {QStringLiteral("instance"), 1},
            {QStringLiteral("visible"), 1},
            {QStringLiteral("uservisible"), true},
            {QStringLiteral("contents"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("content")},
                                    {QStringLiteral("filename"), QStringLiteral("structure")},
                                    {QStringLiteral("filepath"), QStringLiteral("/")},
                                    {QStringLiteral("filesize"), 0},
                                    {QStringLiteral("fileurl"), QString()},
                                    {QStringLiteral("content"),
                                     QString::fromUtf8(QJsonDocument(structure).toJson(QJsonDocument::Compact))}},
                        bookFile(site, kChapterOne, kTitleOne, 0),
                        // format_string's output: an entity, and markup a teacher typed into the title.
                        bookFile(site, kChapterTwo, kTitleTwo, 0), bookFile(site, kChapterImage, QString(), 9)}}};
        QJsonArray sections = QJsonDocument::fromJson(answer).array();
        for (int i = 0; i < sections.size(); ++i) {
            QJsonObject section = sections.at(i).toObject();
            if (section.value(QLatin1String("name")).toString() == QLatin1String("Control flow")) {
                QJsonArray modules = section.value(QLatin1String("modules")).toArray();
                modules.append(book);
                section.insert(QStringLiteral("modules"), modules);
                sections.replace(i, section);
            }
        }
        return QJsonDocument(sections).toJson(QJsonDocument::Compact);
    };
}
