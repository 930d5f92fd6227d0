#pragma once

#include <QString>

#include <functional>

class QWidget;

// The one rule for asking before course files are fetched, shared by the course page ("Make available offline")
// and the courses list ("Download all my courses"): above a number of bytes (OfflineContent::kDefaultAskAbove in
// the app) the person is asked once, with the size in MB; at or below it the download just starts.
class DownloadQuestion
{
public:
    // Asks the person a yes/no question (tests answer it themselves); empty: a message box.
    using Confirmation = std::function<bool(const QString &question)>;

    // True when `bytes` may be fetched: at most `askAbove`, or the person said yes to `question`, whose %1 is the
    // size in MB (the caller's own translated sentence). `title` heads the message box.
    static bool mayStart(qint64 bytes, qint64 askAbove, const QString &question, const QString &title,
                         const Confirmation &confirm, QWidget *parent);
    // "250" for 250 MB, in the person's locale.
    static QString megabytes(qint64 bytes);
};
