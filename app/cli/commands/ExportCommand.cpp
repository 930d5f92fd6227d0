#include "ExportCommand.h"

#include "account/DataDirectory.h"
#include "store/ClassRepository.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

QString ExportCommand::takeArguments(const QString &, const QStringList &args)
{
    if (args.size() != 1)
        return QStringLiteral("export needs one course (id or short name): satchelctl export <course> "
                              "[--format csv|commcare] [-o FILE]");
    m_courseArg = args.first();
    const QString &format = m_options.exportFormat;
    if (!format.isEmpty() && !ClassExport::formatFromName(format, &m_format))
        return QStringLiteral("unknown export format '%1': use --format csv or --format commcare").arg(format);
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
    QString error;
    const QByteArray csv = ClassExport::exportClass(m_db->connection(), course.id, m_format, &error);
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
    const Result<QList<Participant>> participants = ClassRepository(m_db->connection()).participants(course.id);
    if (!participants)
        return localFailure(participants.error());
    int learners = 0;
    for (const Participant &participant : *participants)
        learners += participant.isLearner() ? 1 : 0;
    const QString path = QDir::toNativeSeparators(QFileInfo(outputFile).absoluteFilePath());
    if (json())
        return ok({{QStringLiteral("exported"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("format"), ClassExport::formatName(m_format)},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("rows"), learners},
                   {QStringLiteral("bytes"), qint64(csv.size())}});
    m_out << "Exported " << learners << (learners == 1 ? " learner" : " learners") << " of " << course.shortName << " ("
          << ClassExport::formatName(m_format) << ") to " << path << "\n";
    return done();
}
