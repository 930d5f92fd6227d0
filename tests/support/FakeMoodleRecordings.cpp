#include "FakeMoodleRecordings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

std::shared_ptr<const FakeMoodleRecordings> FakeMoodleRecordings::load(const QString &directory)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const FakeMoodleRecordings>> cache;
    QMutexLocker locker(&mutex);
    auto &slot = cache[directory];
    if (!slot)
        slot = std::make_shared<const FakeMoodleRecordings>(directory);
    return slot;
}

bool FakeMoodleRecordings::isRestControlField(const QString &name)
{
    // Fields that pick the user, the function or the output format, not the data. The moodlewssetting*
    // options (filter, fileurl, lang) were not sent when recording and do not change what the fixtures hold.
    return name == u"wstoken" || name == u"wsfunction" || name == u"moodlewsrestformat"
        || name.startsWith(u"moodlewssetting");
}

QString FakeMoodleRecordings::callKey(const QString &endpoint, const QString &user, const QString &wsfunction,
                                      const FakeParams &params)
{
    FakeParams selecting;
    for (const auto &p : params) {
        if (endpoint == u"webservice/rest/server.php" && isRestControlField(p.first))
            continue;
        selecting.append(p);
    }
    return endpoint + QChar(0x1e) + user + QChar(0x1e) + wsfunction + QChar(0x1e)
        + FakeFormEncoding::canonicalKey(selecting);
}

// The same parameters with the values of each list of scalars (courseids[0], courseids[1], ...) sorted: Moodle's
// answer does not depend on their order (mod_*_get_*_by_courses), a client's order may differ from the recording's.
FakeParams FakeMoodleRecordings::withSortedLists(const FakeParams &params)
{
    static const QRegularExpression item(QStringLiteral("^([^\\[\\]]+)\\[(\\d+)\\]$"));
    QHash<QString, QStringList> lists;
    FakeParams out;
    for (const auto &p : params) {
        const QRegularExpressionMatch m = item.match(p.first);
        if (m.hasMatch())
            lists[m.captured(1)].append(p.second);
        else
            out.append(p);
    }
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        QStringList values = it.value();
        std::sort(values.begin(), values.end());
        for (qsizetype i = 0; i < values.size(); ++i)
            out.append({it.key() + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), values.at(i)});
    }
    return out;
}

FakeMoodleRecordings::FakeMoodleRecordings(const QString &directory) : m_directory(directory)
{
    QFile indexFile(directory + QStringLiteral("/index.json"));
    if (!indexFile.open(QIODevice::ReadOnly)) {
        m_errorString = QStringLiteral("cannot read ") + indexFile.fileName();
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument index = QJsonDocument::fromJson(indexFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errorString = indexFile.fileName() + QStringLiteral(": ") + parseError.errorString();
        return;
    }

    const QJsonArray entries = index.object().value(u"entries").toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        Entry e;
        e.file = o.value(u"file").toString();
        e.user = o.value(u"user").toString();
        e.endpoint = o.value(u"endpoint").toString();
        e.wsfunction = o.value(u"wsfunction").toString();  // null -> ""
        e.note = o.value(u"note").toString();
        e.httpStatus = o.value(u"http_status").toInt(200);
        e.bytes = qint64(o.value(u"bytes").toDouble());
        // index.json keeps the fields in the order they were sent; QJsonObject would sort them, so the
        // order is lost here, which is fine: matching ignores order.
        const QJsonObject params = o.value(u"params").toObject();
        // moodle-4.5-content writes numbers as JSON numbers (forumid: 1); a form field is their decimal text.
        for (auto it = params.begin(); it != params.end(); ++it) {
            const QString text =
                it.value().isDouble() ? QString::number(qint64(it.value().toDouble())) : it.value().toString();
            e.params.append({it.key(), text});
        }
        const QString base = QFileInfo(e.file).fileName();
        const qsizetype sep = base.indexOf(u"__");
        QString slug = sep < 0 ? QString() : base.mid(sep + 2);
        for (const char *ext : {".headers.txt", ".json"}) {
            if (slug.endsWith(QLatin1String(ext))) {
                slug.chop(qsizetype(qstrlen(ext)));
                break;
            }
        }
        e.slug = slug;
        m_entries.append(e);
        const int position = int(m_entries.size() - 1);

        if (e.endpoint == u"login/token.php" || e.endpoint == u"webservice/rest/server.php") {
            m_byCall[callKey(e.endpoint, e.user, e.wsfunction, e.params)].append(position);
            m_byCallSortedLists[callKey(e.endpoint, e.user, e.wsfunction, withSortedLists(e.params))].append(position);
        }
    }

    // Tokens and private access keys live in the recorded bodies.
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.endpoint == u"login/token.php") {
            const QString token = QJsonDocument::fromJson(body(e.file)).object().value(u"token").toString();
            if (!token.isEmpty())
                m_tokens.insert(token, e.user);
        } else if (e.wsfunction == u"core_webservice_get_site_info" && isPlainSlug(e.slug)) {
            const QString key =
                QJsonDocument::fromJson(body(e.file)).object().value(u"userprivateaccesskey").toString();
            if (!key.isEmpty())
                m_privateKeys.insert(key, e.user);
        }
    }
}

