#pragma once

#include "moodle/MoodleError.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class MoodleClient;
class QNetworkReply;

// One file of a site brought to disk. The bytes go straight to `<target>.part` as they arrive (never the whole
// file in memory); the part is checked against the size the site announced and renamed over the target only when
// complete, so the previous copy stays usable until then and a cut transfer never passes for a file. A part left
// by a cut transfer of the same version is resumed with a Range request; the site may answer the whole file
// instead (200), which then replaces the part.
class FileDownload : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString fileUrl;  // stored address, without credentials
        QString targetPath;  // absolute; its folder is created
        qint64 expectedSize = 0;  // 0: unknown (a page's index.html is listed with size 0)
        QString mimeType;  // what the contents announce: an HTML answer for a PDF is a login page, not the file
        bool resume = false;  // a part on disk belongs to this version of the file
    };

    FileDownload(MoodleClient *client, Request request, QObject *parent = nullptr);
    ~FileDownload() override;

    void start();
    void abort();

    QString partPath() const { return m_request.targetPath + QStringLiteral(".part"); }
    // After finished(): nullopt when the target now holds the file.
    std::optional<MoodleError> error() const { return m_error; }
    // Bytes of the file that came over the network in this transfer (a resumed one fetches only the rest; an error
    // page is not counted).
    qint64 bytesReceived() const { return m_received; }
    // Bytes in the part file now (what a later resume starts from).
    qint64 partSize() const { return m_written; }

Q_SIGNALS:
    // Bytes of the file on disk so far, and its size (0: unknown).
    void progress(qint64 bytes, qint64 total);
    void finished();

private:
    void onHeaders();
    void onReadyRead();
    void onFinished();
    void fail(MoodleError error);
    bool openPart(bool append);

    MoodleClient *m_client;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    qint64 m_offset = 0;  // bytes of the part kept from before
    qint64 m_written = 0;
    qint64 m_received = 0;
    qint64 m_bodyStart = 0;  // m_written when this answer's body began
    qint64 m_announced = -1;  // this answer's Content-Length (-1: none)
    bool m_headersSeen = false;
    bool m_errorBody = false;  // the answer is a JSON/HTML error, collected in m_errorBytes, not written
    bool m_done = false;
    QByteArray m_errorBytes;
    std::optional<MoodleError> m_error;
};
