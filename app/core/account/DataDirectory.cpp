#include "DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

QString DataDirectory::resolve(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString fromEnv = qEnvironmentVariable("SATCHEL_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    // The local, not the roaming, folder: on Windows a roaming profile would copy a class's grades to every
    // computer the person signs in to. (Elsewhere the two are the same folder.) Data an earlier version kept
    // in the roaming folder stays where it is.
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString roaming = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (local != roaming && !QDir(local).exists() && QDir(roaming).exists())
        return roaming;
    return local;
}

bool DataDirectory::ensure(const QString &path, QString *error)
{
    QDir dir(path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool DataDirectory::writePrivateFile(const QString &path, const QByteArray &contents, QString *error)
{
    QSaveFile file(path);
    // The explicit flush: Qt 6.4's commit() does not notice a failed flush of its write buffer and renames
    // the short file over the old one.
    bool written = file.open(QIODevice::WriteOnly);
    // Owner only where the file system has such permissions (not on a FAT memory stick: written all the same).
    if (written)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    written = written && file.write(contents) == contents.size() && file.flush() && file.commit();
    if (!written && error)
        *error = file.errorString();
    return written;
}
