#include "FilePlacer.h"

#include "LocalFileName.h"

namespace {
QString activityKey(const QString &foldedParent, qint64 cmid)
{
    return foldedParent + QString::number(cmid);
}
}  // namespace

FilePlacer::FilePlacer(const FilesFolder &folder, const QList<StoredDownload> &inUse) : m_folder(folder)
{
    for (const StoredDownload &download : inUse)
        take(download.localPath, download.cmid);
}

void FilePlacer::take(const QString &relative, qint64 cmid)
{
    m_taken.insert(LocalFileName::folded(relative));
    const QString activity = relative.section(QLatin1Char('/'), 0, 2);
    const QString parent = relative.section(QLatin1Char('/'), 0, 1) + QLatin1Char('/');
    m_folderOwner.insert(LocalFileName::folded(activity), cmid);
    if (cmid == 0)
        return;  // a section's own file: no activity folder
    m_activityFolder.insert(activityKey(LocalFileName::folded(parent), cmid), relative.section(QLatin1Char('/'), 2, 2));
}

QSet<QString> FilePlacer::namesIn(const QString &foldedFolder) const
{
    QSet<QString> names;
    for (const QString &path : m_taken) {
        if (path.startsWith(foldedFolder)) {
            const QString rest = path.mid(foldedFolder.size());
            names.insert(rest.section(QLatin1Char('/'), 0, 0));
        }
    }
    return names;
}

QString FilePlacer::place(const CourseFile &file)
{
    const QString parent = LocalFileName::component(file.courseShortName, QStringLiteral("course")) + QLatin1Char('/')
        + LocalFileName::component(file.sectionName, QStringLiteral("section")) + QLatin1Char('/');
    const QString foldedParent = LocalFileName::folded(parent);

    // A section's own files (embedded in its summary) sit in the section's folder, beside its activities' folders.
    QString activity = file.cmid == 0 ? QString() : m_activityFolder.value(activityKey(foldedParent, file.cmid));
    if (file.cmid != 0 && activity.isEmpty()) {
        activity = LocalFileName::component(file.activityName, QStringLiteral("activity"));
        const auto owner = m_folderOwner.constFind(LocalFileName::folded(parent + activity));
        if (owner != m_folderOwner.cend() && *owner != file.cmid)
            activity = LocalFileName::unique(activity, namesIn(foldedParent));
    }

    QString folder = file.cmid == 0 ? parent : parent + activity + QLatin1Char('/');
    for (const QString &sub : LocalFileName::folders(file.filePath))
        folder += sub + QLatin1Char('/');
    const QString name = LocalFileName::component(file.fileName, QStringLiteral("file"));
    QString relative = m_folder.fitted(folder + LocalFileName::unique(name, namesIn(LocalFileName::folded(folder))));
    if (relative.isNull())
        return {};
    // Shortening can make two places equal again: the file name then gets a number.
    if (m_taken.contains(LocalFileName::folded(relative))) {
        const QString dir = relative.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/');
        relative =
            dir + LocalFileName::unique(relative.section(QLatin1Char('/'), -1), namesIn(LocalFileName::folded(dir)));
        if (m_taken.contains(LocalFileName::folded(relative)) || m_folder.absolutePath(relative).isNull())
            return {};
    }
    take(relative, file.cmid);
    return relative;
}
