#include "FakeSiteFiles.h"

#include "FakeMoodleRecordings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QMimeType>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

const QString WsFilePrefix = QStringLiteral("webservice/pluginfile.php/");

// splitmix64's finaliser: cheap, and every output bit depends on every input bit.
quint64 mix(quint64 x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a of the path: stable across runs (qHash is seeded per process).
quint64 pathSeed(const QString &path)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (char c : path.toUtf8()) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

QByteArray quotedSha1(const QByteArray &bytes)
{
    return '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex() + '"';
}

// "filepath/filename" timemodified of every file URL in the core_course_get_contents answers of a recording.
void collectTimes(const FakeMoodleRecordings &recordings, QHash<QString, qint64> &times)
{
    for (const FakeMoodleRecordings::Entry &e : recordings.entries()) {
        if (e.wsfunction != u"core_course_get_contents")
            continue;
        const QJsonArray sections = QJsonDocument::fromJson(recordings.body(e.file)).array();
        for (const QJsonValue &section : sections) {
            for (const QJsonValue &module : section.toObject().value(u"modules").toArray()) {
                for (const QJsonValue &content : module.toObject().value(u"contents").toArray()) {
                    const QJsonObject o = content.toObject();
                    const QString path = FakeSiteFiles::pathOfUrl(o.value(u"fileurl").toString());
                    if (!path.isEmpty() && !times.contains(path))
                        times.insert(path, qint64(o.value(u"timemodified").toDouble()));
                }
            }
        }
    }
}

}  // namespace

bool FakeSiteFiles::File::byteRanges() const
{
    return !contentType.isEmpty() && !contentType.startsWith("text/plain");
}

QByteArray FakeSiteFiles::File::slice(qint64 offset, qint64 length) const
{
    if (generated)
        return generatedBytes(path, offset, length);
    return bytes.mid(offset, length);
}

FakeSiteFiles::FakeSiteFiles(const FakeMoodleRecordings &content, const FakeMoodleRecordings &primary)
{
    // The contents a client reads come from moodle-4.5 first: their timemodified wins.
    QHash<QString, qint64> times;
    collectTimes(primary, times);
    collectTimes(content, times);

    // note: "Content-Type <type or None>; Content-Disposition <value>; sha256 <hex>"; the recorder read the header
    // bytes as Latin-1, so toLatin1() gives back the UTF-8 bytes Moodle sent.
    static const QRegularExpression note(
        QStringLiteral("^Content-Type (.*); Content-Disposition (.*); sha256 ([0-9a-f]{64})$"));
    for (const FakeMoodleRecordings::Entry &e : content.entries()) {
        if (!e.endpoint.startsWith(WsFilePrefix) || e.httpStatus != 200)
            continue;
        const QString path = QUrl::fromPercentEncoding(e.endpoint.mid(WsFilePrefix.size()).toUtf8());
        auto existing = m_recorded.find(path);
        if (existing != m_recorded.end()) {
            existing->users.insert(e.user);
            continue;
        }
        File f;
        f.path = path;
        f.bytes = content.body(e.file);
        f.size = f.bytes.size();
        f.timeModified = times.value(path);
        const QRegularExpressionMatch m = note.match(e.note);
        if (m.hasMatch()) {
            if (m.captured(1) != u"None")
                f.contentType = m.captured(1).toLatin1();
            f.contentDisposition = m.captured(2).toLatin1();
        }
        f.etag = quotedSha1(f.bytes);
        f.users.insert(e.user);
        m_recorded.insert(path, f);
    }
}

const FakeSiteFiles::File *FakeSiteFiles::find(const QString &path) const
{
    if (m_removed.contains(path))
        return nullptr;
    const auto changed = m_changed.constFind(path);
    if (changed != m_changed.constEnd())
        return &*changed;
    const auto recorded = m_recorded.constFind(path);
    return recorded == m_recorded.constEnd() ? nullptr : &*recorded;
}

FakeSiteFiles::File FakeSiteFiles::makeFile(const QString &path, qint64 timeModified) const
{
    const auto recorded = m_recorded.constFind(path);
    File f;
    if (recorded != m_recorded.constEnd()) {
        f = *recorded;  // same type, disposition and users
    } else {
        const QString name = path.section(QLatin1Char('/'), -1);
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension);
        QByteArray type = mime.name().toLatin1();
        // Moodle's own table calls source code (.py, .c, .sh, ...) text/plain, as the recorded fizzbuzz.py.
        if (type == "text/plain" || (type.startsWith("text/x-") && mime.inherits(QStringLiteral("text/plain"))))
            type = "text/plain; charset=utf-8";
        f.contentType = type;
        f.contentDisposition = "inline; filename=\"" + name.toUtf8() + '"';
    }
    f.path = path;
    f.timeModified = timeModified;
    f.bytes.clear();
    f.generated = false;
    return f;
}

