#include "HostileNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

QStringList hostileNameTexts()
{
    return {
        QStringLiteral("&lt;img src=file:///dev/zero&gt;"),  // an entity-encoded tag: decoded, it must stay text
        QStringLiteral("<img src=\"file:///etc/passwd\"> <b>bold</b>"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("\u001b[31mred\u001b[0m \u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007 \u009b2J"),
        QStringLiteral("\u202Egnp.exe\u202C RTL override"),
        QString(10000, QLatin1Char('W')),
    };
}

namespace {

// Hands out the texts one after the other, from the first.
class Names
{
public:
    QString next() { return m_texts.at(m_next++ % m_texts.size()); }

private:
    QStringList m_texts = hostileNameTexts();
    qsizetype m_next = 0;
};

QByteArray compact(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

// Replaces `key` in each object of `array` (and, if `nested` is set, in each object of their `nested` array).
QJsonArray renamed(QJsonArray array, const QString &key, Names &names, const QString &nested = {},
                   const QString &nestedKey = {})
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject object = array.at(i).toObject();
        if (object.contains(key))
            object.insert(key, names.next());
        if (!nested.isEmpty())
            object.insert(nested, renamed(object.value(nested).toArray(), nestedKey, names));
        array.replace(i, object);
    }
    return array;
}

}  // namespace

FakeMoodleServer::AnswerFilter hostileNames()
{
    return [](const QString &, const QString &function, const FakeParams &, const QByteArray &answer) -> QByteArray {
        // Each answer hands the texts out from the first: the same names land on the same items whatever order
        // a sync's concurrent requests arrive in, so a test sees the same site every run.
        auto names = std::make_shared<Names>();
        const QJsonDocument document = QJsonDocument::fromJson(answer);
        if (function == u"core_enrol_get_users_courses")
            return compact(QJsonDocument(renamed(document.array(), QStringLiteral("fullname"), *names)));
        if (function == u"core_course_get_contents")
            return compact(QJsonDocument(renamed(document.array(), QStringLiteral("name"), *names,
                                                 QStringLiteral("modules"), QStringLiteral("name"))));
        if (function == u"core_group_get_course_groups")
            return compact(QJsonDocument(renamed(document.array(), QStringLiteral("name"), *names)));
        if (function == u"core_enrol_get_enrolled_users") {
            QJsonArray users = document.array();
            for (qsizetype i = 0; i < users.size(); ++i) {
                QJsonObject user = users.at(i).toObject();
                const QString name = names->next();
                user.insert(QStringLiteral("fullname"), name);
                user.insert(QStringLiteral("firstname"), name);
                users.replace(i, user);
            }
            return compact(QJsonDocument(users));
        }
        if (function == u"gradereport_user_get_grade_items") {
            QJsonObject root = document.object();
            QJsonArray reports = root.value(u"usergrades").toArray();
            for (qsizetype r = 0; r < reports.size(); ++r) {
                QJsonObject report = reports.at(r).toObject();
                QJsonArray items = report.value(u"gradeitems").toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    QJsonObject item = items.at(i).toObject();
                    if (item.value(u"itemname").isString())
                        item.insert(QStringLiteral("itemname"), names->next());
                    items.replace(i, item);
                }
                report.insert(QStringLiteral("gradeitems"), items);
                reports.replace(r, report);
            }
            root.insert(QStringLiteral("usergrades"), reports);
            return compact(QJsonDocument(root));
        }
        return answer;
    };
}
