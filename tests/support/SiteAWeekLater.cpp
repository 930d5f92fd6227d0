#include "SiteAWeekLater.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace SiteAWeekLater;

namespace {

qint64 courseIdOf(const FakeParams &params)
{
    for (const auto &[name, value] : params) {
        if (name == u"courseid")
            return value.toLongLong();
    }
    return 0;
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray contents(qint64 courseId, const QByteArray &answer)
{
    QJsonArray sections = QJsonDocument::fromJson(answer).array();
    if (sections.isEmpty())
        return answer;
    QJsonObject first = sections.first().toObject();
    first.insert(QStringLiteral("name"), first.value(u"name").toString() + QStringLiteral(" (updated)"));
    sections.replace(0, first);
    int lastNumber = 0;
    for (const QJsonValue &section : std::as_const(sections))
        lastNumber = qMax(lastNumber, section.toObject().value(u"section").toInt());
    const QJsonObject page{
        {QStringLiteral("id"), kNewActivityBase + courseId},
        {QStringLiteral("name"), QStringLiteral("Revision notes")},
        {QStringLiteral("instance"), kNewActivityBase + courseId},
        {QStringLiteral("visible"), 1},
        {QStringLiteral("uservisible"), true},
        {QStringLiteral("visibleoncoursepage"), 1},
        {QStringLiteral("modname"), QStringLiteral("page")},
        {QStringLiteral("modplural"), QStringLiteral("Pages")},
        {QStringLiteral("indent"), 0},
        {QStringLiteral("completion"), 1},
        {QStringLiteral("dates"), QJsonArray()},
    };
    sections.append(QJsonObject{
        {QStringLiteral("id"), kNewSectionBase + courseId},
        {QStringLiteral("name"), QStringLiteral("Revision week")},
        {QStringLiteral("visible"), 1},
        {QStringLiteral("summary"), QString()},
        {QStringLiteral("summaryformat"), 1},
        {QStringLiteral("section"), lastNumber + 1},
        {QStringLiteral("uservisible"), true},
        {QStringLiteral("modules"), QJsonArray{page}},
    });
    return compact(sections);
}

QByteArray gradeItems(const QByteArray &answer)
{
    QJsonObject root = QJsonDocument::fromJson(answer).object();
    QJsonArray users = root.value(u"usergrades").toArray();
    for (qsizetype u = 0; u < users.size(); ++u) {
        QJsonObject user = users.at(u).toObject();
        QJsonArray items = user.value(u"gradeitems").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            const QJsonValue raw = item.value(u"graderaw");
            const QString formatted = item.value(u"gradeformatted").toString();
            // Only numeric grades on a points scale: a letter or scale display would not read "89.00".
            if (!raw.isDouble() || item.value(u"scaleid").isDouble() || formatted.isEmpty()
                || !formatted.at(0).isDigit())
                continue;
            item.insert(QStringLiteral("graderaw"), raw.toDouble() + 1);
            item.insert(QStringLiteral("gradeformatted"), QString::number(raw.toDouble() + 1, 'f', 2));
            items.replace(i, item);
        }
        user.insert(QStringLiteral("gradeitems"), items);
        users.replace(u, user);
    }
    root.insert(QStringLiteral("usergrades"), users);
    return compact(root);
}

QByteArray completion(qint64 courseId, const QByteArray &answer)
{
    QJsonObject root = QJsonDocument::fromJson(answer).object();
    QJsonArray statuses = root.value(u"statuses").toArray();
    statuses.append(QJsonObject{
        {QStringLiteral("cmid"), kNewActivityBase + courseId},
        {QStringLiteral("modname"), QStringLiteral("page")},
        {QStringLiteral("instance"), kNewActivityBase + courseId},
        {QStringLiteral("state"), 1},
        {QStringLiteral("timecompleted"), 1795313529 + kWeek},
        {QStringLiteral("tracking"), 1},
        {QStringLiteral("overrideby"), QJsonValue()},
        {QStringLiteral("valueused"), false},
        {QStringLiteral("hascompletion"), true},
        {QStringLiteral("isautomatic"), false},
        {QStringLiteral("istrackeduser"), true},
        {QStringLiteral("uservisible"), true},
        {QStringLiteral("details"), QJsonArray()},
        {QStringLiteral("isoverallcomplete"), true},
    });
    root.insert(QStringLiteral("statuses"), statuses);
    return compact(root);
}

QByteArray participants(const QByteArray &answer)
{
    QJsonArray users = QJsonDocument::fromJson(answer).array();
    for (qsizetype i = 0; i < users.size(); ++i) {
        QJsonObject user = users.at(i).toObject();
        if (user.value(u"lastaccess").toInteger() > 0)
            user.insert(QStringLiteral("lastaccess"), user.value(u"lastaccess").toInteger() + kWeek);
        users.replace(i, user);
    }
    return compact(users);
}

}  // namespace

FakeMoodleServer::AnswerFilter siteAWeekLater()
{
    return [](const QString &, const QString &wsfunction, const FakeParams &params, const QByteArray &answer) {
        if (wsfunction == u"core_course_get_contents")
            return contents(courseIdOf(params), answer);
        if (wsfunction == u"gradereport_user_get_grade_items")
            return gradeItems(answer);
        if (wsfunction == u"core_completion_get_activities_completion_status")
            return completion(courseIdOf(params), answer);
        if (wsfunction == u"core_enrol_get_enrolled_users")
            return participants(answer);
        return answer;
    };
}
