#include "ExportCommand.h"

#include "account/DataDirectory.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// "csv|commcare|submissions|attempts|competencies"
QString formatNames(const QString &separator)
{
    QStringList names;
    for (const ClassExport::Format format : ClassExport::formats())
        names << ClassExport::formatName(format);
    return names.join(separator);
}

}  // namespace

QString ExportCommand::takeArguments(const QString &, const QStringList &args)
{
    if (args.size() != 1)
        return QStringLiteral("export needs one course (id or short name): satchelctl export <course> "
                              "[--format %1] [-o FILE]")
            .arg(formatNames(QStringLiteral("|")));
    m_courseArg = args.first();
    const QString &format = m_options.exportFormat;
    if (!format.isEmpty() && !ClassExport::formatFromName(format, &m_format))
        return QStringLiteral("unknown export format '%1': use --format %2")
            .arg(format, formatNames(QStringLiteral(", ")));
    return QString();
}

int ExportCommand::runWithData()
{
    // Unlike the listings, an export of nothing is no success: there is no class to write.
    if (!m_synced)
        return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknowncourse"),
                       QStringLiteral("No course '%1' in the offline data. %2").arg(m_courseArg, kNothingSynced));
    Course course;
    if (const int exitCode = findCourse(m_courseArg, course); exitCode >= 0)
        return exitCode;
    if (const int exitCode = taughtClass(course, QStringLiteral("Exports are of the courses you teach."));
        exitCode >= 0)
        return exitCode;
    const bool perItem = ClassExport::isPerItem(m_format);
    if (perItem) {
        // A class synced by an earlier Satchel has a roster but no work: as `satchelctl submissions`, say to sync.
        const Result<bool> synced = ClassWorkRepository(m_db->connection()).hasClassWork(course.id);
        if (!synced)
            return localFailure(synced.error());
        if (!*synced)
            return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("noclassdata"),
                           QStringLiteral("The class work (submissions, quiz attempts, competencies) of %1 is not "
                                          "synced yet. Run `satchelctl sync`.")
                               .arg(course.shortName));
    }
    QString error;
    int rows = 0;
    const QByteArray csv = ClassExport::exportClass(m_db->connection(), course.id, m_format, &error, &rows);
    if (csv.isEmpty())
        return localFailure(error);

    const QString &outputFile = m_options.outputFile;
    if (outputFile.isEmpty() || outputFile == QLatin1String("-")) {
        // The CSV itself is the output (also with --json): the same bytes as in a file, BOM included
        // (QString::fromUtf8 would drop it).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        m_out << QString(utf8(csv));
        return done();
    }
    // Replaces FILE as a whole or not at all: a failed export leaves an earlier one intact.
    QString writeError;
    if (!DataDirectory::writePrivateFile(outputFile, csv, &writeError))
        return failure(
            ExitCode::LocalFailure, QStringLiteral("LocalStorageError"), QStringLiteral("cannotwrite"),
            QStringLiteral("Could not write %1 (%2).").arg(QDir::toNativeSeparators(outputFile), writeError));
    const QString path = QDir::toNativeSeparators(QFileInfo(outputFile).absoluteFilePath());
    if (json())
        return ok({{QStringLiteral("exported"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("format"), ClassExport::formatName(m_format)},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("rows"), rows},  // rows of data written (learners, or learners × items)
                   {QStringLiteral("bytes"), qint64(csv.size())}});
    // The class formats have a row per learner; the class work formats a row per learner and item.
    if (perItem)
        m_out << "Exported " << rows << (rows == 1 ? " row" : " rows");
    else
        m_out << "Exported " << rows << (rows == 1 ? " learner" : " learners");
    m_out << " of " << course.shortName << " (" << ClassExport::formatName(m_format) << ") to " << path << "\n";
    return done();
}