void FakeSiteFiles::set(const QString &path, const QByteArray &bytes, qint64 timeModified)
{
    File f = makeFile(path, timeModified);
    f.bytes = bytes;
    f.size = bytes.size();
    f.etag = quotedSha1(bytes);
    m_removed.remove(path);
    m_changed.insert(path, f);
    m_announced.insert(path);
}

void FakeSiteFiles::addGenerated(const QString &path, qint64 size, qint64 timeModified)
{
    File f = makeFile(path, timeModified);
    f.generated = true;
    f.size = std::max<qint64>(0, size);
    f.etag = quotedSha1(path.toUtf8() + '\n' + QByteArray::number(f.size) + '\n' + QByteArray::number(timeModified));
    m_removed.remove(path);
    m_changed.insert(path, f);
    // Over a recorded file the recorded contents must announce it; a new one is announced by whoever lists it.
    if (m_recorded.contains(path))
        m_announced.insert(path);
    else
        m_announced.remove(path);
}

void FakeSiteFiles::remove(const QString &path)
{
    m_changed.remove(path);
    m_announced.remove(path);
    m_removed.insert(path);
}

void FakeSiteFiles::reset()
{
    m_changed.clear();
    m_announced.clear();
    m_removed.clear();
}

std::optional<QByteArray> FakeSiteFiles::rewriteContents(const QByteArray &answer) const
{
    if (m_announced.isEmpty() && m_removed.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(answer);
    if (!doc.isArray())
        return std::nullopt;
    bool touched = false;
    QJsonArray sections = doc.array();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        QJsonObject section = sections.at(s).toObject();
        QJsonArray modules = section.value(u"modules").toArray();
        bool sectionTouched = false;
        for (qsizetype m = 0; m < modules.size(); ++m) {
            QJsonObject module = modules.at(m).toObject();
            if (!module.contains(u"contents"))
                continue;
            bool moduleTouched = false;
            QJsonArray contents;
            for (const QJsonValue &value : module.value(u"contents").toArray()) {
                QJsonObject content = value.toObject();
                const QString path = pathOfUrl(content.value(u"fileurl").toString());
                if (content.value(u"type").toString() == u"file" && !path.isEmpty()) {
                    if (m_removed.contains(path)) {
                        moduleTouched = true;
                        continue;
                    }
                    const auto changed = m_changed.constFind(path);
                    if (changed != m_changed.constEnd() && m_announced.contains(path)) {
                        content.insert(QStringLiteral("filesize"), double(changed->size));
                        content.insert(QStringLiteral("timemodified"), double(changed->timeModified));
                        moduleTouched = true;
                    }
                }
                contents.append(content);
            }
            if (!moduleTouched)
                continue;
            module.insert(QStringLiteral("contents"), contents);
            if (module.contains(u"contentsinfo")) {
                // What Moodle computes from the same list.
                QJsonObject info = module.value(u"contentsinfo").toObject();
                double total = 0;
                double latest = 0;
                for (const QJsonValue &value : contents) {
                    total += value.toObject().value(u"filesize").toDouble();
                    latest = std::max(latest, value.toObject().value(u"timemodified").toDouble());
                }
                info.insert(QStringLiteral("filescount"), double(contents.size()));
                info.insert(QStringLiteral("filessize"), total);
                info.insert(QStringLiteral("lastmodified"), latest);
                module.insert(QStringLiteral("contentsinfo"), info);
            }
            modules.replace(m, module);
            sectionTouched = true;
        }
        if (sectionTouched) {
            section.insert(QStringLiteral("modules"), modules);
            sections.replace(s, section);
            touched = true;
        }
    }
    if (!touched)
        return std::nullopt;
    return QJsonDocument(sections).toJson(QJsonDocument::Compact);
}

QString FakeSiteFiles::pathOfUrl(const QString &fileUrl)
{
    if (fileUrl.isEmpty())
        return {};
    const QString path = QUrl(fileUrl).path(QUrl::FullyDecoded);
    const qsizetype token = path.indexOf(u"/tokenpluginfile.php/");
    if (token >= 0)  // skip the user's private access key
        return path.mid(token + qsizetype(qstrlen("/tokenpluginfile.php/"))).section(QLatin1Char('/'), 1);
    const qsizetype plain = path.indexOf(u"/pluginfile.php/");
    if (plain >= 0)
        return path.mid(plain + qsizetype(qstrlen("/pluginfile.php/")));
    return {};
}

QByteArray FakeSiteFiles::generatedBytes(const QString &path, qint64 offset, qint64 length)
{
    if (length <= 0 || offset < 0)
        return {};
    const quint64 seed = pathSeed(path);
    QByteArray out(length, Qt::Uninitialized);
    char *p = out.data();
    qint64 position = offset;
    const qint64 end = offset + length;
    while (position < end) {
        // 8 bytes per block; the block's value depends on the path and its index only.
        const quint64 value = mix(seed ^ (quint64(position >> 3) * 0x9e3779b97f4a7c15ULL));
        for (int j = int(position & 7); j < 8 && position < end; ++j, ++position)
            *p++ = char(value >> (8 * j));
    }
    return out;
}
