#include "files/FilesFolder.h"

#include "files/LocalFileName.h"
#include "store/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <numeric>

namespace {

// A symlink, or on Windows a junction (a directory link the file manager does not tell apart).
bool isLink(const QFileInfo &info)
{
    return info.isSymbolicLink() || info.isJunction();
}

// The shape of a relative path, before the disk is looked at: '/'-separated names, none empty, "." or "..",
// no backslash (a separator on Windows), no ':' (a drive "C:" or an NTFS stream "a:b"), no NUL.
bool isPlainRelative(const QString &relative)
{
    if (relative.isEmpty() || relative.contains(QLatin1Char('\\')) || relative.contains(QLatin1Char(':'))
        || relative.contains(QChar(0)))
        return false;
    const QStringList parts = relative.split(QLatin1Char('/'));
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

// A link is removed, never what it points to: unlink for a symlink, RemoveDirectory for a Windows junction.
bool removeLink(const QString &path)
{
    return QFile::remove(path) || QDir().rmdir(path);
}

// Everything inside `dir` (which is not a link), depth first, links removed and not followed.
bool removeContents(const QString &dir)
{
    bool removed = true;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (isLink(info))
            removed = removeLink(path) && removed;
        else if (info.isDir())
            removed = removeContents(path) && QDir().rmdir(path) && removed;
        else
            removed = QFile::remove(path) && removed;
    }
    return removed;
}

qint64 regularFileBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (isLink(info))
            continue;
        if (info.isDir())
            total += regularFileBytes(info.filePath());
        else if (info.isFile())
            total += info.size();
    }
    return total;
}

}  // namespace

FilesFolder::FilesFolder(QString root)
    : m_root(QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(root)).absoluteFilePath()))
{}

QString FilesFolder::forAccount(const QString &dataDir, const QString &accountId)
{
    return QDir(dataDir).filePath(QStringLiteral("files-%1").arg(Database::accountKey(accountId)));
}

QString FilesFolder::absolutePath(const QString &relative) const
{
    if (relative.isEmpty())
        return m_root;
    if (!isPlainRelative(relative))  // also an absolute path: its first component is empty
        return {};
    // Every existing step must still be inside root once links are resolved; below the first step that does
    // not exist, nothing does. A dangling link does not "exist" but would be followed by a write: refused.
    QString canonicalRoot = QFileInfo(m_root).canonicalFilePath();
    if (!canonicalRoot.endsWith(QLatin1Char('/')))
        canonicalRoot += QLatin1Char('/');
    QString path = m_root;
    for (const QString &part : relative.split(QLatin1Char('/'))) {
        path += QLatin1Char('/') + part;
        const QFileInfo info(path);
        if (!info.exists() && !isLink(info))
            break;
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty() || !(canonical + QLatin1Char('/')).startsWith(canonicalRoot))
            return {};
    }
    return m_root + QLatin1Char('/') + relative;
}

QString FilesFolder::fitted(const QString &relative) const
{
    if (relative.isEmpty())
        return {};
    const int budget = kMaxPathLength - int(m_root.size()) - 1;
    if (relative.size() <= budget)
        return relative;

    QStringList parts = relative.split(QLatin1Char('/'));
    const int extensionLength = int(LocalFileName::extension(parts.last()).size());
    // What can be cut of each part: a folder's whole name, the file name but its extension.
    QList<int> lengths;
    for (const QString &part : std::as_const(parts))
        lengths << int(part.size());
    lengths.last() -= extensionLength;
    int total = std::accumulate(lengths.cbegin(), lengths.cend(), 0) + extensionLength + int(parts.size()) - 1;
    while (total > budget) {
        // The longest first; at equal length the first, so folders go before the file name (the last part).
        const auto longest = std::max_element(lengths.begin(), lengths.end());
        if (*longest <= 1)
            return {};
        --*longest;
        --total;
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const int maxUnits = lengths.at(i) + (i == parts.size() - 1 ? extensionLength : 0);
        if (parts.at(i).size() > maxUnits)
            parts[i] = LocalFileName::shortened(parts.at(i), maxUnits);
    }
    return parts.join(QLatin1Char('/'));
}

bool FilesFolder::removeFile(const QString &relative) const
{
    if (!isPlainRelative(relative))
        return false;
    QStringList folders = relative.split(QLatin1Char('/'));
    const QString name = folders.takeLast();
    // The folder must be inside root; the file itself may be a link to anywhere: only the link goes.
    const QString folder = absolutePath(folders.join(QLatin1Char('/')));
    if (folder.isNull())
        return false;
    const QString path = folder + QLatin1Char('/') + name;
    const QFileInfo info(path);
    if (isLink(info)) {
        if (!removeLink(path))
            return false;
    } else if (info.isDir()) {
        return false;
    } else if (info.exists() && !QFile::remove(path)) {
        return false;
    }
    // Empty parents go, up to root; the first that is not empty (or not ours) stops the walk.
    while (!folders.isEmpty()) {
        const QString dir = absolutePath(folders.join(QLatin1Char('/')));
        // rmdir refuses a folder that is not empty; a link (a junction would go even when its target is full) stops.
        if (dir.isNull() || isLink(QFileInfo(dir)) || !QDir().rmdir(dir))
            break;
        folders.removeLast();
    }
    return true;
}

bool FilesFolder::removeTree(const QString &relative) const
{
    if (relative.isEmpty())
        return !QFileInfo::exists(m_root) || removeContents(m_root);
    if (!isPlainRelative(relative))
        return false;
    QStringList folders = relative.split(QLatin1Char('/'));
    const QString name = folders.takeLast();
    const QString folder = absolutePath(folders.join(QLatin1Char('/')));
    if (folder.isNull())
        return false;
    const QString path = folder + QLatin1Char('/') + name;
    const QFileInfo info(path);
    if (isLink(info))
        return removeLink(path);
    if (info.isDir())
        return removeContents(path) && QDir().rmdir(path);
    return !info.exists() || QFile::remove(path);
}

qint64 FilesFolder::freeBytes() const
{
    QString path = m_root;
    while (!QFileInfo::exists(path)) {
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            return -1;
        path = parent;
    }
    const QStorageInfo storage(path);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

qint64 FilesFolder::usedBytes(const QString &relative) const
{
    const QString path = absolutePath(relative);
    if (path.isNull())
        return 0;
    const QFileInfo info(path);
    if (isLink(info))
        return 0;
    if (info.isDir())
        return regularFileBytes(path);
    return info.isFile() ? info.size() : 0;
}
