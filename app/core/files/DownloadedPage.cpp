#include "DownloadedPage.h"

#include <QFile>

DownloadedPage DownloadedPage::read(const QList<CourseFile> &activityFiles, const FilesFolder &folder)
{
    DownloadedPage page;
    for (const CourseFile &file : activityFiles) {
        if (file.fileName != QLatin1String("index.html"))
            continue;
        ++page.listed;
        const QString path =
            file.downloaded && !file.localPath.isEmpty() ? folder.absolutePath(file.localPath) : QString();
        QFile local(path);
        if (path.isEmpty() || !local.open(QIODevice::ReadOnly))
            continue;
        page.outdated = page.outdated || file.state() == CourseFile::State::Outdated;
        page.parts.append({file.title, QString::fromUtf8(local.readAll()), file.filePath});
    }
    return page;
}

QString DownloadedPage::heading(const Part &part)
{
    const QString title = part.title.trimmed();
    return title.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>\n").arg(title.toHtmlEscaped());
}

QString DownloadedPage::html() const
{
    QString all;
    for (const Part &part : parts)
        all += heading(part) + part.html + QLatin1Char('\n');
    return all;
}