const FakeMoodleRecordings::Entry *FakeMoodleRecordings::entryForFile(const QString &file) const
{
    for (const Entry &e : m_entries) {
        if (e.file == file)
            return &e;
    }
    return nullptr;
}

const FakeMoodleRecordings::Entry *FakeMoodleRecordings::findCall(const QString &endpoint, const QString &user,
                                                                  const QString &wsfunction, const FakeParams &params,
                                                                  const QString &variantSuffix) const
{
    auto it = m_byCall.constFind(callKey(endpoint, user, wsfunction, params));
    if (it == m_byCall.constEnd() || it->isEmpty()) {
        it = m_byCallSortedLists.constFind(callKey(endpoint, user, wsfunction, withSortedLists(params)));
        if (it == m_byCallSortedLists.constEnd() || it->isEmpty()) {
            if (const Entry *subset = findAssignmentsSubset(endpoint, user, wsfunction, params))
                return subset;
            return findUnratedLearner(endpoint, user, wsfunction, params);
        }
    }

    const Entry *plain = nullptr;
    for (int position : *it) {
        const Entry &e = m_entries.at(position);
        if (!variantSuffix.isEmpty() && (e.slug == variantSuffix || e.slug.endsWith(QLatin1Char('-') + variantSuffix)))
            return &e;
        if (isPlainSlug(e.slug))
            plain = &e;
    }
    if (plain)
        return plain;
    // e.g. "courseid-2-userid-4" rather than "courseid-2-userid-4-after-manual-toggle".
    const Entry *shortest = nullptr;
    for (int position : *it) {
        const Entry &e = m_entries.at(position);
        if (!shortest || e.slug.size() < shortest->slug.size())
            shortest = &e;
    }
    return shortest;
}

