#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

class FakeMoodleRecordings;

// The files of the fake site, as webservice/pluginfile.php and tokenpluginfile.php serve them, by path below
// "pluginfile.php/", percent-decoded: "59/mod_folder/content/1/loops/while_demo.py".
//
// Starts with the recorded bytes of tests/data/moodle-4.5-content (<user>/files/<path>, with the recorded
// Content-Type and Content-Disposition); tests then change, add, remove or generate files. Generated files have
// no bytes in memory: generatedBytes() computes any range of them from (path, offset).
class FakeSiteFiles
{
public:
    struct File
    {
        QString path;
        qint64 size = 0;
        qint64 timeModified = 0;  // what the contents announce; 0 when unknown
        QByteArray bytes;  // the stored bytes (empty for a generated file)
        bool generated = false;
        QByteArray contentType;  // empty: the answer has no Content-Type (as recorded for a page's index.html)
        QByteArray contentDisposition;  // raw header value, UTF-8 file name as Moodle sends it
        QByteArray etag;  // quoted; Moodle's is the SHA-1 of the content ("contenthash")
        QSet<QString> users;  // who may download it (the recorded users); empty: every signed-in user

        // Moodle serves text/plain files and strings (a page's index.html) without byte ranges
        // ("Accept-Ranges: none"); everything else with them.
        bool byteRanges() const;
        QByteArray slice(qint64 offset, qint64 length) const;  // bytes [offset, offset + length) of the file
    };

    explicit FakeSiteFiles(const FakeMoodleRecordings &content, const FakeMoodleRecordings &primary);

    // The file at path as the site has it now, or nullptr (never recorded, or removed).
    const File *find(const QString &path) const;
    bool isRemoved(const QString &path) const { return m_removed.contains(path); }

    void set(const QString &path, const QByteArray &bytes, qint64 timeModified);
    void addGenerated(const QString &path, qint64 size, qint64 timeModified);
    void remove(const QString &path);
    void reset();  // the recorded files again

    // A core_course_get_contents answer announcing the files set() changed (filesize, timemodified) and without
    // the removed ones (contentsinfo recomputed), or nullopt when none is in it (the answer stays byte-exact).
    // A generated file is announced there only when it replaces a recorded one; new ones are announced by whoever
    // lists them (SyntheticSite).
    std::optional<QByteArray> rewriteContents(const QByteArray &answer) const;

    // "59/mod_folder/content/1/loops/while_demo.py" of a fileurl (webservice/pluginfile.php, pluginfile.php or
    // tokenpluginfile.php/<key>/), decoded; empty when it is not a file URL.
    static QString pathOfUrl(const QString &fileUrl);
    // The content of a generated file: a deterministic function of (path, offset), so a test can check a
    // downloaded range without keeping the whole file.
    static QByteArray generatedBytes(const QString &path, qint64 offset, qint64 length);

private:
    File makeFile(const QString &path, qint64 timeModified) const;

    QHash<QString, File> m_recorded;
    QHash<QString, File> m_changed;  // set() and addGenerated(), over m_recorded
    QSet<QString> m_announced;  // set() paths: contents answers must announce their new size and time
    QSet<QString> m_removed;
};
