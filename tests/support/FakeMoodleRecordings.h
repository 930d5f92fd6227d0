#pragma once

#include "FakeFormEncoding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

// The recorded Moodle 4.5 exchanges of tests/data/moodle-4.5 (index.json + bodies), indexed for lookup.
// Read-only after loading; bodies are read lazily and kept, unmodified (the server rewrites addresses).
class FakeMoodleRecordings
{
public:
    struct Entry
    {
        QString file;  // relative to the recordings directory, e.g. "student1/login_token__ok.json"
        QString user;
        QString endpoint;  // as in index.json, e.g. "webservice/rest/server.php"
        QString wsfunction;  // empty for token.php and downloads
        QString slug;  // file name part after "__", without extension: "default", "courseid-2", ...
        QString note;
        FakeParams params;
        int httpStatus = 200;
        qint64 bytes = 0;
    };

    // Shared, loaded once per directory (the fixtures never change while tests run).
    static std::shared_ptr<const FakeMoodleRecordings> load(const QString &directory);

    explicit FakeMoodleRecordings(const QString &directory);

    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    QString directory() const { return m_directory; }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entryForFile(const QString &file) const;

    // The recording for this call, or nullptr. params are compared as a set, after dropping fields that do
    // not select data (wstoken, wsfunction, moodlewsrestformat, moodlewssetting*). When several recordings
    // have the same parameters, the one whose slug ends with variantSuffix wins; without a variant (or when
    // none matches) the plain one: slug "default"/"ok", else the shortest slug. Without an exact match, lists of
    // scalars (courseids[0]=3&courseids[1]=2) match in any order; and a call about some of the assignments of a
    // recording about more (mod_assign_get_submissions, mod_assign_get_grades with assignmentids[]) gets that
    // recording's answer cut to the assignments asked (an entry of its own, file "<recorded file>#<ids>"). A
    // competency summary (tool_lp_data_for_user_competency_summary_in_course) of a learner the recording did not
    // cover (three learners a course were recorded) answers as the recorded learner not rated on that competency
    // in that course, with the learner's id and without that learner's profile: not rated (file
    // "<recorded file>#userid-N").
    const Entry *findCall(const QString &endpoint, const QString &user, const QString &wsfunction,
                          const FakeParams &params, const QString &variantSuffix = {}) const;

    // Download recordings (endpoint = the path below the site root, tokens masked as "***").
    QList<const Entry *> downloads() const;

    // The unmodified bytes of a recorded file (empty if missing). Thread-safe.
    QByteArray body(const QString &file) const;
    bool exists(const QString &file) const;

    // token -> user, from every successful token.php recording.
    QHash<QString, QString> tokens() const { return m_tokens; }
    // userprivateaccesskey -> user, from the site-info recordings (for tokenpluginfile.php).
    QHash<QString, QString> privateAccessKeys() const { return m_privateKeys; }

    static bool isRestControlField(const QString &name);
    static bool isPlainSlug(const QString &slug) { return slug == u"default" || slug == u"ok"; }

private:
    static FakeParams withSortedLists(const FakeParams &params);
    const Entry *findAssignmentsSubset(const QString &endpoint, const QString &user, const QString &wsfunction,
                                       const FakeParams &params) const;
    const Entry *findUnratedLearner(const QString &endpoint, const QString &user, const QString &wsfunction,
                                    const FakeParams &params) const;
    static QString callKey(const QString &endpoint, const QString &user, const QString &wsfunction,
                           const FakeParams &params);

    QString m_directory;
    QString m_errorString;
    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_byCall;  // callKey -> indexes into m_entries
    QHash<QString, QList<int>> m_byCallSortedLists;  // the same, keyed with withSortedLists(params)
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_privateKeys;

    mutable QMutex m_bodyMutex;
    mutable QHash<QString, QByteArray> m_bodies;
    // Answers cut from a recording (findAssignmentsSubset), by their file name; guarded by m_bodyMutex.
    mutable QHash<QString, std::shared_ptr<Entry>> m_derived;
};