// Moodle answers mod_assign_get_submissions and mod_assign_get_grades per assignment listed: a class sync asks
// for one course's assignments, the recording holds every course's. Warnings about assignments not asked go too.
const FakeMoodleRecordings::Entry *FakeMoodleRecordings::findAssignmentsSubset(const QString &endpoint,
                                                                               const QString &user,
                                                                               const QString &wsfunction,
                                                                               const FakeParams &params) const
{
    if (wsfunction != u"mod_assign_get_submissions" && wsfunction != u"mod_assign_get_grades")
        return nullptr;
    static const QRegularExpression item(QStringLiteral("^assignmentids\\[\\d+\\]$"));
    QSet<qint64> asked;
    for (const auto &p : params) {
        if (endpoint == u"webservice/rest/server.php" && isRestControlField(p.first))
            continue;
        if (!item.match(p.first).hasMatch())
            return nullptr;  // another parameter (status, since): no recording has it
        asked.insert(p.second.toLongLong());
    }
    if (asked.isEmpty())
        return nullptr;
    for (const Entry &e : m_entries) {
        if (e.endpoint != endpoint || e.user != user || e.wsfunction != wsfunction || e.httpStatus != 200)
            continue;
        QSet<qint64> recorded;
        for (const auto &p : e.params) {
            if (item.match(p.first).hasMatch())
                recorded.insert(p.second.toLongLong());
        }
        if (!recorded.contains(asked))
            continue;
        QList<qint64> sorted(asked.begin(), asked.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList names;
        for (const qint64 id : sorted)
            names << QString::number(id);
        const QString file = e.file + QStringLiteral("#") + names.join(QLatin1Char('-'));
        const QByteArray recordedBody = body(e.file);
        QMutexLocker locker(&m_bodyMutex);
        if (const auto found = m_derived.constFind(file); found != m_derived.constEnd())
            return found->get();
        QJsonObject answer = QJsonDocument::fromJson(recordedBody).object();
        QJsonArray assignments;
        for (const QJsonValue &a : answer.value(u"assignments").toArray()) {
            if (asked.contains(a.toObject().value(u"assignmentid").toInteger()))
                assignments.append(a);
        }
        QJsonArray warnings;
        for (const QJsonValue &w : answer.value(u"warnings").toArray()) {
            const QJsonObject warning = w.toObject();
            if (warning.value(u"item").toString() != u"assignment"
                || asked.contains(warning.value(u"itemid").toInteger()))
                warnings.append(w);
        }
        answer.insert(QStringLiteral("assignments"), assignments);
        answer.insert(QStringLiteral("warnings"), warnings);
        auto derived = std::make_shared<Entry>(e);
        derived->file = file;
        derived->params = params;
        m_bodies.insert(file, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        m_derived.insert(file, derived);
        return derived.get();
    }
    return nullptr;
}

const FakeMoodleRecordings::Entry *FakeMoodleRecordings::findUnratedLearner(const QString &endpoint,
                                                                            const QString &user,
                                                                            const QString &wsfunction,
                                                                            const FakeParams &params) const
{
    if (wsfunction != u"tool_lp_data_for_user_competency_summary_in_course")
        return nullptr;
    QHash<QString, QString> asked;
    for (const auto &p : params) {
        if (!(endpoint == u"webservice/rest/server.php" && isRestControlField(p.first)))
            asked.insert(p.first, p.second);
    }
    if (asked.size() != 3 || !asked.contains(QStringLiteral("userid"))
        || !asked.contains(QStringLiteral("competencyid")) || !asked.contains(QStringLiteral("courseid")))
        return nullptr;
    const QString userId = asked.value(QStringLiteral("userid"));
    for (const Entry &e : m_entries) {
        if (e.endpoint != endpoint || e.user != user || e.wsfunction != wsfunction || e.httpStatus != 200)
            continue;
        QHash<QString, QString> recorded;
        for (const auto &p : e.params)
            recorded.insert(p.first, p.second);
        if (recorded.value(QStringLiteral("competencyid")) != asked.value(QStringLiteral("competencyid"))
            || recorded.value(QStringLiteral("courseid")) != asked.value(QStringLiteral("courseid")))
            continue;
        QJsonObject answer = QJsonDocument::fromJson(body(e.file)).object();
        QJsonObject summary = answer.value(u"usercompetencysummary").toObject();
        QJsonObject rating = summary.value(u"usercompetencycourse").toObject();
        if (!rating.value(u"grade").isNull())
            continue;  // a rated learner's answer
        const QString file = e.file + QStringLiteral("#userid-") + userId;
        QMutexLocker locker(&m_bodyMutex);
        if (const auto found = m_derived.constFind(file); found != m_derived.constEnd())
            return found->get();
        rating.insert(QStringLiteral("userid"), userId.toLongLong());
        summary.insert(QStringLiteral("usercompetencycourse"), rating);
        summary.insert(QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId.toLongLong()}});
        summary.insert(QStringLiteral("evidence"), QJsonArray());
        answer.insert(QStringLiteral("usercompetencysummary"), summary);
        auto derived = std::make_shared<Entry>(e);
        derived->file = file;
        derived->params = params;
        m_bodies.insert(file, QJsonDocument(answer).toJson(QJsonDocument::Compact));
        m_derived.insert(file, derived);
        return derived.get();
    }
    return nullptr;
}

QList<const FakeMoodleRecordings::Entry *> FakeMoodleRecordings::downloads() const
{
    QList<const Entry *> result;
    for (const Entry &e : m_entries) {
        if (e.file.endsWith(u".headers.txt"))
            result.append(&e);
    }
    return result;
}

bool FakeMoodleRecordings::exists(const QString &file) const
{
    return QFileInfo::exists(m_directory + QLatin1Char('/') + file);
}

QByteArray FakeMoodleRecordings::body(const QString &file) const
{
    QMutexLocker locker(&m_bodyMutex);
    const auto cached = m_bodies.constFind(file);
    if (cached != m_bodies.constEnd())
        return *cached;
    QFile f(m_directory + QLatin1Char('/') + file);
    QByteArray bytes;
    if (f.open(QIODevice::ReadOnly))
        bytes = f.readAll();
    m_bodies.insert(file, bytes);
    return bytes;
}
