#include "ResetDataCommand.h"

#include "store/Database.h"

#include <QDir>
#include <QJsonObject>

int ResetDataCommand::run()
{
    int notChosen = -1;
    const auto account = chosenAccount(&notChosen);
    if (notChosen >= 0)
        return notChosen;
    if (!account)
        return failure(ExitCode::Auth, QStringLiteral("NotSignedIn"), QStringLiteral("notsignedin"),
                       QStringLiteral("Not signed in. Run: satchelctl login <site> <username>"));
    QString movedTo;
    QString error;
    if (!Database::moveAside(Database::fileFor(dataDir(), account->id()), &movedTo, &error))
        return fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(error));
    if (json())
        return ok(QJsonObject{{QStringLiteral("reset"), true},
                              {QStringLiteral("movedTo"),
                               movedTo.isEmpty() ? QJsonValue() : QJsonValue(QDir::toNativeSeparators(movedTo))}});
    if (movedTo.isEmpty())
        m_out << "There was no offline data to reset. 'satchelctl sync' downloads your courses.\n";
    else
        m_out << "The offline data was moved aside to " << QDir::toNativeSeparators(movedTo)
              << " (delete it when you no longer need it). 'satchelctl sync' downloads your courses again.\n";
    return done();
}
